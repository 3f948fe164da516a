/**
 * Stage 3: label every line of one article.
 *
 * The page is read as zones, found from the text itself:
 *   header  — before the first line of running prose: site banners, menus,
 *             the headline, bylines/datelines, photo captions, a deck;
 *   core    — from the first to the last line of running prose: the article,
 *             with section headings, captions and the odd widget label;
 *   footer  — after the last prose line: credits, source links, copyright,
 *             comment widgets, related-headline lists, category menus.
 * "Running prose" is measured (signals.ts): long, mostly Thai, dense in
 * function words. Chrome is recognised by general vocabulary (rules.ts) on
 * short lines, by position, by runs of short lines, and by repetition within
 * the file and across the batch. Doubtful lines inside the core are kept.
 */
import type { Line } from './lines.ts';
import { CAPTION_RE, CHROME_RULES, CREDIT_PAREN, HEADING_MARKER, SITE_RULES, SOURCE_LABEL, DATELINE_LABEL } from './rules.ts';
import { isProse, isSentenceLike, measure, type Signals } from './signals.ts';
import { findDates } from './thai-date.ts';

export type Kind = 'blank' | 'title' | 'content' | 'heading' | 'caption' | 'metadata' | 'boilerplate';
export type MetaKind = 'dateline' | 'source' | 'credit' | 'copyright';

export interface Labeled extends Line {
  kind: Kind;
  /** why: the rule that decided (reported for removed lines) */
  rule: string;
  /** for metadata lines: what they carry */
  meta?: MetaKind;
  signals?: Signals;
}

/** Facts about the whole batch that one file cannot know. */
export interface BatchContext {
  /** normalised line text → number of files in the batch that contain it */
  lineFileCounts: ReadonlyMap<string, number>;
  files: number;
}

export const EMPTY_BATCH: BatchContext = { lineFileCounts: new Map(), files: 1 };

/** Build the batch context from every file's lines. */
export function batchContext(files: readonly (readonly Line[])[]): BatchContext {
  const counts = new Map<string, number>();
  for (const lines of files) {
    for (const t of new Set(lines.map((l) => l.text).filter(Boolean))) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return { lineFileCounts: counts, files: files.length };
}

const SHORT = 50; // characters: menu items, widget labels, related headlines

function chromeRule(text: string): string | undefined {
  for (const r of [...SITE_RULES, ...CHROME_RULES]) {
    if (r.maxLength !== undefined && [...text].length > r.maxLength) continue;
    if (r.re.test(text)) return r.rule;
  }
  return undefined;
}

/** A line that is mostly a date (plus time, zone, labels, a byline or a section word). */
export function isDateline(text: string, s: Signals): boolean {
  if (s.length > 160) return false;
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  rest = rest.replace(/\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:น\.|am|pm)?/giu, ' ').replace(DATELINE_LABEL, ' ');
  const r = measure(rest.trim());
  return r.words <= 12 && !isSentenceLike(r);
}

function isSourceLine(text: string, s: Signals): boolean {
  return SOURCE_LABEL.test(text) && s.hasUrl;
}

