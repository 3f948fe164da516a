/**
 * Thai search, end to end: the real site built from seeds/ + tests/fixtures/search-corpus
 * (real ingest, real Astro build, real Pagefind bundle), served on loopback and driven
 * in Debian's Chromium. Nothing is mocked. Relevance comes from the built pages' own
 * text (scripts/bench-search.ts `relevance`), not from a typed list of expected results.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, launch, openPage, serveDir, type BuiltSite, type Served, axeSeriousViolations } from './harness.ts';
import { aliasQueries, loadQueries, makeSeedsDir, readArticles, relevance, score, searchInPage, summarize, type ArticleText } from '../../scripts/bench-search.ts';
import { loadTaxonomy, normalizeForMatch, type Taxonomy } from '../../src/lib/taxonomy.ts';

let site: BuiltSite;
let served: Served;
let browser: Browser;
let page: Page;
let external: string[];
let articles: ArticleText[];
let tax: Taxonomy;

const searchUrl = (q: string, extra = '') => `${served.url}/search/?q=${encodeURIComponent(q)}${extra}`;
async function waitDone(p: Page): Promise<void> {
  await p.waitForSelector('[data-search-results][data-search-state="done"]', { timeout: 30_000 });
}
async function resultPaths(p: Page): Promise<string[]> {
  return p.$$eval('[data-search-results] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** 55 short local-news items (decoys for common words, and enough results to page past 50). */
function addShortItems(dir: string): void {
  for (let n = 1; n <= 55; n++) {
    const day = ((n - 1) % 28) + 1;
    fs.writeFileSync(
      path.join(dir, `z${String(n).padStart(2, '0')}_short.txt`),
      `ข่าวสั้นประจำวัน ฉบับที่ ${n}: ตลาดนัดชุมชนหมู่ที่ ${n} เปิดให้บริการ\n\nข่าวท้องถิ่น ${day} มกราคม 2568\n\n` +
        `ตลาดนัดชุมชนหมู่ที่ ${n} เปิดให้บริการทุกวันเสาร์ โดยมีร้านค้ากว่า ${n + 10} ร้าน ผู้ใหญ่บ้านกล่าวว่ารายได้จะนำไปซ่อมถนนในหมู่บ้าน\n\n` +
        `ชาวบ้านที่ต้องการเปิดร้านต้องแจ้งชื่อกับคณะกรรมการ และเข้าร่วมประชุมประจำเดือนที่ศาลากลางหมู่บ้าน\n`,
    );
  }
}

beforeAll(async () => {
  const seeds = makeSeedsDir();
  addShortItems(seeds);
  site = buildSite(seeds, { name: 'search' });
  tax = loadTaxonomy(site.contentDir);
  served = await serveDir(site.outDir);
  browser = await launch();
  ({ page, external } = await openPage(browser, served.url));
  articles = await readArticles(page, served.url, site.outDir);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (site) fs.rmSync(site.dir, { recursive: true, force: true });
});

