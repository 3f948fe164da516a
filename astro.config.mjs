// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://briefing.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Article text is shown as written: no smart-quote rewriting of the scraped text.
  markdown: { smartypants: false },
  integrations: [
    // Bodies are generated from mdast with every character escaped; no GFM on
    // the way back in, so a URL in the text stays text rather than turning into a link.
    mdx({ gfm: false }),
    // sitemap.xml of the reading pages (not the 404 or the search page)
    sitemap({ filter: (page) => !/\/(404|search)\/$/.test(page) }),
  ],
  // Everything is self-hosted: no prefetch from other hosts, no telemetry.
  devToolbar: { enabled: false },
  // Isolated caches let tests build several corpora side by side.
  ...(process.env.BRIEFING_CACHE_DIR ? { cacheDir: process.env.BRIEFING_CACHE_DIR } : {}),
  ...(process.env.BRIEFING_OUT_DIR ? { outDir: process.env.BRIEFING_OUT_DIR } : {}),
});
