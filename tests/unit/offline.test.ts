/**
 * The offline build step on small hand-made sites: what goes into the precache, with
 * which revisions, and the failures that must stop a build (a file too big to
 * precache, a precache over the total cap). The browser behaviour is in
 * tests/e2e/offline.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServiceWorker, externalUrls } from '../../scripts/offline.ts';

const dirs: string[] = [];
function site(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-unit-'));
  dirs.push(dir);
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), body);
  }
  return dir;
}
const entries = (sw: string) => [...sw.matchAll(/\{url:"([^"]+)",revision:("[0-9a-f]+"|null)\}/g)].map((m) => [m[1]!, m[2]!] as const);

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('buildServiceWorker', () => {
  it('lists pages, assets and every Pagefind file; not feeds, sitemaps or itself', async () => {
    const dir = site({
      'index.html': '<h1>หน้าแรก</h1>',
      'articles/a/index.html': '<h1>ข่าว ก</h1>',
      '_astro/Base.abc123.css': 'body{}',
      '_astro/sarabun-thai-400-normal.x1.woff2': 'woff2',
      'pagefind/pagefind.js': 'js',
      'pagefind/wasm.unknown.pagefind': 'wasm',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/index/th_1.pf_index': 'i',
      'pagefind/fragment/th_2.pf_fragment': 'f',
      'rss.xml': '<rss/>',
      'sitemap-index.xml': '<x/>',
      'sw.js': 'stale worker from an older build',
    });
    const r = await buildServiceWorker(dir);
    const sw = fs.readFileSync(r.swFile, 'utf8');
    const urls = entries(sw).map(([u]) => u).sort();
    expect(urls).toEqual(
      ['_astro/Base.abc123.css', '_astro/sarabun-thai-400-normal.x1.woff2', 'articles/a/index.html', 'index.html', 'pagefind/fragment/th_2.pf_fragment', 'pagefind/index/th_1.pf_index', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'pagefind/wasm.unknown.pagefind'],
    );
    expect(r.count).toBe(9);
    // hashed Astro assets keep their name as revision; everything else gets a content hash
    const rev = new Map(entries(sw));
    expect(rev.get('_astro/Base.abc123.css')).toBe('null');
    expect(rev.get('index.html')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(sw).not.toContain('stale worker');
  });

  it('a changed page changes its revision and only its revision', async () => {
    const dir = site({ 'index.html': '<h1>หนึ่ง</h1>', 'articles/a/index.html': '<h1>ก</h1>', 'pagefind/pagefind.js': 'js' });
    const before = new Map(entries(fs.readFileSync((await buildServiceWorker(dir)).swFile, 'utf8')));
    fs.writeFileSync(path.join(dir, 'articles/a/index.html'), '<h1>ก (แก้ไข)</h1>');
    const after = new Map(entries(fs.readFileSync((await buildServiceWorker(dir)).swFile, 'utf8')));
    expect(after.get('index.html')).toBe(before.get('index.html'));
    expect(after.get('articles/a/index.html')).not.toBe(before.get('articles/a/index.html'));
  });

  it('stops the build (and leaves no sw.js) when a file is too big to precache', async () => {
    const dir = site({ 'index.html': '<h1>x</h1>', 'pagefind/fragment/big.pf_fragment': Buffer.alloc(1024 * 1024 + 1) });
    await expect(buildServiceWorker(dir)).rejects.toThrow(/big\.pf_fragment/);
    expect(fs.existsSync(path.join(dir, 'sw.js'))).toBe(false);
  });

  it('stops the build when the site has no Pagefind bundle (search would not work offline)', async () => {
    const dir = site({ 'index.html': '<h1>x</h1>' });
    await expect(buildServiceWorker(dir)).rejects.toThrow(/pagefind/);
  });
});

describe('externalUrls', () => {
  it('finds absolute URLs except workbox documentation links', () => {
    expect(externalUrls(`importScripts("https://cdn.example/wb.js");console.warn("see https://bit.ly/wb-precache")`)).toEqual(['https://cdn.example/wb.js']);
    expect(externalUrls('fetch("/pagefind/pagefind.js")')).toEqual([]);
  });
});
