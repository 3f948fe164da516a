/**
 * Date parsing for scraped Thai news text.
 *
 * Design: a few small, independent matchers (one regex each) find the *core*
 * of a date (day, month, year); generic decorators then widen the match to a
 * leading weekday / `วันที่` and to a clock time before or after it. Month
 * names live in data tables. Nothing here reads the current clock, so the
 * output is a pure function of the input.
 *
 * Rules chosen for ambiguous cases (also asserted in tests/unit/thai-date.test.ts):
 *  - Only COMPLETE dates are returned: a day-month without a year (`26 ก.ค.`),
 *    a month-year without a day (`เมษายน 2019`) and a bare year (`ปี 2562`)
 *    are skipped entirely. Hence every DateMatch has `hasYear: true` and a
 *    non-empty `iso`; the field is kept for interface stability.
 *  - 4-digit years ≥ 2400 are Buddhist Era (−543); others are Common Era.
 *    After conversion the Gregorian year must be within 1900–2100.
 *  - An explicit era wins: `พ.ศ.` requires a BE year (`พ.ศ. 2019` is rejected),
 *    `ค.ศ.` requires a CE year; with an era prefix, 2-digit years are BE
 *    (25yy) resp. CE (English rule below).
 *  - Two-digit years (see toGregorianYear):
 *      thai month names  → always BE 25yy (`30 พ.ย. 67` → 2567 → 2024;
 *                           `1 เม.ย. 24` → 2524 → 1981, Thai historical usage)
 *      English month names → CE, POSIX pivot: 00–68 → 20yy, 69–99 → 19yy
 *      all-digit dates   → pivot 40: yy ≥ 40 → BE 25yy (1997–2056),
 *                           yy < 40 → CE 20yy (2000–2039). Thai sites mostly
 *                           write BE (`30/11/67` → 2024), but a CE `30/11/24`
 *                           would otherwise become 1981, which is implausible
 *                           for a news timestamp.
 *  - All-digit dates are DD/MM/YYYY. MM/DD is used only when DD/MM is not a
 *    real date but MM/DD is (`11/30/2024` → 2024-11-30). Year-first forms are
 *    always Y-M-D. With `.` as separator a 4-digit year is required (avoids
 *    version numbers like `1.2.24`). All-digit dates glued to more digits or
 *    to further `./-` parts are ignored (`1.12.11.2024`, `12024-06-19`, and
 *    also URL paths like `/2024/06/19/`).
 *  - A 2-digit year followed by a count word (`5 ม.ค. 30 คน`) is a count, not a year.
 *  - Overlapping readings: the earliest start wins, then the longest.
 *  - form: 'iso' = strict `YYYY-MM-DD`; 'numeric' = any other all-digit form
 *    (`2024/06/19`, `30/11/2024`, `2025-8-1`); 'english' / 'thai' = month name.
 *  - `text` covers the whole expression including a leading weekday and/or
 *    `วันที่` (`วันพุธที่ 13 สิงหาคม 2568`), era prefixes, and an adjacent clock
 *    time (`12:14`, `14.30 น.`, `T10:00:00+07:00`, optional zone like `KST`).
 *    Clock times with `.` need a Thai `น.` suffix or a `เวลา` prefix.
 */

export interface DateMatch {
  iso: string;
  index: number;
  length: number;
  text: string;
  hasTime: boolean;
  hasYear: boolean;
  form: 'iso' | 'numeric' | 'english' | 'thai';
}

type Form = DateMatch['form'];
type YearContext = 'thai' | 'english' | 'numeric';

// ---------------------------------------------------------------------------
// Data tables

