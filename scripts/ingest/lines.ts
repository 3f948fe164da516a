/**
 * Stage 2: decoded text → numbered lines.
 * Splits on CRLF, CR and LF; keeps the raw line (for the report) and a
 * normalised form: Unicode NFC, no BOM/zero-width junk, trailing spaces gone,
 * inner runs of spaces folded, LaTeX-style ``quotes'' turned into “quotes”.
 */

export interface Line {
  /** 1-based line number in the input */
  n: number;
  /** the input line exactly as it was (minus its line terminator) */
  raw: string;
  /** normalised text; '' for blank lines */
  text: string;
}

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** ``…'' (machine-translated LaTeX quotes) → “…”; a lone `` opens, '' closes; runs of three (```) are left alone. */
export function normaliseQuotes(s: string): string {
  return s.replace(/(?<!`)``(?!`)/g, '“').replace(/(?<!')''(?!')/g, '”');
}

export function normaliseLine(raw: string): string {
  return normaliseQuotes(
    raw
      .normalize('NFC')
      .replace(ZERO_WIDTH, '')
      .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim(),
  );
}

export function toLines(text: string): Line[] {
  const raws = text.split(/\r\n|\r|\n/);
  // a final line terminator does not start another line
  if (raws.length > 1 && raws[raws.length - 1] === '') raws.pop();
  return raws.map((raw, i) => ({ n: i + 1, raw, text: normaliseLine(raw) }));
}
