import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, scanUtf8, thaiPlausibility, type DecodeResult } from '../../scripts/ingest/decode.ts';

/** Real Thai news text (first lines of a seed article), UTF-8, LF line endings. */
const NEWS = readFileSync(fileURLToPath(new URL('../fixtures/encodings/thai-news.txt', import.meta.url)), 'utf8');
const NEWS_CRLF = NEWS.replace(/\n/g, '\r\n');
/** Short mixed Thai/English text with CRLF, a lone CR, digits, Thai digits and Windows-874 punctuation. */
const MIXED = 'ข่าวด่วน: Apple เปิดตัว iPhone รุ่นใหม่ ราคา 39,900 บาท\r\nวันที่ ๒๐ ก.ย. ๒๕๖๖ — “ยอดจองถล่มทลาย”\rจบ\r\n';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const cat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const bytesOf = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.length);

function expectOk(r: DecodeResult): { text: string; encoding: string } {
  if (!r.ok) throw new Error(`expected ok, got rejection: ${r.reason}`);
  return r;
}
function expectRejected(r: DecodeResult): string {
  if (r.ok) throw new Error(`expected rejection, got ${r.encoding}: ${JSON.stringify(r.text.slice(0, 80))}`);
  expect(r.reason.length).toBeGreaterThan(10);
  return r.reason;
}