/** Thai months: full names, colloquial short names, and dotted abbreviations. */
const THAI_MONTHS: ReadonlyArray<{ names: readonly string[]; abbr: string }> = [
  { names: ['มกราคม', 'มกรา'], abbr: 'ม.ค.' },
  { names: ['กุมภาพันธ์', 'กุมภา'], abbr: 'ก.พ.' },
  { names: ['มีนาคม', 'มีนา'], abbr: 'มี.ค.' },
  { names: ['เมษายน', 'เมษา'], abbr: 'เม.ย.' },
  { names: ['พฤษภาคม', 'พฤษภา'], abbr: 'พ.ค.' },
  { names: ['มิถุนายน', 'มิถุนา'], abbr: 'มิ.ย.' },
  { names: ['กรกฎาคม', 'กรกฏาคม', 'กรกฎา', 'กรกฏา'], abbr: 'ก.ค.' },
  { names: ['สิงหาคม', 'สิงหา'], abbr: 'ส.ค.' },
  { names: ['กันยายน', 'กันยา'], abbr: 'ก.ย.' },
  { names: ['ตุลาคม', 'ตุลา'], abbr: 'ต.ค.' },
  { names: ['พฤศจิกายน', 'พฤศจิกา'], abbr: 'พ.ย.' },
  { names: ['ธันวาคม', 'ธันวา'], abbr: 'ธ.ค.' },
];

const ENGLISH_MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const THAI_WEEKDAYS = ['จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'พฤหัสฯ', 'พฤหัส', 'ศุกร์', 'เสาร์', 'อาทิตย์'];
const ENGLISH_WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tues', 'tue', 'wed', 'thurs', 'thur', 'thu', 'fri', 'sat', 'sun',
];
const TIME_ZONES = ['UTC', 'GMT', 'ICT', 'KST', 'JST', 'CST', 'EST', 'EDT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'SGT', 'HKT', 'IST', 'AEST', 'WIB'];
/** Words that, right after a 2-digit number, show it is a count, not a year (`5 ม.ค. 30 คน`). */
const COUNT_WORDS = ['คน', 'ราย', 'ปี', 'ครั้ง', 'บาท', 'ล้าน', 'ตัว', 'แห่ง', 'ลำ', 'นาย', 'กว่า', 'เปอร์เซ็นต์', '%', 'people', 'percent'];

// ---------------------------------------------------------------------------
// Regex building blocks

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthDesc = (a: string, b: string): number => b.length - a.length;
/** Intra-line whitespace (no newlines), incl. NBSP, thin and zero-width spaces. */
const SP = '[\\t \\u00a0\\u2009\\u202f\\u200b]';

/** `พ.ย.` → pattern accepting `พ.ย.`, `พ.ย`, `พย.`, `พย`, `พ. ย.` */
function abbrPattern(abbr: string): string {
  const parts = abbr.split('.').filter(Boolean).map(esc);
  return parts.join(`\\.?${SP}?`) + '\\.?';
}

const thaiMonthAlternatives: Array<{ pattern: string; month: number }> = THAI_MONTHS.flatMap((m, i) => [
  ...m.names.map((n) => ({ pattern: esc(n), month: i + 1, len: n.length })),
  { pattern: abbrPattern(m.abbr), month: i + 1, len: 0 }, // abbreviations after all full names
]).sort((a, b) => b.len - a.len);

const THAI_MONTH_RE = `(?:${thaiMonthAlternatives.map((a) => a.pattern).join('|')})`;
const ENGLISH_MONTH_RE = `(?:${ENGLISH_MONTHS.flat().sort(byLengthDesc).join('|')})(?![A-Za-z])\\.?`;

function thaiMonthNumber(name: string): number | null {
  for (const alt of thaiMonthAlternatives) {
    if (new RegExp(`^(?:${alt.pattern})$`).test(name)) return alt.month;
  }
  return null;
}

function englishMonthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  const i = ENGLISH_MONTHS.findIndex((names) => names.includes(key));
  return i < 0 ? null : i + 1;
}

/** After a 2-digit year: not a time (`14:00`), decimal, longer number, or a count (`30 คน`). */
const TWO_DIGIT_YEAR_GUARD = `(?![:.,]\\d)(?!${SP}*(?:${COUNT_WORDS.map(esc).join('|')}))`;
const YEAR_RE = `(\\d{4}(?!\\d)|'?\\d{2}(?!\\d)${TWO_DIGIT_YEAR_GUARD})`;

// ---------------------------------------------------------------------------
// Public helpers

