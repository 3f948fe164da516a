import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync, mkdirSync, truncateSync } from 'node:fs';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_INPUT_BYTES, readInput, type ReadResult } from '../../scripts/ingest/read.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'read-input-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function expectRejected(r: ReadResult): string {
  if (r.ok) throw new Error(`expected rejection, got ${r.bytes.length} bytes`);
  expect(r.reason.length).toBeGreaterThan(5);
  return r.reason;
}

describe('readInput', () => {
  it('exports the 5 MiB default limit', () => {
    expect(MAX_INPUT_BYTES).toBe(5_242_880);
  });

  it('reads a small file byte-for-byte as a plain Uint8Array', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('ข่าว\r\nด่วน\r', 'utf8'), 0x00, 0xff]);
    const file = path.join(dir, 'small.txt');
    writeFileSync(file, bytes);
    const r = await readInput(file);
    if (!r.ok) throw new Error(r.reason);
    expect(r.bytes).toBeInstanceOf(Uint8Array);
    expect([...r.bytes]).toEqual([...bytes]);
  });

  it('reads an empty file as zero bytes', async () => {
    const file = path.join(dir, 'empty.txt');
    writeFileSync(file, '');
    const r = await readInput(file);
    expect(r.ok && r.bytes.length).toBe(0);
  });

  it('reads a multi-chunk file (larger than one 64 KiB read) completely', async () => {
    const bytes = new Uint8Array(200_003).map((_, i) => (i * 7) & 0xff);
    const file = path.join(dir, 'multi.bin');
    writeFileSync(file, bytes);
    const r = await readInput(file);
    if (!r.ok) throw new Error(r.reason);
    expect(r.bytes.length).toBe(bytes.length);
    expect(Buffer.from(r.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('accepts a file of exactly maxBytes and rejects one byte more', async () => {
    const file = path.join(dir, 'limit.txt');
    writeFileSync(file, 'x'.repeat(100));
    expect((await readInput(file, 100)).ok).toBe(true);
    const reason = expectRejected(await readInput(file, 99));
    expect(reason).toMatch(/too large/);
    expect(reason).toContain('100 bytes');
    expect(reason).toContain('99 bytes');
  });

  it('rejects an oversized file after fs.stat WITHOUT opening or reading it', async () => {
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, 'ก'.repeat(1000));
    const stat = vi.spyOn(fs, 'stat');
    const open = vi.spyOn(fs, 'open');
    const readFile = vi.spyOn(fs, 'readFile');
    const reason = expectRejected(await readInput(file, 1024));
    expect(reason).toMatch(/too large \(2\.9 KiB; the limit is 1\.0 KiB\)/);
    expect(stat).toHaveBeenCalledTimes(1);
    expect(open).not.toHaveBeenCalled();
    expect(readFile).not.toHaveBeenCalled();
  });

  it('rejects a 3 GiB sparse file under the default limit quickly (a whole read would fail or exhaust memory)', async () => {
    const file = path.join(dir, 'huge-sparse.txt');
    writeFileSync(file, '');
    truncateSync(file, 3 * 1024 ** 3); // sparse: no disk space used
    const open = vi.spyOn(fs, 'open');
    const reason = expectRejected(await readInput(file));
    expect(reason).toBe('file is too large (3.0 GiB; the limit is 5.0 MiB)');
    expect(open).not.toHaveBeenCalled();
  });

  it('caps the read at maxBytes + 1 when the file is larger than fs.stat said (grew in between)', async () => {
    const file = path.join(dir, 'grows.txt');
    writeFileSync(file, 'y'.repeat(100_000));
    const real = await fs.stat(file);
    vi.spyOn(fs, 'stat').mockResolvedValueOnce(Object.assign(Object.create(Object.getPrototypeOf(real)), real, { size: 10 }));
    const reads: number[] = [];
    const realOpen = fs.open.bind(fs);
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const fh = await realOpen(...args);
      const realRead = fh.read.bind(fh);
      fh.read = (async (buf: Uint8Array, off: number, len: number, pos: number) => {
        const res = await realRead(buf, off, len, pos);
        reads.push(res.bytesRead);
        return res;
      }) as typeof fh.read;
      return fh;
    });
    const reason = expectRejected(await readInput(file, 50));
    expect(reason).toMatch(/grew past the limit/);
    expect(reads.reduce((a, b) => a + b, 0)).toBe(51);
  });

  it('gives a reason (not a throw) for a missing file', async () => {
    expect(expectRejected(await readInput(path.join(dir, 'nope.txt')))).toBe('file not found');
  });

  it('gives a reason for a path through a non-directory', async () => {
    const file = path.join(dir, 'plain.txt');
    writeFileSync(file, 'a');
    expect(expectRejected(await readInput(path.join(file, 'child.txt')))).toMatch(/not found/);
  });

  it('gives a reason (not a throw) for a directory', async () => {
    const sub = path.join(dir, 'a-directory.txt');
    mkdirSync(sub);
    expect(expectRejected(await readInput(sub))).toBe('not a regular file: it is a directory');
  });

  it('rejects a named pipe without blocking on it', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(expectRejected(await readInput(fifo))).toMatch(/named pipe/);
  });

  it('rejects a character device such as /dev/zero (endless data)', async () => {
    expect(expectRejected(await readInput('/dev/zero'))).toMatch(/device/);
  });

  it('follows a symlink to a regular file, and reports a dangling one as not found', async () => {
    const target = path.join(dir, 'target.txt');
    writeFileSync(target, 'ข่าว');
    const link = path.join(dir, 'link.txt');
    symlinkSync(target, link);
    const r = await readInput(link);
    expect(r.ok && Buffer.from(r.bytes).toString('utf8')).toBe('ข่าว');
    const dangling = path.join(dir, 'dangling.txt');
    symlinkSync(path.join(dir, 'missing-target.txt'), dangling);
    expect(expectRejected(await readInput(dangling))).toBe('file not found');
  });

  it.skipIf(process.getuid?.() === 0)('gives a reason for an unreadable file', async () => {
    const file = path.join(dir, 'secret.txt');
    writeFileSync(file, 'x');
    chmodSync(file, 0o000);
    expect(expectRejected(await readInput(file))).toMatch(/permission denied/);
  });

  it('turns an I/O error during the read into a reason', async () => {
    const file = path.join(dir, 'io-error.txt');
    writeFileSync(file, 'abc');
    vi.spyOn(fs, 'open').mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error, open'), { code: 'EIO' }));
    expect(expectRejected(await readInput(file))).toBe('cannot read the file (EIO)');
  });

  it('rejects an invalid size limit instead of throwing', async () => {
    expect(expectRejected(await readInput(path.join(dir, 'small.txt'), Number.NaN))).toMatch(/invalid size limit/);
  });
});
