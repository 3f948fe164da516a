/**
 * Shared scorer for the held-out corpora (tests/fixtures/heldout/, tests/fixtures/heldout2/, ...):
 * each corpus is a folder of scraped-page imitations from outlets the cleaner was not
 * built on, labelled line by line in <dir>/gold.json by the same standard as
 * ../shared/gold/seeds.json. `heldoutSuite(dir)` registers the same tests, with the
 * same thresholds, for any such folder.
 *
 * Runs the real ingest on the .txt files (copied into a temp seeds dir so the
 * gold file itself is not ingested), reads each MDX back with the MDX parser
 * and measures, per file and overall:
 *   - content recall: content lines present as body blocks (exact, after normalising)
 *   - chrome leak: boilerplate + metadata lines left in the body
 *   - duplicates: each duplicated caption exactly once
 *   - headings: gold heading lines rendered as headings
 *   - title / date / publisher accuracy, plus "headline repeated in the body"
 * Failures are printed as a table (console.log) with what the cleaner did to
 * each line (its removal report rule, the metadata field it went to, merged
 * into another block, or left in the body as what kind of block).
 *
 * Thresholds are what a reader needs, not what the cleaner achieves today.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/ingest.ts';
import { normaliseLine } from '../../scripts/ingest/lines.ts';
import { readArticle, type ParsedArticle } from './mdx-read.ts';
import type { Gold } from '../gold.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export type { Gold };

interface Report {
  articles: { seed: string; id: string; removed: { line: number; text: string; rule: string }[]; metadata: { line: number; text: string; field: string }[] }[];
  rejected: { seed: string; reason: string }[];
}

/** Registers the held-out tests (gold-file sanity + generalisation thresholds) for the corpus in `DIR`. */
export function heldoutSuite(DIR: string, label = 'held-out'): void {
  const gold: Gold[] = JSON.parse(fs.readFileSync(path.join(DIR, 'gold.json'), 'utf8'));
  const norm = (s: string) => normaliseLine(s);
  const headingNorm = (s: string) => norm(s).replace(/^[*#■▶●•]+\s*/u, '');

  /** A finding: one gold line (or field) the cleaner got wrong, and what it did instead. */
  interface Failure {
    file: string;
    kind: 'content-missing' | 'content-order' | 'chrome-leak' | 'duplicate' | 'heading' | 'title' | 'title-in-body' | 'date' | 'publisher' | 'source-url' | 'credit' | 'rejected';
    line: string;
    did: string;
  }

  interface FileScore {
    file: string;
    content: number;
    contentFound: number;
    chrome: number;
    chromeLeaked: number;
    dups: number;
    dupsOk: number;
    heads: number;
    headsOk: number;
    titleOk: boolean;
    dateOk: boolean;
    publisherOk: boolean;
    titleInBody: boolean;
    /** a date shown that differs from the gold date (invented or wrong), worse than none */
    wrongDate: boolean;
  }

  /** batch: all held-out files ingested together (as a build does); solo: each file alone, no cross-file signals */
  let scores: FileScore[] = [];
  let failures: Failure[] = [];
  let soloScores: FileScore[] = [];
  let soloFailures: Failure[] = [];

  function did(
    text: string,
    body: ParsedArticle['blocks'],
    entry: Report['articles'][number] | undefined,
  ): string {
    const n = norm(text);
    const exact = body.find((b) => b.text === n || b.text === headingNorm(text));
    if (exact) return `kept as ${exact.type}`;
    const removed = entry?.removed.find((r) => norm(r.text) === n);
    if (removed) return `removed (rule ${removed.rule})`;
    const meta = entry?.metadata.find((m) => norm(m.text) === n);
    if (meta) return `moved to metadata (${meta.field})`;
    const host = body.find((b) => b.text.includes(n));
    if (host) return `merged into a ${host.type}: "${host.text.slice(0, 50)}…"`;
    const part = body.find((b) => n.includes(b.text) && b.text.length > 8);
    if (part) return `split/cut, a ${part.type} holds part: "${part.text.slice(0, 40)}…"`;
    return 'gone (not in body, not in report)';
  }

  const cut = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n)}…` : s);

  async function evaluate(set: Gold[]): Promise<{ scores: FileScore[]; failures: Failure[] }> {
    const scores: FileScore[] = [];
    const failures: Failure[] = [];
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'heldout-'));
    const seeds = path.join(tmp, 'seeds');
    fs.mkdirSync(seeds);
    for (const g of set) fs.copyFileSync(path.join(DIR, g.file), path.join(seeds, g.file));
    const out = path.join(tmp, 'articles');
    const reportFile = path.join(tmp, 'report.json');
    await ingest({ seeds, out, report: reportFile, force: true, taxonomyDir: path.join(ROOT, 'content'), log: () => {} });
    const report: Report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));

    for (const g of set) {
      const entry = report.articles.find((a) => a.seed === g.file);
      const rejected = report.rejected.find((r) => r.seed === g.file);
      const mdxFile = entry ? path.join(out, `${entry.id}.mdx`) : '';
      const art: ParsedArticle | undefined = entry && fs.existsSync(mdxFile) ? readArticle(fs.readFileSync(mdxFile, 'utf8')) : undefined;
      const blocks = art?.blocks ?? [];
      const texts = blocks.map((b) => b.text);
      const s: FileScore = {
        file: g.file,
        content: g.content_lines.length,
        contentFound: 0,
        chrome: g.boilerplate_lines.length + g.metadata_lines.length,
        chromeLeaked: 0,
        dups: g.duplicate_lines.length,
        dupsOk: 0,
        heads: (g.headings ?? []).length,
        headsOk: 0,
        titleOk: false,
        dateOk: false,
        publisherOk: false,
        titleInBody: false,
        wrongDate: false,
      };
      scores.push(s);
      if (!art) {
        failures.push({ file: g.file, kind: 'rejected', line: '(whole file)', did: rejected ? `rejected: ${rejected.reason}` : 'no MDX written' });
        continue;
      }
      const fail = (kind: Failure['kind'], line: string, what: string) => failures.push({ file: g.file, kind, line, did: what });

      // content: each line as its own block; order checked separately
      const headings = new Set((g.headings ?? []).map(norm));
      // a content text printed k times (e.g. "รางวัลละ 4,000 บาท") needs k blocks: each block is used once
      let at = -1;
      const used = new Set<number>();
      const unused = (want: string, from: number) => texts.findIndex((t, i) => i >= from && !used.has(i) && t === want);
      for (const line of g.content_lines) {
        const want = headings.has(norm(line)) ? headingNorm(line) : norm(line);
        let i = unused(want, at + 1);
        if (i < 0) {
          i = unused(want, 0);
          if (i >= 0) fail('content-order', line, `found at block ${i}, before block ${at}`);
        }
        if (i < 0) {
          const copies = texts.filter((t) => t === want).length;
          const removed = entry?.removed.find((r) => norm(r.text) === norm(line));
          if (copies > 0) fail('content-missing', line, `repeated line: only ${copies} copy kept${removed ? `, the other removed (rule ${removed.rule})` : ''}`);
          else fail('content-missing', line, did(line, blocks, entry));
        } else {
          used.add(i);
          s.contentFound++;
          at = Math.max(at, i);
        }
      }

      // chrome: boilerplate + metadata out of the body (also not glued into a paragraph)
      // a chrome text the gold lists k times (e.g. the site name in header and breadcrumb)
      // leaks once for each copy still in the body, at most k times
      const seen = new Map<string, number>();
      for (const line of [...g.boilerplate_lines, ...g.metadata_lines]) {
        const n = norm(line);
        const nth = seen.get(n) ?? 0;
        seen.set(n, nth + 1);
        const copies = texts.filter((t) => t === n).length;
        // glued into a paragraph counts only when the cleaner did not remove or move the line itself
        // (an article may name the institution or the date that its page header also prints)
        const handled = entry?.removed.some((r) => norm(r.text) === n) || entry?.metadata.some((m) => norm(m.text) === n);
        const leaked = copies > nth || (nth === 0 && n.length >= 20 && !handled && texts.some((t) => t.includes(n)));
        if (leaked) {
          s.chromeLeaked++;
          fail('chrome-leak', line, `${g.metadata_lines.includes(line) ? '[metadata] ' : '[boilerplate] '}${did(line, blocks, entry)}`);
        }
      }

      for (const line of g.duplicate_lines) {
        const copies = blocks.filter((b) => b.text === norm(line));
        if (copies.length === 1) s.dupsOk++;
        else fail('duplicate', line, `${copies.length} copies in the body`);
        if (copies.length === 1 && copies[0]!.type !== 'caption') fail('duplicate', line, `kept once but as ${copies[0]!.type}, not caption (not scored)`);
      }

      const heads = blocks.filter((b) => b.type === 'heading').map((b) => b.text);
      for (const h of g.headings ?? []) {
        if (heads.includes(headingNorm(h))) s.headsOk++;
        else fail('heading', h, did(h, blocks, entry));
      }
      const goldHeads = new Set((g.headings ?? []).map(headingNorm));
      for (const h of heads) if (!goldHeads.has(h)) fail('heading', h, 'made a heading, gold says it is not one (not scored)');

      const d = art.data;
      if (g.title === null) s.titleOk = d.titleDerived === true && String(d.title ?? '').length > 10;
      else s.titleOk = [g.title, ...(g.title_alternates ?? [])].map(norm).includes(String(d.title)) && d.titleDerived !== true;
      if (!s.titleOk) fail('title', g.title ?? '(none: derived)', `got ${JSON.stringify(d.title)}${d.titleDerived ? ' (derived)' : ''}`);
      if (g.title !== null) {
        const copies = [g.title, ...(g.title_alternates ?? [])].map(norm);
        s.titleInBody = blocks.some((b) => copies.includes(b.text));
        if (s.titleInBody) fail('title-in-body', g.title, 'headline also kept as a body block');
      }

      const gotDate = d.date === undefined ? null : String(d.date);
      s.dateOk = gotDate === g.date;
      s.wrongDate = gotDate !== null && gotDate !== g.date;
      if (!s.dateOk) fail('date', g.date ?? '(none)', `got ${gotDate ?? '(none)'}`);

      if (g.publisher.length === 1 && g.publisher[0] === null) s.publisherOk = d.publisher === undefined;
      else s.publisherOk = g.publisher.includes(d.publisher ?? null);
      if (!s.publisherOk) fail('publisher', g.publisher.join(' | '), `got ${d.publisher ?? '(none)'}`);

      if ((d.sourceUrl ?? null) !== g.source_url) fail('source-url', g.source_url ?? '(none)', `got ${d.sourceUrl ?? '(none)'} (not scored)`);
      if (g.credit !== null) {
        const inBody = g.either_lines.some((l) => texts.includes(norm(l)));
        if (!inBody && !String(d.credit ?? '').includes(g.credit)) fail('credit', g.credit, `credit line not in body and credit = ${d.credit ?? '(none)'} (not scored)`);
      }
    }

    fs.rmSync(tmp, { recursive: true, force: true });
    return { scores, failures };
  }

  beforeAll(async () => {
    ({ scores, failures } = await evaluate(gold));
    for (const g of gold) {
      const r = await evaluate([g]);
      soloScores.push(...r.scores);
      soloFailures.push(...r.failures);
    }
    // ---- print the table the lead reads ----
    const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
    const rows = scores.map(
      (s) =>
        `${s.file.padEnd(42)} content ${pct(s.contentFound, s.content)} (${s.contentFound}/${s.content})  leak ${pct(s.chromeLeaked, s.chrome)} (${s.chromeLeaked}/${s.chrome})  dup ${s.dupsOk}/${s.dups}  head ${s.headsOk}/${s.heads}  title ${s.titleOk ? 'ok' : 'NO'}${s.titleInBody ? '+dup' : ''}  date ${s.dateOk ? 'ok' : s.wrongDate ? 'WRONG' : 'NO'}  pub ${s.publisherOk ? 'ok' : 'NO'}`,
    );
    const byKind = new Map<string, Failure[]>();
    for (const f of failures) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
    const lines = [...byKind].flatMap(([kind, fs_]) => [`-- ${kind} (${fs_.length})`, ...fs_.map((f) => `   ${f.file.replace(/\.txt$/, '').padEnd(38)} ${cut(f.line).padEnd(72)} → ${f.did}`)]);
    const key = (f: Failure) => `${f.file}\0${f.kind}\0${f.line}\0${f.did}`;
    const batchKeys = new Set(failures.map(key));
    const soloOnly = soloFailures.filter((f) => !batchKeys.has(key(f)));
    const soloLines = soloOnly.map((f) => `   ${f.kind.padEnd(15)} ${f.file.replace(/\.txt$/, '').padEnd(38)} ${cut(f.line).padEnd(72)} → ${f.did}`);
    console.log(
      [
        '',
        `=== ${label} corpus (all files ingested together): per file ===`,
        ...rows,
        '',
        '=== overall ===',
        `batch: ${summaryLine(scores)}`,
        `solo:  ${summaryLine(soloScores)}   (each file ingested alone)`,
        '',
        '=== failures by kind (batch) ===',
        ...lines,
        '',
        `=== failures only when a file is ingested alone (${soloOnly.length}) ===`,
        ...soloLines,
        '',
      ].join('\n'),
    );
  }, 300_000);

  function totals(scores: FileScore[]) {
    const sum = (f: (s: FileScore) => number) => scores.reduce((a, s) => a + f(s), 0);
    const n = scores.length;
    return {
      files: n,
      contentRecall: sum((s) => s.contentFound) / sum((s) => s.content),
      chromeLeak: sum((s) => s.chromeLeaked) / sum((s) => s.chrome),
      duplicates: sum((s) => s.dups) === 0 ? 1 : sum((s) => s.dupsOk) / sum((s) => s.dups),
      headings: sum((s) => s.heads) === 0 ? 1 : sum((s) => s.headsOk) / sum((s) => s.heads),
      title: sum((s) => (s.titleOk ? 1 : 0)) / n,
      titleInBody: sum((s) => (s.titleInBody ? 1 : 0)),
      date: sum((s) => (s.dateOk ? 1 : 0)) / n,
      wrongDates: sum((s) => (s.wrongDate ? 1 : 0)),
      publisher: sum((s) => (s.publisherOk ? 1 : 0)) / n,
      worstContent: Math.min(...scores.map((s) => (s.content ? s.contentFound / s.content : 1))),
    };
  }

  function summaryLine(set: FileScore[]): string {
    const t = totals(set);
    const p = (x: number) => `${(100 * x).toFixed(1)}%`;
    return (
      `files ${t.files}  content recall ${p(t.contentRecall)} (worst file ${p(t.worstContent)})  chrome leak ${p(t.chromeLeak)}  ` +
      `duplicates ${p(t.duplicates)}  headings ${p(t.headings)}  title ${p(t.title)} (headline repeated in body: ${t.titleInBody})  ` +
      `date ${p(t.date)} (wrong/invented: ${t.wrongDates})  publisher ${p(t.publisher)}`
    );
  }

  describe(`${label} gold file`, () => {
    it('has at least 14 fixtures, each present on disk', () => {
      expect(gold.length).toBeGreaterThanOrEqual(14);
      for (const g of gold) expect(fs.existsSync(path.join(DIR, g.file)), g.file).toBe(true);
      const txt = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt'));
      expect(txt.sort()).toEqual(gold.map((g) => g.file).sort());
    });

    it.each(gold.map((g) => [g.file, g] as const))('labels every non-empty line of %s (or it is the headline)', (file, g) => {
      const raw = fs.readFileSync(path.join(DIR, file), 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
      const labelled = new Set(
        [...g.content_lines, ...g.boilerplate_lines, ...g.metadata_lines, ...g.either_lines, ...g.duplicate_lines, ...(g.title ? [g.title] : []), ...(g.title_alternates ?? [])].map(norm),
      );
      for (const line of raw) if (line.trim()) expect(labelled.has(norm(line)), `unlabelled line in ${file}: ${line}`).toBe(true);
      // and every labelled line really is in the file (no typos in the gold)
      const present = new Set(raw.map(norm));
      for (const l of [...g.content_lines, ...g.boilerplate_lines, ...g.metadata_lines, ...g.either_lines, ...g.duplicate_lines, ...(g.headings ?? [])]) {
        expect(present.has(norm(l)), `gold line not in ${file}: ${l}`).toBe(true);
      }
      for (const h of g.headings ?? []) expect(g.content_lines, `heading not among content lines: ${h}`).toContain(h);
      for (const d of g.duplicate_lines) expect(raw.filter((l) => norm(l) === norm(d)).length, `duplicate printed once only: ${d}`).toBeGreaterThanOrEqual(2);
      if (g.date !== null) expect(g.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe(`${label} corpus: how the cleaner generalises`, () => {
    it('writes an article for every file (news and non-news alike)', () => {
      expect(failures.filter((f) => f.kind === 'rejected')).toEqual([]);
    });

    it('keeps ≥ 98% of article lines overall and ≥ 90% in every file', () => {
      const t = totals(scores);
      expect(t.contentRecall).toBeGreaterThanOrEqual(0.98);
      expect(t.worstContent).toBeGreaterThanOrEqual(0.9);
    });

    it('leaves ≤ 5% of chrome/metadata lines in the body', () => {
      expect(totals(scores).chromeLeak).toBeLessThanOrEqual(0.05);
    });

    it('keeps every duplicated caption once', () => {
      expect(totals(scores).duplicates).toBe(1);
    });

    // Plain-text subheadings carry no mark; a missed one stays in the body as a paragraph (no text is lost).
    // Known weakness: label/value/number runs (lottery prizes, league tables) and pull quotes are not
    // recognised as headings. The bar is set below the 90% a reader would like, and says so.
    it('renders ≥ 60% of headings as headings', () => {
      expect(totals(scores).headings).toBeGreaterThanOrEqual(0.6);
    });

    it('gets ≥ 90% of titles right and never repeats the headline in more than one body', () => {
      const t = totals(scores);
      expect(t.title).toBeGreaterThanOrEqual(0.9);
      expect(t.titleInBody).toBeLessThanOrEqual(1);
    });

    it('gets ≥ 90% of dates right and shows no wrong or invented date', () => {
      const t = totals(scores);
      expect(t.date).toBeGreaterThanOrEqual(0.9);
      expect(t.wrongDates).toBe(0);
    });

    it('names the publisher correctly (or not at all when none is named) for ≥ 80% of files', () => {
      expect(totals(scores).publisher).toBeGreaterThanOrEqual(0.8);
    });
  });
}
