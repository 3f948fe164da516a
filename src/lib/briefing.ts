/**
 * Briefing derivation for a topic page: pure (data in, data out; no Astro imports).
 *
 * Input: the topic's articles (the caller filters them, e.g. by `data.topics`), each
 * with its frontmatter and its paragraphs as plain text (see mdxBodyToText), plus the
 * entity definitions and optionally all topics with their article ids.
 * Output: counts, date span, outlets, a dated timeline and a separate undated list
 * (never given a date), key entities, key-figure sentences, quotes, sources and
 * related topics. Deterministic: every list has a total order.
 */
import type { Article, EntityDef, EntityType } from '../schema.ts';
import { findEntityMentions, normalizeForMatch } from './taxonomy.ts';
import { splitThaiSentences } from './text.ts';

export interface BriefingArticle {
  id: string;
  data: Article;
  paragraphs: string[];
}

export interface TimelineItem {
  id: string;
  title: string;
  titleDerived?: boolean;
  /** ISO date; always present in `timeline`, never present in `undated` */
  date?: string;
  publisher?: string;
  lead: string;
}

export interface OutletCount {
  /** publisher as written (the most frequent spelling) */
  name: string;
  count: number;
  articleIds: string[];
}

export interface KeyEntity {
  slug: string;
  name: string;
  latin: string;
  type: EntityType;
  /** number of articles mentioning it */
  count: number;
  articleIds: string[];
}

export type FigureKind = 'quantity' | 'duration' | 'date';

export interface KeyFigure {
  /** the whole sentence, as written */
  text: string;
  articleId: string;
  /** the article's date, when it has one */
  date?: string;
  /** the figure phrases found in the sentence, e.g. "มากกว่า 10,000 ตู้" */
  figures: string[];
  /** strongest kind found: counts/money/percentages > durations/occurrences > dates */
  kind: FigureKind;
}

export interface Quote {
  /** the quoted words, without the quotation marks */
  quote: string;
  /** who said it: the entity's Thai name, or the phrase the text uses ("มิลเลอร์ โฆษก…") */
  speaker?: string;
  speakerEntity?: string;
  articleId: string;
  date?: string;
}

export interface SourceArticle {
  id: string;
  title: string;
  date?: string;
  credit?: string;
  sourceUrl?: string;
  seed: string;
}

export interface SourceGroup {
  /** null: the text names no publisher */
  publisher: string | null;
  articles: SourceArticle[];
}

export interface CreditCount {
  credit: string;
  articleIds: string[];
}

export interface RelatedTopic {
  slug: string;
  title: string;
  /** articles in both topics */
  shared: number;
  /** articles in the related topic */
  total: number;
}

export interface Briefing {
  topic: { slug: string; title: string };
  count: number;
  dateSpan: { from: string; to: string } | null;
  outlets: OutletCount[];
  /** articles that state no publisher */
  withoutPublisher: number;
  timeline: (TimelineItem & { date: string })[];
  undated: TimelineItem[];
  keyEntities: KeyEntity[];
  keyFigures: KeyFigure[];
  quotes: Quote[];
  sources: SourceGroup[];
  credits: CreditCount[];
  relatedTopics: RelatedTopic[];
}

export interface BriefingOptions {
  /** most key-figure sentences overall (default 12) and per article (default 4) */
  maxFigures?: number;
  maxFiguresPerArticle?: number;
  /** most quotes overall (default 20) */
  maxQuotes?: number;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const thaiCollator = new Intl.Collator('th');

/** Articles by date ascending (undated last), then id. */
function byDateThenId(a: { date?: string; id: string }, b: { date?: string; id: string }): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return cmp(a.date, b.date);
  }
  return cmp(a.id, b.id);
}

// ---------------------------------------------------------------------------
// Key figures

