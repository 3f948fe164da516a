/**
 * The reading site, end to end: build the five real seeds exactly as
 * `npm run build` does, serve dist/ on loopback, drive Chromium.
 * Expected values come from the hand-made gold labels (../shared/gold/seeds.json),
 * and Thai dates are checked against a month table here, not the site's formatter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { buildSite, launch, openPage, ROOT, serveDir, type BuiltSite, type Served, axeSeriousViolations } from './harness.ts';
import { checkLinks } from './linkcheck.ts';
import { readGold } from '../gold.ts';

const gold = readGold();

// Independent oracle for Thai dates: month names and BE = CE + 543.
const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
function expectedThaiDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${THAI_MONTHS[m - 1]} ${y + 543}`;
}

let site: BuiltSite;
let served: Served;
let browser: Browser;
/** seed file name → article id (from the built content's frontmatter) */
const idOfSeed = new Map<string, string>();
/** every request to another host, from every page opened */
const externalRequests: string[] = [];
let buildSeconds = 0;
let pagesVisited = 0;

async function visit(p: string, opts: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const { page, external } = await openPage(browser, served.url);
  pagesVisited++;
  page.on('close', () => externalRequests.push(...external));
  if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
  const res = await page.goto(served.url + p, { waitUntil: 'networkidle' });
  (page as Page & { status?: number }).status = res?.status();
  return page;
}
const close = async (page: Page) => {
  await page.close();
  await page.context().close();
};

beforeAll(async () => {
  const t0 = performance.now();
  site = buildSite(path.join(ROOT, 'seeds'), { name: 'site-e2e' });
  buildSeconds = (performance.now() - t0) / 1000;
  console.log(`seeds site built in ${buildSeconds.toFixed(1)} s`);
  const dir = path.join(site.contentDir, 'articles');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const fm = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(dir, f), 'utf8'));
    const data = parseYaml(fm?.[1] ?? '') as { seed?: string };
    if (data.seed) idOfSeed.set(data.seed, f.replace(/\.mdx$/, ''));
  }
  served = await serveDir(site.outDir);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (site && !process.env.KEEP_SITE) fs.rmSync(site.dir, { recursive: true, force: true });
});

describe('article pages', () => {
  it('every seed has an article', () => {
    expect([...idOfSeed.keys()].sort()).toEqual(gold.map((g) => g.file).sort());
  });

  for (const g of gold) {
    it(`${g.file}: title, Thai BE date, outlet`, async () => {
      const id = idOfSeed.get(g.file);
      expect(id, `no article for ${g.file}`).toBeDefined();
      const page = await visit(`/articles/${id}/`);
      try {
        expect(await page.getAttribute('html', 'lang')).toBe('th');
        const h1 = (await page.locator('article h1').innerText()).trim();
        const note = page.locator('.derived-note');
        if (g.title) {
          expect([g.title, ...(g.title_alternates ?? [])]).toContain(h1);
          expect(await note.count()).toBe(0);
        } else {
          // no headline in the text: a derived title, marked as such
          expect(h1.length).toBeGreaterThan(5);
          await expect(note.innerText()).resolves.toContain('ต้นฉบับไม่มีพาดหัว');
        }
        expect(await page.title()).toContain(h1);

        const header = page.locator('article .article-header');
        if (g.date) {
          const time = header.locator(`time[datetime="${g.date}"]`);
          expect(await time.count()).toBe(1);
          expect((await time.innerText()).trim()).toBe(expectedThaiDate(g.date));
          expect(await header.innerText()).not.toContain('ไม่ระบุวันที่');
        } else {
          expect(await header.locator('time').count()).toBe(0);
          expect(await header.innerText()).toContain('ไม่ระบุวันที่');
        }

        const outlet = (await header.locator('[data-pagefind-filter="outlet"]').innerText()).trim();
        if (g.publisher[0] === null) expect(outlet).toBe('ไม่ระบุสำนักข่าว');
        else expect(g.publisher).toContain(outlet);

        const original = page.locator('.source-box a[href^="http"]');
        if (g.source_url) {
          expect(await original.getAttribute('href')).toBe(g.source_url);
          expect(await original.getAttribute('rel')).toMatch(/noopener/);
          expect(await original.getAttribute('rel')).toMatch(/noreferrer/);
        } else {
          expect(await original.count()).toBe(0);
        }
        // Pagefind: one body wrapper, holding the headline and not the site chrome
        expect(await page.locator('[data-pagefind-body]').count()).toBe(1);
        expect(await page.locator('[data-pagefind-body] h1[data-pagefind-meta="title"]').count()).toBe(1);
        expect(await page.locator('[data-pagefind-body] .site-header, [data-pagefind-body] footer, header.site-header[data-pagefind-body]').count()).toBe(0);
        // reading time in Thai
        expect(await header.innerText()).toMatch(/อ่าน(ประมาณ \d+|ไม่ถึง 1) นาที/);
      } finally {
        await close(page);
      }
    });
  }
});

