/**
 * Offline after a first visit, end to end: build the five real seeds exactly as
 * `npm run build` does (ingest → astro → Pagefind → workbox service worker), serve
 * dist/ over http on loopback, visit the home page once in a fresh Chromium context,
 * then cut the network (context.setOffline) and read other pages and search.
 * Expected headlines come from the built HTML files on disk, not from the browser.
 * A control context with service workers blocked shows that setOffline really cuts
 * the network (so the offline checks can fail), and a rebuilt dist shows that the next
 * online visit picks up new and changed pages.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSite, launch, openPage, ROOT, serveDir, type BuiltSite, type Served } from './harness.ts';

let site: BuiltSite;
let served: Served;
let browser: Browser;

const NODE = path.join(ROOT, 'node_modules', '.bin', 'node');
const SW_ABSOLUTE_URLS_ALLOWED = ['https://bit.ly/wb-precache']; // text of a workbox console warning, never fetched

/** h1 of a built page, read from the file (the oracle for "shows its headline"). */
function headlineOnDisk(dist: string, urlPath: string): string {
  const html = fs.readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  if (!m) throw new Error(`no h1 in ${urlPath}`);
  return m[1]!
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every file below dir, as site-relative paths with '/'. */
function walk(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

/** Precache URLs listed in a generated sw.js. */
function precacheUrls(sw: string): string[] {
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1]!);
}