const NUM = '(?<![A-Za-z0-9๐-๙\\-–.,/])[0-9๐-๙]+(?:[,.][0-9๐-๙]+)*';
const WORD_DIGITS = 'หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน';
/** Thai number words: "หลายพัน", "สองหมื่น", "สี่" (not "ทั้งสอง" = both). */
const NUM_WORDS = `(?<!ทั้ง)(?<!เรียบ)(?:หลาย)?(?:${WORD_DIGITS})+(?:ครึ่ง)?`;
const SCALE = '(?:\\s?(?:พันล้าน|หมื่นล้าน|แสนล้าน|ล้านล้าน|ล้าน|แสน|หมื่น|พัน))?';
const QUALIFIER = '(?:(?:มากกว่า|กว่า|ราว|ประมาณ|อย่างน้อย|เกือบ|จำนวน|ถึง|อีก|นับ|ร่วม)\\s?)?';
const AMOUNT = `(?:${NUM}${SCALE}|${NUM_WORDS})`;
const COUNT_UNITS = 'นาย|คน|ราย|ตู้|ลำกล้อง|ลำ|ลูก|นัด|คัน|กระบอก|ชุด|เครื่อง|ตัน|กองพัน|กองพล|หน่วย|ฉบับ|ชิ้น|กิโลเมตร|กม\\.|ไมล์|เมตร';
/** "32 ประเทศ" is a figure; "สองประเทศ" (the two countries) is not */
const COUNT_UNITS_DIGITS_ONLY = 'ประเทศ|แห่ง';
/** a unit must end a word: "ล้านนาที่…" (Lanna, that…) is not "ล้าน นาที" */
const UNIT_END = '(?![\\u0e31\\u0e34-\\u0e3a\\u0e47-\\u0e4e])';
const MONEY_UNITS = 'ดอลลาร์(?:สหรัฐ)?|บาท|วอน|รูเบิล|ยูโร|เหรียญ(?:สหรัฐ)?|USD|US\\$';
const PERCENT = 'เปอร์เซ็นต์|%';
const DURATION_UNITS = 'ปี|เดือน|สัปดาห์|วัน|ชั่วโมง|นาที|ครั้ง|รอบ';
const MONTHS =
  'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.';
const YEAR = '(?:(?:พ\\.ศ\\.|ค\\.ศ\\.)\\s?)?[12๑๒][0-9๐-๙]{3}(?![0-9๐-๙])';

const FIGURE_PATTERNS: { kind: FigureKind; re: RegExp }[] = [
  {
    kind: 'quantity',
    re: new RegExp(
      `${QUALIFIER}(?:${NUM}${SCALE}\\s?(?:${COUNT_UNITS}|${COUNT_UNITS_DIGITS_ONLY}|${MONEY_UNITS}|${PERCENT})|${NUM_WORDS}\\s?(?:${COUNT_UNITS}|${MONEY_UNITS}|${PERCENT}))${UNIT_END}`,
      'gu',
    ),
  },
  { kind: 'quantity', re: new RegExp(`(?:ร้อยละ\\s?${NUM}|\\$\\s?${NUM}${SCALE})`, 'gu') },
  { kind: 'duration', re: new RegExp(`${QUALIFIER}(?:${AMOUNT})\\s?(?:${DURATION_UNITS})(?:ครึ่ง)?${UNIT_END}`, 'gu') },
  {
    kind: 'date',
    re: new RegExp(`(?:วันที่\\s?${NUM}\\s?(?:${MONTHS})(?:\\s?${YEAR})?|${NUM}\\s?(?:${MONTHS})(?:\\s?${YEAR})?|(?:เดือน)?(?:${MONTHS})\\s?${YEAR}|ปี\\s?${YEAR})`, 'gu'),
  },
];
const KIND_RANK: Record<FigureKind, number> = { quantity: 3, duration: 2, date: 1 };
const MAX_DATE_SENTENCE = 260;