/** Thai digits ๐–๙ → ASCII digits (same length, so offsets stay valid). */
export function thaiDigitsToAscii(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const plausible = (y: number): number | null => (y >= MIN_YEAR && y <= MAX_YEAR ? y : null);

/**
 * Convert a stated year to Gregorian. `digits` is how many digits were written.
 *  - 4 digits: ≥ 2400 is Buddhist Era (−543), otherwise CE.
 *  - 2 digits: 'thai' → BE 25yy; 'english' → CE, 00–68 → 20yy, 69–99 → 19yy;
 *    'numeric' → yy ≥ 40 → BE 25yy, yy < 40 → CE 20yy.
 *  - any other digit count → null. Result outside 1900–2100 → null.
 */
export function toGregorianYear(year: number, digits: number, context: YearContext): number | null {
  if (!Number.isInteger(year) || year < 0) return null;
  if (digits === 4) return plausible(year >= 2400 ? year - 543 : year);
  if (digits !== 2 || year > 99) return null;
  switch (context) {
    case 'thai':
      return plausible(2500 + year - 543);
    case 'english':
      return plausible(year <= 68 ? 2000 + year : 1900 + year);
    case 'numeric':
      return plausible(year >= 40 ? 2500 + year - 543 : 2000 + year);
  }
}

/** Year with an explicit era marker (`พ.ศ.` / `ค.ศ.`). */
function yearWithEra(year: number, digits: number, era: 'BE' | 'CE'): number | null {
  if (digits === 4) {
    if (era === 'BE') return year >= 2400 ? plausible(year - 543) : null;
    return year < 2400 ? plausible(year) : null;
  }
  if (digits === 2) return toGregorianYear(year, 2, era === 'BE' ? 'thai' : 'english');
  return null;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** 'YYYY-MM-DD' for a real calendar date, else null. */
function isoDate(y: number | null, m: number | null, d: number): string | null {
  if (y === null || m === null || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------
// Core matchers: each turns one regex match into an ISO date (or null).

interface Core {
  form: Form;
  start: number;
  end: number;
  iso: string;
}

interface Matcher {
  re: RegExp;
  toIso(m: RegExpExecArray): { iso: string | null; form: Form };
}

function parseYearToken(tok: string): { value: number; digits: number } {
  const digits = tok.replace(/^'/, '');
  return { value: Number(digits), digits: digits.length };
}

const ERA_RE = `(พ\\.?${SP}?ศ\\.?|ค\\.?${SP}?ศ\\.?)`;

const MATCHERS: Matcher[] = [
  // Year first: 2025-08-13, 2024/06/19, 2567.11.30 (always Y-M-D).
  {
    re: /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?![-/.]\d)/g,
    toIso(m) {
      const [, y, sep, mo, d] = m as unknown as [string, string, string, string, string];
      const iso = isoDate(toGregorianYear(Number(y), 4, 'numeric'), Number(mo), Number(d));
      const strict = sep === '-' && mo.length === 2 && d.length === 2;
      return { iso, form: strict ? 'iso' : 'numeric' };
    },
  },
  // Day first: 30/11/2024, 1-2-2024, 30.11.2024, 30/11/67 (DD/MM, MM/DD fallback).
  {
    re: /(?<!\d)(?<!\d[-/.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)(?![-/.:]\d)/g,
    toIso(m) {
      const [, a, sep, b, yTok] = m as unknown as [string, string, string, string, string];
      if (sep === '.' && yTok.length !== 4) return { iso: null, form: 'numeric' };
      const y = toGregorianYear(Number(yTok), yTok.length, 'numeric');
      const iso = isoDate(y, Number(b), Number(a)) ?? isoDate(y, Number(a), Number(b));
      return { iso, form: 'numeric' };
    },
  },
  // Thai month: 30 พ.ย. 67, 13 สิงหาคม 2568, 5 เดือนมกราคม พ.ศ. 2568
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2})${SP}*(?:เดือน${SP}*)?(${THAI_MONTH_RE})${SP}*(?:ปี${SP}*)?(?:${ERA_RE}${SP}*)?${YEAR_RE}`,
      'g',
    ),
    toIso(m) {
      const [, d, monthName, era, yTok] = m as unknown as [string, string, string, string | undefined, string];
      return thaiToIso(d, monthName, era, yTok);
    },
  },
  // Thai month first (WordPress sites in the Thai locale): มีนาคม 3, 2025 / มี.ค. 3, 2568
  {
    re: new RegExp(`(${THAI_MONTH_RE})${SP}*(\\d{1,2})(?!\\d),${SP}*(?:${ERA_RE}${SP}*)?${YEAR_RE}`, 'g'),
    toIso(m) {
      const [, monthName, d, era, yTok] = m as unknown as [string, string, string, string | undefined, string];
      return thaiToIso(d, monthName, era, yTok);
    },
  },
  // English month first: September 20, 2023 / Sep. 20 2023 / Sept 20th, '23
  {
    re: new RegExp(
      `(?<![A-Za-z])(${ENGLISH_MONTH_RE})${SP}+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?${SP}+${YEAR_RE}`,
      'gi',
    ),
    toIso(m) {
      const [, monthName, d, yTok] = m as unknown as [string, string, string, string];
      const { value, digits } = parseYearToken(yTok);
      return { iso: isoDate(toGregorianYear(value, digits, 'english'), englishMonthNumber(monthName), Number(d)), form: 'english' };
    },
  },
  // English day first: 20 Sep 2023 / 20th of September, 2023 / 20-Sep-2023
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?(?:${SP}+(?:of${SP}+)?|-)?(?<![A-Za-z])(${ENGLISH_MONTH_RE})(?:,?${SP}+|-)${YEAR_RE}`,
      'gi',
    ),
    toIso(m) {
      const [, d, monthName, yTok] = m as unknown as [string, string, string, string];
      const { value, digits } = parseYearToken(yTok);
      return { iso: isoDate(toGregorianYear(value, digits, 'english'), englishMonthNumber(monthName), Number(d)), form: 'english' };
    },
  },
];

/** Day, Thai month name, optional era, year token → ISO (both Thai-month orders use it). */
function thaiToIso(d: string, monthName: string, era: string | undefined, yTok: string): { iso: string | null; form: 'thai' } {
  if (yTok.startsWith("'")) return { iso: null, form: 'thai' };
  const { value, digits } = parseYearToken(yTok);
  const y = era ? yearWithEra(value, digits, era.startsWith('พ') ? 'BE' : 'CE') : toGregorianYear(value, digits, 'thai');
  return { iso: isoDate(y, thaiMonthNumber(monthName), Number(d)), form: 'thai' };
}

function findCores(norm: string): Core[] {
  const cores: Core[] = [];
  for (const { re, toIso } of MATCHERS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm)) !== null) {
      const { iso, form } = toIso(m);
      if (iso) {
        cores.push({ form, start: m.index, end: m.index + m[0].length, iso });
      } else {
        re.lastIndex = m.index + 1; // a rejected match must not hide a valid one inside it
      }
    }
  }
  return cores;
}

