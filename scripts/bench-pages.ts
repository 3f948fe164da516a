/**
 * Page weights of a built site against the budgets (gzipped, per page):
 * HTML ≤ 15 kB, CSS ≤ 15 kB, JS ≤ 10 kB excluding search (Pagefind / search page).
 *
 *   node scripts/bench-pages.ts [dist] [--check]
 *   node scripts/bench-pages.ts --build [seedsDir] [--check]   (build the seeds into a temp dir first, timed)
 *
 * CSS = every linked stylesheet + inline <style>; JS = every <script src> (not
 * Pagefind's) + inline scripts. Fonts are reported separately (they load only
 * for the subsets a page uses). Prints a table; --check exits 1 when an article
 * page is over budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const check = args.includes('--check');
const positional = args.find((a) => !a.startsWith('--'));
let dist: string;
let cleanup: (() => void) | undefined;
if (args.includes('--build')) {
  const { buildSite, ROOT } = await import('../tests/e2e/harness.ts');
  const seeds = path.resolve(positional ?? path.join(ROOT, 'seeds'));
  const t0 = performance.now();
  const site = buildSite(seeds, { name: 'bench-pages' });
  console.log(`build (ingest → astro → search index) of ${seeds}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  dist = site.outDir;
  cleanup = () => fs.rmSync(site.dir, { recursive: true, force: true });
} else {
  dist = path.resolve(positional ?? 'dist');
}
export const BUDGET = { html: 15 * 1024, css: 15 * 1024, js: 10 * 1024 };

const gz = (b: Buffer | string) => zlib.gzipSync(b, { level: 9 }).length;
const fileCache = new Map<string, number>();
function gzFile(urlPath: string): number {
  const p = path.join(dist, urlPath.split(/[?#]/)[0]!);
  let n = fileCache.get(p);
  if (n === undefined) fileCache.set(p, (n = fs.existsSync(p) ? gz(fs.readFileSync(p)) : 0));
  return n;
}
const isSearch = (src: string) => /pagefind|search/i.test(src);

interface Row { page: string; html: number; css: number; js: number; searchJs: number }
function measure(file: string): Row {
  const html = fs.readFileSync(file, 'utf8');
  let css = 0;
  let js = 0;
  let searchJs = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css += gzFile(m[1]!);
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gz(m[1]!);
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) {
      if (!isSearch(src)) js += gzFile(src);
      else searchJs += gzFile(src);
    } else if (m[2]!.trim() && !/application\/(ld\+)?json/.test(m[1]!)) js += gz(m[2]!);
  }
  return { page: '/' + path.relative(dist, file).replace(/index\.html$/, ''), html: gz(html), css, js, searchJs };
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : []));
}

const rows = walk(dist).map(measure).sort((a, b) => a.page.localeCompare(b.page));
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const flag = (n: number, budget: number) => (n > budget ? ' !' : '  ');
const articles = rows.filter((r) => r.page.startsWith('/articles/'));
console.log(`page weights (gzip -9, kB) in ${dist}; budgets per article page: HTML ${BUDGET.html / 1024}, CSS ${BUDGET.css / 1024}, JS ${BUDGET.js / 1024} (JS excludes search)`);
console.log(`${'page'.padEnd(48)}  ${'HTML'.padStart(6)}    ${'CSS'.padStart(6)}    ${'JS'.padStart(6)}    ${'search JS'.padStart(9)}`);
for (const r of rows) {
  const isArticle = r.page.startsWith('/articles/');
  console.log(`${r.page.slice(0, 48).padEnd(48)}  ${kb(r.html)}${isArticle ? flag(r.html, BUDGET.html) : '  '}  ${kb(r.css)}${isArticle ? flag(r.css, BUDGET.css) : '  '}  ${kb(r.js)}${isArticle ? flag(r.js, BUDGET.js) : '  '}  ${kb(r.searchJs).padStart(9)}`);
}
const max = (k: Exclude<keyof Row, 'page'>) => Math.max(0, ...articles.map((r) => r[k]));
console.log(`max over ${articles.length} article pages: HTML ${kb(max('html')).trim()} / CSS ${kb(max('css')).trim()} / JS ${kb(max('js')).trim()} kB (+ search JS ${kb(max('searchJs')).trim()} kB, first script only; Pagefind loads more on /search/)`);
const fonts = fs.existsSync(path.join(dist, '_astro')) ? fs.readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.woff2')) : [];
const fontBytes = fonts.reduce((s, f) => s + fs.statSync(path.join(dist, '_astro', f)).size, 0);
console.log(`fonts: ${fonts.length} woff2 files, ${(fontBytes / 1024).toFixed(1)} kB total (already compressed; a Thai page loads the Thai + Latin 400/700 it uses)`);
const over = articles.filter((r) => r.html > BUDGET.html || r.css > BUDGET.css || r.js > BUDGET.js);
if (over.length) console.log(`OVER BUDGET: ${over.map((r) => r.page).join(', ')}`);
cleanup?.();
if (check && (over.length || articles.length === 0)) process.exit(1);
