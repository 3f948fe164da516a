/**
 * Stage 4: frontmatter facts from the labelled lines.
 * Only lines the classifier marked as title/metadata/copyright are read, so a
 * date mentioned inside the story can never become the publication date.
 */
import { chromeRule, type Labeled } from './classify.ts';
import { AGGREGATORS, AUTHOR_LABEL, CREDIT_PAREN, DATELINE_LABEL, GLUED_LATIN_LABEL, SOURCE_LABEL } from './rules.ts';
import { findUrl, measure } from './signals.ts';
import { findDates } from './thai-date.ts';

export type Field = 'title' | 'date' | 'publisher' | 'sourceUrl' | 'credit' | 'section';

export interface Extracted {
  title?: string;
  date?: string;
  publisher?: string;
  sourceUrl?: string;
  credit?: string;
  section?: string;
  /** which line gave which field (for the report) */
  used: { line: number; field: Field }[];
}

/** Section words a dateline may start with ("ข่าวต่างประเทศ 20 ก.ย. 2566"). */
const SECTION_WORD = /^(?:ข่าว|หมวด|คอลัมน์|ต่างประเทศ|การเมือง|เศรษฐกิจ|ธุรกิจ|กีฬา|บันเทิง|สังคม|ภูมิภาค|อาชญากรรม|การศึกษา|สุขภาพ|ไอที|เทคโนโลยี|world|politics|business|sports?|entertainment|opinion|in focus|analysis)/iu;
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:น\.|am|pm)?/giu;
const ZONE = /\b(?:KST|JST|ICT|UTC|GMT(?:[+-]\d{1,2})?|BST|EST|EDT|PST|MSK)\b/gu;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?/giu;
const SEPARATORS = /^[\s\-–—|·•:,/]+|[\s\-–—|·•:,/]+$/gu;

function clean(s: string): string {
  return s.replace(TIME, ' ').replace(ZONE, ' ').replace(WEEKDAY, ' ').replace(/\s+/g, ' ').replace(SEPARATORS, '').trim();
}

/** "VTC NewsVTC News" (a byline printed twice, glued) → "VTC News". */
function undouble(s: string): string {
  const m = /^(.{3,}?)\s*\1$/u.exec(s);
  return m ? m[1]!.trim() : s;
}

/** Split a dateline into section / publisher around its date. */
export function parseDateline(text: string, atEnd = false): { date?: string; publisher?: string; section?: string } {
  const d = findDates(text)[0];
  if (!d) return {};
  const before = clean(text.slice(0, d.index));
  const after = clean(text.slice(d.index + d.length));
  const out: { date?: string; publisher?: string; section?: string } = { date: d.iso };
  const b = undouble(before);
  const doubled = b !== before;
  // the outlet is named after a separator ("… 12:14 —สำนักข่าวอินโฟเควสท์ (IQ)") or printed twice, glued ("VTC NewsVTC News");
  // other words around a date are labels, authors or sections ("เผยแพร่", "Submitted on", "By: x on")
  // after the date: the last separator-delimited part that is a name (not a label, a date or a time)
  const tail = text.slice(d.index + d.length);
  const sep = /^(?:[—–|•·]|-(?!\d))/u.test(tail.replace(TIME, '').replace(ZONE, '').trim());
  const lastPart = tail.split(/\s*(?:[—–|•·]|\s-\s?)\s*/u).pop()!.replace(SOURCE_LABEL, '').trim();
  const named = lastPart && findDates(lastPart).length === 0 && !DATELINE_LABEL.test(lastPart) && !chromeRule(lastPart) && !/\d/.test(lastPart.replace(/\b(?:HD\s*)?\d{1,3}$/u, '')) && clean(lastPart) === lastPart.replace(/\s+/g, ' ').trim();
  if (sep && after && named && !SECTION_WORD.test(lastPart)) out.publisher = stripAuthor(clean(lastPart));
  const beforeSep = /[|•·—–]\s*$/u.test(text.slice(0, d.index)); // "Thai Daily | 13 ส.ค. 2568"
  if (b) {
    // "VTC NewsVTC News30/11/2024", "Thai Daily | 13 ส.ค.", and under the article "มติชนออนไลน์ 15 ส.ค. 2568 - 09:12 น."
    const nameLike = !SECTION_WORD.test(b) && !chromeRule(b) && !DATELINE_LABEL.test(b) && !AUTHOR_LABEL.test(b) && measure(b).words <= 5;
    if (doubled || ((beforeSep || atEnd) && nameLike)) out.publisher ??= stripAuthor(b);
    else if (SECTION_WORD.test(b) && measure(b).words <= 4) out.section = b;
  }
  if (out.publisher === '') delete out.publisher;
  return out;
}

