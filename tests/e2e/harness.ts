/**
 * Shared end-to-end harness: serve a built dist/ directory on loopback with
 * sirv and drive Debian's Chromium through playwright-core.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serve a static directory on 127.0.0.1 with a random port. */
export async function serveDir(dir: string): Promise<Served> {
  const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = async (res: http.ServerResponse) => {
    const fs = await import('node:fs/promises');
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    try {
      res.end(await fs.readFile(`${dir}/404.html`));
    } catch {
      res.end('not found');
    }
  };
  const server = http.createServer((req, res) => handler(req, res, () => void notFound(res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Open a page that records every request; requests to any host other than
 * the served origin are recorded in `external` and aborted.
 */
export async function openPage(browser: Browser, origin: string): Promise<{ page: Page; external: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const external: string[] = [];
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    external.push(u);
    return route.abort();
  });
  return { page, external };
}

/**
 * Build a whole site (ingest → astro → search index) from a seeds directory
 * into temp dirs, exactly as `npm run build` does. Topics and entities come
 * from `taxonomyFrom` (default: the repo's content/). Returns the dirs and the
 * combined output; throws with the output when the build fails unless
 * `allowFailure` is set.
 */

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface BuiltSite {
  dir: string;
  contentDir: string;
  outDir: string;
  status: number | null;
  output: string;
}

export function buildSite(seedsDir: string, opts: { allowFailure?: boolean; taxonomyFrom?: string; name?: string } = {}): BuiltSite {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `briefing-${opts.name ?? 'site'}-`));
  const contentDir = path.join(dir, 'content');
  const outDir = path.join(dir, 'dist');
  fs.mkdirSync(contentDir, { recursive: true });
  const taxonomyFrom = opts.taxonomyFrom ?? path.join(ROOT, 'content');
  for (const entry of ['topics', 'entities.yml']) {
    const src = path.join(taxonomyFrom, entry);
    if (fs.existsSync(src)) fs.cpSync(src, path.join(contentDir, entry), { recursive: true });
  }
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'node'), [path.join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      BRIEFING_SEEDS_DIR: seedsDir,
      BRIEFING_CONTENT_DIR: contentDir,
      BRIEFING_OUT_DIR: outDir,
      BRIEFING_CACHE_DIR: path.join(dir, 'cache'),
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0 && !opts.allowFailure) throw new Error(`site build failed (exit ${r.status}):\n${output}`);
  return { dir, contentDir, outDir, status: r.status, output };
}

/**
 * Run axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the page; returns the serious
 * and critical violations as readable strings, and how many checks passed.
 */
export async function axeSeriousViolations(page: Page, label: string): Promise<{ found: string[]; passes: number }> {
  const axeSource = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[]; passes: unknown[] };
  const found = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  return { found, passes: result.passes.length };
}
