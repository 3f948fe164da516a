/**
 * Stage 3: label every line of one article.
 *
 * The page is read as zones, found from the text itself:
 *   header  — before the first line of running prose: site name, menus,
 *             the headline, bylines/datelines, photo captions, a deck;
 *   core    — from the first to the last line of running prose: the article,
 *             with section headings, captions and the odd widget label;
 *   footer  — after the article: credits, source links, copyright, comment
 *             widgets, tag lists, related-headline lists, category menus.
 * "Running prose" is measured (signals.ts): long, mostly Thai, dense in
 * function words. Chrome is recognised by general vocabulary and shapes
 * (rules.ts) on short lines, by position, by runs of short lines, by
 * end-of-article markers (a "related"/"tags" label followed by little prose),
 * and by repetition within the file and across the batch. Doubtful lines
 * inside the article are kept.
 */
import type { Line } from './lines.ts';
import { BYLINE_LINE, CAPTION_RE, CHROME_RULES, CREDIT_PAREN, DATELINE_LABEL, HEADING_MARKER, NON_PUBLICATION_DATE, SITE_RULES, SOURCE_LABEL, type LineRule } from './rules.ts';
import { isProse, isSentenceLike, measure, type Signals } from './signals.ts';
import { findDates } from './thai-date.ts';

export type Kind = 'blank' | 'title' | 'content' | 'heading' | 'caption' | 'metadata' | 'boilerplate';
export type MetaKind = 'dateline' | 'source' | 'credit' | 'copyright' | 'byline' | 'sitename';

export interface Labeled extends Line {
  kind: Kind;
  /** why: the rule that decided (reported for removed lines) */
  rule: string;
  /** for metadata lines (and chrome lines that still carry a fact): what they carry */
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
/** Chrome rules after which, when little prose follows, the article is over. */
const END_MARKERS = new Set(['related-heading', 'tags-label', 'comment-widget', 'comment-form', 'copyright', 'disclaimer']);
/** Chrome after which, in the footer, nothing more is article text. */
const STOP_RULES = new Set(['cookie-notice', 'promo', 'tags-breadcrumb', 'hashtags', 'read-more-link', 'byline', 'page-tool', 'inline-menu', 'empty-widget']);
const EMPTY_SIGNALS = measure('');

export function chromeRule(text: string): string | undefined {
  return chromeMatch(text)?.rule;
}

function chromeMatch(text: string): LineRule | undefined {
  for (const r of [...SITE_RULES, ...CHROME_RULES]) {
    if (r.maxLength !== undefined && [...text].length > r.maxLength) continue;
    if (r.re.test(text)) return r;
  }
  return undefined;
}

/** A line that is mostly a date (plus time, zone, labels, a byline or a section word). */
export function isDateline(text: string, s: Signals): boolean {
  if (s.length > 160 || NON_PUBLICATION_DATE.test(text)) return false;
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  rest = rest
    .replace(/(?:\s*[—–|•·]|\s-)\s*[^—–|•·\s][^—–|•·]{0,39}$/u, (tail) => (measure(tail).words <= 6 ? ' ' : tail)) // "… —สำนักข่าวอินโฟเควสท์ (IQ)": a short outlet name after a separator
    .replace(/(?:อัปเดต|อัพเดท|updated)?(?:ล่าสุด)?(?:เมื่อ)?\s*\d+\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน)\s*(?:ที่แล้ว|ก่อน)|\d+\s*(?:minutes?|hours?|days?)\s+ago/giu, ' ')
    .replace(/\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:น\.|am|pm)?/giu, ' ')
    .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?|เวลา/giu, ' ')
    .replace(DATELINE_LABEL, ' ');
  const r = measure(rest.trim());
  return r.words <= 5 && !isSentenceLike(r);
}

function isSourceLine(text: string, s: Signals): boolean {
  return SOURCE_LABEL.test(text) && s.hasUrl;
}

