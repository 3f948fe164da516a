/**
 * Ingest speed and memory: the seeds (timed over several forced runs) and a
 * synthetic batch of 1,000 articles made from them (each seed with its
 * paragraphs shuffled and renamed), so the per-article cost is visible.
 *   node scripts/bench-ingest.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from './ingest.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.join(root, 'seeds');
const taxonomyDir = path.join(root, 'content');

async function timeRun(dir: string, runs: number): Promise<number[]> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await ingest({ seeds: dir, out: path.join(out, 'articles'), report: path.join(out, 'report.json'), force: true, taxonomyDir, log: () => {} });
    times.push(performance.now() - t0);
  }
  return times;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const seedTimes = await timeRun(seeds, 7);
const big = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-seeds-'));
const files = fs.readdirSync(seeds).filter((f) => !f.startsWith('.'));
let rng = 42;
const rand = () => ((rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
for (let i = 0; i < 1000; i++) {
  const lines = fs.readFileSync(path.join(seeds, files[i % files.length]!), 'utf8').split('\n');
  const head = lines.slice(0, 4);
  const rest = lines.slice(4).sort(() => rand() - 0.5);
  fs.writeFileSync(path.join(big, `synthetic-${String(i).padStart(4, '0')}.txt`), [...head, ...rest].join('\n'));
}
const bigTimes = await timeRun(big, 2);
const rss = process.memoryUsage().rss;
console.log('ingest benchmark');
console.log(`  seeds (${files.length} files):        median ${median(seedTimes).toFixed(0)} ms over ${seedTimes.length} forced runs`);
console.log(`  synthetic (1000 files):   median ${median(bigTimes).toFixed(0)} ms  = ${(median(bigTimes) / 1000).toFixed(2)} ms/article`);
console.log(`  peak RSS:                 ${(rss / 1024 / 1024).toFixed(0)} MiB`);
