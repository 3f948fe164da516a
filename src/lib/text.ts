/**
 * Text helpers: article MDX body → plain-text blocks, and Thai sentence splitting.
 * Pure functions (unified + remark-parse + remark-mdx; no Astro imports).
 */
import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type BlockKind = 'paragraph' | 'heading' | 'caption';
export interface TextBlock {
  kind: BlockKind;
  text: string;
}

const processor = unified().use(remarkParse).use(remarkMdx);

type AnyNode = { type: string; value?: unknown; children?: AnyNode[]; name?: string | null; attributes?: unknown[] };

/** Visible text of a node: text/inlineCode values; MDX expressions and ESM contribute nothing. */
function textOf(node: AnyNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return typeof node.value === 'string' ? node.value : '';
    case 'break':
      return ' ';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'mdxjsEsm':
    case 'html':
    case 'code':
    case 'image':
    case 'imageReference':
      return '';
    default:
      return (node.children ?? []).map(textOf).join('');
  }
}

function clean(s: string): string {
  return s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
}

function attr(node: AnyNode, name: string): string | undefined {
  for (const a of (node.attributes ?? []) as { type: string; name?: string; value?: unknown }[]) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}

function isCaption(node: AnyNode): boolean {
  if (node.name === 'figcaption') return true;
  if (node.name === 'figure') return true;
  const cls = attr(node, 'class') ?? attr(node, 'className');
  return cls !== undefined && cls.split(/\s+/).includes('caption');
}

function collect(nodes: AnyNode[], out: TextBlock[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const text = clean(textOf(node));
        if (text) out.push({ kind: 'heading', text });
        break;
      }
      case 'paragraph': {
        // a caption written inline (<figure class="caption">…</figure> on one line) is parsed
        // as a JSX element inside a paragraph: split it out
        let rest = '';
        const flush = () => {
          const text = clean(rest);
          if (text) out.push({ kind: 'paragraph', text });
          rest = '';
        };
        for (const child of node.children ?? []) {
          if (child.type === 'mdxJsxTextElement' && isCaption(child)) {
            flush();
            const text = clean(textOf(child));
            if (text) out.push({ kind: 'caption', text });
          } else rest += textOf(child);
        }
        flush();
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (isCaption(node)) {
          const text = clean(textOf(node));
          if (text) out.push({ kind: 'caption', text });
        } else {
          collect(node.children ?? [], out);
        }
        break;
      }
      case 'blockquote':
      case 'list':
      case 'listItem':
        collect(node.children ?? [], out);
        break;
      default:
        // thematicBreak, code, html, ESM, expressions, definitions: not article text
        break;
    }
  }
}

/** Strip a leading YAML frontmatter block if the caller passed a whole file. */
function stripFrontmatter(src: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(src);
  return m ? src.slice(m[0].length) : src;
}

/**
 * All text blocks of an article body (MDX), in order, each flagged as paragraph,
 * heading (`##`) or caption (`<figure class="caption"><figcaption>…`).
 * The MDX is parsed (remark-parse + remark-mdx), so escapes are resolved and no
 * markup leaks into the text.
 */
export function mdxBodyBlocks(body: string): TextBlock[] {
  const tree = processor.parse(stripFrontmatter(body)) as Root;
  const out: TextBlock[] = [];
  collect(tree.children as RootContent[] as unknown as AnyNode[], out);
  return out;
}

/** The article's paragraphs as plain text (headings and photo captions excluded). */
export function mdxBodyToText(body: string): string[] {
  return mdxBodyBlocks(body)
    .filter((b) => b.kind === 'paragraph')
    .map((b) => b.text);
}

