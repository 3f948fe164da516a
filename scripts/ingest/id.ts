/**
 * Article ids come from the input's file name only (never from extracted
 * fields), so URLs survive cleaner changes. ASCII, lower case, URL-safe.
 * Names that lose characters on the way (Thai, symbols) or would collide get
 * a short hash of the full file name, so every name maps to one stable id.
 */
import { createHash } from 'node:crypto';

function shortHash(s: string): string {
  return createHash('sha256').update(s.normalize('NFC')).digest('hex').slice(0, 8);
}

function slug(base: string): string {
  return base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** The id for one file name, ignoring collisions. */
export function baseId(fileName: string): string {
  const base = fileName.normalize('NFC').replace(/\.(?:txt|text|md)$/i, '');
  const s = slug(base.replace(/_/g, '-')).replace(/-/g, '-');
  // keep the name as it is when it is already a clean ASCII id ("000_4c9e…"), else slug + hash
  if (/^[a-z0-9][a-z0-9_-]*$/.test(base) && base.length <= 80) return base;
  return s ? `${s}-${shortHash(fileName)}` : `article-${shortHash(fileName)}`;
}

/** Ids for a whole batch: deterministic, unique (case-only collisions get a hash). */
export function assignIds(fileNames: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Map<string, number>();
  for (const n of fileNames) taken.set(baseId(n), (taken.get(baseId(n)) ?? 0) + 1);
  for (const n of [...fileNames].sort()) {
    const b = baseId(n);
    ids.set(n, (taken.get(b) ?? 0) > 1 ? `${b}-${shortHash(n)}` : b);
  }
  return ids;
}
