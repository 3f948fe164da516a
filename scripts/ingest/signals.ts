/**
 * Per-line measurements the classifier decides on. Pure and cheap; every
 * number here is language-general (shape of the text), not about one site.
 */
import { FUNCTION_WORDS } from './rules.ts';

export interface Signals {
  /** characters, after normalisation */
  length: number;
  /** share of letters that are Thai (0..1); 0 when there are no letters */
  thaiRatio: number;
  /** count of Thai letters */
  thai: number;
  /** count of Latin letters */
  latin: number;
  digits: number;
  /** word-like tokens (Intl.Segmenter, Thai dictionary segmentation) */
  words: number;
  /** Thai function words among word-like tokens */
  functionWords: number;
  /** functionWords / words */
  functionDensity: number;
  /** spaces: Thai separates clauses and sentences with them */
  spaces: number;
  /** the whole line is a URL, or starts with one */
  isUrl: boolean;
  hasUrl: boolean;
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const THAI_LETTER = /[\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E4E]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/u;
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.[a-z]{2,}\S*/i;

export function measure(text: string): Signals {
  let thai = 0;
  let latin = 0;
  let digits = 0;
  let spaces = 0;
  for (const ch of text) {
    if (THAI_LETTER.test(ch)) thai++;
    else if (LATIN_LETTER.test(ch)) latin++;
    else if (/[0-9\u0E50-\u0E59]/.test(ch)) digits++;
    else if (ch === ' ') spaces++;
  }
  let words = 0;
  let functionWords = 0;
  for (const seg of segmenter.segment(text)) {
    if (!seg.isWordLike) continue;
    words++;
    if (FUNCTION_WORDS.has(seg.segment)) functionWords++;
  }
  const letters = thai + latin;
  return {
    length: [...text].length,
    thaiRatio: letters ? thai / letters : 0,
    thai,
    latin,
    digits,
    words,
    functionWords,
    functionDensity: words ? functionWords / words : 0,
    spaces,
    isUrl: /^(?:https?:\/\/|www\.)\S+$/i.test(text),
    hasUrl: URL_RE.test(text),
  };
}

export function findUrl(text: string): string | undefined {
  const m = URL_RE.exec(text);
  if (!m) return undefined;
  const u = m[0].replace(/[)\].,;:!?”"']+$/u, '');
  return u.startsWith('www.') ? `https://${u}` : u;
}

/**
 * Does the line read like running prose? Thai prose is long, mostly Thai
 * letters, and dense in function words (ที่ ว่า และ ของ ได้ …); menus,
 * headlines, bylines and widget labels are short and sparse in them.
 */
export function isProse(s: Signals): boolean {
  return s.length >= 60 && s.thai >= 30 && s.thaiRatio >= 0.5 && s.words >= 10 && s.functionDensity >= 0.08;
}

/** Weaker form: a short paragraph that still reads like a sentence. */
export function isSentenceLike(s: Signals): boolean {
  return s.length >= 25 && s.thaiRatio >= 0.5 && s.words >= 5 && s.functionWords >= 2;
}