function stripAuthor(s: string): string {
  return s.replace(AUTHOR_LABEL, '').trim();
}

/** "Copyrights(C)wowkorea.jp 5", "© 2024 Thai PBS. All rights reserved." → the holder. */
export function copyrightHolder(text: string): string | undefined {
  const h = text
    .replace(/copyrights?|\(c\)|©|all rights reserved\.?|สงวนลิขสิทธิ์(?:ทั้งหมด)?|ลิขสิทธิ์|โดย/giu, ' ')
    .replace(/\b(?:19|20|25)\d{2}(?:\s*[-–]\s*(?:19|20|25)\d{2})?\b/g, ' ')
    .replace(/(?:^|\s)\d{1,3}(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(SEPARATORS, '')
    .replace(/\s*[\u3000-\u9fff\uac00-\ud7af].*$/u, '') // a notice in another script after the name ("無断転載禁止")
    .replace(/[.,]$/, '')
    .trim();
  return h.length >= 2 && h.length <= 60 ? h : undefined;
}

/**
 * Clean a headline: drop a date and its label ("date 2025-08-13 …"), a
 * column label glued to it ("In Focusโลกหวั่น…"), and a trailing " | Site".
 */
export function cleanTitle(text: string): { title: string; section?: string; publisher?: string } {
  let t = text;
  // a date printed in front of the headline (" date 2025-08-13 ปูตินถก…") or after a separator at its end goes;
  // a date that is part of the headline ("… งวดวันที่ 16 พฤศจิกายน 2568") stays
  for (const d of findDates(text).reverse()) {
    const before = text.slice(0, d.index);
    const after = text.slice(d.index + d.length);
    if (/^\s*(?:[A-Za-z]+|วันที่|เผยแพร่)?\s*[:：]?\s*$/u.test(before)) t = t.replace(before + d.text, ' ');
    else if (/^\s*$/u.test(after) && /[|•·—–-]\s*$/u.test(before)) t = t.replace(d.text, ' ');
  }
  t = t.replace(/\s+/g, ' ').trim();
  let section: string | undefined;
  let publisher: string | undefined;
  const glued = GLUED_LATIN_LABEL.exec(t);
  if (glued && !/\s$/.test(glued[1]!)) {
    section = glued[1]!.trim();
    t = t.slice(glued[1]!.length).trim();
  }
  const tail = /\s+[|｜]\s+([^|｜]{2,40})$/u.exec(t);
  if (tail) {
    if (findDates(tail[1]!).length === 0) publisher = tail[1]!.trim();
    t = t.slice(0, tail.index).trim();
  }
  t = t.replace(/^[\s\-–—|:]+|[\s\-–—|:]+$/gu, '');
  return { title: t, ...(section ? { section } : {}), ...(publisher ? { publisher } : {}) };
}

/** "• ที่มา: เอพี" → "เอพี"; "ฮัว หวู่ (ที่มา: รอยเตอร์)" → the whole line. */
export function creditOf(raw: string): string {
  const text = raw.trim();
  if (CREDIT_PAREN.test(text) && !SOURCE_LABEL.test(text)) return text.replace(/^[•·\-–*]\s*/u, '').trim();
  return text.replace(SOURCE_LABEL, '').trim();
}

export function extractMetadata(lines: readonly Labeled[]): Extracted {
  const out: Extracted = { used: [] };
  const use = (l: Labeled, field: Field) => out.used.push({ line: l.n, field });
  const titleLine = lines.find((l) => l.kind === 'title');
  let titlePublisher: string | undefined;
  if (titleLine) {
    const t = cleanTitle(titleLine.text);
    if (t.title) {
      out.title = t.title;
      use(titleLine, 'title');
    }
    if (t.section) {
      out.section = t.section;
      use(titleLine, 'section');
    }
    titlePublisher = t.publisher;
    const d = findDates(titleLine.text)[0];
    if (d) {
      out.date = d.iso;
      use(titleLine, 'date');
    }
  }
  // datelines: below the headline first, then the footer (never above the headline: those are removed as site chrome)
  const lastText = lines.reduce((n, l) => (l.kind === 'content' || l.kind === 'heading' || l.kind === 'caption' ? l.n : n), 0);
  for (const l of lines) {
    if (l.kind !== 'metadata') continue;
    if (l.meta === 'dateline') {
      const p = parseDateline(l.text, l.n > lastText);
      if (p.date && !out.date) {
        out.date = p.date;
        use(l, 'date');
      }
      if (p.publisher && !out.publisher) {
        out.publisher = p.publisher;
        use(l, 'publisher');
      }
      if (p.section && !out.section) {
        out.section = p.section;
        use(l, 'section');
      }
    } else if (l.meta === 'source') {
      const u = findUrl(l.text);
      if (u && !out.sourceUrl && URL.canParse(u)) {
        out.sourceUrl = u;
        use(l, 'sourceUrl');
      }
    } else if (l.meta === 'credit') {
      const c = creditOf(l.text);
      if (c && !out.credit) {
        out.credit = c;
        use(l, 'credit');
      }
    }
  }
  // the site's name, printed first on the page ("ไทยรัฐออนไลน์", "ประชาไท | Prachatai3.info"), unless it is an aggregator
  if (!out.publisher) {
    const site = lines.find((l) => l.meta === 'sitename');
    if (site && !AGGREGATORS.test(site.text)) {
      out.publisher = site.text.split(/\s+[|｜–—-]\s+/u)[0]!.trim();
      use(site, 'publisher');
    } else {
      // aggregators credit the outlet: "Story by Thai PBS • 2d", "From Reuters"
      const by = lines.find((l) => l.meta === 'byline' && /^(?:story by|from|จาก)\s+/iu.test(l.text));
      if (by) {
        out.publisher = by.text.replace(/^(?:story by|from|จาก)\s+/iu, '').split(/\s*[•·|]\s*/u)[0]!.trim();
        use(by, 'publisher');
      }
    }
  }
  // Thai official documents close with their date: "ประกาศ ณ วันที่ ๑๕ มีนาคม พ.ศ. ๒๕๖๘" (kept in the text)
  if (!out.date) {
    const closing = [...lines].reverse().find((l) => (l.kind === 'content' || l.kind === 'heading') && /^(?:ประกาศ|สั่ง|ให้ไว้)\s*ณ\s*วันที่/u.test(l.text));
    const d = closing ? findDates(closing.text)[0] : undefined;
    if (closing && d) {
      out.date = d.iso;
      use(closing, 'date');
    }
  }
  if (!out.publisher) {
    for (const l of lines) {
      if (l.meta !== 'copyright') continue;
      const h = copyrightHolder(l.text);
      if (h) {
        out.publisher = h;
        use(l, 'publisher');
        break;
      }
    }
  }
  if (!out.publisher && titlePublisher && titleLine) {
    out.publisher = titlePublisher;
    use(titleLine, 'publisher');
  }
  return out;
}

/** Lead: the first sentence or two of the body, cut at a space (Thai's clause break). */
export function makeLead(paragraphs: readonly string[], max = 220): string {
  const first = dropCutFragment(paragraphs.find((p) => p.length > 0) ?? '');
  if ([...first].length <= max) return first;
  const chars = [...first];
  const cut = chars.slice(0, max).join('');
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.5 ? cut.slice(0, sp) : cut).trim()}…`;
}

/** A text that starts mid-sentence may open with the tail of a cut parenthesis: "Kim Jong-un) เลขาธิการ…" */
export function dropCutFragment(text: string): string {
  const close = text.indexOf(')');
  const t = close >= 0 && close < 40 && !text.slice(0, close).includes('(') ? text.slice(close + 1) : text;
  return t.replace(/^[^\u0E01-\u0E4EA-Za-z0-9“"‘]+/u, '');
}

/** A title for a text with no headline: the lead's first clause(s), up to ~90 characters. */
export function deriveTitle(lead: string, max = 90): string {
  const text = dropCutFragment(lead.replace(/…$/u, ''));
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.4 ? cut.slice(0, sp) : cut).trim()}…`;
}
