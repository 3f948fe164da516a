/**
 * Offline after a first visit: generate the service worker `sw.js` for a built site
 * directory (argument: the dist dir), with workbox-build's generateSW. Runs AFTER the
 * Pagefind index so the search bundle is in the precache.
 *
 *   node scripts/offline.ts dist
 *
 * What the worker does (all workbox, nothing hand-written):
 * - precaches every page (.html), CSS, JS, font, the favicon and the whole `pagefind/`
 *   bundle (entry, worker, wasm, meta, index/fragment/filter chunks);
 * - every entry carries a content-hash revision (Astro's hashed `/_astro/` files are
 *   revisioned by their file name), so a rebuild changes exactly the entries whose
 *   bytes changed; the new worker installs on the next online visit, skips waiting,
 *   claims the open pages and deletes outdated precaches;
 * - `/articles/x/` is answered from `articles/x/index.html` (directoryIndex);
 * - query strings are ignored when looking up the precache: `/search/?q=…` is the
 *   search page, and Pagefind's own cache-busting `?ts=…` on its entry/meta files
 *   still finds the precached file;
 * - the workbox runtime is inlined into sw.js: no importScripts, no CDN.
 * Anything not in the precache (RSS, sitemaps, a page added after the worker was
 * installed) goes to the network as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateSW } from 'workbox-build';

/** Largest single file allowed in the precache. The biggest today is Pagefind's wasm
 *  (~55 KiB) and pagefind.js (~47 KiB); anything above 1 MiB is a mistake to cache. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Whole precache cap for a build (env BRIEFING_PRECACHE_MAX_MIB, default 25 MiB): fail
 *  loudly rather than make every first visit download an unbounded site. The five seeds
 *  precache ~1 MiB (HTML ~15 KiB a page before compression), so the default holds
 *  roughly 1500 articles with their topic/entity pages. */
export const MAX_TOTAL_BYTES = Number(process.env.BRIEFING_PRECACHE_MAX_MIB ?? 25) * 1024 * 1024;

/** A documentation link inside one of workbox's console warnings (never fetched). */
export const WORKBOX_DOC_LINKS = new Set(['https://bit.ly/wb-precache']);

/** Absolute http(s) URLs in a script other than workbox's documentation links. */
export function externalUrls(js: string): string[] {
  const found = js.match(/\bhttps?:\/\/[^\s"'`)<>]+/g) ?? [];
  return [...new Set(found)].filter((u) => !WORKBOX_DOC_LINKS.has(u));
}

export interface OfflineResult {
  swFile: string;
  count: number;
  size: number;
}

export async function buildServiceWorker(site: string): Promise<OfflineResult> {
  const swDest = path.join(site, 'sw.js');
  for (const f of fs.readdirSync(site)) if (/^(sw\.js|workbox-[\w-]+\.js)(\.map)?$/.test(f)) fs.rmSync(path.join(site, f));
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    globPatterns: ['**/*.{html,css,js,woff2,woff,svg}', 'pagefind/**/*'],
    globIgnores: ['sw.js', 'workbox-*.js'],
    swDest,
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    disableDevLogs: true,
  });
  const problems: string[] = [...warnings]; // e.g. a file over MAX_FILE_BYTES left out: the site would not be whole offline
  if (size > MAX_TOTAL_BYTES) problems.push(`precache ${size} bytes exceeds the cap of ${MAX_TOTAL_BYTES} (raise BRIEFING_PRECACHE_MAX_MIB if intended)`);
  const sw = fs.readFileSync(swDest, 'utf8');
  if (/importScripts\s*\(/.test(sw)) problems.push('sw.js imports scripts (the workbox runtime must be inlined)');
  const foreign = externalUrls(sw);
  if (foreign.length) problems.push(`sw.js names other hosts: ${foreign.join(', ')}`);
  if (problems.length) {
    fs.rmSync(swDest); // no half-right worker left in the site
    throw new Error(`offline: ${problems.join('; ')}`);
  }
  return { swFile: swDest, count, size };
}

if (import.meta.main) {
  const site = process.argv[2] ?? 'dist';
  const { count, size } = await buildServiceWorker(site);
  console.log(`offline: sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KiB (per-file cap ${MAX_FILE_BYTES / 1024} KiB, total cap ${MAX_TOTAL_BYTES / 1024 / 1024} MiB)`);
}
