/**
 * Ingest stage 1b: bytes → text. Pure (no fs), deterministic, never throws.
 *
 * Supported inputs:
 *  - UTF-8 without BOM, UTF-8 with BOM (BOM stripped),
 *  - UTF-16 LE / BE with BOM (BOM stripped),
 *  - legacy Thai TIS-620 / Windows-874, DETECTED: bytes that are not valid UTF-8 are decoded as
 *    windows-874 (a superset of TIS-620) and accepted only if the result looks like Thai writing.
 *
 * Decision for "almost UTF-8" input (documented choice): a file that is overwhelmingly valid
 * UTF-8 with a few stray bytes (invalid sequences ≤ 2% of its multi-byte characters, at least
 * one valid multi-byte character per 50 errors) is decoded as UTF-8 and each invalid
 * sequence becomes U+FFFD (exactly as `new TextDecoder('utf-8')` does). Reading such a file as
 * windows-874 would turn every Thai letter into mojibake, which is strictly worse. Callers
 * that care can look for '\uFFFD' in the text. Input that is neither (mostly) UTF-8 nor
 * plausible Thai windows-874 is rejected.
 *
 * Line endings are not touched. Empty/whitespace-only text is NOT rejected here.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874';
export type DecodeResult = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

/** Max share of control characters (excluding \t \n \v \f \r) tolerated in decoded text. */
const MAX_CONTROL_SHARE = 0.05;
/** A mostly-UTF-8 file may contain at most one invalid sequence per this many valid multi-byte chars. */
const UTF8_LENIENT_RATIO = 50;
/** Max share of Thai characters that break Thai orthography (or look like Latin-1 mojibake). */
const MAX_THAI_BAD_SHARE = 0.05;

type Signature = { name: string; bytes: readonly number[]; offset?: number };
/** Well-known binary file headers, so the reason can name what the file actually is. */
const SIGNATURES: readonly Signature[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // "GIF8"
  { name: 'a WebP image', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 }, // RIFF....WEBP
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { name: 'a ZIP archive (or .docx/.xlsx/.epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a Windows executable', bytes: [0x4d, 0x5a, 0x90, 0x00] },
  { name: 'a legacy Microsoft Office document (.doc/.xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
];

function startsWith(bytes: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[offset + i] !== sig[i]) return false;
  return true;
}

function fail(reason: string): DecodeResult {
  return { ok: false, reason };
}

export type Utf8Scan = { errors: number; multibyte: number; firstError: number };

/**
 * Counts invalid sequences exactly like the WHATWG UTF-8 decoder (one error per U+FFFD that
 * `new TextDecoder('utf-8')` would emit) and valid multi-byte characters.
 */
export function scanUtf8(bytes: Uint8Array, start: number): Utf8Scan {
  let errors = 0;
  let multibyte = 0;
  let firstError = -1;
  let i = start;
  const n = bytes.length;
  const error = (at: number): void => {
    errors++;
    if (firstError < 0) firstError = at;
  };
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      error(i);
      i++;
      continue;
    }
    const seqStart = i;
    i++;
    let good = true;
    for (let k = 0; k < need; k++) {
      const c = bytes[i];
      if (c === undefined || c < lower || c > upper) {
        // The offending byte (if any) is reprocessed as the start of a new sequence.
        good = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      i++;
    }
    if (good) multibyte++;
    else error(seqStart);
  }
  return { errors, multibyte, firstError };
}

function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}

/** Rejects decoded text that is really binary: NUL characters or too many control characters. */
function binaryReason(text: string): string | null {
  if (text.length === 0) return null;
  let controls = 0;
  let nul = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul = true;
    if (isControl(c)) controls++;
  }
  if (nul) return 'looks like a binary file, not text: it contains NUL characters';
  if (controls / text.length > MAX_CONTROL_SHARE) {
    const pct = Math.round((controls / text.length) * 100);
    return `looks like a binary file, not text: ${pct}% of its characters are control characters`;
  }
  return null;
}

function finish(text: string, encoding: Encoding): DecodeResult {
  const why = binaryReason(text);
  if (why !== null) return fail(why);
  return { ok: true, text, encoding };
}

// Thai character classes (U+0E00 block).
const isThai = (c: number): boolean => c >= 0x0e01 && c <= 0x0e5b;
const isConsonant = (c: number): boolean => c >= 0x0e01 && c <= 0x0e2e;
const isLeadingVowel = (c: number): boolean => c >= 0x0e40 && c <= 0x0e44;
/** Above/below vowels and mai taikhu: must sit on a consonant. */
const isUpperLowerVowel = (c: number): boolean => c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || c === 0x0e47;
/** Tone marks, thanthakhat, nikhahit, yamakkan: on a consonant or on an above/below vowel. */
const isToneLike = (c: number): boolean => c >= 0x0e48 && c <= 0x0e4e;
/** Sara a, sara aa, sara am, lakkhangyao: follow a syllable, never start one. */
const isFollowingVowel = (c: number): boolean => c === 0x0e30 || c === 0x0e32 || c === 0x0e33 || c === 0x0e45;
/** Obsolete or ornamental letters that modern Thai news practically never uses: ฃ ฅ ๎ ๏ ๚ ๛. */
const isRareThai = (c: number): boolean => c === 0x0e03 || c === 0x0e05 || c === 0x0e4e || c === 0x0e4f || c === 0x0e5a || c === 0x0e5b;
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Counts Thai characters and "bad" ones: characters breaking basic Thai orthography
 * (a vowel sign or tone mark not on a consonant, a leading vowel not followed by a consonant,
 * a following vowel with nothing before it), obsolete letters (ฃ ฅ ๏ …) that appear in byte
 * noise but not in news, plus 1–2 character Thai runs glued to Latin letters,
 * which is what Latin-1 accented letters (é, ä, ñ, É …) turn into when read as windows-874.
 */