describe('previous / next', () => {
  it('link to the closest article of the same main topic by date (undated last)', async () => {
    // frontmatter of the built content: the expected chain is derived from the data, page by page
    const fm = new Map<string, { date?: string; topics: string[] }>();
    const dir = path.join(site.contentDir, 'articles');
    for (const [, id] of idOfSeed) {
      const m = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(dir, `${id}.mdx`), 'utf8'));
      fm.set(id, parseYaml(m?.[1] ?? '') as { date?: string; topics: string[] });
    }
    const key = (id: string) => `${fm.get(id)?.date ?? '9999'} ${id}`;
    let links = 0;
    for (const id of fm.keys()) {
      const page = await visit(`/articles/${id}/`);
      try {
        const kicker = await page.locator('.kicker a').getAttribute('href');
        const topic = kicker?.match(/^\/topics\/([^/]+)\/$/)?.[1];
        expect(topic, id).toBeDefined();
        expect(fm.get(id)!.topics).toContain(topic);
        for (const rel of ['prev', 'next'] as const) {
          const link = page.locator(`a[rel="${rel}"]`);
          const href = (await link.count()) > 0 ? await link.getAttribute('href') : null;
          const other = href?.match(/^\/articles\/([^/]+)\/$/)?.[1];
          // the neighbour exactly: the closest article of the same topic on that side
          const sameTopic = [...fm.keys()].filter((x) => fm.get(x)!.topics.includes(topic!)).sort((a, b) => key(a).localeCompare(key(b)));
          const i = sameTopic.indexOf(id);
          const expected = rel === 'prev' ? sameTopic[i - 1] : sameTopic[i + 1];
          expect(other, `${id} ${rel}`).toBe(expected);
          if (other) links++;
        }
      } finally {
        await close(page);
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});

describe('briefing /topics/russia-north-korea/', () => {
  it('links every seed article: dated ones in date order, undated ones apart', async () => {
    const page = await visit('/topics/russia-north-korea/');
    try {
      const hrefs = async (sel: string) => page.locator(sel).evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      const timeline = await hrefs('ol.timeline a[href^="/articles/"]');
      const undated = await hrefs('.undated a[href^="/articles/"]');
      const dated = gold.filter((g) => g.date).sort((a, b) => a.date!.localeCompare(b.date!));
      expect(timeline).toEqual(dated.map((g) => `/articles/${idOfSeed.get(g.file)}/`));
      expect(undated.sort()).toEqual(gold.filter((g) => !g.date).map((g) => `/articles/${idOfSeed.get(g.file)}/`).sort());
      // each timeline entry shows its Thai date
      const dates = await page.locator('ol.timeline > li time').evaluateAll((els) => els.map((e) => [e.getAttribute('datetime'), e.textContent?.trim()]));
      expect(dates).toEqual(dated.map((g) => [g.date, expectedThaiDate(g.date!)]));
      // the undated group is labelled and shows no date
      await expect(page.locator('.undated h3').innerText()).resolves.toContain('ไม่ระบุวันที่');
      expect(await page.locator('.undated time').count()).toBe(0);
      // not indexed by search
      expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
      // no client JS beyond the inline theme scripts
      expect(await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src')).filter((s) => !/pagefind/.test(s ?? '')))).toEqual([]);
    } finally {
      await close(page);
    }
  });
});

describe('whole site', () => {
  it('link checker catches missing files, missing anchors and bad srcset entries', () => {
    const dir = fs.mkdtempSync(path.join(site.dir, 'lc-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<a href="/a/">ok</a><a href="/b/">x</a><a href="/a/#nope">x</a><a href="#top">ok</a><img src="/a/" srcset="/a/ 1x, /missing.png 2x" alt=""><div id="top"></div><a href="https://example.com/">ext</a>');
    fs.writeFileSync(path.join(dir, 'a', 'index.html'), '<p id="here">');
    const r = checkLinks(dir);
    expect(r.broken.map((b) => b.ref).sort()).toEqual(['/a/#nope', '/b/', '/missing.png']);
    expect(r.external).toEqual(['https://example.com/']);
  });

  it('has no broken internal link', () => {
    const r = checkLinks(site.outDir);
    expect(r.checked).toBeGreaterThan(50);
    expect(r.broken).toEqual([]);
  });

  it('has a sitemap and a Thai RSS feed per topic', () => {
    expect(fs.existsSync(path.join(site.outDir, 'sitemap-index.xml'))).toBe(true);
    const rss = fs.readFileSync(path.join(site.outDir, 'topics', 'russia-north-korea', 'rss.xml'), 'utf8');
    expect(rss).toContain('<language>th</language>');
    for (const g of gold) expect(rss).toContain(`/articles/${idOfSeed.get(g.file)}/`);
  });

  it('has zero serious or critical axe violations (WCAG 2.2 AA) on home, a briefing and an article', async () => {
    const pages = ['/', '/topics/russia-north-korea/', `/articles/${idOfSeed.get(gold[2]!.file)}/`, `/articles/${idOfSeed.get(gold[0]!.file)}/`];
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const p of pages) {
        const page = await visit(p, { colorScheme: scheme });
        try {
          const axe = await axeSeriousViolations(page, `${scheme} ${p}`);
          expect(axe.passes).toBeGreaterThan(10);
          found.push(...axe.found);
        } finally {
          await close(page);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('has landmarks, a skip link and a no-JS search form on every page type', async () => {
    for (const p of ['/', '/topics/', '/sources/', '/topics/russia-north-korea/', `/articles/${idOfSeed.get(gold[1]!.file)}/`]) {
      const page = await visit(p);
      try {
        for (const sel of ['header.site-header', 'nav', 'main#main', 'footer']) expect(await page.locator(sel).count(), `${p} ${sel}`).toBeGreaterThan(0);
        expect(await page.locator('a.skip[href="#main"]').count()).toBe(1);
        const form = page.locator('form[role="search"][action="/search/"][method="get"]');
        expect(await form.locator('input[type="search"][name="q"]').count()).toBe(1);
        expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        expect(await page.locator('meta[property="og:title"]').count()).toBe(1);
        expect(await page.locator('meta[name="description"]').count()).toBe(1);
      } finally {
        await close(page);
      }
    }
  });

  it('fits a 360px-wide screen without sideways scrolling', async () => {
    const wide: string[] = [];
    for (const p of ['/', '/topics/', '/sources/', '/topics/russia-north-korea/', ...gold.map((g) => `/articles/${idOfSeed.get(g.file)}/`)]) {
      const page = await visit(p);
      try {
        await page.setViewportSize({ width: 360, height: 740 });
        const sw = await page.evaluate(() => document.documentElement.scrollWidth);
        if (sw > 360) wide.push(`${p}: ${sw}px`);
      } finally {
        await close(page);
      }
    }
    expect(wide).toEqual([]);
  });

  it('lists articles by outlet on /sources/, with a group for articles naming none', async () => {
    const page = await visit('/sources/');
    try {
      const text = await page.locator('main').innerText();
      expect(text).toContain('ไม่ระบุสำนักข่าว');
      const links = await page.locator('main section a[href^="/articles/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(links.sort()).toEqual(gold.map((g) => `/articles/${idOfSeed.get(g.file)}/`).sort());
      const none = await page.locator('#outlet-none').locator('xpath=..').locator('a[href^="/articles/"]').count();
      expect(none).toBe(gold.filter((g) => g.publisher[0] === null).length);
    } finally {
      await close(page);
    }
  });

  it('theme toggle switches light/dark and the choice persists across pages and reloads', async () => {
    const page = await visit('/', { colorScheme: 'light' });
    try {
      const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const toggle = page.locator('#theme-toggle');
      await expect(toggle.isVisible()).resolves.toBe(true);
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      const light = await bg();
      await toggle.click();
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      const dark = await bg();
      expect(dark).not.toBe(light);
      await page.goto(`${served.url}/topics/`, { waitUntil: 'networkidle' });
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await bg()).toBe(dark);
      await page.reload({ waitUntil: 'networkidle' });
      expect(await bg()).toBe(dark);
      await page.locator('#theme-toggle').click();
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.getAttribute('html', 'data-theme')).toBe('light');
      expect(await bg()).toBe(light);
    } finally {
      await close(page);
    }
  });

  it('prints a briefing as a handout: no header, search or toggle; original URLs written out', async () => {
    const page = await visit('/topics/russia-north-korea/', { colorScheme: 'dark' });
    try {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      for (const sel of ['header.site-header', 'form[role="search"]', '#theme-toggle', 'footer.site-footer', 'nav.toc']) {
        expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
      }
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      const withUrl = gold.filter((g) => g.source_url);
      expect(withUrl.length).toBeGreaterThan(0);
      for (const g of withUrl) {
        const after = await page.locator(`.sources a[href="${g.source_url}"]`).evaluate((a) => getComputedStyle(a, '::after').content);
        expect(after).toContain(g.source_url!);
      }
    } finally {
      await close(page);
    }
  });

  it('serves a Thai 404 page', async () => {
    const page = await visit('/no-such-page/');
    try {
      expect((page as Page & { status?: number }).status).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe('th');
      expect(await page.locator('h1').innerText()).toBe('ไม่พบหน้าที่ต้องการ');
      expect(await page.locator('main a[href="/"]').count()).toBe(1);
    } finally {
      await close(page);
    }
  });

  it('made no request to any other host on any page visited', () => {
    // runs last: every page above pushed its external requests on close
    expect(pagesVisited).toBeGreaterThan(15);
    expect(externalRequests).toEqual([]);
  });
});