/** The figure phrases of one sentence, longest first, without overlaps. */
export function findFigures(sentence: string): { kind: FigureKind; text: string }[] {
  const hits: { kind: FigureKind; start: number; end: number }[] = [];
  for (const { kind, re } of FIGURE_PATTERNS) {
    for (const m of sentence.matchAll(re)) hits.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => KIND_RANK[b.kind] - KIND_RANK[a.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof hits = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start).map((h) => ({ kind: h.kind, text: sentence.slice(h.start, h.end).trim() }));
}

const THAI = /[\u0e01-\u0e4e]/;

/** Sentence splits are reused across topics and between figures and quotes (bounded memo). */
const sentenceMemo = new Map<string, string[]>();
const keepIds = new Map<string, number>();
const keepIdOfArray = new WeakMap<string[], number>();
function sentencesOf(paragraph: string, keep: string[]): string[] {
  let keepId = keepIdOfArray.get(keep);
  if (keepId === undefined) {
    const keepKey = keep.join('\u0001');
    keepId = keepIds.get(keepKey) ?? keepIds.size;
    keepIds.set(keepKey, keepId);
    keepIdOfArray.set(keep, keepId);
  }
  const key = `${keepId}\u0000${paragraph}`;
  let out = sentenceMemo.get(key);
  if (!out) {
    if (sentenceMemo.size > 50_000) sentenceMemo.clear();
    out = splitThaiSentences(paragraph, { keep });
    sentenceMemo.set(key, out);
  }
  return out;
}

interface Candidate {
  figure: KeyFigure;
  rank: number;
  order: number;
}

function keyFigures(articles: BriefingArticle[], keep: string[], maxTotal: number, maxPerArticle: number): KeyFigure[] {
  const seen = new Set<string>();
  const chosen: Candidate[] = [];
  let order = 0;
  for (const a of [...articles].sort((x, y) => byDateThenId({ id: x.id, date: x.data.date }, { id: y.id, date: y.data.date }))) {
    const mine: Candidate[] = [];
    for (const p of a.paragraphs) {
      for (const s of sentencesOf(p, keep)) {
        order++;
        if (s.length < 20 || !THAI.test(s)) continue;
        const figs = findFigures(s);
        if (figs.length === 0) continue;
        const key = normalizeForMatch(s);
        if (seen.has(key)) continue;
        seen.add(key);
        const rank = Math.max(...figs.map((f) => KIND_RANK[f.kind]));
        const kind = (Object.keys(KIND_RANK) as FigureKind[]).find((k) => KIND_RANK[k] === rank) as FigureKind;
        mine.push({
          figure: { text: s, articleId: a.id, ...(a.data.date ? { date: a.data.date } : {}), figures: figs.map((f) => f.text), kind },
          rank: rank * 10 + Math.min(figs.length, 9),
          order,
        });
      }
    }
    // per article: the strongest sentences, at most one that only holds a date
    mine.sort((x, y) => y.rank - x.rank || x.order - y.order);
    let dateOnly = 0;
    const picked: Candidate[] = [];
    for (const c of mine) {
      if (picked.length >= maxPerArticle) break;
      // a sentence holding only a date: at most one per article, and not a run-on paragraph
      if (c.figure.kind === 'date' && (c.figure.text.length > MAX_DATE_SENTENCE || dateOnly++ >= 1)) continue;
      picked.push(c);
    }
    chosen.push(...picked);
  }
  chosen.sort((x, y) => y.rank - x.rank || x.order - y.order);
  return chosen
    .slice(0, maxTotal)
    .sort((x, y) => x.order - y.order)
    .map((c) => c.figure);
}

// ---------------------------------------------------------------------------
// Quotes

const QUOTE_PATTERNS: RegExp[] = [/“([^“”]+)”/gu, /``((?:(?!``|'').)+)''/gu, /"([^"]+)"/gu, /‘([^‘’]+)’/gu];
const MIN_QUOTE = 15;
/** Speech verbs (the quote's speaker is the subject of the clause before them). */
const SPEECH_VERB = /(?:กล่าว|ระบุ|เผย|เปิดเผย|แถลง|ยืนยัน|เตือน|ตอบ|ถาม|ชี้|ย้ำ|เสริม|ประกาศ|ยกย่อง|ปฏิเสธ)(?:ถึง[^"“”'`]*?)?(?:ว่า)?|ว่า/gu;
const PRONOUNS = /^(?:เขา|เธอ|ท่าน|พวกเขา|พวกเรา|เรา|ผม|ฉัน|ดิฉัน)$/u;
const HONORIFIC = /^(?:นาย|นาง|นางสาว|ปธน\.|ประธานาธิบดี|ผู้นำ|รมว\.|พล\.อ\.)/u;
const ROLE_LED =
  /^(?:นาย|นาง|นางสาว|ปธน\.|ประธานาธิบดี|ผู้นำ|โฆษก|รัฐมนตรี|หัวหน้า|เลขาธิการ|นายกรัฐมนตรี|ทูต|เอกอัครราชทูต|เจ้าหน้าที่|สำนักข่าว|สื่อ|หนังสือพิมพ์|กระทรวง|ผู้ว่า|นักวิเคราะห์|พล\.)/u;
const LEADING_LINKS = /^(?:โดย|ด้าน|และ|ขณะที่|ส่วน|นอกจากนี้|ทั้งนี้|ซึ่ง|ที่)+/u;

interface Span {
  start: number;
  end: number;
  inner: string;
}

function quoteSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  for (const re of QUOTE_PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length, inner: m[1] as string };
      if (!spans.some((s) => span.start < s.end && s.start < span.end)) spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function cleanQuote(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:…]+|[\s,;:]+$/g, '')
    .trim();
}

