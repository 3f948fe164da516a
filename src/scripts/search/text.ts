/**
 * Thai search text handling, shared by the index builder (scripts/search-index.ts,
 * Node) and the search page (browser). Pure functions; the match normaliser comes from src/lib/normalize.ts (browser-safe).
 *
 * Design (measured, see scripts/bench-search.ts): Thai has no spaces between words and
 * no word segmenter agrees with itself between index time (Pagefind's charabia) and
 * query time (the browser's ICU): ชอยกู is ชอ|ยกู in one and ชอย|กู in the other. So the
 * index is built on *character clusters* (a base character with its combining vowel and
 * tone marks), separated by U+200B in the copy of each page Pagefind reads, and a query
 * is sent to Pagefind as an exact phrase of the same clusters. A phrase of clusters is
 * a substring: segmentation can no longer disagree. Every candidate is then verified on
 * the page text (`normalizeForMatch`) before it is shown.
 */
import { INVISIBLE, normalizeForMatch } from '../../lib/normalize.ts';

/** Zero-width space: Pagefind treats it as a word boundary and strips it for display. */
export const ZWSP = '\u200b';

/**
 * Written at the end of every block (paragraph, heading, list item…) in the copy Pagefind
 * reads. Without it Pagefind joins blocks with an invented "." — "…ผู้นำ" + "." looked
 * like the abbreviation "ผู้นำ." to verification. A private-use character: never in real text.
 */
export const BLOCK_END = '\ue000';

/** Fragment text as stored by Pagefind → plain text: separators removed, one "\n" between blocks. */
export function displayText(s: string): string {
  return s.replace(/\u200b/g, '').replace(/\ue000\.?/g, '\n');
}

/** Combining marks that belong to the preceding base character (Thai vowels above/below, tone marks, sara am, any \p{M}). */
const COMBINING = /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e\p{M}]/u;
const SPACE = /[\s\u200b-\u200d\u2060\ufeff\u00ad]/u;
/** Clusters that carry no searchable text (Pagefind drops punctuation-only words). */
const PUNCT_ONLY = /^[\p{P}\p{S}]+$/u;

/** Split text into clusters (base + combining marks); whitespace splits and is dropped. */
export function clusters(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text.normalize('NFC')) {
    if (SPACE.test(ch)) {
      if (cur) out.push(cur);
      cur = '';
    } else if (cur && COMBINING.test(ch)) {
      cur += ch;
    } else {
      if (cur) out.push(cur);
      cur = ch;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Insert ZWSP between adjacent clusters of a run of text (HTML text content; `&…;`
 * entity references are kept whole). Whitespace is kept as it is.
 */
export function segmentForIndex(text: string): string {
  let out = '';
  let prevWasCluster = false;
  const re = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);|[\s\S]/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const tok = m[0];
    if (tok.length === 1 && SPACE.test(tok)) {
      out += tok;
      prevWasCluster = false;
    } else if (tok.length === 1 && COMBINING.test(tok) && prevWasCluster) {
      out += tok;
    } else {
      if (prevWasCluster) out += ZWSP;
      out += tok;
      prevWasCluster = true;
    }
  }
  return out;
}

export { normalizeForMatch };

/**
 * The Pagefind queries for a term: exact phrases of its clusters, one per run without
 * punctuation (Pagefind gives punctuation its own word position, which the query side
 * cannot express, so "จอง-อึน" is searched as "จ อ ง" AND "อึ น"). A Latin entity
 * alias is split into its word parts, since the taxonomy matches it with any
 * separator ("Kim Jong Un" = "Kim Jong-un" = "KimJongUn"). A page is a candidate when
 * every phrase matches; verification decides.
 */
export function phraseQueries(term: string, asAlias = false): string[] {
  const pieces = asAlias && isLatinTerm(term) ? term.toLowerCase().split(/[^a-z0-9]+/) : [normalizeForMatch(term)];
  const out: string[] = [];
  for (const piece of pieces) {
    let run: string[] = [];
    for (const c of [...clusters(piece), '-']) {
      if (PUNCT_ONLY.test(c)) {
        if (run.length) out.push(`"${run.join(' ')}"`);
        run = [];
      } else run.push(c);
    }
  }
  return [...new Set(out)];
}