// ---------------------------------------------------------------------------
// Decorators: widen a core to prefixes (weekday, วันที่) and adjacent times.

const TZ_RE = `(?:Z|[+-]\\d{2}:?\\d{2}|${SP}*(?:${TIME_ZONES.join('|')})(?![A-Za-z])(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?`;
const CLOCK = `([01]?\\d|2[0-3])([:.])([0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?`;
const TIME_SUFFIX = `(?:${SP}*(?:น\\.|น(?![ก-๙])|นาฬิกา|[AaPp]\\.?[Mm]\\.?(?![A-Za-z])))?`;
/** A time right after the date: ` 12:14`, `T10:00:00Z`, `, เวลา 14.30 น.`, ` - 10:00 น.`, ` (10:30 น.)`, ` 14:48 KST`. */
const TIME_AFTER_RE = new RegExp(
  `^(?:T|${SP}*[,|\\-–]?${SP}*(\\()?${SP}*(?:(เวลา|at)${SP}*)?)${CLOCK}(?!\\d)${TIME_SUFFIX}${TZ_RE}`,
  'i',
);
/** A time right before the date: `14:48 น. 30 พ.ย. 67`, `12:14, 20 Sep 2023`. */
const TIME_BEFORE_RE = new RegExp(`(?<![\\d.:])(?:เวลา${SP}*)?${CLOCK}${TIME_SUFFIX}${SP}*[,|]?${SP}*$`);
const THAI_PREFIX_RE = new RegExp(
  `(?:วัน(?:${THAI_WEEKDAYS.map(esc).join('|')})(?:${SP}*ที่)?|วันที่)${SP}*$`,
);
const ENGLISH_PREFIX_RE = new RegExp(`(?<![A-Za-z])(?:${ENGLISH_WEEKDAYS.join('|')})\\.?,?${SP}+(?:the${SP}+)?$`, 'i');