function isRealQuote(q: string): boolean {
  return THAI.test(q) && q.replace(/\s/g, '').length >= MIN_QUOTE;
}

interface SpeakerContext {
  entities: Map<string, EntityDef>;
  /** person entities mentioned anywhere in the article (for "นายคิม" → kim-jong-un) */
  articlePeople: EntityDef[];
}

/** Words after which a name is an object or a possessor, not the speaker ("ของปูติน", "พบกับ X"). */
const OBJECT_BEFORE = /(?:ของ|กับ|แก่|ต่อ|ถึง|เยือน|พบ|ชวน|เชิญ|ต้อนรับ)\s*$/u;

/** The first person (else organisation) named in `text` in a subject position. */
function pickEntity(ctx: SpeakerContext, text: string): EntityDef | undefined {
  const mentions = findEntityMentions([...ctx.entities.values()], text).filter((m) => !OBJECT_BEFORE.test(text.slice(0, m.start).replace(/(?:นาย|นาง|นางสาว|ปธน\.|ประธานาธิบดี|ผู้นำ)\s*$/u, '')));
  const typed = mentions.map((m) => ctx.entities.get(m.slug)).filter((e): e is EntityDef => e !== undefined);
  return typed.find((e) => e.type === 'person') ?? typed.find((e) => e.type === 'organization');
}

/**
 * "นายคิม", "…ของผู้นำคิม", "รัฐมนตรีต่างประเทศโช" → the one person of the article whose
 * Thai name starts with the name after the title. Only for phrases that carry a title or
 * role; ambiguous names (two people of the article start with "คิม") resolve to nobody.
 */
function resolveShortName(ctx: SpeakerContext, phrase: string): EntityDef | undefined {
  const p = phrase.replace(TRAILING_PARTICLES, '').trim();
  if (!ROLE_LED.test(p) && !/(?:นาย|นาง|ปธน\.|ประธานาธิบดี|ผู้นำ)[\u0e01-\u0e4e]{2,12}$/u.test(p)) return undefined;
  const tail = /[\u0e01-\u0e4e]+$/u.exec(p)?.[0] ?? '';
  for (let k = Math.min(12, tail.length); k >= 2; k--) {
    const name = normalizeForMatch(tail.slice(-k));
    const hits = ctx.articlePeople.filter((e) => e.aliases.some((a) => !/^[\x00-\x7f]+$/.test(a) && normalizeForMatch(a).startsWith(name)));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return undefined;
  }
  return undefined;
}