describe('search quality on seeds + corpus', () => {
  it('indexes every article page and nothing else', () => {
    const ids = fs.readdirSync(path.join(site.outDir, 'articles'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(ids.length).toBeGreaterThanOrEqual(30 + 55);
    expect(site.output).toMatch(new RegExp(`pagefind: ${ids.length} pages indexed`));
  });

  it('recall ≥ 0.99 and precision ≥ 0.98 on ≥ 60 queries', async () => {
    const queries = loadQueries();
    expect(queries.length).toBeGreaterThanOrEqual(60);
    await page.goto(`${served.url}/search/`);
    const scores = [];
    for (const q of queries) scores.push(score(q, relevance(tax, articles, q), await searchInPage(page, q)));
    const s = summarize(scores);
    const bad = scores.filter((x) => x.falsePositives.length || x.misses.length).map((x) => `${x.q}: +${x.falsePositives.join(',')} -${x.misses.join(',')}`);
    expect(bad.length, bad.join('\n')).toBeLessThanOrEqual(2);
    expect(s.recall).toBeGreaterThanOrEqual(0.99);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    // queries that spell no entity: the literal definition, with nothing added
    expect(s.nonEntityPrecision).toBeGreaterThanOrEqual(0.98);
    // the decoys exist: these queries share prefixes/syllables with many unrelated articles
    for (const q of ['โดรน', 'ชอยกู', 'ปูติน', 'ชื่อ']) expect(scores.find((x) => x.q === q)?.returned).toBeGreaterThan(0);
  });

  it('a query in any spelling of an entity finds every article naming it (alias recall ≥ 0.99)', async () => {
    await page.goto(`${served.url}/search/`);
    const aq = aliasQueries(tax, articles);
    expect(aq.length).toBeGreaterThan(20);
    let wanted = 0;
    let found = 0;
    const misses: string[] = [];
    for (const a of aq) {
      const got = new Set((await searchInPage(page, a.q)).urls);
      for (const u of a.relevant) {
        wanted++;
        if (got.has(u)) found++;
        else misses.push(`${a.q} → ${u}`);
      }
    }
    expect(found / wanted, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('different spellings of one name give the same articles (Kim Jong-un, Putin, Shoigu, Kursk)', async () => {
    await page.goto(`${server()}/search/`);
    const groups = [
      ['คิมจองอึน', 'คิม จองอึน', 'คิม จอง-อึน', 'Kim Jong Un'],
      ['ปูติน', 'ปูตีน', 'Putin', 'วลาดิมีร์ ปูติน'],
      ['ชอยกู', 'ชออิกู', 'Shoigu'],
      ['คูร์สก์', 'เคิร์สก์', 'Kursk'],
    ];
    for (const g of groups) {
      const sets = [];
      for (const q of g) sets.push((await searchInPage(page, q)).urls.sort());
      for (const s of sets.slice(1)) expect(s).toEqual(sets[0]);
      expect(sets[0]!.length).toBeGreaterThan(1);
    }
  });
});

function server(): string {
  return served.url;
}

describe('search page behaviour', () => {
  it('?q= is linkable: the box is filled, results are verified, text is highlighted', async () => {
    await page.goto(searchUrl('โดรน'));
    await waitDone(page);
    expect(await page.inputValue('#search-q')).toBe('โดรน');
    const got = await resultPaths(page);
    const rel = relevance(tax, articles, 'โดรน').literal;
    expect(new Set(got)).toEqual(rel);
    const marks = await page.$$eval('[data-search-results] mark', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(marks.length).toBeGreaterThanOrEqual(got.length);
    for (const m of marks) expect(normalizeForMatch(m)).toBe('โดรน');
    // every result shows a Thai Buddhist-era date (or says it has none) and an outlet
    const metas = await page.$$eval('.search-hit-meta', (ps) => ps.map((p) => p.textContent ?? ''));
    for (const m of metas) expect(m).toMatch(/25\d\d|ไม่ระบุวันที่/);
  });

  it('loading results from a ?q= link shifts no layout (CLS < 0.05)', async () => {
    await page.goto(searchUrl('ปูติน'));
    await waitDone(page);
    const cls = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 300);
        }),
    );
    expect(cls).toBeLessThan(0.05);
  });

  it('typing updates the URL; Enter searches; no layout jump while loading', async () => {
    await page.goto(`${served.url}/search/`);
    await waitDone(page);
    const top0 = await page.$eval('[data-search-results]', (e) => e.getBoundingClientRect().top);
    await page.focus('#search-q');
    await page.keyboard.type('ทหาร');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'ทหาร');
    await page.keyboard.press('Enter');
    await waitDone(page);
    const top1 = await page.$eval('[data-search-results]', (e) => e.getBoundingClientRect().top);
    expect(top1).toBe(top0);
    expect(new Set(await resultPaths(page))).toEqual(relevance(tax, articles, 'ทหาร').literal);
    // keyboard: Tab from the box reaches the controls and the first result link
    const reached: string[] = [];
    for (let i = 0; i < 40 && !reached.some((r) => r.startsWith('A:/articles/')); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? ''}`));
    }
    expect(reached.some((r) => r === 'SELECT:search-sort')).toBe(true);
    expect(reached.some((r) => r.startsWith('A:/articles/'))).toBe(true);
  });

  it('sort switch: newest and oldest order by date, undated last; kept in the URL', async () => {
    for (const [mode, dir] of [
      ['newest', -1],
      ['oldest', 1],
    ] as const) {
      await page.goto(searchUrl('เกาหลีเหนือ', `&sort=${mode}`));
      await waitDone(page);
      expect(await page.inputValue('#search-sort')).toBe(mode);
      const dates = await page.$$eval('[data-search-results] .search-hit-meta', (ps) => ps.map((p) => p.querySelector('time')?.getAttribute('datetime') ?? ''));
      expect(dates.length).toBeGreaterThan(5);
      const dated = dates.filter(Boolean);
      const sorted = [...dated].sort((a, b) => dir * a.localeCompare(b));
      expect(dated).toEqual(sorted);
      expect(dates.slice(0, dated.length).every(Boolean)).toBe(true);
    }
    await page.selectOption('#search-sort', 'relevance');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('sort'));
  });

  it('filters (year, outlet, topic) narrow the verified results and go into the URL', async () => {
    await page.goto(searchUrl('รัสเซีย'));
    await waitDone(page);
    const all = await resultPaths(page);
    for (const key of ['year', 'outlet', 'topic']) {
      const boxes = await page.$$(`#search-filters input[name="${key}"]`);
      expect(boxes.length, `${key} filter`).toBeGreaterThan(0);
    }
    const box = (await page.$$('#search-filters input[name="year"]'))[0]!;
    const year = await box.getAttribute('value');
    await box.check();
    await page.waitForFunction((y) => new URLSearchParams(location.search).getAll('year').includes(y!), year);
    const filtered = await resultPaths(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    // ground truth: the year filter written on each built article page
    for (const u of all) {
      const html = fs.readFileSync(path.join(site.outDir, u, 'index.html'), 'utf8');
      const has = html.includes(`data-pagefind-filter="year:${year}"`);
      expect(filtered.includes(u), u).toBe(has);
    }
    // the filtered URL is itself a working link
    await page.goto(page.url());
    await waitDone(page);
    expect((await resultPaths(page)).sort()).toEqual([...filtered].sort());
  });

  it('shows every result (≤ 50) without a "more" button', async () => {
    await page.goto(searchUrl('ยูเครน'));
    await waitDone(page);
    const got = await resultPaths(page);
    expect(got.length).toBe(relevance(tax, articles, 'ยูเครน').literal.size);
    expect(got.length).toBeGreaterThan(10);
    expect(await page.isHidden('#search-more')).toBe(true);
  });

  it('shows the first 50 results, then a "more" button for the rest', async () => {
    await page.goto(searchUrl('ข่าวสั้นประจำวัน'));
    await waitDone(page);
    const expected = relevance(tax, articles, 'ข่าวสั้นประจำวัน').literal;
    expect(expected.size).toBe(55);
    expect((await resultPaths(page)).length).toBe(50);
    expect(await page.isVisible('#search-more')).toBe(true);
    await page.click('#search-more');
    const all = await resultPaths(page);
    expect(new Set(all)).toEqual(expected);
    expect(await page.isHidden('#search-more')).toBe(true);
    // focus moves to the first newly shown result
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-search-results] a')].indexOf(document.activeElement as Element))).toBe(50);
  });

  it('no results: a Thai message, state done', async () => {
    await page.goto(searchUrl('ไม่มีคำนี้ในข่าวใดเลยแน่นอน'));
    await waitDone(page);
    expect(await resultPaths(page)).toEqual([]);
    expect(await page.textContent('#search-status')).toContain('ไม่พบ');
  });

  it('the header box leads to results, and the opened article highlights the term', async () => {
    await page.goto(`${served.url}/`);
    await page.fill('#site-search-q', 'ชอยกู');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitDone(page);
    const first = await page.$('[data-search-results] a');
    expect(first).not.toBeNull();
    await first!.click();
    await page.waitForURL(/\/articles\/.+hl=/);
    await page.waitForSelector('mark.search-highlight');
    const marks = await page.$$eval('[data-pagefind-body] mark.search-highlight', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => normalizeForMatch(m) === 'ชอยกู')).toBe(true);
  });

  it('has no serious or critical axe violations (WCAG 2.2 AA) with results and filters shown, light and dark', async () => {
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(searchUrl('ชอยกู'));
      await waitDone(page);
      const axe = await axeSeriousViolations(page, scheme);
      expect(axe.passes).toBeGreaterThan(10);
      found.push(...axe.found);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
  });

  it('fits a 360px-wide screen with results and filters (no sideways scrolling)', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(searchUrl('รัสเซีย'));
    await waitDone(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('made no request to any other host', () => {
    expect(external).toEqual([]);
  });
});