/** "• ที่มา: เอพี", "Source: Reuters", "ฮัว หวู่ (ที่มา: รอยเตอร์)" — short, not prose. */
function isCreditLine(text: string, s: Signals): boolean {
  if (s.length > 90 || isProse(s) || s.hasUrl) return false;
  return SOURCE_LABEL.test(text) || (CREDIT_PAREN.test(text) && !/\((?:ภาพ|photo)\s*[:：]/iu.test(text));
}

function isCaption(text: string, s: Signals): boolean {
  return CAPTION_RE.test(text) && s.length <= 400 && s.functionDensity < 0.3;
}

/** Short line, not a sentence: a menu item, label or headline in a list. */
function isShortNonSentence(s: Signals): boolean {
  return s.length <= SHORT && !isSentenceLike(s);
}

/** Looks like a headline: a Thai line of headline length that is not running prose. */
function isHeadlineLike(s: Signals): boolean {
  return s.length >= 12 && s.length <= 200 && s.words >= 2 && s.thaiRatio >= 0.5 && s.functionDensity < 0.3;
}

export function classify(lines: readonly Line[], batch: BatchContext = EMPTY_BATCH): Labeled[] {
  const out: Labeled[] = lines.map((l) => (l.text ? { ...l, kind: 'content', rule: '', signals: measure(l.text) } : { ...l, kind: 'blank', rule: 'blank' }));
  const open = (i: number) => out[i]!.kind === 'content' && out[i]!.rule === '';
  const set = (i: number, kind: Kind, rule: string, meta?: MetaKind) => {
    const l = out[i]!;
    l.kind = kind;
    l.rule = rule;
    if (meta) l.meta = meta;
  };
  const nonBlank = out.map((l, i) => (l.kind === 'blank' ? -1 : i)).filter((i) => i >= 0);

  // 1. Line-level recognisers, strongest first.
  const weakChrome = new Set<number>();
  const seen = new Map<string, number>(); // text → position in nonBlank of first copy
  nonBlank.forEach((i, k) => {
    const l = out[i]!;
    const s = l.signals!;
    const first = seen.get(l.text);
    if (first !== undefined) {
      const firstIdx = nonBlank[first]!;
      if (k - first <= 2 && !isProse(s) || (k - first <= 2 && isCaption(l.text, s))) {
        // the same line printed twice in a row: a photo caption (alt text + caption)
        if (out[firstIdx]!.kind === 'content' && out[firstIdx]!.rule === '') set(firstIdx, 'caption', 'caption-printed-twice');
        set(i, 'boilerplate', out[firstIdx]!.kind === 'caption' ? 'duplicate-caption' : 'duplicate-line');
      } else {
        set(i, 'boilerplate', 'duplicate-line');
      }
      return;
    }
    seen.set(l.text, k);
    const crossFile = batch.lineFileCounts.get(l.text) ?? 0;
    if (isSourceLine(l.text, s)) set(i, 'metadata', 'source-url', 'source');
    else if (isCreditLine(l.text, s)) set(i, 'metadata', 'credit', 'credit');
    else if (isDateline(l.text, s)) set(i, 'metadata', 'dateline', 'dateline');
    else {
      const rule = chromeRule(l.text);
      if (rule && isProse(s)) weakChrome.add(i); // chrome vocabulary in a full sentence: decided by position below
      if (rule === 'copyright') set(i, 'boilerplate', rule, 'copyright');
      else if (rule) set(i, 'boilerplate', rule);
      else if (isCaption(l.text, s)) set(i, 'caption', 'caption-pattern');
      else if (crossFile >= 2 && batch.files >= 3 && !isProse(s)) set(i, 'boilerplate', 'repeated-across-batch');
      else if (s.isUrl) set(i, 'boilerplate', 'bare-url');
    }
  });

  // 2. The core: first to last line of running prose.
  const prose = nonBlank.filter((i) => open(i) && isProse(out[i]!.signals!) && out[i]!.signals!.functionDensity >= 0.15);
  const sentenceLike = nonBlank.filter((i) => open(i) && isSentenceLike(out[i]!.signals!));
  const anchors = prose.length ? prose : sentenceLike;
  if (anchors.length === 0) {
    for (const i of nonBlank) if (open(i)) set(i, 'boilerplate', 'no-prose-in-file');
    return out;
  }
  const coreStart = anchors[0]!;
  const coreEnd = anchors[anchors.length - 1]!;
  // a full sentence inside the article that only mentions chrome words ("…นโยบายคุกกี้ใหม่…") stays
  for (const i of weakChrome) {
    if (i > coreStart && i < coreEnd) {
      out[i]!.kind = 'content';
      out[i]!.rule = '';
      delete out[i]!.meta;
    }
  }

  // 3. Header: the headline is the first headline-shaped line; what precedes it is site chrome.
  const header = nonBlank.filter((i) => i < coreStart);
  let titleAt = -1;
  const candidates = header.filter((i) => (open(i) || out[i]!.meta === 'dateline') && isHeadlineLike(measure(stripDateText(out[i]!.text))));
  titleAt = candidates.find((i) => measure(stripDateText(out[i]!.text)).length >= 20) ?? candidates[0] ?? -1;
  for (const i of header) {
    const l = out[i]!;
    if (i === titleAt) {
      set(i, 'title', 'headline', l.meta === 'dateline' ? 'dateline' : undefined);
      continue;
    }
    if (titleAt === -1 || i < titleAt) {
      // above the headline: banners, menus, "today's date" of the site header
      if (l.kind === 'metadata' && l.meta === 'dateline') set(i, 'boilerplate', 'date-above-headline');
      else if (open(i)) set(i, 'boilerplate', l.signals!.thaiRatio < 0.2 ? 'foreign-language-header' : 'header-chrome');
      continue;
    }
    if (!open(i)) continue;
    const s = l.signals!;
    if (HEADING_MARKER.test(l.text) && s.length <= 120) set(i, 'heading', 'heading-marker');
    else if (isSentenceLike(s)) set(i, 'content', 'deck');
    else set(i, 'boilerplate', s.thaiRatio < 0.2 ? 'foreign-language-header' : 'header-chrome');
  }

  // 4. Core: keep everything not recognised above; find section headings.
  const core = nonBlank.filter((i) => i >= coreStart && i <= coreEnd);
  core.forEach((i, k) => {
    if (!open(i)) return;
    const l = out[i]!;
    const s = l.signals!;
    const prev = core[k - 1];
    const next = core[k + 1];
    const between = prev !== undefined && next !== undefined && isSentenceLike(out[prev]!.signals ?? measure('')) && isSentenceLike(out[next]!.signals ?? measure(''));
    if (HEADING_MARKER.test(l.text) && s.length <= 120) set(i, 'heading', 'heading-marker');
    else if (s.length <= 80 && !isSentenceLike(s) && between && s.thaiRatio >= 0.5) set(i, 'heading', 'short-line-between-paragraphs');
    else set(i, 'content', 'prose');
  });
  // a related-links block inside the article: a "related" label followed by short lines
  markRelatedRuns(out, core);

  // 5. Footer: short final paragraphs that follow the prose directly stay; the rest is chrome.
  const footer = nonBlank.filter((i) => i > coreEnd);
  let contiguous = true;
  for (const i of footer) {
    const l = out[i]!;
    if (!open(i)) {
      if (l.kind !== 'caption') contiguous = false;
      continue;
    }
    const s = l.signals!;
    if (contiguous && isSentenceLike(s) && s.length >= 40) {
      set(i, 'content', 'final-paragraph');
      continue;
    }
    contiguous = false;
    set(i, 'boilerplate', s.length <= SHORT ? 'footer-short-line' : 'footer-chrome');
  }
  markMenuRuns(out, footer);
  return out;
}

/** Removes date expressions and date labels: what is left of a dateline/headline. */
export function stripDateText(text: string): string {
  let t = text;
  for (const d of findDates(text)) t = t.replace(d.text, ' ');
  return t.replace(/\d{1,2}[:.]\d{2}\s*(?:น\.)?/gu, ' ').replace(DATELINE_LABEL, '').replace(/^\s*(?:date|วันที่)\s*/iu, '').replace(/\s+/g, ' ').trim();
}

/** Runs of ≥3 short non-sentence lines in the footer: a category menu or a related-headline list. */
function markMenuRuns(out: Labeled[], idx: readonly number[]): void {
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const i of run) if (out[i]!.rule === 'footer-short-line') out[i]!.rule = 'menu-run';
    run = [];
  };
  for (const i of idx) {
    const l = out[i]!;
    if (l.kind === 'boilerplate' && l.signals && isShortNonSentence(l.signals)) run.push(i);
    else flush();
  }
  flush();
}

/** Inside the core: a "related"-type label followed by a run of short lines (headline links). */
function markRelatedRuns(out: Labeled[], core: readonly number[]): void {
  core.forEach((i, k) => {
    if (out[i]!.rule !== 'related-heading') return;
    for (let j = k + 1; j < core.length; j++) {
      const l = out[core[j]!]!;
      if (l.kind !== 'content' || !l.signals || isProse(l.signals) || l.signals.length > 120) break;
      l.kind = 'boilerplate';
      l.rule = 'related-list';
    }
  });
}
