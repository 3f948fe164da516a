/**
 * Search quality and cost, measured in real Chromium against a real built site.
 *
 *   npm run bench:search                  build seeds + tests/fixtures/search-corpus, measure
 *   npm run bench:search -- --dist <dir>  measure an already built site
 *   npm run bench:search -- --before      also measure Pagefind defaults (BEFORE)
 *   npm run bench:search -- --before --variants   and the design steps one by one
 *   npm run bench:search -- --seeds-only  the five seeds alone (no search corpus)
 *
 * Relevance is computed from the built pages' own text, never from a typed list:
 * an article is relevant to a query when the query, normalised (spaces and zero-width
 * characters removed, lower-cased, NFC: src/lib/taxonomy.ts normalizeForMatch), occurs
 * in its title or in its indexed body (the [data-pagefind-body] element without its
 * [data-pagefind-ignore] parts), normalised the same way. When the query is a spelling
 * of an entity in entities.yml, articles that name that entity (the taxonomy's own
 * matcher) are relevant too ("alias-aware"); the literal figures are reported as well.
 *
 * Exported pieces are used by tests/e2e/search.test.ts.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sirv from 'sirv';
import type { Browser, Page } from 'playwright-core';
import { loadTaxonomy, matchArticle, normalizeForMatch, type Taxonomy } from '../src/lib/taxonomy.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const CORPUS_DIR = path.join(ROOT, 'tests', 'fixtures', 'search-corpus');
export const QUERIES_FILE = path.join(ROOT, 'tests', 'fixtures', 'search-queries.json');

export function loadQueries(): string[] {
  return (JSON.parse(fs.readFileSync(QUERIES_FILE, 'utf8')) as { queries: string[] }).queries;
}

/** Copy seeds/*.txt and the search corpus into one temp seeds dir. */
export function makeSeedsDir(withCorpus = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-search-seeds-'));
  for (const src of withCorpus ? [path.join(ROOT, 'seeds'), CORPUS_DIR] : [path.join(ROOT, 'seeds')]) {
    for (const f of fs.readdirSync(src)) if (f.endsWith('.txt')) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  }
  return dir;
}

