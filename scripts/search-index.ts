/**
 * Build the Pagefind index for a built site directory (argument: the dist dir).
 *
 *   node scripts/search-index.ts dist [--plain]
 *
 * Only pages with `data-pagefind-body` (the articles: headline + body) are indexed;
 * their metadata (title, date, outlet), filters (topic, outlet, year) and sort (date)
 * come from the data-pagefind-* attributes of the article page.
 *
 * Thai: Pagefind reads a COPY of each page in which every text run is split into
 * character clusters by U+200B (src/scripts/search/text.ts `segmentForIndex`); the
 * served HTML is untouched. The search page queries exact phrases of the same clusters,
 * so index-time and query-time segmentation always agree (see the design note there).
 * `--plain` indexes the pages as they are (Pagefind defaults) — for the benchmark's
 * BEFORE figures only.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { BLOCK_END, segmentForIndex, ZWSP } from '../src/scripts/search/text.ts';

/** Pieces of HTML that are not text: comments, script/style blocks, tags. */
const NON_TEXT = /(<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<[^>]*>)/gi;
/** Elements whose end is a block boundary (see BLOCK_END). */
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'figcaption', 'blockquote', 'td', 'th', 'caption', 'pre', 'div', 'section', 'article', 'header', 'footer', 'aside', 'figure', 'ul', 'ol', 'table', 'tr', 'main', 'nav']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The copy of a page that Pagefind indexes: text runs segmented into clusters (NFC,
 * sara am folded), except inside elements whose text is a filter value
 * (`data-pagefind-filter="name"` without an inline value), which must stay verbatim.
 */
export function segmentHtml(html: string): string {
  const pieces = html.split(NON_TEXT);
  let protectTag: string | undefined;
  let depth = 0;
  return pieces
    .map((piece, i) => {
      if (i % 2 === 1) {
        const m = /^<(\/?)([a-z][a-z0-9-]*)\b([^>]*)>$/i.exec(piece);
        if (m) {
          const [, close, rawName, attrs] = m as unknown as [string, string, string, string];
          const name = rawName.toLowerCase();
          const endsBlock = !protectTag && close === '/' && BLOCK.has(name) && /\S/.test(pieces[i - 1] ?? '');
          if (protectTag) {
            if (name === protectTag) depth += close ? -1 : attrs.trim().endsWith('/') ? 0 : 1;
            if (depth === 0) protectTag = undefined;
          } else if (!close && !VOID.has(name) && /\bdata-pagefind-filter\s*=\s*(["'])[^:"']*\1/i.test(attrs)) {
            protectTag = name;
            depth = 1;
          }
          if (endsBlock) return `${ZWSP}${BLOCK_END}${piece}`;
        }
        return piece;
      }
      if (protectTag) return piece;
      const folded = piece.normalize('NFC').replace(/\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, '$1\u0e33');
      return segmentForIndex(folded);
    })
    .join('');
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind') out.push(...htmlFiles(p));
    } else if (e.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

function dirBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return n;
}

/** URL of a built file: dist/articles/x/index.html → /articles/x/ */
function urlOf(site: string, file: string): string {
  const rel = path.relative(site, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export async function buildSearchIndex(site: string, opts: { plain?: boolean } = {}): Promise<{ pages: number; indexBytes: number }> {
  const outputPath = path.join(site, 'pagefind');
  fs.rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex(opts.plain ? {} : { forceLanguage: 'th' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let pages = 0;
  if (opts.plain) {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    pages = added.page_count;
  } else {
    for (const file of htmlFiles(site)) {
      const html = fs.readFileSync(file, 'utf8');
      if (!/\bdata-pagefind-body\b/.test(html)) continue;
      const r = await index.addHTMLFile({ url: urlOf(site, file), content: segmentHtml(html) });
      if (r.errors.length) throw new Error(`pagefind ${file}: ${r.errors.join('; ')}`);
      pages++;
    }
  }
  const w = await index.writeFiles({ outputPath });
  if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind's own UI bundles and the playground are not used by this site.
  for (const f of fs.readdirSync(outputPath)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(f)) fs.rmSync(path.join(outputPath, f));
  }
  const indexBytes = ['index', 'fragment', 'filter'].reduce((n, d) => n + dirBytes(path.join(outputPath, d)), 0);
  return { pages, indexBytes };
}

if (import.meta.main) {
  const site = process.argv[2] ?? 'dist';
  const plain = process.argv.includes('--plain');
  const { pages, indexBytes } = await buildSearchIndex(site, { plain });
  // An empty site is not an error of this step (ingest decides what is publishable); say it loudly.
  if (pages === 0) console.warn('pagefind: WARNING no page with data-pagefind-body was found: the search has nothing to find');
  console.log(`pagefind: ${pages} pages indexed${plain ? ' (plain, Pagefind defaults)' : ' (Thai clusters)'}; index+fragments+filters ${(indexBytes / 1024).toFixed(0)} KiB`);
}
