/**
 * Shared end-to-end harness: serve a built dist/ directory on loopback with
 * sirv and drive Debian's Chromium through playwright-core.
 */
import http from 'node:http';
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
