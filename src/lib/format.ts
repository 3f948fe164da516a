/**
 * Thai presentation helpers: dates in the Buddhist-era calendar, reading time,
 * Thai numbers of things. Pure functions; no Astro imports, so they are unit-tested
 * directly (tests/unit/format.test.ts).
 *
 * Dates in the content are ISO 'YYYY-MM-DD' Gregorian calendar dates with no
 * time zone: they are formatted as calendar dates in UTC so the day never shifts.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse 'YYYY-MM-DD' to a UTC Date, or undefined when it is not a real calendar date. */
export function parseIsoDate(iso: string | undefined | null): Date | undefined {
  if (!iso) return undefined;
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(iso) ? d : undefined;
}

const LONG = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const YEAR = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { year: 'numeric', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Label shown wherever an article states no date. Never replaced by an invented date. */
export const NO_DATE = 'ไม่ระบุวันที่';

/** '2024-11-30' → '30 พฤศจิกายน 2567'; undefined/invalid → undefined. */
export function thaiDate(iso: string | undefined | null, style: 'long' | 'short' = 'long'): string | undefined {
  const d = parseIsoDate(iso);
  if (!d) return undefined;
  return (style === 'short' ? SHORT : LONG).format(d).replace(/^(.*?)\s*พ\.ศ\.\s*/, '$1 ').trim();
}

/** Buddhist-era year as a string of ASCII digits: '2024-11-30' → '2567'. */
export function thaiYear(iso: string | undefined | null): string | undefined {
  const d = parseIsoDate(iso);
  if (!d) return undefined;
  const part = YEAR.formatToParts(d).find((p) => p.type === 'year');
  return part?.value;
}

/** '2024-11-30' → 'พฤศจิกายน 2567'. */
export function thaiMonthYear(iso: string | undefined | null): string | undefined {
  const d = parseIsoDate(iso);
  if (!d) return undefined;
  return MONTH_YEAR.format(d).replace(/\s*พ\.ศ\.\s*/, ' ').trim();
}

/**
 * A span of dates as Thai text: one date, or 'first – last'; undefined when
 * there is no valid date at all.
 */
export function thaiDateSpan(first: string | undefined | null, last: string | undefined | null): string | undefined {
  const a = thaiDate(first);
  const b = thaiDate(last);
  if (a && b) return a === b ? a : `${a} – ${b}`;
  return a ?? b;
}

let segmenter: Intl.Segmenter | undefined;

/** Number of words in (Thai or mixed) text, using ICU's dictionary-based word breaker. */
export function countWords(text: string): number {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

/**
 * Words per minute for reading Thai news text. ICU segments Thai into short
 * dictionary words (a typical news sentence is 20–30 of them), so the rate is
 * higher than the familiar English figure.
 */
export const THAI_WORDS_PER_MINUTE = 250;

/** Whole minutes to read the text (at least 1 for any non-empty text, 0 for empty). */
export function readingMinutes(text: string, wpm: number = THAI_WORDS_PER_MINUTE): number {
  const words = countWords(text);
  if (words === 0) return 0;
  return Math.max(1, Math.round(words / wpm));
}

/** 'อ่านประมาณ 3 นาที', or 'อ่านไม่ถึง 1 นาที' for short texts. */
export function readingTimeLabel(text: string, wpm: number = THAI_WORDS_PER_MINUTE): string {
  const words = countWords(text);
  return words < wpm ? 'อ่านไม่ถึง 1 นาที' : `อ่านประมาณ ${Math.round(words / wpm)} นาที`;
}

/** Thai count with a classifier: countLabel(5, 'ข่าว') → '5 ข่าว'. Uses Arabic digits with grouping. */
export function countLabel(n: number, classifier: string): string {
  return `${new Intl.NumberFormat('th-TH').format(n)} ${classifier}`;
}

/** Host name of a URL for display ('vtcnews.vn'), or undefined when it is not a URL. */
export function hostOf(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Sort key: dated items first by date ascending, then the id; undated items after. */
export function compareByDate<T extends { id: string; date?: string | undefined }>(a: T, b: T): number {
  if (a.date && b.date) return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.id.localeCompare(b.id);
}

/**
 * Split text around the given phrases (e.g. the figures of a sentence) so they can
 * be emphasised: the earliest occurrence wins, longer phrases win at the same
 * position; joining the parts gives back the text unchanged.
 */
export function splitAround(text: string, phrases: string[]): { t: string; em: boolean }[] {
  const parts: { t: string; em: boolean }[] = [];
  const sorted = [...new Set(phrases)].filter(Boolean).sort((x, y) => y.length - x.length);
  let rest = text;
  while (rest) {
    let best: { i: number; f: string } | undefined;
    for (const f of sorted) {
      const i = rest.indexOf(f);
      if (i >= 0 && (!best || i < best.i)) best = { i, f };
    }
    if (!best) {
      parts.push({ t: rest, em: false });
      break;
    }
    if (best.i > 0) parts.push({ t: rest.slice(0, best.i), em: false });
    parts.push({ t: best.f, em: true });
    rest = rest.slice(best.i + best.f.length);
  }
  return parts;
}
