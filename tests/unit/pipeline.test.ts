/**
 * The whole per-file pipeline on every fixture corpus we have (seeds, both
 * held-out sets, the search corpus) and on random input: it never throws, and
 * every non-empty input line is accounted for — in the body, in a metadata
 * field, or in the removal report with the rule that removed it.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchContext } from '../../scripts/ingest/classify.ts';
import { normaliseLine, toLines } from '../../scripts/ingest/lines.ts';
import { prepare, processArticle } from '../../scripts/ingest/pipeline.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DIRS = ['seeds', 'tests/fixtures/heldout', 'tests/fixtures/heldout2', 'tests/fixtures/search-corpus'].map((d) => path.join(ROOT, d)).filter((d) => fs.existsSync(d));
const FILES = DIRS.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));

describe('line accounting on every fixture file', () => {
  it('has fixtures to check', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(25);
  });
  it.each(FILES.map((f) => [path.relative(ROOT, f), f]))('%s', (_rel, file) => {
    const p = prepare(new Uint8Array(fs.readFileSync(file)));
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const r = processArticle({ seed: path.basename(file), id: 'x', lines: p.lines, sha256: p.sha256 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const body = new Set(r.blocks.map((b) => b.line));
    const meta = new Set(r.report.metadata.map((m) => m.line));
    const removed = new Map(r.report.removed.map((m) => [m.line, m]));
    for (const l of p.lines) {
      if (!l.text) continue;
      const where = [body.has(l.n), meta.has(l.n), removed.has(l.n)].filter(Boolean).length;
      expect(where, `line ${l.n} accounted ${where} times: ${l.text.slice(0, 60)}`).toBeGreaterThanOrEqual(1);
      if (body.has(l.n)) expect(removed.has(l.n), `line ${l.n} both kept and removed`).toBe(false);
    }
    for (const x of r.report.removed) {
      expect(x.text).toBe(p.lines[x.line - 1]!.raw);
      expect(x.rule.length).toBeGreaterThan(0);
    }
    // the body never holds a line twice unless the input does
    const texts = r.blocks.map((b) => b.text);
    for (const t of new Set(texts)) {
      const inBody = texts.filter((x) => x === t).length;
      const inInput = p.lines.filter((l) => l.text === t || normaliseLine(l.raw).replace(/^[*■▶►●◆◇♦□]+\s*/u, '') === t).length;
      expect(inBody).toBeLessThanOrEqual(inInput);
    }
  });
});

describe('robustness', () => {
  const thaiish = fc.string({ unit: fc.constantFrom(...'กขคงจฉชซดตถทนบปผพฟมยรลวศสหอฮะัาำิีึืุู่้๊๋็์เแโใไ 0123456789๐๑๒abcXYZ.,:;-—|•()“”"\'{}<>#*\t'), maxLength: 200 });
  it('never throws, whatever the lines', () => {
    fc.assert(
      fc.property(fc.array(thaiish, { maxLength: 40 }), (lines) => {
        const r = processArticle({ seed: 's.txt', id: 's', lines: toLines(lines.join('\n')), sha256: 'a'.repeat(64) }, batchContext([]));
        if (r.ok) expect(r.mdx.startsWith('---\n')).toBe(true);
        else expect(r.reason).toMatch(/no article text/);
      }),
      { numRuns: 400 },
    );
  });
  it('prepare never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const p = prepare(bytes);
        expect(typeof p.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
