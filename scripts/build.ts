/**
 * The one build command: ingest seeds → Astro build → search index → offline service worker.
 *
 *   node scripts/build.ts            (what `npm run build` runs)
 *
 * Environment (all optional; tests use them to build other corpora in temp dirs):
 *   BRIEFING_SEEDS_DIR    input articles          (default seeds/)
 *   BRIEFING_CONTENT_DIR  content root            (default content/; articles go to <it>/articles)
 *   BRIEFING_OUT_DIR      built site              (default dist/)
 *   BRIEFING_CACHE_DIR    Astro cache             (default node_modules/.astro)
 * Stops with a non-zero exit code as soon as a step fails (ingest rejects included).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(process.env.BRIEFING_CONTENT_DIR ?? path.join(root, 'content'));
const seedsDir = path.resolve(process.env.BRIEFING_SEEDS_DIR ?? path.join(root, 'seeds'));
const outDir = path.resolve(process.env.BRIEFING_OUT_DIR ?? path.join(root, 'dist'));
const env = { ...process.env, BRIEFING_CONTENT_DIR: contentDir, BRIEFING_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };

function step(name: string, cmd: string, args: string[]): void {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ build stopped: ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

step('ingest', process.execPath, [path.join(root, 'scripts', 'ingest.ts'), '--seeds', seedsDir, '--out', path.join(contentDir, 'articles'), '--report', path.join(contentDir, 'ingest-report.json')]);
// run Astro's CLI with this same Node (24), never through its shebang (PATH may hold an older node)
step('astro build', process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
step('search index', process.execPath, [path.join(root, 'scripts', 'search-index.ts'), outDir]);
step('offline', process.execPath, [path.join(root, 'scripts', 'offline.ts'), outDir]);