/** True when a term is ASCII only (a Latin name): matched as whole words, separators optional. */
export function isLatinTerm(term: string): boolean {
  return /^[\x00-\x7f]+$/.test(term) && /[a-z0-9]/i.test(term);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word regex for a Latin term (as the taxonomy matches aliases: "Putin" not in "Rasputin"; "Kim Jong-un" = "kim jong un" = "KimJongUn"). */
export function latinRegExp(term: string): RegExp {
  const parts = term
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const sep = "[\\s\\-\\u2010-\\u2015.'\\u2019]*";
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.map(escapeRegExp).join(sep)}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Does `text` contain `term`? The user's own query: its normalised form is a substring
 * of the normalised text. An entity alias (`asAlias`) in Latin letters: whole words.
 */
export function textContains(text: string, term: string, asAlias = false): boolean {
  if (asAlias && isLatinTerm(term)) return latinRegExp(term).test(text.normalize('NFC'));
  const needle = normalizeForMatch(term);
  return needle.length > 0 && normalizeForMatch(text).includes(needle);
}

/** Number of occurrences (for ranking). */
export function countOccurrences(text: string, term: string, asAlias = false): number {
  if (asAlias && isLatinTerm(term)) return [...text.normalize('NFC').matchAll(latinRegExp(term))].length;
  const needle = normalizeForMatch(term);
  if (!needle) return 0;
  const hay = normalizeForMatch(text);
  let n = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * Ranges [start, end) in the ORIGINAL `text` where `term` occurs, ignoring whitespace
 * and zero-width characters inside the occurrence (for highlighting).
 */
export function matchRanges(text: string, term: string, asAlias = false): Array<[number, number]> {
  if (asAlias && isLatinTerm(term)) {
    return [...text.matchAll(latinRegExp(term))].map((m) => [m.index, m.index + m[0].length] as [number, number]);
  }
  const needle = normalizeForMatch(term);
  if (!needle) return [];
  // Map each char of the normalised text back to its index in the original.
  let norm = '';
  const map: number[] = [];
  const src = text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (INVISIBLE.test(ch)) {
      INVISIBLE.lastIndex = 0;
      continue;
    }
    INVISIBLE.lastIndex = 0;
    // nikhahit (+tone) + sara aa → sara am, as in normalizeForMatch
    if (ch === '\u0e4d') {
      const tone = /[\u0e48-\u0e4b]/.test(src[i + 1] ?? '') ? (src[i + 1] as string) : '';
      if (src[i + 1 + tone.length] === '\u0e32') {
        if (tone) {
          norm += tone;
          map.push(i);
        }
        norm += '\u0e33';
        map.push(i);
        i += tone.length + 1;
        continue;
      }
    }
    const low = ch.toLowerCase();
    for (const c of low) {
      norm += c;
      map.push(i);
    }
  }
  const out: Array<[number, number]> = [];
  for (let at = norm.indexOf(needle); at !== -1; at = norm.indexOf(needle, at + needle.length)) {
    const start = map[at] as number;
    const end = (map[at + needle.length - 1] as number) + 1;
    out.push([start, end]);
  }
  return out;
}

/** Merge overlapping ranges. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of about `width` characters around the first match, as parts to render
 * (marked or not). Cuts at whitespace when it can. No match: the start of the text.
 */
export function excerpt(text: string, ranges: Array<[number, number]>, width = 160): ExcerptPart[] {
  const merged = mergeRanges(ranges);
  const first = merged[0];
  let start = 0;
  if (first) {
    start = Math.max(0, first[0] - Math.floor(width / 3));
    if (start > 0) {
      const space = text.slice(start, first[0]).search(/\s/);
      if (space !== -1 && space < 40) start += space + 1;
    }
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const back = text.slice(start, end).search(/\s\S*$/);
    if (back > width / 2) end = start + back;
  }
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', mark: false });
  let at = start;
  for (const [s, e] of merged) {
    if (e <= start || s >= end) continue;
    const ss = Math.max(s, start);
    const ee = Math.min(e, end);
    if (ss > at) parts.push({ text: text.slice(at, ss), mark: false });
    parts.push({ text: text.slice(ss, ee), mark: true });
    at = ee;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}
