/**
 * Untrusted article text must stay text: build a whole site from a seed full
 * of MDX/HTML/Markdown syntax, then check (1) the build did not run any of it
 * (a `{process.exit()}` or an `import` would break or change the build),
 * (2) the built HTML shows the literal characters and contains no live markup,
 * (3) nothing runs in a real browser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launch, openPage, serveDir, type BuiltSite, type Served } from './harness.ts';

const P1 = 'รัฐบาลเปิดเผยว่าได้รับข้อความแปลกปลอมจำนวนมากในระบบ และขอให้ประชาชนตรวจสอบข้อมูลก่อนที่จะส่งต่อให้กับผู้อื่นในสังคมออนไลน์';
const P2 = 'เจ้าหน้าที่ระบุว่าข้อความเหล่านี้ถูกคัดลอกมาจากหน้าเว็บต่าง ๆ และมีการนำไปเผยแพร่ต่อในกลุ่มสนทนาอย่างต่อเนื่องตลอดทั้งสัปดาห์ที่ผ่านมา';
const HOSTILE = [
  '{globalThis.process.exit(7)}',
  'ข้อความ {1+1} และ {props.x} ต้องแสดงตามตัวอักษร',
  "import fs from 'node:fs'",
  'export const pwned = true',
  'export default function Layout() { return null }',
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '[คลิกที่นี่](javascript:window.__pwned=\'link\')',
  '<a href="javascript:alert(1)">ลิงก์</a> <iframe src="https://evil.example/"></iframe>',
  '---',
  '# ไม่ใช่หัวข้อ',
  '> ไม่ใช่คำพูดอ้างอิง',
  '| ตาราง | ปลอม |',
  '`โค้ด` และ ```fence``` และ \\ ทับ',
  '<!-- comment --> &amp; &lt;b&gt;',
  '<Content /> <Fragment set:html="<b>x</b>" />',
];
const SEED = ['ข่าวทดสอบความปลอดภัยของข้อความที่ไม่น่าไว้ใจ', '', 'เผยแพร่ 13 สิงหาคม 2568', '', P1, '', ...HOSTILE.flatMap((h) => [h, '']), P2, ''].join('\n');

let site: BuiltSite;
let served: Served;
let browser: Browser;
let html: string;

beforeAll(async () => {
  const seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-seeds-'));
  fs.writeFileSync(path.join(seeds, 'hostile.txt'), SEED);
  site = buildSite(seeds, { name: 'hostile' });
  html = fs.readFileSync(path.join(site.outDir, 'articles', 'hostile', 'index.html'), 'utf8');
  served = await serveDir(site.outDir);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('hostile article text', () => {
  it('is written to MDX with no ESM, expressions or foreign JSX', () => {
    const mdx = fs.readFileSync(path.join(site.contentDir, 'articles', 'hostile.mdx'), 'utf8');
    expect(mdx).not.toMatch(/^import /m);
    expect(mdx).not.toMatch(/^export /m);
    expect(mdx).not.toMatch(/(?<!\\)\{globalThis/);
    expect(mdx).not.toMatch(/(?<!\\)<script/);
  });

  it('builds (nothing ran at build time) and keeps every line as a paragraph', () => {
    expect(site.status).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(site.contentDir, 'ingest-report.json'), 'utf8'));
    expect(report.articles[0].removed.map((r: { text: string }) => r.text)).not.toContain(HOSTILE[0]);
  });

  it('the built HTML has no live markup from the text', () => {
    expect(html).not.toMatch(/<script[^>]*>[^<]*__pwned/);
    expect(html).not.toMatch(/<[a-z]+[^>]*\son[a-z]+=/i);
    const body = /<div class="article-body">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(body).toContain('ข้อความแปลกปลอม');
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/<a\s/i);
    expect(body).not.toMatch(/<img/i);
    expect(body).not.toMatch(/<iframe/i);
    expect(body).not.toMatch(/href="javascript:/i);
    expect(body).not.toMatch(/<blockquote|<table|<hr|<code|<pre/i);
    expect(body).not.toMatch(/<h1[^>]*>ไม่ใช่หัวข้อ/);
    expect(body).toContain('&lt;script&gt;');
  });

  it('shows the literal text in the browser and runs none of it', async () => {
    const { page, external } = await openPage(browser, served.url);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${served.url}/articles/hostile/`);
    const text = await page.locator('article').innerText();
    for (const h of HOSTILE) expect(text, h).toContain(h);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('article script, article img, article iframe, article a[href^="javascript:"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
  });
});
