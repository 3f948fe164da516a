import { describe, expect, it } from 'vitest';
import { normaliseLine, normaliseQuotes, toLines } from '../../scripts/ingest/lines.ts';

describe('toLines', () => {
  it('splits CRLF, CR and LF alike and numbers lines from 1', () => {
    expect(toLines('ก\r\nข\rค\nง').map((l) => [l.n, l.text])).toEqual([[1, 'ก'], [2, 'ข'], [3, 'ค'], [4, 'ง']]);
  });
  it('does not invent a line after a final newline, keeps blank lines as blank', () => {
    const lines = toLines('ก\n\nข\n');
    expect(lines.map((l) => l.text)).toEqual(['ก', '', 'ข']);
  });
  it('keeps the raw line exactly as it was', () => {
    const [l] = toLines("  \tข่าว  ``คำพูด''  ");
    expect(l!.raw).toBe("  \tข่าว  ``คำพูด''  ");
    expect(l!.text).toBe('ข่าว “คำพูด”');
  });
});

describe('normaliseLine', () => {
  it('composes to NFC (decomposed Latin accents and Thai sara am)', () => {
    const decomposed = 'Vie\u0302\u0323t Nam \u0e4d\u0e32'; // ệ as e + circumflex + dot; ำ as ํ + า
    expect(normaliseLine(decomposed)).toBe(decomposed.normalize('NFC'));
    expect(normaliseLine('e\u0301')).toBe('é');
  });
  it('removes zero-width characters and folds inner space runs', () => {
    expect(normaliseLine('ข่าว\u200bด่วน\u00a0\u00a0วันนี้\t\tนะ')).toBe('ข่าวด่วน วันนี้ นะ');
  });
});

describe('normaliseQuotes', () => {
  it("turns LaTeX-style ``…'' into “…”", () => {
    expect(normaliseQuotes("เขากล่าวว่า ``เราจะรอดู''")).toBe('เขากล่าวว่า “เราจะรอดู”');
  });
  it('leaves code fences and single quotes alone', () => {
    expect(normaliseQuotes("```x``` it's")).toBe("```x``` it's");
  });
});