/** Open the home page and wait until the service worker controls it (install = precache done). */
async function firstVisit(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Record the URL of every request the context sees (pages, workers, service worker). */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

beforeAll(async () => {
  site = buildSite(path.join(ROOT, 'seeds'), { name: 'offline' });
  served = await serveDir(site.outDir);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (site) fs.rmSync(site.dir, { recursive: true, force: true });
});

describe('service worker build', () => {
  it('runs as the last build step and reports the precache', () => {
    expect(site.output).toMatch(/✓ search index[\s\S]*offline: sw\.js precaches \d+ files, \d+ KiB[\s\S]*✓ offline/);
  });

  it('sw.js loads nothing from another host and inlines the workbox runtime', () => {
    const sw = fs.readFileSync(path.join(site.outDir, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/importScripts\s*\(/);
    const absolute = [...new Set(sw.match(/\bhttps?:\/\/[^\s"'`)<>]+/g) ?? [])];
    expect(absolute.filter((u) => !SW_ABSOLUTE_URLS_ALLOWED.includes(u))).toEqual([]);
    // no separate workbox-*.js runtime file next to it
    expect(fs.readdirSync(site.outDir).filter((f) => /^workbox-.*\.js$/.test(f))).toEqual([]);
  });

  it('precaches every page, stylesheet, script, font and the whole Pagefind bundle, each once', () => {
    const sw = fs.readFileSync(path.join(site.outDir, 'sw.js'), 'utf8');
    const listed = precacheUrls(sw);
    expect(new Set(listed).size).toBe(listed.length);
    const files = walk(site.outDir);
    const wanted = files.filter((f) => f !== 'sw.js' && (/\.(html|css|js|woff2)$/.test(f) || f.startsWith('pagefind/')));
    expect(wanted.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThanOrEqual(6);
    expect(wanted.some((f) => f.endsWith('.woff2'))).toBe(true);
    expect(listed.filter((u) => !files.includes(u))).toEqual([]); // nothing listed that is not built
    expect(wanted.filter((f) => !listed.includes(f))).toEqual([]);
    // HTML is revisioned by content (never cached forever under a fixed key)
    expect(sw).toMatch(/\{url:"index\.html",revision:"[0-9a-f]{32}"\}/);
  });
});

describe('offline after a first visit (served over http)', () => {
  it('control: with no service worker, setOffline cuts the network', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`${served.url}/`);
      const article = await page.locator('a[href^="/articles/"]').first().getAttribute('href');
      await context.setOffline(true);
      await expect(page.goto(`${served.url}${article}`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|net::/);
    } finally {
      await context.close();
    }
  });

  it('articles, topics and search work with the network off; no request leaves the host', async () => {
    const { page, external } = await openPage(browser, served.url);
    const context = page.context();
    const requests = recordRequests(context);
    try {
      await firstVisit(page, served.url);
      const articles = [...new Set(await page.locator('a[href^="/articles/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))];
      expect(articles.length).toBeGreaterThanOrEqual(2);
      await context.setOffline(true);

      // other article pages, never opened before
      for (const href of articles.slice(-2)) {
        const res = await page.goto(`${served.url}${href}`);
        expect(res?.fromServiceWorker()).toBe(true);
        await expect(page.locator('h1').innerText()).resolves.toBe(headlineOnDisk(site.outDir, href));
        // the page's own stylesheet and fonts came along (the layout is styled)
        expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Sarabun/i);
      }

      // a topic page, reached from the topics index
      await page.goto(`${served.url}/topics/`);
      const topic = await page.locator('main a[href^="/topics/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '').find((h) => h !== '/topics/'));
      expect(topic).toBeTruthy();
      await page.goto(`${served.url}${topic}`);
      await expect(page.locator('h1').innerText()).resolves.toBe(headlineOnDisk(site.outDir, topic!));
      expect(await page.locator('main a[href^="/articles/"]').count()).toBeGreaterThan(0);

      // search: Pagefind's own fetches (entry, wasm, index chunks, fragments) from the precache
      await page.goto(`${served.url}/search/?q=${encodeURIComponent('ปูติน')}`);
      await page.waitForSelector('[data-search-results][data-search-state="done"]', { timeout: 30_000 });
      const hits = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.startsWith('/articles/'))).toBe(true);
      // a result opens offline too
      await page.goto(`${served.url}${hits[0]}`);
      await expect(page.locator('h1').innerText()).resolves.toBe(headlineOnDisk(site.outDir, hits[0]!));

      expect(external).toEqual([]);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((u) => !u.startsWith(served.url) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a rebuilt site reaches the next online visit: new article and changed page', async () => {
    // its own copy, served by sirv in dev mode (re-reads the disk on each request) so the
    // rebuilt files are served from the same origin the service worker was installed on
    const dist = path.join(site.dir, 'dist-update');
    fs.cpSync(site.outDir, dist, { recursive: true });
    const handler = sirv(dist, { dev: true, extensions: ['html'] });
    const server = http.createServer((req, res) => handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { page, external } = await openPage(browser, origin);
    const context = page.context();
    try {
      await firstVisit(page, origin);
      const href = (await page.locator('a[href^="/articles/"]').first().getAttribute('href'))!;
      const oldHeadline = headlineOnDisk(dist, href);

      // "rebuild": one article changed, one new article, then the offline step again
      const changedFile = path.join(dist, href, 'index.html');
      fs.writeFileSync(changedFile, fs.readFileSync(changedFile, 'utf8').replace(/(<h1\b[^>]*>)/, '$1ฉบับแก้ไข '));
      const newHref = '/articles/offline-new-article/';
      fs.mkdirSync(path.join(dist, newHref), { recursive: true });
      fs.writeFileSync(path.join(dist, newHref, 'index.html'), fs.readFileSync(changedFile, 'utf8').replace(/(<h1\b[^>]*>)[\s\S]*?(<\/h1>)/, '$1ข่าวใหม่หลังสร้างเว็บใหม่$2'));
      const r = spawnSync(NODE, [path.join(ROOT, 'scripts', 'offline.ts'), dist], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);

      // next online visit: the browser checks sw.js, the new worker precaches the
      // changed entries, skips waiting and claims the page
      await page.goto(`${origin}/`);
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        if (!reg) throw new Error('no service worker registration');
        await reg.update();
        const sw = reg.installing ?? reg.waiting;
        if (sw)
          await new Promise<void>((resolve, reject) => {
            setTimeout(() => reject(new Error(`new worker still ${sw.state} after 30 s`)), 30_000);
            const check = () => (sw.state === 'activated' ? resolve() : sw.state === 'redundant' ? reject(new Error('new worker failed to install')) : undefined);
            sw.addEventListener('statechange', check);
            check();
          });
      });

      await context.setOffline(true);
      await page.goto(`${origin}${href}`);
      await expect(page.locator('h1').innerText()).resolves.toBe(`ฉบับแก้ไข ${oldHeadline}`);
      await page.goto(`${origin}${newHref}`);
      await expect(page.locator('h1').innerText()).resolves.toBe('ข่าวใหม่หลังสร้างเว็บใหม่');
      expect(external).toEqual([]);
    } finally {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