function asSpeaker(e: EntityDef): { speaker: string; speakerEntity: string } {
  return { speaker: e.name, speakerEntity: e.slug };
}

const TRAILING_PARTICLES = /(?:จึง|ได้|ก็|ยัง|จะ|ได้ออกมา|ออกมา)+$/u;

/**
 * The noun phrase right before a speech verb: the piece attached to the verb, plus a
 * short name before it when that piece is a role ("มิลเลอร์ โฆษกกระทรวง…").
 * `roleLed`: the phrase is a title/role/outlet, so it can stand as a speaker by itself.
 */
function phraseBefore(clause: string): { phrase: string; roleLed: boolean } {
  const tokens = clause.trim().split(/\s+/).filter(Boolean);
  const last = (tokens[tokens.length - 1] ?? '').replace(LEADING_LINKS, '').replace(TRAILING_PARTICLES, '').replace(/[(),“”"]/g, '');
  if (!last) return { phrase: '', roleLed: false };
  const roleLed = ROLE_LED.test(last);
  const prev = (tokens[tokens.length - 2] ?? '').replace(/[(),“”"]/g, '');
  const nameBefore = roleLed && !HONORIFIC.test(last) && prev.length >= 2 && prev.length <= 15 && /^[\u0e01-\u0e4eA-Za-z.-]+$/.test(prev);
  return { phrase: nameBefore ? `${prev} ${last}` : last, roleLed };
}

function speakerFor(ctx: SpeakerContext, sentence: string, spans: Span[], index: number): Partial<Pick<Quote, 'speaker' | 'speakerEntity'>> {
  const span = spans[index] as Span;
  // 1. a speech verb right after the quote: “…” นายคิมกล่าว
  const after = sentence.slice(span.end, spans[index + 1]?.start ?? sentence.length);
  const verbAfter = /^\s*([^\s"“”`'][^"“”`']{0,40}?)\s*(?:กล่าว|ระบุ|เผย|เปิดเผย|แถลง|ยืนยัน|เตือน|ตอบ|ถาม|ย้ำ|เสริม)/u.exec(after);
  if (verbAfter) {
    const who = (verbAfter[1] as string).replace(LEADING_LINKS, '').replace(TRAILING_PARTICLES, '').trim();
    if (PRONOUNS.test(who)) return {};
    const e = pickEntity(ctx, who) ?? resolveShortName(ctx, who);
    if (e) return asSpeaker(e);
    if (ROLE_LED.test(who)) return { speaker: who };
  }
  // 2. a speech verb (or ว่า) before the quote: the subject of that clause
  const clauseStart = index > 0 ? (spans[index - 1] as Span).end : 0;
  const before = sentence.slice(clauseStart, span.start);
  const verbs = [...before.matchAll(SPEECH_VERB)];
  if (verbs.length > 0) {
    const verb = verbs[verbs.length - 1] as RegExpExecArray;
    // the clause runs from the previous "ว่า" (or quote end / sentence start) to the verb
    const head = before.slice(0, verb.index);
    const prevWa = head.lastIndexOf('ว่า');
    const clause = prevWa === -1 ? head : head.slice(prevWa + 'ว่า'.length);
    const { phrase, roleLed } = phraseBefore(clause);
    if (phrase && PRONOUNS.test(phrase)) return {};
    const e = (phrase ? (pickEntity(ctx, phrase) ?? resolveShortName(ctx, phrase)) : undefined) ?? pickEntity(ctx, clause);
    if (e) return asSpeaker(e);
    if (phrase && roleLed && /กล่าว|ระบุ|เผย|แถลง|ยืนยัน|เตือน|ตอบ|ถาม|ย้ำ|เสริม|ชี้|ประกาศ/u.test(verb[0])) return { speaker: phrase };
    return {};
  }
  // 3. no speech verb: a person (else organisation) the sentence names outside the quotes
  let outside = '';
  let pos = 0;
  for (const s of spans) {
    outside += `${sentence.slice(pos, s.start)} | `;
    pos = s.end;
  }
  outside += sentence.slice(pos);
  const e = pickEntity(ctx, outside);
  return e ? asSpeaker(e) : {};
}

function quotes(articles: BriefingArticle[], entities: EntityDef[], mentioned: Map<string, Set<string>>, keep: string[], max: number): Quote[] {
  const byslug = new Map(entities.map((e) => [e.slug, e]));
  const out: Quote[] = [];
  const seen = new Set<string>();
  for (const a of [...articles].sort((x, y) => byDateThenId({ id: x.id, date: x.data.date }, { id: y.id, date: y.data.date }))) {
    const ctx: SpeakerContext = {
      entities: byslug,
      articlePeople: [...(mentioned.get(a.id) ?? [])].map((s) => byslug.get(s)).filter((e): e is EntityDef => e?.type === 'person'),
    };
    if (out.length >= max) break;
    for (const p of a.paragraphs) {
      for (const s of sentencesOf(p, keep)) {
        const spans = quoteSpans(s);
        spans.forEach((span, i) => {
          const q = cleanQuote(span.inner);
          if (!isRealQuote(q)) return;
          const key = normalizeForMatch(q);
          if (seen.has(key)) return;
          seen.add(key);
          out.push({ quote: q, ...speakerFor(ctx, s, spans, i), articleId: a.id, ...(a.data.date ? { date: a.data.date } : {}) });
        });
      }
    }
  }
  return out.slice(0, max);
}

// ---------------------------------------------------------------------------

/**
 * Derive the briefing for one topic from its articles.
 * `entities`: all entity definitions; mentions are the union of each article's
 * `data.entities` (set by ingest) and what the title/paragraphs mention.
 * `allTopics`: every topic with its article ids (for related topics).
 */
export function buildBriefing(
  topic: { slug: string; title: string },
  articles: BriefingArticle[],
  entities: EntityDef[],
  allTopics: { slug: string; title: string; articleIds: string[] }[] = [],
  options: BriefingOptions = {},
): Briefing {
  const sorted = [...articles].sort((a, b) => byDateThenId({ id: a.id, date: a.data.date }, { id: b.id, date: b.data.date }));
  const dates = sorted.map((a) => a.data.date).filter((d): d is string => d !== undefined);

  const item = (a: BriefingArticle): TimelineItem => ({
    id: a.id,
    title: a.data.title,
    ...(a.data.titleDerived ? { titleDerived: true } : {}),
    ...(a.data.date ? { date: a.data.date } : {}),
    ...(a.data.publisher ? { publisher: a.data.publisher } : {}),
    lead: a.data.lead,
  });
  const timeline = sorted.filter((a) => a.data.date !== undefined).map((a) => item(a) as TimelineItem & { date: string });
  const undated = sorted.filter((a) => a.data.date === undefined).map(item);

  // outlets: grouped on a spacing/case-insensitive key, shown in the most frequent spelling
  const outletMap = new Map<string, { spellings: Map<string, number>; ids: string[] }>();
  for (const a of sorted) {
    const p = a.data.publisher;
    if (!p) continue;
    const key = normalizeForMatch(p);
    const o = outletMap.get(key) ?? { spellings: new Map<string, number>(), ids: [] as string[] };
    o.spellings.set(p, (o.spellings.get(p) ?? 0) + 1);
    o.ids.push(a.id);
    outletMap.set(key, o);
  }
  const outletName = (o: { spellings: Map<string, number> }) =>
    [...o.spellings.entries()].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]?.[0] ?? '';
  const outlets: OutletCount[] = [...outletMap.values()]
    .map((o) => ({ name: outletName(o), count: o.ids.length, articleIds: [...o.ids].sort() }))
    .sort((x, y) => y.count - x.count || thaiCollator.compare(x.name, y.name) || cmp(x.name, y.name));

  // entity mentions per article
  const known = new Map(entities.map((e) => [e.slug, e]));
  const mentioned = new Map<string, Set<string>>();
  for (const a of sorted) {
    const set = new Set(a.data.entities.filter((s) => known.has(s)));
    for (const text of [a.data.title, ...a.paragraphs]) for (const m of findEntityMentions(entities, text.normalize('NFC'))) set.add(m.slug);
    mentioned.set(a.id, set);
  }
  const typeOrder: Record<EntityType, number> = { person: 0, organization: 1, place: 2 };
  const keyEntities: KeyEntity[] = entities
    .map((e) => {
      const ids = sorted.filter((a) => mentioned.get(a.id)?.has(e.slug)).map((a) => a.id).sort();
      return { slug: e.slug, name: e.name, latin: e.latin, type: e.type, count: ids.length, articleIds: ids };
    })
    .filter((k) => k.count > 0)
    .sort((x, y) => y.count - x.count || typeOrder[x.type] - typeOrder[y.type] || thaiCollator.compare(x.name, y.name) || cmp(x.slug, y.slug));

  // names with inner spaces must not be split into two sentences
  const keep = entities.flatMap((e) => e.aliases).filter((a) => /\s/.test(a));

  // sources and credits
  const sourceMap = new Map<string, SourceGroup>();
  for (const a of sorted) {
    const key = a.data.publisher ? normalizeForMatch(a.data.publisher) : '';
    const g = sourceMap.get(key) ?? { publisher: a.data.publisher ? (outletMap.get(key) ? outletName(outletMap.get(key)!) : a.data.publisher) : null, articles: [] };
    g.articles.push({
      id: a.id,
      title: a.data.title,
      seed: a.data.seed,
      ...(a.data.date ? { date: a.data.date } : {}),
      ...(a.data.credit ? { credit: a.data.credit } : {}),
      ...(a.data.sourceUrl ? { sourceUrl: a.data.sourceUrl } : {}),
    });
    sourceMap.set(key, g);
  }
  const sources = [...sourceMap.values()].sort((x, y) => {
    if (x.publisher === null || y.publisher === null) return x.publisher === y.publisher ? 0 : x.publisher === null ? 1 : -1;
    return y.articles.length - x.articles.length || thaiCollator.compare(x.publisher, y.publisher) || cmp(x.publisher, y.publisher);
  });
  const creditMap = new Map<string, string[]>();
  for (const a of sorted) if (a.data.credit) creditMap.set(a.data.credit, [...(creditMap.get(a.data.credit) ?? []), a.id]);
  const credits = [...creditMap.entries()]
    .map(([credit, ids]) => ({ credit, articleIds: ids.sort() }))
    .sort((x, y) => y.articleIds.length - x.articleIds.length || cmp(x.credit, y.credit));

  // related topics
  const mine = new Set(sorted.map((a) => a.id));
  const relatedTopics = allTopics
    .filter((t) => t.slug !== topic.slug)
    .map((t) => ({ slug: t.slug, title: t.title, shared: new Set(t.articleIds.filter((id) => mine.has(id))).size, total: new Set(t.articleIds).size }))
    .filter((t) => t.shared > 0)
    .sort((x, y) => y.shared - x.shared || cmp(x.slug, y.slug));

  return {
    topic: { slug: topic.slug, title: topic.title },
    count: sorted.length,
    dateSpan: dates.length > 0 ? { from: dates[0] as string, to: dates[dates.length - 1] as string } : null,
    outlets,
    withoutPublisher: sorted.filter((a) => !a.data.publisher).length,
    timeline,
    undated,
    keyEntities,
    keyFigures: keyFigures(sorted, keep, options.maxFigures ?? 12, options.maxFiguresPerArticle ?? 4),
    quotes: quotes(sorted, entities, mentioned, keep, options.maxQuotes ?? 20),
    sources,
    credits,
    relatedTopics,
  };
}