/** "• ที่มา: เอพี", "ขอบคุณข้อมูล : เอเอฟพี", "ฮัว หวู่ (ที่มา: รอยเตอร์)" — short, not prose. */
function isCreditLine(text: string, s: Signals): boolean {
  if (s.length > 90 || isProse(s) || s.hasUrl) return false;
  return SOURCE_LABEL.test(text) || (CREDIT_PAREN.test(text) && !/\((?:ภาพ|photo)\s*[:：]/iu.test(text));
}

function isCaption(text: string, s: Signals): boolean {
  return CAPTION_RE.test(text) && s.length <= 400 && s.functionDensity < 0.3;
}

function isByline(text: string, s: Signals): boolean {
  return s.length <= 100 && !isProse(s) && BYLINE_LINE.test(text);
}

/** Short line, not a sentence: a menu item, label or headline in a list. */
function isShortNonSentence(s: Signals): boolean {
  return s.length <= SHORT && !isSentenceLike(s);
}

/** Thai official documents: "ประกาศกรมการกงสุล เรื่อง …", "คำสั่ง… เรื่อง …", "แถลงการณ์… เรื่อง …" */
const OFFICIAL_TITLE = /^(?:ประกาศ|คำสั่ง|แถลงการณ์|ระเบียบ|หนังสือเวียน)[\p{L}\p{M}\s.]{0,60}\s?เรื่อง\s/u;
/** Question lines of Q&A pages: "ถาม : …", "Q: …" */
const QUESTION = /^(?:ถาม|คำถาม|Q)\s*[:：.]/iu;

/** List items: "1. …", "- …", "• …", "๑) …" */
const LIST_ITEM = /^(?:[-–•·▪●]\s*|\(?[0-9๐-๙]{1,2}[.)]\s+|[a-zก-ฮ][.)]\s+)/u;

/** Looks like a headline: a line of headline length, mostly letters of one script, not running prose. */
function isHeadlineLike(s: Signals): boolean {
  return s.length >= 12 && s.length <= 250 && s.words >= 2 && (s.thaiRatio >= 0.5 || s.latin >= 12) && s.functionDensity < 0.5;
}