function withTimeAfter(norm: string, end: number): { end: number; hasTime: boolean } {
  const m = TIME_AFTER_RE.exec(norm.slice(end, end + 40));
  if (!m) return { end, hasTime: false };
  const [, paren, marker, , sep] = m;
  const hasThaiSuffix = /น/.test(m[0]);
  // `30 พ.ย. 2567 12.50 ล้าน` is not a time: a dotted clock needs `น.` or `เวลา`.
  if (sep === '.' && !hasThaiSuffix && marker !== 'เวลา') return { end, hasTime: false };
  let length = m[0].replace(/[\t \u00a0\u2009\u202f\u200b]+$/, '').length;
  if (paren) {
    // `(10:30 น.)` only counts when the parenthesis closes right after the time.
    const close = /^[\t \u00a0\u2009\u202f\u200b]*\)/.exec(norm.slice(end + length));
    if (!close) return { end, hasTime: false };
    length += close[0].length;
  }
  return { end: end + length, hasTime: true };
}

function withPrefixes(norm: string, start: number): number {
  const before = norm.slice(Math.max(0, start - 30), start);
  const m = THAI_PREFIX_RE.exec(before) ?? ENGLISH_PREFIX_RE.exec(before);
  return m ? start - m[0].length : start;
}

function withTimeBefore(norm: string, start: number): { start: number; hasTime: boolean } {
  const before = norm.slice(Math.max(0, start - 30), start);
  const m = TIME_BEFORE_RE.exec(before);
  if (!m || (m[2] === '.' && !/น|เวลา/.test(m[0]))) return { start, hasTime: false };
  return { start: start - m[0].length, hasTime: true };
}

// ---------------------------------------------------------------------------
// Public API

/** Every complete date expression in the text (year stated), left to right, non-overlapping. */
export function findDates(text: string): DateMatch[] {
  const norm = thaiDigitsToAscii(text);
  const cores = findCores(norm).sort((a, b) => a.start - b.start || b.end - a.end);

  // Earliest start wins; on equal start the longest core wins.
  const chosen: Core[] = [];
  for (const c of cores) {
    const last = chosen[chosen.length - 1];
    if (!last || c.start >= last.end) chosen.push(c);
  }

  const out: DateMatch[] = [];
  let floor = 0; // decorators never reach into the previous match
  chosen.forEach((c, i) => {
    const ceiling = chosen[i + 1]?.start ?? norm.length;
    const after = withTimeAfter(norm.slice(0, ceiling), c.end);
    let start = Math.max(floor, withPrefixes(norm, c.start));
    let hasTime = after.hasTime;
    if (!hasTime) {
      const before = withTimeBefore(norm, start);
      if (before.hasTime && before.start >= floor) {
        start = before.start;
        hasTime = true;
      }
    }
    const end = after.end;
    out.push({
      iso: c.iso,
      index: start,
      length: end - start,
      text: text.slice(start, end),
      hasTime,
      hasYear: true,
      form: c.form,
    });
    floor = end;
  });
  return out;
}

/** Labels tolerated around a single date in parseDate (`date 2025-08-13`, `Published: …`). */
const LABEL_RE = /^(?:date|dated|published|posted|updated|on|เผยแพร่|อัปเดต|อัพเดท|อัปเดท|โพสต์|ประกาศ|เมื่อ|ลงวันที่)\s*:?\s*/i;
const RESIDUE_RE = /^[\s\p{P}\p{S}]*$/u;

/** Parse a string that is (essentially) one date expression; null when it isn't one. */
export function parseDate(text: string): string | null {
  const matches = findDates(text);
  if (matches.length !== 1) return null;
  const [m] = matches as [DateMatch];
  const before = text.slice(0, m.index).trim().replace(LABEL_RE, '');
  const after = text.slice(m.index + m.length);
  return RESIDUE_RE.test(before) && RESIDUE_RE.test(after) ? m.iso : null;
}
