/**
 * The five seeds against the hand-made line labels in ../shared/gold/seeds.json:
 * runs the real ingest (CLI function) into a temp dir, then reads the MDX it
 * wrote back with the MDX parser and checks, per file:
 * every content line in the body in order, every boilerplate/metadata line out
 * of it, each duplicate once, headings as headings, title/date/publisher/
 * sourceUrl/credit as labelled, and every non-empty input line accounted for
 * in the body, the metadata or the removal report.
 *
 * Gold lines are compared the way the issue defines the output: NFC, trimmed,
 * ``LaTeX quotes'' as “…”, heading markers ("*") dropped for heading lines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/ingest.ts';
import { normaliseLine } from '../../scripts/ingest/lines.ts';
import { readArticle, type ParsedArticle } from './mdx-read.ts';
import { readGold } from '../gold.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const gold = readGold();
const norm = (s: string) => normaliseLine(s);
const headingNorm = (s: string) => norm(s).replace(/^[*#■▶●•]+\s*/u, '');

let out: string;
let report: { articles: { seed: string; id: string; removed: { line: number; text: string; rule: string }[]; metadata: { line: number; text: string; field: string }[] }[]; rejected: unknown[] };
const parsed = new Map<string, ParsedArticle>();

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gold-'));
  out = path.join(dir, 'articles');
  const reportFile = path.join(dir, 'report.json');
  await ingest({ seeds: path.join(ROOT, 'seeds'), out, report: reportFile, force: true, taxonomyDir: path.join(ROOT, 'content'), log: () => {} });
  report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  for (const g of gold) {
    const id = g.file.replace(/\.txt$/, '');
    parsed.set(g.file, readArticle(fs.readFileSync(path.join(out, `${id}.mdx`), 'utf8')));
  }
});

describe.each(gold.map((g) => [g.file, g] as const))('gold %s', (file, g) => {
  const art = () => parsed.get(file)!;
  const bodyTexts = () => art().blocks.map((b) => b.text);

  it('keeps every content line in the body, in order', () => {
    const headings = new Set((g.headings ?? []).map(norm));
    const expected = g.content_lines.map((l) => (headings.has(norm(l)) ? headingNorm(l) : norm(l)));
    const body = bodyTexts();
    let at = -1;
    for (const line of expected) {
      const found = body.indexOf(line, at + 1);
      expect(found, `content line missing or out of order: ${line.slice(0, 80)}`).toBeGreaterThan(at);
      at = found;
    }
  });

  it('removes every boilerplate and metadata line from the body', () => {
    const body = bodyTexts();
    for (const line of [...g.boilerplate_lines, ...g.metadata_lines]) {
      expect(body, `chrome left in body: ${line}`).not.toContain(norm(line));
      // long chrome lines (cookie notices, bylines) must not be glued into a paragraph either
      if (norm(line).length >= 20) expect(body.some((b) => b.includes(norm(line))), `chrome inside a paragraph: ${line}`).toBe(false);
    }
  });

  it('keeps each duplicated caption exactly once, marked as a caption', () => {
    for (const line of g.duplicate_lines) {
      const copies = art().blocks.filter((b) => b.text === norm(line));
      expect(copies, line).toHaveLength(1);
      expect(copies[0]!.type).toBe('caption');
    }
  });

  it('turns section-heading lines into Markdown headings', () => {
    const heads = art().blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(heads).toEqual((g.headings ?? []).map(headingNorm));
  });

  it('extracts title, date, publisher, source URL and credit as labelled', () => {
    const d = art().data;
    if (g.title === null) {
      expect(d.titleDerived).toBe(true);
      expect(String(d.title).length).toBeGreaterThan(10);
    } else {
      expect([g.title, ...(g.title_alternates ?? [])].map(norm)).toContain(d.title);
      expect(d.titleDerived).toBeUndefined();
    }
    expect(d.date ?? null).toBe(g.date);
    if (g.publisher.length === 1 && g.publisher[0] === null) expect(d.publisher).toBeUndefined();
    else expect(g.publisher).toContain(d.publisher);
    expect(d.sourceUrl ?? null).toBe(g.source_url);
    if (g.credit !== null) {
      // either in the frontmatter or left in the body (either_lines)
      const inBody = g.either_lines.some((l) => bodyTexts().includes(norm(l)));
      if (!inBody) expect(d.credit).toBe(g.credit);
    }
  });

  it('accounts for every non-empty input line: body, metadata or removal report', () => {
    const raw = fs.readFileSync(path.join(ROOT, 'seeds', file), 'utf8').split(/\r\n|\r|\n/);
    const entry = report.articles.find((a) => a.seed === file)!;
    expect(entry).toBeDefined();
    const accounted = new Set<number>([...entry.removed.map((r) => r.line), ...entry.metadata.map((m) => m.line)]);
    const body = new Set(bodyTexts());
    raw.forEach((line, i) => {
      if (!line.trim()) return;
      const n = norm(line);
      const inBody = body.has(n) || body.has(headingNorm(line));
      expect(inBody || accounted.has(i + 1), `line ${i + 1} vanished: ${line.slice(0, 60)}`).toBe(true);
    });
    for (const r of entry.removed) {
      expect(r.text).toBe(raw[r.line - 1]); // the input line as it was
      expect(r.rule).toMatch(/^[a-z:.-]+$/);
    }
  });
});

describe('gold corpus as a whole', () => {
  it('labels no seed as rejected', () => {
    expect(report.rejected).toEqual([]);
  });
});