// ---------------------------------------------------------------------------
// Thai sentence splitting
//
// Thai marks sentence ends with a space, but spaces also separate clauses, names
// ("คิม จอง อึน"), appositions ("คิม จอง อึน ผู้นำสูงสุดของเกาหลีเหนือ"), numbers and
// their units ("15,000 นาย") and list items ("กระสุน ขีปนาวุธ และอาวุธอื่น"). The
// splitter prefers too-long sentences over broken ones. A space is a sentence boundary
// only when all of these hold:
//  - it is not inside quotation marks or brackets;
//  - the sentence so far is at least MIN_SENTENCE characters long;
//  - no digit touches it (a number and its unit stay together);
//  - the word before it does not demand a continuation (ว่า และ ของ นาย ราว ...);
//  - the chunk after it is a typical sentence opener (นอกจากนี้, ทั้งนี้, อย่างไรก็ตาม ...),
//    or else: it is at least MIN_NEXT characters long, does not start with a word that
//    continues a sentence (conjunctions, relative markers, speech verbs: และ ซึ่ง ที่ กล่าว ...)
//    or with a title/role (an apposition: ผู้นำ รัฐมนตรี โฆษก ...), and is not a list item
//    (followed within two chunks by และ / หรือ / รวมทั้ง ...).
// Words are compared on word boundaries found by ICU's Thai dictionary segmentation
// (Intl.Segmenter), so "มา" (come) is not confused with "มาตรการ".
// "!" or "?" (or "." after a Latin word or a long Thai word) before the space always ends
// a sentence (outside quotes).

const MIN_SENTENCE = 40;
const MIN_NEXT = 10;

/** Words that, at the start of the next chunk, continue the current sentence. */
const CONTINUE_NEXT = [
  'และ', 'หรือ', 'แต่', 'ซึ่ง', 'โดย', 'เพื่อ', 'ที่', 'ว่า', 'จึง', 'รวมถึง', 'รวมทั้ง', 'ตลอดจน', 'ตาม', 'ของ', 'กับ', 'แก่', 'ให้',
  'จาก', 'ด้วย', 'เป็น', 'คือ', 'แห่ง', 'เช่น', 'ได้แก่', 'อีก', 'ต่อ', 'กล่าว', 'ระบุ', 'เผย', 'เปิดเผย', 'แถลง', 'ยืนยัน',
  'ตอบ', 'ถาม', 'เสริม', 'ชี้', 'เตือน', 'อ้าง', 'อ้างอิง', 'รายงาน', 'พร้อม', 'เนื่องจาก', 'เพราะ', 'หาก', 'ถ้า', 'จน', 'ก็', 'ยัง',
  'นั้น', 'นี้', 'ไป', 'มา', 'ได้', 'จะ', 'แล้ว', 'อยู่', 'ไว้', 'ขึ้น', 'ลง', 'ใน', 'ณ', 'ๆ', 'ฯ', 'ต่าง', 'คาดว่า', 'เชื่อว่า', 'ไม่',
  'อย่าง', 'เมื่อ', 'ระหว่าง', 'หลัง', 'ก่อน', 'ขณะ', 'ท่ามกลาง', 'นับตั้งแต่', 'ตั้งแต่', 'ภายใต้', 'ทำให้', 'ส่งผลให้',
];
/** Titles and roles: a chunk starting with one is usually an apposition to the name before it. */
const ROLES = [
  'ผู้นำ', 'รัฐมนตรี', 'ประธานาธิบดี', 'ปธน.', 'นายกรัฐมนตรี', 'โฆษก', 'เลขาธิการ', 'หัวหน้า', 'ทูต', 'เอกอัครราชทูต', 'ผู้ว่าการ',
  'ผู้ว่าราชการ', 'ผู้บัญชาการ', 'อดีต', 'รองประธาน', 'ประธาน', 'ผู้อำนวยการ', 'ผู้สื่อข่าว', 'นักวิเคราะห์',
];
/** Words that, at the end of the current chunk, require the sentence to go on. */
const CONTINUE_PREV = [
  'ว่า', 'และ', 'หรือ', 'แต่', 'ของ', 'กับ', 'ที่', 'ซึ่ง', 'โดย', 'คือ', 'เช่น', 'แก่', 'ต่อ', 'จาก', 'ใน', 'เพื่อ', 'แห่ง',
  'นาย', 'นาง', 'นางสาว', 'ปธน.', 'ประธานาธิบดี', 'ผู้นำ', 'รัฐมนตรี', 'ได้แก่', 'รวมถึง', 'รวมทั้ง', 'ระหว่าง', 'ตั้งแต่', 'ถึง',
  'ณ', 'วันที่', 'เมื่อ', 'ราว', 'ประมาณ', 'กว่า', 'จำนวน', 'อย่างน้อย', 'สู่', 'ยัง', 'ไปยัง', 'ให้', 'ชื่อ', 'คำ',
];
/** List conjunctions: a chunk followed by one of these within two chunks is a list item. */
const LIST_CONJ = ['และ', 'หรือ', 'รวมทั้ง', 'รวมถึง', 'ตลอดจน'];
/** Typical sentence openers: allowed to start a sentence even when short. */
const OPENERS = [
  'นอกจากนี้', 'ทั้งนี้', 'อย่างไรก็ตาม', 'อย่างไรก็ดี', 'ขณะเดียวกัน', 'ในขณะเดียวกัน', 'ก่อนหน้านี้', 'ล่าสุด', 'ต่อมา',
  'จากนั้น', 'หลังจากนั้น', 'ดังนั้น', 'ในทางกลับกัน', 'อีกด้านหนึ่ง', 'ทว่า', 'อนึ่ง', 'นับตั้งแต่นั้น', 'ด้วยเหตุนี้',
];

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Offsets in `s` where a word starts or ends (ICU Thai dictionary segmentation). */
function wordBoundaries(s: string): Set<number> {
  const out = new Set<number>([0, s.length]);
  for (const seg of wordSegmenter.segment(s)) {
    out.add(seg.index);
    out.add(seg.index + seg.segment.length);
  }
  return out;
}