export function classify(lines: readonly Line[], batch: BatchContext = EMPTY_BATCH): Labeled[] {
  const out: Labeled[] = lines.map((l) => (l.text ? { ...l, kind: 'content', rule: '', signals: measure(l.text) } : { ...l, kind: 'blank', rule: 'blank' }));
  const open = (i: number) => out[i]!.kind === 'content' && out[i]!.rule === '';
  const set = (i: number, kind: Kind, rule: string, meta?: MetaKind) => {
    const l = out[i]!;
    l.kind = kind;
    l.rule = rule;
    if (meta) l.meta = meta;
    else delete l.meta;
  };
  const sig = (i: number | undefined) => (i === undefined ? EMPTY_SIGNALS : (out[i]!.signals ?? EMPTY_SIGNALS));
  const nonBlank = out.map((l, i) => (l.kind === 'blank' ? -1 : i)).filter((i) => i >= 0);

  // 1. Line-level recognisers, strongest first. "Weak" decisions are revisited by position below.
  const weak = new Set<number>(); // chrome vocabulary in a full sentence, or a repeat far from its twin
  const seen = new Map<string, number>(); // text → position in nonBlank of the first copy
  nonBlank.forEach((i, k) => {
    const l = out[i]!;
    const s = l.signals!;
    const first = seen.get(l.text);
    if (first !== undefined) {
      const firstIdx = nonBlank[first]!;
      const near = k - first <= 2;
      if (near && s.length >= 20 && s.words >= 3 && (k - first === 1 || isCaption(l.text, s) || !isProse(s))) {
        // the same line printed twice in a row: a photo caption (alt text + caption)
        if (open(firstIdx) || out[firstIdx]!.rule === 'caption-pattern') set(firstIdx, 'caption', 'caption-printed-twice');
        set(i, 'boilerplate', out[firstIdx]!.kind === 'caption' ? 'duplicate-caption' : 'duplicate-line');
      } else {
        const rule = chromeRule(l.text);
        if (!rule && s.length >= 40 && (out[firstIdx]!.kind === 'caption' || (open(firstIdx) && !isProse(s)))) {
          // a descriptive line printed again further down: a photo caption repeated by the page
          if (open(firstIdx)) set(firstIdx, 'caption', 'caption-printed-twice');
          set(i, 'boilerplate', 'duplicate-caption');
          return;
        }
        set(i, 'boilerplate', rule ?? 'duplicate-line');
        // inside the article, text may legitimately repeat ("รางวัลละ 4,000 บาท"); a repeated widget label may not
        if (!near && !rule) weak.add(i);
      }
      return;
    }
    seen.set(l.text, k);
    const crossFile = batch.lineFileCounts.get(l.text) ?? 0;
    if (isSourceLine(l.text, s)) set(i, 'metadata', 'source-url', 'source');
    else if (isCreditLine(l.text, s)) set(i, 'metadata', 'credit', 'credit');
    else if (isDateline(l.text, s)) set(i, 'metadata', 'dateline', 'dateline');
    else {
      const match = chromeMatch(l.text);
      const rule = match?.rule;
      if (match && ((!match.strong && isProse(s)) || match.weak)) weak.add(i); // chrome vocabulary in a full sentence: decided by position below
      if (rule === 'copyright') set(i, 'boilerplate', rule, 'copyright');
      else if (rule) set(i, 'boilerplate', rule);
      else if (isByline(l.text, s)) set(i, 'boilerplate', 'byline', 'byline');
      else if (isCaption(l.text, s)) set(i, 'caption', 'caption-pattern');
      else if (crossFile >= 2 && batch.files >= 3 && !isProse(s)) {
        // site chrome repeats on every page of a site; so do the subheadings of a syndicated wire story,
        // which is why the article body keeps them (position decides)
        set(i, 'boilerplate', 'repeated-across-batch');
        weak.add(i);
      }
      else if (s.isUrl) set(i, 'boilerplate', 'bare-url');
    }
  });

  // 2. The core: first to last line of running prose …
  const proseIdx = nonBlank.filter((i) => open(i) && isProse(sig(i)) && sig(i).functionDensity >= 0.15);
  const anchors = proseIdx.length ? proseIdx : nonBlank.filter((i) => open(i) && isSentenceLike(sig(i)));
  if (anchors.length === 0) {
    for (const i of nonBlank) if (open(i)) set(i, 'boilerplate', 'no-prose-in-file');
    return out;
  }
  let coreStart = anchors[0]!;
  let coreEnd = anchors[anchors.length - 1]!;
  // … cut at an end-of-article marker ("ข่าวที่เกี่ยวข้อง", "แท็ก", comment box) after which little prose follows
  const proseChars = (from: number, to: number) => anchors.filter((i) => i > from && i <= to).reduce((n, i) => n + sig(i).length, 0);
  for (let guard = 0; guard < 20; guard++) {
    const marker = nonBlank.filter((i) => i > coreStart && i < coreEnd && END_MARKERS.has(out[i]!.rule) && !weak.has(i)).pop();
    if (marker === undefined) break;
    if (proseChars(marker, coreEnd) >= 0.25 * proseChars(coreStart - 1, marker)) break;
    coreEnd = anchors.filter((i) => i < marker).pop() ?? coreStart;
  }
  // a full sentence inside the article that only mentions chrome words, or repeats an earlier line, stays
  for (const i of weak) {
    if (i > coreStart && i < coreEnd) set(i, 'content', '');
  }

  // 3. Header: the headline, the site's name, and what lies between the headline and the text.
  const head = chooseHeadline(out, nonBlank, anchors, coreStart);
  const titleAt = head.titleAt;
  const siteName = head.siteName;
  coreStart = head.coreStart;
  for (const i of nonBlank.filter((j) => j <= coreStart)) {
    if (i === coreStart && i !== titleAt) break;
    const l = out[i]!;
    if (i === titleAt) {
      set(i, 'title', 'headline', l.meta === 'dateline' ? 'dateline' : undefined);
      continue;
    }
    if (titleAt === -1 || i < titleAt) {
      // above the headline: site name, banners, menus, "today's date" of the site header
      // a dateline right above the headline is the article's ("ข่าวที่ 123/2568 วันที่ 5 มิ.ย. 2568");
      // one further up, above the site name and menus, is the site header's "today"
      if (l.kind === 'metadata' && l.meta === 'dateline') {
        const between = nonBlank.filter((j) => j > i && j < titleAt);
        const onlyWidgets = between.every((j) => (out[j]!.kind === 'boilerplate' && out[j]!.rule !== 'header-chrome') || /^[\d\s,.]+$/u.test(out[j]!.text));
        if (titleAt === -1 || !onlyWidgets || i === nonBlank[0]) set(i, 'boilerplate', 'date-above-headline');
      }
      else if (l.kind === 'metadata' || l.kind === 'caption') continue;
      else if (i === siteName) set(i, 'boilerplate', 'site-name', 'sitename');
      else if (open(i)) set(i, 'boilerplate', sig(i).thaiRatio < 0.2 ? 'foreign-language-header' : 'header-chrome');
      continue;
    }
    if (!open(i)) continue;
    const s = sig(i);
    if ((HEADING_MARKER.test(l.text) || QUESTION.test(l.text)) && s.length <= 120) set(i, 'heading', 'heading-marker');
    else if (isSentenceLike(s) && s.length >= 40) set(i, 'content', 'deck');
    else set(i, 'boilerplate', s.thaiRatio < 0.2 ? 'foreign-language-header' : 'header-chrome');
  }

  // 4. Core: keep everything not recognised above; find section headings.
  const core = nonBlank.filter((i) => i >= coreStart && i <= coreEnd);
  core.forEach((i, k) => {
    if (!open(i)) return;
    if (isHeading(out, core, k)) set(i, 'heading', headingRule(out[i]!.text));
    else set(i, 'content', 'prose');
  });
  markRelatedRuns(out, core);

  // 5. Footer: short final paragraphs that follow the prose directly stay; the rest is chrome.
  //    The article goes on (gallery captions, chapter lists, a wrapped last line) until an end-of-article
  //    marker, a credit/source/copyright line or a line that reads like neither text nor a list.
  const footer = nonBlank.filter((i) => i > coreEnd);
  let contiguous = true;
  let afterEndMarker = false;
  let signatureLines = [...core].reverse().some((j) => /^(?:ประกาศ|สั่ง|ให้ไว้)\s*ณ/u.test(out[j]!.text)) ? 3 : 0;
  let prevKept = coreEnd;
  for (const i of footer) {
    const l = out[i]!;
    if (!open(i)) {
      if (l.meta === 'dateline' && afterEndMarker) set(i, 'boilerplate', 'date-of-related-item'); // "Related … March 1, 2025"
      if (END_MARKERS.has(l.rule)) afterEndMarker = true;
      if (l.kind === 'metadata' || l.meta === 'copyright' || END_MARKERS.has(l.rule) || STOP_RULES.has(l.rule)) contiguous = false;
      continue;
    }
    const s = sig(i);
    const wrapped = i === prevKept + 1 && sig(prevKept).length >= 60 && s.thaiRatio >= 0.5 && !/[.!?…”"]$/u.test(out[prevKept]!.text);
    const listLike = LIST_ITEM.test(l.text) || /^\d{1,2}[:.]\d{2}(?::\d{2})?\s+\S/u.test(l.text) || /^(?:↑|\^|\[\d{1,3}\])\s*\S/u.test(l.text);
    const captionLike = s.length >= 20 && s.thaiRatio >= 0.7 && s.words >= 3; // gallery captions are noun phrases
    const signature = /^\((?:นาย|นาง|นางสาว|ดร\.|ผศ\.|รศ\.|ศ\.|พล\.|พ\.|ร\.)?[^()]{2,40}\)$/u.test(l.text) && s.thaiRatio >= 0.5; // "(นายสมพงษ์ ศรีชัยภูมิ)" under an announcement
    const nextLine = out[nonBlank.find((j) => j > i && out[j]!.kind !== 'boilerplate') ?? -1];
    const labelOfList = s.length <= 30 && nextLine !== undefined && (LIST_ITEM.test(nextLine.text) || /^(?:↑|\^|\[\d{1,3}\])/u.test(nextLine.text));
    if (contiguous && labelOfList) {
      set(i, 'heading', 'label-above-list');
      prevKept = i;
      continue;
    }
    // the signature block under an official document: "(นายสมพงษ์ …)", "นายกองค์การบริหารส่วนตำบล…", "กรมการกงสุล"
    const signing = signatureLines > 0 && s.length <= 60 && s.thaiRatio >= 0.5 && !isSentenceLike(s);
    if (contiguous && ((isSentenceLike(s) && s.length >= 25) || wrapped || captionLike || signature || signing || (listLike && s.length >= 8))) {
      set(i, 'content', signing ? 'signature-block' : 'final-paragraph');
      signatureLines = /^(?:ประกาศ|สั่ง|ให้ไว้)\s*ณ/u.test(l.text) || signature ? 3 : Math.max(0, signatureLines - 1);
      prevKept = i;
      continue;
    }
    contiguous = false;
    set(i, 'boilerplate', s.length <= SHORT ? 'footer-short-line' : 'footer-chrome');
  }
  markMenuRuns(out, footer);
  return out;
}

/** " date 2025-08-13 ปูตินถก…": a date (with its label) printed in front of the headline. */
function datedHeadline(text: string): boolean {
  const d = findDates(text)[0];
  if (!d || d.index > 12) return false;
  const rest = text.slice(d.index + d.length).trim();
  return !/^[—–|•·\-:]|^(?:เวลา|at)\s/u.test(rest) && findDates(rest).length === 0 && measure(rest).length >= 20 && measure(rest).thaiRatio >= 0.5;
}

/**
 * The headline among the lines above the article (and the first line of it,
 * which may be the headline itself), and the site's name: the first short,
 * plain line of the page. Returns where the article text then starts.
 */
function chooseHeadline(out: readonly Labeled[], nonBlank: readonly number[], anchors: readonly number[], start: number): { titleAt: number; siteName: number; coreStart: number } {
  let coreStart = start;
  const open = (i: number) => out[i]!.kind === 'content' && out[i]!.rule === '';
  const sig = (i: number) => out[i]!.signals ?? EMPTY_SIGNALS;
  const header = nonBlank.filter((i) => i < coreStart);
  // the first plain line of the page is where sites print their name ("ไทยรัฐออนไลน์", "ประชาไท | Prachatai3.info")
  const firstOpen = header.find((i) => open(i));
  const siteName = firstOpen !== undefined && findDates(out[firstOpen]!.text).length === 0 && sig(firstOpen).length <= 40 && sig(firstOpen).words <= 5 && sig(firstOpen).functionWords === 0 ? firstOpen : -1;
  const headlineText = (i: number) => measure(stripDateText(out[i]!.text));
  // a line with a clock time ("13 สิงหาคม เวลา 08:30 น. ·") is a timestamp, not a headline
  const CLOCK = /\d{1,2}[:.]\d{2}\s*(?:น\.|am|pm)|เวลา\s*\d/iu;
  const candidates = header.filter((i) => (open(i) || (out[i]!.meta === 'dateline' && datedHeadline(out[i]!.text))) && isHeadlineLike(headlineText(i)) && !LIST_ITEM.test(out[i]!.text) && !(open(i) && CLOCK.test(out[i]!.text)));
  const pick = (xs: number[]) => xs.reduce((best, i) => (best === -1 || headlineText(i).length > headlineText(best).length ? i : best), -1);
  const prefer = (xs: number[], ok: (i: number) => boolean) => (xs.some(ok) ? xs.filter(ok) : xs);
  // A headline stands where the article starts: right above its dateline, byline, caption, deck or the text.
  // Menu items, tickers and taglines stand above other chrome. Among the lines placed like a headline the
  // first one wins (a deck comes after its headline); with none so placed, the longest.
  const placedLikeHeadline = (i: number) => {
    const n = nonBlank[nonBlank.indexOf(i) + 1];
    if (n === undefined) return false;
    const o = out[n]!;
    return n === coreStart || o.kind === 'metadata' || o.kind === 'caption' || o.meta === 'byline' || (candidates.includes(n) && isSentenceLike(headlineText(n)));
  };
  const pool = prefer(prefer(candidates.filter((i) => i !== siteName), (i) => headlineText(i).length >= 20), (i) => headlineText(i).thaiRatio >= 0.5);
  const placed = pool.filter(placedLikeHeadline);
  let titleAt = placed.length ? placed[0]! : pick(pool);
  // encyclopedia-style pages open the text with the headline itself: "ชเว ซ็อน-ฮี (เกาหลี: …) เป็น…"
  const firstText = out[coreStart]!.text;
  const echoed = header.filter((i) => open(i) && sig(i).length >= 4 && sig(i).length < firstText.length / 2 && firstText.startsWith(out[i]!.text)).pop();
  if (echoed !== undefined) titleAt = echoed;
  // the site name is the headline only when nothing else could be and the text (or its dateline) follows it directly
  if (titleAt === -1 && candidates.includes(siteName)) {
    const next = nonBlank[nonBlank.indexOf(siteName) + 1];
    if (next === coreStart || out[next ?? -1]?.meta === 'dateline') titleAt = siteName;
  }
  // the first line of the "core" may be the headline itself (a headline dense in function words,
  // printed right above the text): it wins when it is longer than anything headline-shaped above it
  if (open(coreStart)) {
    const s = sig(coreStart);
    const k = nonBlank.indexOf(coreStart);
    const after = nonBlank[k + 1];
    const nextProse = anchors.find((i) => i > coreStart);
    const startsMidSentence = /^[a-z)\]}”’,.;:…\-–]|^[^(]{0,40}\)/u.test(out[coreStart]!.text);
    // a headline is followed by its byline/dateline/caption/image credit — or, when nothing above could be
    // the headline, straight by the text; a first paragraph is followed by the next paragraph
    const noRealHeadlineAbove = titleAt === -1 || headlineText(titleAt).length < 20;
    const followedLikeAHeadline = after !== undefined && (!open(after) || sig(after).length <= 60 || (after === nextProse && noRealHeadlineAbove));
    // Thai official documents title themselves: "ประกาศกรมการกงสุล เรื่อง การเดินทางไปยัง…"
    const officialTitle = OFFICIAL_TITLE.test(out[coreStart]!.text) && s.length <= 200;
    const echoedAbove = titleAt !== -1 && out[coreStart]!.text.startsWith(out[titleAt]!.text);
    if (
      nextProse !== undefined && !startsMidSentence && !echoedAbove && k <= 15 &&
      (officialTitle ||
        (followedLikeAHeadline &&
          s.length <= 160 && s.words >= 3 && !LIST_ITEM.test(out[coreStart]!.text) && !/^["“‘']/u.test(out[coreStart]!.text) &&
          // a much shorter line above is a menu item or ticker; one of similar length is the headline and this is its deck
          s.length * 1.5 <= sig(nextProse).length && (titleAt === -1 || sig(titleAt).length < 0.6 * s.length)))
    ) {
      titleAt = coreStart;
      // what sits between the headline and the text (byline, section label, image credit) is header;
      // if that is more than a few lines, it is probably article text: keep it in the core
      const between = nonBlank.filter((i) => i > coreStart && i < nextProse!);
      coreStart = between.length <= 4 ? nextProse : nonBlank[k + 1]!;
    }
  }
  return { titleAt, siteName, coreStart };
}