/** Deterministic PRNG (mulberry32) so fuzz failures are reproducible. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function randomBytes(rnd: () => number, len: number, lo = 0, hi = 255): Uint8Array {
  const b = new Uint8Array(len);
  for (let i = 0; i < len; i++) b[i] = lo + Math.floor(rnd() * (hi - lo + 1));
  return b;
}

describe('fixture sanity', () => {
  it('the news fixture is Thai, multi-line and fully representable in Windows-874', () => {
    expect(NEWS.split('\n').length).toBeGreaterThan(5);
    expect(NEWS).toMatch(/[\u0E01-\u0E5B]{20}/);
    expect(iconv.decode(iconv.encode(NEWS, 'windows-874'), 'windows-874')).toBe(NEWS);
  });
});

describe('UTF-8', () => {
  it('decodes UTF-8 without BOM exactly, keeping CRLF and lone CR', () => {
    const r = expectOk(decode(enc(MIXED)));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(MIXED);
    expect(r.text).toContain('\r\nวันที่');
    expect(r.text).toContain('\rจบ');
  });

  it('decodes a whole Thai article with CRLF line endings', () => {
    const r = expectOk(decode(enc(NEWS_CRLF)));
    expect(r).toEqual({ ok: true, text: NEWS_CRLF, encoding: 'utf-8' });
  });

  it('strips the UTF-8 BOM and reports utf-8-bom', () => {
    const r = expectOk(decode(cat([0xef, 0xbb, 0xbf], enc(MIXED))));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.text).toBe(MIXED);
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('strips only one BOM (a second U+FEFF is content)', () => {
    const r = expectOk(decode(cat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], enc('ก'))));
    expect(r.text).toBe('\uFEFFก');
  });

  it('accepts an empty byte array as empty UTF-8 text, and whitespace-only text', () => {
    expect(decode(new Uint8Array(0))).toEqual({ ok: true, text: '', encoding: 'utf-8' });
    expect(decode(enc(' \r\n\t\n'))).toEqual({ ok: true, text: ' \r\n\t\n', encoding: 'utf-8' });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: true, text: '', encoding: 'utf-8-bom' });
  });

  it('accepts a Buffer (a Uint8Array subclass) as input', () => {
    expect(expectOk(decode(Buffer.from(MIXED, 'utf8'))).text).toBe(MIXED);
  });

  it('keeps a few form feeds / DOS EOF characters in otherwise normal text', () => {
    const text = `${NEWS}\f${NEWS}\x1a`;
    expect(expectOk(decode(enc(text))).text).toBe(text);
  });
});

describe('UTF-8 with stray invalid bytes (decision: mostly-UTF-8 stays UTF-8, invalid bytes become U+FFFD)', () => {
  const cut = NEWS.indexOf('ผู้นำสูงสุด');

  it('decodes a Thai UTF-8 article with one stray byte as UTF-8 with a single replacement char', () => {
    const bytes = cat(enc(NEWS.slice(0, cut)), [0xff], enc(NEWS.slice(cut)));
    const r = expectOk(decode(bytes));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${NEWS.slice(0, cut)}\uFFFD${NEWS.slice(cut)}`);
  });

  it('does the same for a stray Windows-1252 smart quote (0x93) in a BOM file', () => {
    const bytes = cat([0xef, 0xbb, 0xbf], enc(NEWS.slice(0, cut)), [0x93], enc(NEWS.slice(cut)));
    const r = expectOk(decode(bytes));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.text).toBe(`${NEWS.slice(0, cut)}\uFFFD${NEWS.slice(cut)}`);
  });

  it('rejects a short Thai UTF-8 text whose bytes are too damaged, naming the byte offset', () => {
    // 4 Thai letters, 2 invalid bytes: too many errors to trust UTF-8, and not Windows-874 Thai.
    const bytes = cat(enc('ข่าว'), [0xff], enc('ด่วน'), [0xfe]);
    const reason = expectRejected(decode(bytes));
    expect(reason).toMatch(/UTF-8/);
    expect(reason).toMatch(/offset 12\b/);
  });

  it('rejects a UTF-8 BOM followed by Windows-874 bytes rather than guessing', () => {
    const bytes = cat([0xef, 0xbb, 0xbf], bytesOf(iconv.encode(NEWS, 'windows-874')));
    expect(expectRejected(decode(bytes))).toMatch(/byte-order mark/);
  });
});

describe('UTF-16 with BOM', () => {
  for (const [label, iconvName, bom] of [
    ['utf-16le', 'utf-16le', [0xff, 0xfe]],
    ['utf-16be', 'utf-16be', [0xfe, 0xff]],
  ] as const) {
    it(`round-trips Thai text in ${label}, BOM stripped, CRLF kept`, () => {
      const bytes = cat(bom, bytesOf(iconv.encode(NEWS_CRLF + MIXED, iconvName)));
      const r = expectOk(decode(bytes));
      expect(r).toEqual({ ok: true, text: NEWS_CRLF + MIXED, encoding: label });
    });

    it(`round-trips astral characters (surrogate pairs) in ${label}`, () => {
      const text = 'ข่าว 📰 ด่วน 🇹🇭\r\n';
      expect(expectOk(decode(cat(bom, bytesOf(iconv.encode(text, iconvName))))).text).toBe(text);
    });

    it(`rejects truncated ${label} (odd byte count) with a reason`, () => {
      const bytes = cat(bom, bytesOf(iconv.encode('ข่าวด่วน', iconvName)), [0x41]);
      expect(expectRejected(decode(bytes))).toMatch(/UTF-16.*odd number of bytes/);
    });

    it(`rejects ${label} containing NUL characters as binary`, () => {
      const bytes = cat(bom, bytesOf(iconv.encode('ข่าว\u0000\u0000ด่วน', iconvName)));
      expect(expectRejected(decode(bytes))).toMatch(/binary.*NUL/);
    });
  }

  it('rejects UTF-16LE with an unpaired surrogate', () => {
    const bytes = cat([0xff, 0xfe], bytesOf(iconv.encode('ก', 'utf-16le')), [0x00, 0xd8], bytesOf(iconv.encode('ข', 'utf-16le')));
    expect(expectRejected(decode(bytes))).toMatch(/unpaired surrogate/);
  });

  it('rejects UTF-32 (which shares its first bytes with the UTF-16LE BOM)', () => {
    expect(expectRejected(decode(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x01, 0x0e, 0x00, 0x00])))).toMatch(/UTF-32/);
    expect(expectRejected(decode(new Uint8Array([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x0e, 0x01])))).toMatch(/UTF-32/);
  });

  it('rejects UTF-16 without BOM (NUL bytes) with a hint', () => {
    const reason = expectRejected(decode(bytesOf(iconv.encode('News ข่าว', 'utf-16le'))));
    expect(reason).toMatch(/NUL bytes/);
    expect(reason).toMatch(/byte-order mark/);
  });
});

describe('legacy Thai: Windows-874 / TIS-620 detection', () => {
  it('detects and exactly decodes a Windows-874 article with CRLF', () => {
    const r = expectOk(decode(bytesOf(iconv.encode(NEWS_CRLF, 'windows-874'))));
    expect(r).toEqual({ ok: true, text: NEWS_CRLF, encoding: 'windows-874' });
  });

  it('detects Windows-874 mixed Thai/English text with smart quotes, em dash, Thai digits, lone CR', () => {
    const bytes = bytesOf(iconv.encode(MIXED, 'windows-874'));
    expect(bytes).toContain(0x93); // “ is 0x93 in Windows-874: this really exercises the 0x80–0x9F range
    const r = expectOk(decode(bytes));
    expect(r).toEqual({ ok: true, text: MIXED, encoding: 'windows-874' });
  });

  it('detects and exactly decodes TIS-620 encoded Thai (reported as windows-874, its superset)', () => {
    const text = NEWS_CRLF.replace(/—/g, '-'); // TIS-620 has no em dash
    const bytes = bytesOf(iconv.encode(text, 'tis620'));
    expect(iconv.decode(Buffer.from(bytes), 'tis620')).toBe(text);
    const r = expectOk(decode(bytes));
    expect(r).toEqual({ ok: true, text, encoding: 'windows-874' });
  });

  it('detects a short Windows-874 line', () => {
    const text = 'ข่าวด่วนวันนี้\n';
    expect(decode(bytesOf(iconv.encode(text, 'windows-874')))).toEqual({ ok: true, text, encoding: 'windows-874' });
  });

  it('scores real Thai as plausible and Latin-1 mojibake as implausible', () => {
    expect(thaiPlausibility(NEWS)).toEqual({ thai: expect.any(Number), bad: 0 });
    expect(thaiPlausibility(NEWS).thai).toBeGreaterThan(900);
    // "café crème" read as Windows-874: é → ้ (tone mark after a Latin letter), è → ่
    const moji = new TextDecoder('windows-874').decode(iconv.encode('café crème', 'latin1'));
    expect(thaiPlausibility(moji)).toEqual({ thai: 2, bad: 2 });
  });
});

describe('rejections', () => {
  const latin1Texts = [
    'Le garçon a mangé une crème brûlée à Paris. Où est la bibliothèque? Très bien, merci. Ça va.',
    'Über die Brücke gehen wir schön früh, Straße, Größe, Äpfel, Österreich.',
    'El niño español comió jamón en la montaña. ¿Qué tal? Sí, señor.',
    'Olá, açúcar, coração, não, pão — São Paulo é grande.',
    'café',
  ];
  for (const text of latin1Texts) {
    it(`rejects Latin-1 text: ${text.slice(0, 24)}…`, () => {
      const reason = expectRejected(decode(bytesOf(iconv.encode(text, 'latin1'))));
      expect(reason).toMatch(/not valid UTF-8/);
      expect(reason).toMatch(/Windows-874/);
    });
  }

  it('rejects random high bytes (0x80–0xFF) for many seeds', () => {
    const rnd = prng(1);
    for (let k = 0; k < 50; k++) expectRejected(decode(randomBytes(rnd, 200 + k * 10, 0x80, 0xff)));
  });

  it('rejects random bytes drawn only from the Thai range 0xA1–0xFB (byte noise, not Thai writing)', () => {
    const rnd = prng(2);
    for (let k = 0; k < 50; k++) {
      const reason = expectRejected(decode(randomBytes(rnd, 300 + k * 10, 0xa1, 0xfb)));
      expect(reason).toMatch(/Windows-874/);
    }
  });

  const headers: [string, number[], RegExp][] = [
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52], /PNG image/],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00], /ZIP archive/],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x3e, 0x00], /ELF executable/],
    ['PDF', [...enc('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n')], /PDF document/],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46], /JPEG image/],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00], /gzip/],
  ];
  for (const [name, header, re] of headers) {
    it(`rejects a ${name} header as not text, naming the format`, () => {
      const bytes = cat(header, randomBytes(prng(3), 256));
      const reason = expectRejected(decode(bytes));
      expect(reason).toMatch(/not a text file/);
      expect(reason).toMatch(re);
    });
  }

  it('rejects random bytes containing NUL as binary', () => {
    const rnd = prng(4);
    for (let k = 0; k < 20; k++) {
      const bytes = randomBytes(rnd, 500, 0x01, 0xff);
      bytes[Math.floor(rnd() * 500)] = 0;
      expect(expectRejected(decode(bytes))).toMatch(/binary.*NUL/);
    }
  });

  it('rejects a single NUL byte inside otherwise fine UTF-8 Thai', () => {
    expect(expectRejected(decode(cat(enc('ข่าว'), [0], enc('ด่วน'))))).toMatch(/NUL/);
  });

  it('rejects valid UTF-8 that is mostly control characters (no NUL) as binary', () => {
    const bytes = new Uint8Array(400);
    const rnd = prng(5);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0x41 : 1 + Math.floor(rnd() * 8); // 'A' + 0x01–0x08
    expect(expectRejected(decode(bytes))).toMatch(/binary.*control characters/);
  });

  it('rejects Windows-874 bytes whose C1 control bytes outnumber plausible text', () => {
    const bytes = cat(bytesOf(iconv.encode('ข่าวด่วน', 'windows-874')), new Uint8Array(20).fill(0x81));
    expectRejected(decode(bytes));
  });

  it('rejects bytes unassigned in Windows-874 (0xFC–0xFF) that are not UTF-8', () => {
    const bytes = cat(bytesOf(iconv.encode('ข่าวด่วนวันนี้', 'windows-874')), [0xfc]);
    expect(expectRejected(decode(bytes))).toMatch(/unassigned in Windows-874/);
  });

  it('never throws for a non-Uint8Array argument', () => {
    expect(decode('hello' as unknown as Uint8Array).ok).toBe(false);
    expect(decode(null as unknown as Uint8Array).ok).toBe(false);
  });
});

describe('scanUtf8 agrees with the WHATWG UTF-8 decoder', () => {
  it('counts one error per U+FFFD and every valid multi-byte character', () => {
    const rnd = prng(6);
    const pools = [
      [0x00, 0xff],
      [0x80, 0xff],
      [0xc0, 0xff],
    ] as const;
    let checked = 0;
    for (let k = 0; k < 600; k++) {
      const [lo, hi] = pools[k % pools.length]!;
      const bytes = randomBytes(rnd, Math.floor(rnd() * 64), lo, hi);
      // Mix in real multi-byte sequences, then truncate/corrupt some of them.
      const mixed = cat(bytes, enc('ก😀é'), bytes.subarray(0, 5), enc('€').subarray(0, 2));
      const text = new TextDecoder('utf-8').decode(mixed);
      if (text.includes('\uFFFD') && Buffer.from(mixed).includes(Buffer.from([0xef, 0xbf, 0xbd]))) continue;
      const scan = scanUtf8(mixed, 0);
      const chars = [...text];
      expect(scan.errors).toBe(chars.filter((c) => c === '\uFFFD').length);
      expect(scan.multibyte).toBe(chars.filter((c) => c !== '\uFFFD' && c.codePointAt(0)! > 0x7f).length);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('fuzz: decode never throws and is deterministic', () => {
  const valid = (r: DecodeResult): void => {
    if (r.ok) {
      expect(typeof r.text).toBe('string');
      expect(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-874']).toContain(r.encoding);
      expect(r.text.includes('\u0000')).toBe(false);
    } else {
      expect(typeof r.reason).toBe('string');
      expect(r.reason.length).toBeGreaterThan(10);
    }
  };

  it('handles 3000 random and mutated inputs', () => {
    const rnd = prng(7);
    const seeds = [
      enc(NEWS_CRLF),
      bytesOf(iconv.encode(NEWS, 'windows-874')),
      cat([0xff, 0xfe], bytesOf(iconv.encode(MIXED, 'utf-16le'))),
      cat([0xfe, 0xff], bytesOf(iconv.encode(MIXED, 'utf-16be'))),
      cat([0xef, 0xbb, 0xbf], enc(MIXED)),
    ];
    let oks = 0;
    for (let k = 0; k < 3000; k++) {
      let bytes: Uint8Array;
      const mode = k % 4;
      if (mode === 0) bytes = randomBytes(rnd, Math.floor(rnd() * 300));
      else if (mode === 1) bytes = randomBytes(rnd, Math.floor(rnd() * 300), 0x80, 0xff);
      else {
        // Mutate a real encoded text: truncate and flip a few bytes.
        const src = seeds[Math.floor(rnd() * seeds.length)]!;
        bytes = src.slice(0, Math.floor(rnd() * src.length));
        const flips = mode === 2 ? 1 : Math.floor(rnd() * 20);
        for (let f = 0; f < flips && bytes.length > 0; f++) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256);
      }
      let r1: DecodeResult | undefined;
      expect(() => {
        r1 = decode(bytes);
      }).not.toThrow();
      valid(r1!);
      expect(decode(bytes)).toEqual(r1);
      if (r1!.ok) oks++;
    }
    // The mutated real texts must often still decode; pure noise must not dominate the acceptances.
    expect(oks).toBeGreaterThan(300);
    expect(oks).toBeLessThan(2000);
  });
});