const LEADING_PUNCT = /^[“"‘(`'«\[]+/;

function startsWithWord(token: string, words: string[]): boolean {
  const t = token.replace(LEADING_PUNCT, '');
  const candidates = words.filter((w) => t.startsWith(w));
  if (candidates.length === 0) return false;
  const b = wordBoundaries(t);
  return candidates.some((w) => b.has(w.length));
}

/**
 * The chunk ends in a word that needs a continuation. Plain suffix test (ICU splits
 * transliterated names badly: "เครมลินว่า" → …|นว่า), so words merely ending in one of
 * these (เจ้าหน้าที่) also block a split: erring towards longer sentences. Also true when
 * the chunk's last word is one or two letters (a first name such as "โจ", a broken
 * transliteration).
 */
function endsWithContinuation(token: string): boolean {
  const t = token.replace(/["”’')\]]+$/, '');
  if (t !== token) return false;
  if (CONTINUE_PREV.some((w) => t.endsWith(w))) return true;
  const segs = [...wordSegmenter.segment(t)];
  const last = segs[segs.length - 1];
  return segs.length > 1 && last !== undefined && /[\u0e01-\u0e4e]/.test(last.segment) && last.segment.length <= 2;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '‘': '’', '(': ')', '[': ']', '«': '»' };

interface Depth {
  stack: string[];
  straight: boolean;
}

/** Update quote/bracket nesting with one chunk of text. */
function track(depth: Depth, chunk: string): void {
  for (let i = 0; i < chunk.length; i++) {
    const two = chunk.slice(i, i + 2);
    if (two === '``') {
      depth.stack.push("''");
      i++;
      continue;
    }
    if (two === "''") {
      const at = depth.stack.lastIndexOf("''");
      if (at !== -1) depth.stack.splice(at);
      i++;
      continue;
    }
    const c = chunk[i] as string;
    if (c === '"') {
      depth.straight = !depth.straight;
      continue;
    }
    const close = OPEN_CLOSE[c];
    if (close !== undefined) {
      depth.stack.push(close);
      continue;
    }
    if (c === '”' || c === '’' || c === ')' || c === ']' || c === '»') {
      // a closer without its opener is ignored (’ is also an apostrophe)
      const at = depth.stack.lastIndexOf(c);
      if (at !== -1) depth.stack.splice(at);
    }
  }
}

const DIGIT = /[0-9๐-๙]/;
const SPEECH_AFTER_QUOTE = /กล่าว|ระบุ|เผย|แถลง|ยืนยัน|ถาม|ตอบ|ย้ำ|เสริม/u;

/** A Thai word ending in "." that is not an abbreviation (ก.ย., ปธน.). */
function isThaiFullStop(token: string): boolean {
  const m = /^(.*[\u0e01-\u0e4e])\.["”’')\]]*$/.exec(token);
  return m !== null && !(m[1] as string).includes('.') && (m[1] as string).length > 4;
}

export interface SplitOptions {
  /**
   * Phrases whose inner spaces are never sentence boundaries, e.g. entity names
   * ("วลาดิเมียร์ ปูติน", "โจ ไบเดน"); matched with any amount of whitespace.
   */
  keep?: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const keepPatterns = new Map<string, { first: string; re: RegExp } | null>();
function keepPattern(phrase: string): { first: string; re: RegExp } | null {
  let kp = keepPatterns.get(phrase);
  if (kp === undefined) {
    const parts = phrase.normalize('NFC').trim().split(/\s+/).filter(Boolean);
    kp = parts.length < 2 ? null : { first: parts[0] as string, re: new RegExp(parts.map(escapeRegExp).join('\\s+'), 'g') };
    keepPatterns.set(phrase, kp);
  }
  return kp;
}

/** Indexes i such that the space before tokens[i] lies inside a `keep` phrase. */
function protectedJoints(tokens: string[], keep: string[]): Set<number> {
  const out = new Set<number>();
  if (keep.length === 0) return out;
  const text = tokens.join(' ');
  const tokenAt: number[] = [];
  let pos = 0;
  tokens.forEach((t, i) => {
    if (i > 0) tokenAt[pos - 1] = i; // the space before token i is at pos - 1
    pos += t.length + 1;
  });
  for (const phrase of keep) {
    const kp = keepPattern(phrase);
    if (!kp || !text.includes(kp.first)) continue;
    for (const m of text.matchAll(kp.re)) {
      for (let k = m.index; k < m.index + m[0].length; k++) {
        const i = tokenAt[k];
        if (i !== undefined) out.add(i);
      }
    }
  }
  return out;
}

/** Split one paragraph of Thai text into sentences (see the rules above). */
export function splitThaiSentences(paragraph: string, options: SplitOptions = {}): string[] {
  const tokens = paragraph.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const glued = protectedJoints(tokens, options.keep ?? []);
  const sentences: string[] = [];
  let current: string[] = [];
  let length = 0;
  const depth: Depth = { stack: [], straight: false };
  tokens.forEach((token, i) => {
    if (current.length > 0 && depth.stack.length === 0 && !depth.straight && !glued.has(i)) {
      const prev = current[current.length - 1] as string;
      const hardEnd = /[!?]["”’')\]]*$/.test(prev) || /[A-Za-z]\.["”’')\]]*$/.test(prev) || isThaiFullStop(prev);
      let soft = false;
      // “…” นายคิมกล่าว: an attribution after a closing quote belongs to the quote's sentence
      const attribution = /["”’'')]$/.test(prev) && SPEECH_AFTER_QUOTE.test(tokens.slice(i, i + 2).join(' ').slice(0, 40));
      if (!hardEnd && !attribution && length >= MIN_SENTENCE && !DIGIT.test(prev.slice(-1)) && !DIGIT.test(token.charAt(0)) && !endsWithContinuation(prev)) {
        if (startsWithWord(token, OPENERS)) soft = true;
        else {
          const listItem = tokens.slice(i + 1, i + 3).some((t) => startsWithWord(t, LIST_CONJ)) && token.length < 30;
          soft = token.length >= MIN_NEXT && !listItem && !startsWithWord(token, CONTINUE_NEXT) && !startsWithWord(token, ROLES);
        }
      }
      if (hardEnd || soft) {
        sentences.push(current.join(' '));
        current = [];
        length = 0;
      }
    }
    current.push(token);
    length += token.length;
    track(depth, token);
  });
  if (current.length > 0) sentences.push(current.join(' '));
  return sentences;
}
