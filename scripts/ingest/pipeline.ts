/**
 * One article through the stages: decode → lines → classify → metadata →
 * mdast → serialize. Pure: bytes in, MDX text and a report out (no fs).
 */
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../../src/schema.ts';
import { classify, type BatchContext, type Labeled, EMPTY_BATCH } from './classify.ts';
import { decode, type Encoding } from './decode.ts';
import { toLines, type Line } from './lines.ts';
import { deriveTitle, extractMetadata, makeLead, type Field } from './metadata.ts';
import { bodyBlocks, toMdast, type BodyBlock } from './mdast.ts';
import { serializeArticle } from './serialize.ts';

export interface RemovedLine {
  line: number;
  text: string;
  rule: string;
}
export interface MetadataLine {
  line: number;
  text: string;
  field: Field;
}
export interface ArticleReport {
  seed: string;
  id: string;
  encoding?: Encoding;
  removed: RemovedLine[];
  metadata: MetadataLine[];
}

export type Assign = (text: { title: string; body: string }) => { topics: string[]; entities: string[] };

export type Prepared = { ok: true; lines: Line[]; encoding: Encoding; sha256: string } | { ok: false; reason: string };

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stages 1–2: bytes → lines, with the "nothing there" rejections. */
export function prepare(bytes: Uint8Array): Prepared {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty (0 bytes)' };
  const d = decode(bytes);
  if (!d.ok) return { ok: false, reason: d.reason };
  if (d.text.trim() === '' || d.text.replace(/[\s\u200B\uFEFF]/g, '') === '') return { ok: false, reason: 'the file contains only whitespace' };
  return { ok: true, lines: toLines(d.text), encoding: d.encoding, sha256: sha256(bytes) };
}

export type Processed =
  | { ok: true; mdx: string; data: ArticleInput; report: ArticleReport; blocks: BodyBlock[]; labeled: Labeled[] }
  | { ok: false; reason: string };

/** Stages 3–6 for one prepared file. */
export function processArticle(
  input: { seed: string; id: string; lines: Line[]; sha256: string; encoding?: Encoding },
  batch: BatchContext = EMPTY_BATCH,
  assign?: Assign,
): Processed {
  const labeled = classify(input.lines, batch);
  const blocks = bodyBlocks(labeled);
  const paragraphs = blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
  if (paragraphs.length === 0) {
    const nonBlank = labeled.filter((l) => l.kind !== 'blank').length;
    return { ok: false, reason: `no article text left after cleaning (all ${nonBlank} non-empty lines were recognised as site chrome or metadata)` };
  }
  const meta = extractMetadata(labeled);
  const lead = makeLead(paragraphs);
  const title = meta.title ?? deriveTitle(lead);
  const body = blocks.map((b) => b.text).join('\n');
  const assigned = assign ? assign({ title, body }) : { topics: [], entities: [] };
  const data: ArticleInput = {
    title,
    ...(meta.title ? {} : { titleDerived: true }),
    ...(meta.date ? { date: meta.date } : {}),
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(meta.sourceUrl ? { sourceUrl: meta.sourceUrl } : {}),
    ...(meta.credit ? { credit: meta.credit } : {}),
    ...(meta.section ? { section: meta.section } : {}),
    lead,
    topics: assigned.topics,
    entities: assigned.entities,
    seed: input.seed,
    seedSha256: input.sha256,
    lang: 'th',
  };

  // Account for every non-empty line: body, metadata, or removed with its rule.
  const byLine = new Map(labeled.map((l) => [l.n, l]));
  const metadata: MetadataLine[] = meta.used.map((u) => ({ line: u.line, text: byLine.get(u.line)!.raw, field: u.field }));
  const usedLines = new Set(meta.used.map((u) => u.line));
  const removed: RemovedLine[] = [];
  for (const l of labeled) {
    if (l.kind === 'blank' || l.kind === 'content' || l.kind === 'heading' || l.kind === 'caption') continue;
    if (l.kind === 'boilerplate') removed.push({ line: l.n, text: l.raw, rule: l.rule });
    else if (!usedLines.has(l.n)) removed.push({ line: l.n, text: l.raw, rule: `${l.meta ?? l.kind}-unused` });
  }
  const report: ArticleReport = { seed: input.seed, id: input.id, ...(input.encoding ? { encoding: input.encoding } : {}), removed, metadata };
  return { ok: true, mdx: serializeArticle(data, toMdast(blocks)), data, report, blocks, labeled };
}