function headingRule(text: string): string {
  return HEADING_MARKER.test(text) ? 'heading-marker' : 'short-line-between-paragraphs';
}

/**
 * A section heading inside the article: a marked line ("*หัวข้อ"), or a short
 * line standing alone between longer paragraphs, or a short label introducing
 * a list. Not a list item, not a quote, not a question-and-answer line.
 */
function isHeading(out: readonly Labeled[], core: readonly number[], k: number): boolean {
  const l = out[core[k]!]!;
  const s = l.signals!;
  if ((HEADING_MARKER.test(l.text) || QUESTION.test(l.text)) && s.length <= 120) return true;
  const isText = (x: Labeled) => x.kind === 'content' || x.kind === 'heading';
  const prevIdx = core.slice(0, k).filter((j) => isText(out[j]!)).pop();
  const nextIdx = core.slice(k + 1).find((j) => isText(out[j]!));
  const prev = prevIdx !== undefined ? out[prevIdx]! : undefined;
  const next = nextIdx !== undefined ? out[nextIdx]! : undefined;
  // numbered section headings: "1. บทนำ" above a full paragraph, not inside a list
  if (/^[0-9๐-๙]{1,2}[.)]\s+\S/u.test(l.text) && s.length <= 50 && next && (next.signals?.length ?? 0) >= 100 && !LIST_ITEM.test(next.text) && !(prev && LIST_ITEM.test(prev.text))) return true;
  if (s.length > 80 || LIST_ITEM.test(l.text) || /^["“‘'(«]/u.test(l.text) || /[?？:：!]$/u.test(l.text) || s.thaiRatio < 0.5) return false;
  if (/(?:ครับ|ค่ะ|คะ|นะ|จ้ะ|จ้า)$/u.test(l.text)) return false;
  if (!next || next.kind !== 'content' && next.rule !== '') return false;
  const nextLen = next.signals?.length ?? 0;
  const prevLen = prev?.signals?.length ?? 0;
  // a label introducing a list: "วัตถุดิบ" followed by "- ข่า 1 แง่ง", or by a run of short lines (results, table rows)
  const after = core.slice(k + 1).filter((j) => isText(out[j]!)).slice(0, 2).map((j) => out[j]!);
  const shortRun = after.length === 2 && after.every((x) => (x.signals?.length ?? 0) <= 60 && !isSentenceLike(x.signals ?? EMPTY_SIGNALS) && !HEADING_MARKER.test(x.text));
  const blankBefore = out[core[k]! - 1]?.kind === 'blank' || (out[core[k]! - 1]?.kind === 'boilerplate' && out[core[k]! - 2]?.kind === 'blank');
  const prevIsItem = prev !== undefined && (LIST_ITEM.test(prev.text) || isShortNonSentence(prev.signals ?? EMPTY_SIGNALS));
  if (prev?.kind === 'heading') return false;
  if (s.length <= 40 && (LIST_ITEM.test(next.text) || shortRun) && (!prevIsItem || blankBefore)) return true;
  // a short line set off by blank lines on both sides, introducing a longer paragraph
  const blankAfter = out[core[k]! + 1]?.kind === 'blank' || (out[core[k]! + 1]?.kind === 'boilerplate' && out[core[k]! + 2]?.kind === 'blank');
  if (blankBefore && (blankAfter || nextLen >= 60) && s.length <= 40 && nextLen >= Math.max(2 * s.length, 40) && !/[.…”"')]$/u.test(l.text)) return true;
  // standing alone between paragraphs clearly longer than itself
  return prev !== undefined && s.length <= 60 && prevLen >= Math.max(2 * s.length, 60) && nextLen >= Math.max(2 * s.length, 60) && s.functionDensity <= 0.5;
}

/** Removes date expressions and date labels: what is left of a dateline/headline. */
export function stripDateText(text: string): string {
  let t = text;
  for (const d of findDates(text)) t = t.replace(d.text, ' ');
  return t.replace(DATELINE_LABEL, '').replace(/^\s*(?:date|วันที่)\s*/iu, '').replace(/\s+/g, ' ').trim();
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

/** Inside the core: a "related"/"tags" label followed by a run of short lines (headline links, tags). */
function markRelatedRuns(out: Labeled[], core: readonly number[]): void {
  core.forEach((i, k) => {
    const rule = out[i]!.rule;
    if (rule !== 'related-heading' && rule !== 'tags-label') return;
    for (let j = k + 1; j < core.length; j++) {
      const l = out[core[j]!]!;
      if ((l.kind !== 'content' && l.kind !== 'heading') || !l.signals || l.signals.length > 160) break;
      const first = j === k + 1;
      const nextText = core.slice(j + 1).map((x) => out[x]!).find((x) => x.kind === 'content' || x.kind === 'heading');
      if (!LIST_ITEM.test(l.text) && l.signals.length <= 25 && nextText?.signals && isProse(nextText.signals) && nextText.signals.length >= 100) break;
      if (!LIST_ITEM.test(l.text) && (l.signals.length > 120 || (!first && isProse(l.signals) && l.signals.functionDensity >= 0.15))) break;
      l.kind = 'boilerplate';
      l.rule = rule === 'tags-label' ? 'tag-list' : 'related-list';
    }
  });
}
