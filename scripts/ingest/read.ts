/**
 * Ingest stage 1a: file → bytes. Never throws; failures carry a human-readable reason.
 *
 * The size is checked with fs.stat BEFORE anything is read, and the read itself is capped at
 * maxBytes + 1 bytes, so a file that grows between stat and read (or lies about its size)
 * can never be pulled into memory whole.
 */
import fs from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const CHUNK = 64 * 1024;

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `${(n / (1024 * 1024 * 1024)).toFixed(1)} GiB`;
}

function fsErrorReason(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'ENOTDIR':
      return 'file not found (a part of the path is not a directory)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'ELOOP':
      return 'cannot read: too many levels of symbolic links';
    case 'EISDIR':
      return 'not a regular file: it is a directory';
    case 'ENAMETOOLONG':
      return 'cannot read: the file name is too long';
    default: {
      const msg = err instanceof Error ? err.message : String(err);
      return `cannot read the file (${code || msg})`;
    }
  }
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function tooLarge(size: string, maxBytes: number): ReadResult {
  return { ok: false, reason: `file is too large (${size}; the limit is ${formatBytes(maxBytes)})` };
}

/** Checks the size with fs.stat BEFORE reading the file whole; rejects over MAX_INPUT_BYTES (configurable param), non-regular files. */
export async function readInput(file: string, maxBytes: number = MAX_INPUT_BYTES): Promise<ReadResult> {
  if (!Number.isFinite(maxBytes) || maxBytes < 0) {
    return { ok: false, reason: `internal error: invalid size limit ${String(maxBytes)}` };
  }
  let st: Stats;
  try {
    st = await fs.stat(file); // follows symlinks: a link to a regular file is fine
  } catch (err) {
    return { ok: false, reason: fsErrorReason(err) };
  }
  if (!st.isFile()) {
    const kind = kindOf(st);
    return { ok: false, reason: kind === 'not a regular file' ? kind : `not a regular file: it is ${kind}` };
  }
  if (st.size > maxBytes) return tooLarge(formatBytes(st.size), maxBytes);

  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    // Read at most maxBytes + 1 bytes: one byte past the limit proves the file grew.
    const cap = maxBytes + 1;
    const buf = new Uint8Array(Math.min(cap, st.size + 1));
    let total = 0;
    let grown = buf;
    for (;;) {
      if (total === grown.length) {
        if (grown.length >= cap) break;
        const bigger = new Uint8Array(Math.min(cap, grown.length * 2 + CHUNK));
        bigger.set(grown);
        grown = bigger;
      }
      const { bytesRead } = await handle.read(grown, total, grown.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > maxBytes) return tooLarge('it grew past the limit while being read', maxBytes);
    return { ok: true, bytes: grown.slice(0, total) };
  } catch (err) {
    return { ok: false, reason: fsErrorReason(err) };
  } finally {
    try {
      await handle?.close();
    } catch {
      // Closing a read-only handle cannot lose data; nothing useful to report.
    }
  }
}