export function thaiPlausibility(text: string): { thai: number; bad: number } {
  let thai = 0;
  let bad = 0;
  const n = text.length;
  let runStart = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c >= 0 && isThai(c)) {
      thai++;
      if (runStart < 0) runStart = i;
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (isRareThai(c)) bad++;
      else if (isUpperLowerVowel(c) && !isConsonant(prev)) bad++;
      else if (isToneLike(c) && !(isConsonant(prev) || isUpperLowerVowel(prev))) bad++;
      else if (isLeadingVowel(c) && !isConsonant(next)) bad++;
      else if (isFollowingVowel(c) && !(isThai(prev) && !isLeadingVowel(prev))) bad++;
    } else if (runStart >= 0) {
      const len = i - runStart;
      const before = runStart > 0 ? text.charCodeAt(runStart - 1) : -1;
      if (len <= 2 && (isAsciiLetter(before) || isAsciiLetter(c))) bad += len;
      runStart = -1;
    }
  }
  return { thai, bad: Math.min(bad, thai) };
}

function decodeWindows874(bytes: Uint8Array): { text: string } | { reason: string } {
  let text: string;
  try {
    text = new TextDecoder('windows-874', { fatal: true }).decode(bytes);
  } catch {
    return { reason: 'it contains bytes that are unassigned in Windows-874' };
  }
  const { thai, bad } = thaiPlausibility(text);
  if (thai === 0) return { reason: 'read as Windows-874 it contains no Thai letters' };
  if (bad / thai > MAX_THAI_BAD_SHARE) {
    return { reason: `read as Windows-874, ${Math.round((bad / thai) * 100)}% of its Thai characters are not valid Thai spelling` };
  }
  return { text };
}

function decodeUtf8Body(bytes: Uint8Array, start: number, encoding: 'utf-8' | 'utf-8-bom'): DecodeResult {
  const body = bytes.subarray(start);
  const scan = scanUtf8(bytes, start);
  if (scan.errors === 0) {
    return finish(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding);
  }
  const lenient = (): DecodeResult =>
    finish(new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body), encoding);
  const mostlyUtf8 = scan.multibyte >= scan.errors * UTF8_LENIENT_RATIO;
  if (mostlyUtf8) return lenient();

  const utf8Problem = `it is not valid UTF-8 (${scan.errors} invalid byte sequence${scan.errors === 1 ? '' : 's'}, first at byte offset ${scan.firstError})`;
  if (encoding === 'utf-8-bom') {
    return fail(`cannot decode: the file starts with a UTF-8 byte-order mark but ${utf8Problem}`);
  }
  const legacy = decodeWindows874(bytes);
  if ('text' in legacy) return finish(legacy.text, 'windows-874');
  return fail(`cannot decode: ${utf8Problem}, and it is not Thai TIS-620/Windows-874 text either (${legacy.reason}); re-save the file as UTF-8`);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const label = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
  } catch {
    const why = bytes.length % 2 === 1 ? 'it has an odd number of bytes' : 'it contains an unpaired surrogate';
    return fail(`cannot decode: the file starts with a ${label} byte-order mark but ${why} (truncated or not really ${label})`);
  }
  return finish(text, encoding);
}

function decodeUnsafe(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8' };

  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes, sig.offset ?? 0)) {
      return fail(`not a text file: it looks like ${sig.name}`);
    }
  }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return fail('unsupported encoding: the file starts with a UTF-32 byte-order mark; re-save it as UTF-8');
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8Body(bytes, 3, 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');

  if (bytes.includes(0)) {
    return fail('looks like a binary file, not text: it contains NUL bytes (if it is UTF-16 text, save it with a byte-order mark or as UTF-8)');
  }
  return decodeUtf8Body(bytes, 0, 'utf-8');
}

/** Decodes raw file bytes to text. Never throws; failures carry a human-readable reason. */
export function decode(bytes: Uint8Array): DecodeResult {
  try {
    if (!(bytes instanceof Uint8Array)) return fail('internal error: decode() expects a Uint8Array');
    return decodeUnsafe(bytes);
  } catch (err) {
    return fail(`cannot decode: unexpected error (${err instanceof Error ? err.message : String(err)})`);
  }
}