/** A static server that also counts the bytes it sends, per path. */
export interface CountingServer {
  url: string;
  bytes: Map<string, number>;
  reset(): void;
  total(filter?: (p: string) => boolean): number;
  close(): Promise<void>;
}
export async function serveCounting(dir: string): Promise<CountingServer> {
  const handler = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const bytes = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const write = res.write.bind(res) as (c: unknown, ...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (c?: unknown, ...a: unknown[]) => http.ServerResponse;
    const count = (c: unknown) => {
      if (c && typeof c !== 'function') bytes.set(p, (bytes.get(p) ?? 0) + Buffer.byteLength(c as string | Buffer));
    };
    res.write = ((c: unknown, ...a: unknown[]) => (count(c), write(c, ...a))) as typeof res.write;
    res.end = ((c?: unknown, ...a: unknown[]) => (count(c), end(c, ...a))) as typeof res.end;
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bytes,
    reset: () => bytes.clear(),
    total: (filter) => [...bytes.entries()].filter(([p]) => !filter || filter(p)).reduce((n, [, b]) => n + b, 0),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface ArticleText {
  url: string;
  title: string;
  body: string;
}

/** Title and indexed body text of every article page, read from the built HTML in the browser. */
export async function readArticles(page: Page, origin: string, distDir: string): Promise<ArticleText[]> {
  const ids = fs.readdirSync(path.join(distDir, 'articles'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const out: ArticleText[] = [];
  for (const id of ids) {
    const html = fs.readFileSync(path.join(distDir, 'articles', id, 'index.html'), 'utf8');
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    const t = await page.evaluate(() => {
      const body = document.querySelector('[data-pagefind-body]');
      if (!body) return { title: '', body: '' };
      const clone = body.cloneNode(true) as Element;
      for (const e of clone.querySelectorAll('[data-pagefind-ignore], script, style')) e.remove();
      const title = document.querySelector('[data-pagefind-meta="title"]')?.textContent ?? '';
      return { title, body: clone.textContent ?? '' };
    });
    out.push({ url: `/articles/${id}/`, ...t });
  }
  void origin;
  return out;
}

export interface Relevance {
  literal: Set<string>;
  /** literal ∪ articles naming the entity the query spells (undefined when it spells none) */
  alias: Set<string> | undefined;
  entity: string | undefined;
}

const sepKey = (s: string) => normalizeForMatch(s).replace(/[-\u2010-\u2015.'\u2019]/g, '');

/** The entity (slug) a query is a spelling of, per entities.yml. */
export function entityOfQuery(tax: Taxonomy, q: string): string | undefined {
  const k = sepKey(q);
  return tax.entities.find((e) => [e.name, e.latin, ...e.aliases].some((s) => sepKey(s) === k))?.slug;
}

export function relevance(tax: Taxonomy, articles: ArticleText[], q: string): Relevance {
  const needle = normalizeForMatch(q);
  const literal = new Set(articles.filter((a) => normalizeForMatch(a.title).includes(needle) || normalizeForMatch(a.body).includes(needle)).map((a) => a.url));
  const entity = entityOfQuery(tax, q);
  if (!entity) return { literal, alias: undefined, entity };
  const alias = new Set(literal);
  for (const a of articles) if (matchArticle(tax, { title: a.title, body: a.body }).entities.includes(entity)) alias.add(a.url);
  return { literal, alias, entity };
}

/** Run one query on the open /search/ page through its own form; returns result paths and the time it took (ms). */
export async function searchInPage(page: Page, q: string): Promise<{ urls: string[]; ms: number }> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const form = document.querySelector<HTMLFormElement>('#search-form')!;
    const list = document.querySelector('[data-search-results]')!;
    input.value = q;
    const t0 = performance.now();
    form.requestSubmit();
    while (list.getAttribute('data-search-state') !== 'done') {
      if (list.getAttribute('data-search-state') === 'error') throw new Error(`search error for ${q}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const ms = performance.now() - t0;
    // show everything (click "more" until all results are listed)
    const more = document.querySelector<HTMLButtonElement>('#search-more');
    while (more && !more.hidden) more.click();
    const urls = [...list.querySelectorAll('a')].map((a) => new URL(a.href).pathname);
    return { urls: [...new Set(urls)], ms };
  }, q);
}

/**
 * Direct Pagefind variants, for the design measurements (no page UI, no aliases):
 * - 'default': pf.search(q) with Pagefind's defaults (the BEFORE configuration)
 * - 'default+verify': the same candidates, kept only when the page text contains the query
 * - 'default+exactDiacritics': defaults with exactDiacritics on, no verification
 * - 'clusters': the cluster index queried with exact phrases of clusters, no verification
 */
export type Variant = 'default' | 'default+verify' | 'default+exactDiacritics' | 'clusters';
export async function searchVariant(page: Page, q: string, variant: Variant): Promise<{ urls: string[]; ms: number }> {
  return page.evaluate(
    async ([q, variant]) => {
      type Frag = { url: string; content: string; meta: { title?: string } };
      type PF = { options(o: object): Promise<void>; search(q: string): Promise<{ results: Array<{ id: string; data(): Promise<Frag> }> }> };
      const w = window as unknown as { __pf?: Promise<PF> };
      w.__pf ??= (async () => {
        const pf = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as PF;
        await pf.options({ noWorker: true, ...(variant === 'default' || variant === 'default+verify' ? {} : { exactDiacritics: true }) });
        return pf;
      })();
      const pf = await w.__pf;
      const norm = (s: string) => s.normalize('NFC').replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/gu, '').replace(/\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, '$1\u0e33').toLowerCase();
      const t0 = performance.now();
      let results: Array<{ id: string; data(): Promise<Frag> }>;
      if (variant === 'clusters') {
        const COMB = /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e\p{M}]/u;
        const phrases: string[] = [];
        let run: string[] = [];
        for (const ch of [...norm(q), '-']) {
          if (/^[\p{P}\p{S}]$/u.test(ch)) {
            if (run.length) phrases.push(`"${run.join(' ')}"`);
            run = [];
          } else if (run.length && COMB.test(ch)) run[run.length - 1] += ch;
          else run.push(ch);
        }
        const sets = await Promise.all(phrases.map(async (p) => (await pf.search(p)).results));
        const [first, ...rest] = sets;
        results = (first ?? []).filter((x) => rest.every((r) => r.some((y) => y.id === x.id)));
      } else {
        results = (await pf.search(q)).results;
      }
      const data = await Promise.all(results.map((x) => x.data()));
      const needle = norm(q);
      const kept = variant === 'default+verify' ? data.filter((d) => norm(d.meta.title ?? '').includes(needle) || norm(d.content).includes(needle)) : data;
      const ms = performance.now() - t0;
      return { urls: kept.map((d) => new URL(d.url, location.origin).pathname), ms };
    },
    [q, variant] as const,
  );
}

/** Pagefind defaults, queried directly (the BEFORE configuration: no verification, no clusters). */
export function searchDefault(page: Page, q: string): Promise<{ urls: string[]; ms: number }> {
  return searchVariant(page, q, 'default');
}

export interface QueryScore {
  q: string;
  entity: string | undefined;
  returned: number;
  relevant: number;
  tp: number;
  tpLiteral: number;
  relevantLiteral: number;
  ms: number;
  falsePositives: string[];
  misses: string[];
}

export interface Summary {
  queries: number;
  recall: number;
  precision: number;
  macroRecall: number;
  macroPrecision: number;
  literalRecall: number;
  literalPrecision: number;
  /** precision on the queries that are not entity spellings (literal definition = the definition) */
  nonEntityPrecision: number;
  medianMs: number;
  scores: QueryScore[];
}

export function score(q: string, rel: Relevance, got: { urls: string[]; ms: number }): QueryScore {
  const R = rel.alias ?? rel.literal;
  const S = new Set(got.urls);
  const tp = [...S].filter((u) => R.has(u)).length;
  return {
    q,
    entity: rel.entity,
    returned: S.size,
    relevant: R.size,
    tp,
    tpLiteral: [...S].filter((u) => rel.literal.has(u)).length,
    relevantLiteral: rel.literal.size,
    ms: got.ms,
    falsePositives: [...S].filter((u) => !R.has(u)),
    misses: [...R].filter((u) => !S.has(u)),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : 0;
};
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function summarize(scores: QueryScore[]): Summary {
  const sum = (f: (s: QueryScore) => number, xs = scores) => xs.reduce((n, s) => n + f(s), 0);
  const nonEntity = scores.filter((s) => !s.entity);
  return {
    queries: scores.length,
    recall: ratio(sum((s) => s.tp), sum((s) => s.relevant)),
    precision: ratio(sum((s) => s.tp), sum((s) => s.returned)),
    macroRecall: sum((s) => ratio(s.tp, s.relevant)) / scores.length,
    macroPrecision: sum((s) => ratio(s.tp, s.returned)) / scores.length,
    literalRecall: ratio(
      sum((s) => s.tpLiteral),
      sum((s) => s.relevantLiteral),
    ),
    literalPrecision: ratio(sum((s) => s.tpLiteral), sum((s) => s.returned)),
    nonEntityPrecision: ratio(sum((s) => s.tp, nonEntity), sum((s) => s.returned, nonEntity)),
    medianMs: median(scores.map((s) => s.ms)),
    scores,
  };
}

/** Every spelling of every entity that some article names: the alias-recall query set. */
export function aliasQueries(tax: Taxonomy, articles: ArticleText[]): Array<{ q: string; entity: string; relevant: Set<string> }> {
  const named = new Map<string, Set<string>>();
  for (const a of articles) for (const e of matchArticle(tax, { title: a.title, body: a.body }).entities) named.set(e, (named.get(e) ?? new Set()).add(a.url));
  const out: Array<{ q: string; entity: string; relevant: Set<string> }> = [];
  for (const e of tax.entities) {
    const rel = named.get(e.slug);
    if (!rel) continue;
    for (const q of [...new Set([e.name, e.latin, ...e.aliases])]) out.push({ q, entity: e.slug, relevant: rel });
  }
  return out;
}

export interface BenchReport {
  mode: 'after' | Variant;
  summary: Summary;
  aliasRecall: number;
  aliasMisses: Array<{ q: string; missing: string[] }>;
  firstQueryBytes: { total: number; pagefind: number; files: Record<string, number> };
  indexBytes: number;
}

function indexBytes(distDir: string): number {
  const walk = (d: string): number =>
    fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? walk(path.join(d, e.name)) : fs.statSync(path.join(d, e.name)).size), 0) : 0;
  return ['index', 'fragment', 'filter'].reduce((n, d) => n + walk(path.join(distDir, 'pagefind', d)), 0);
}

/** Measure a built site. `mode: 'before'` queries Pagefind directly with its defaults. */
export async function measure(browser: Browser, distDir: string, contentDir: string, mode: 'after' | Variant, firstQuery = 'ปูติน'): Promise<BenchReport> {
  const tax = loadTaxonomy(contentDir);
  const server = await serveCounting(distDir);
  try {
    // first query, cold: a fresh context, count every byte the server sends
    {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      server.reset();
      if (mode === 'after') {
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(firstQuery)}`);
        await page.waitForSelector('[data-search-results][data-search-state="done"]');
      } else {
        await page.goto(`${server.url}/search/`);
        await searchVariant(page, firstQuery, mode);
      }
      await ctx.close();
    }
    const files = Object.fromEntries(server.bytes);
    const firstQueryBytes = { total: server.total(), pagefind: server.total((p) => p.startsWith('/pagefind/')), files };

    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const articles = await readArticles(page, server.url, distDir);
    await page.goto(`${server.url}/search/`);
    const run = (q: string) => (mode === 'after' ? searchInPage(page, q) : searchVariant(page, q, mode));
    const scores: QueryScore[] = [];
    for (const q of loadQueries()) scores.push(score(q, relevance(tax, articles, q), await run(q)));
    const aliasMisses: Array<{ q: string; missing: string[] }> = [];
    let found = 0;
    let wanted = 0;
    for (const a of aliasQueries(tax, articles)) {
      const got = new Set((await run(a.q)).urls);
      const missing = [...a.relevant].filter((u) => !got.has(u));
      wanted += a.relevant.size;
      found += a.relevant.size - missing.length;
      if (missing.length) aliasMisses.push({ q: a.q, missing });
    }
    await ctx.close();
    return { mode, summary: summarize(scores), aliasRecall: ratio(found, wanted), aliasMisses, firstQueryBytes, indexBytes: indexBytes(distDir) };
  } finally {
    await server.close();
  }
}

export function formatReport(r: BenchReport): string {
  const s = r.summary;
  const f = (x: number) => x.toFixed(3);
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  return [
    `== ${r.mode === 'after' ? 'AFTER (clusters + verification + aliases: the site)' : r.mode === 'default' ? 'BEFORE (Pagefind defaults)' : `variant: ${r.mode} (no aliases)`} — ${s.queries} queries`,
    `recall            ${f(s.recall)}   (macro ${f(s.macroRecall)}; literal definition ${f(s.literalRecall)})`,
    `precision         ${f(s.precision)}   (macro ${f(s.macroPrecision)}; literal definition ${f(s.literalPrecision)}; non-entity queries ${f(s.nonEntityPrecision)})`,
    `alias recall      ${f(r.aliasRecall)}${r.aliasMisses.length ? `   misses: ${r.aliasMisses.map((m) => `${m.q}→${m.missing.length}`).join(', ')}` : ''}`,
    `median query      ${s.medianMs.toFixed(1)} ms (Chromium, warm page)`,
    `first query bytes ${kb(r.firstQueryBytes.total)} total, ${kb(r.firstQueryBytes.pagefind)} from /pagefind/`,
    `index size        ${kb(r.indexBytes)} (pagefind index + fragments + filters)`,
  ].join('\n');
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const { buildSite } = await import('../tests/e2e/harness.ts');
  const { launch } = await import('../tests/e2e/harness.ts');
  const verbose = args.includes('--verbose');
  let distDir: string;
  let contentDir: string;
  const di = args.indexOf('--dist');
  if (di !== -1) {
    distDir = path.resolve(args[di + 1] ?? 'dist');
    contentDir = path.resolve(args[args.indexOf('--content') + 1] ?? path.join(ROOT, 'content'));
  } else {
    const seeds = makeSeedsDir(!args.includes('--seeds-only'));
    process.stderr.write(`building seeds + search corpus (${fs.readdirSync(seeds).length} files)…\n`);
    const site = buildSite(seeds, { name: 'bench-search' });
    distDir = site.outDir;
    contentDir = site.contentDir;
  }
  const browser = await launch();
  try {
    const reports: BenchReport[] = [];
    if (args.includes('--before')) {
      // Same built pages, Pagefind's default index (the placeholder's behaviour).
      const beforeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-search-before-'));
      fs.cpSync(distDir, beforeDir, { recursive: true });
      const { buildSearchIndex } = await import('./search-index.ts');
      await buildSearchIndex(beforeDir, { plain: true });
      reports.push(await measure(browser, beforeDir, contentDir, 'default'));
      if (args.includes('--variants')) {
        reports.push(await measure(browser, beforeDir, contentDir, 'default+exactDiacritics'));
        reports.push(await measure(browser, beforeDir, contentDir, 'default+verify'));
      }
    }
    if (args.includes('--variants')) reports.push(await measure(browser, distDir, contentDir, 'clusters'));
    reports.push(await measure(browser, distDir, contentDir, 'after'));
    for (const r of reports) {
      console.log(formatReport(r));
      if (verbose) {
        for (const s of r.summary.scores) if (s.falsePositives.length || s.misses.length) console.log(`  ${s.q}: +${s.falsePositives.length} -${s.misses.length} ${s.falsePositives.slice(0, 3).join(' ')} | missing ${s.misses.slice(0, 3).join(' ')}`);
        for (const m of r.aliasMisses) console.log(`  alias ${m.q}: missing ${m.missing.join(' ')}`);
        const groups = new Map<string, { n: number; b: number }>();
        for (const [p, b] of Object.entries(r.firstQueryBytes.files)) {
          const k = p.replace(/\/[^/]*\.(pf_fragment|pf_index|pf_filter)$/, '/*.$1').replace(/^\/_astro\/.*\.(\w+)$/, '/_astro/*.$1');
          const g = groups.get(k) ?? { n: 0, b: 0 };
          groups.set(k, { n: g.n + 1, b: g.b + b });
        }
        for (const [k, g] of groups) console.log(`  first query: ${k} ×${g.n} ${(g.b / 1024).toFixed(1)} KiB`);
      }
    }
  } finally {
    await browser.close();
  }
}
