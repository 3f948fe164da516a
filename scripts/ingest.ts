/**
 * npm run ingest -- [--seeds DIR] [--out DIR] [--report FILE] [--force]
 *
 * Every file in the seeds directory (hidden files ignored) becomes
 * <out>/<id>.mdx, or is rejected with a reason. Unchanged inputs are skipped
 * (content hash + pipeline version + taxonomy + batch signals); MDX files whose
 * input is gone are removed. Exits 1 when any input was rejected.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { batchContext } from './ingest/classify.ts';
import { assignIds } from './ingest/id.ts';
import type { Line } from './ingest/lines.ts';
import { prepare, processArticle, type ArticleReport, type Assign, type Prepared } from './ingest/pipeline.ts';
import { readInput } from './ingest/read.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

export interface IngestOptions {
  seeds: string;
  out: string;
  report: string;
  force: boolean;
  /** where topics/ and entities.yml live (default: the parent of `out`) */
  taxonomyDir?: string;
  log?: (msg: string) => void;
}

export interface IngestSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  rejected: { seed: string; reason: string }[];
  unmatched: string[];
}

interface CacheEntry {
  key: string;
  report: ArticleReport;
  topics: string[];
}

/** A version of the pipeline: the hash of its own source files. */
function pipelineVersion(): string {
  const h = createHash('sha256');
  const dir = path.join(here, 'ingest');
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.ts')) h.update(f).update(fs.readFileSync(path.join(dir, f)));
  h.update(fs.readFileSync(path.join(root, 'src', 'schema.ts')));
  return h.digest('hex').slice(0, 16);
}

async function loadAssign(taxonomyDir: string): Promise<{ assign?: Assign; hash: string }> {
  const h = createHash('sha256');
  const topicsDir = path.join(taxonomyDir, 'topics');
  const entitiesFile = path.join(taxonomyDir, 'entities.yml');
  if (!fs.existsSync(topicsDir) && !fs.existsSync(entitiesFile)) return { hash: 'none' };
  if (fs.existsSync(topicsDir)) for (const f of fs.readdirSync(topicsDir).sort()) h.update(f).update(fs.readFileSync(path.join(topicsDir, f)));
  if (fs.existsSync(entitiesFile)) h.update(fs.readFileSync(entitiesFile));
  const lib = path.join(root, 'src', 'lib', 'taxonomy.ts');
  if (!fs.existsSync(lib)) return { hash: 'none' };
  h.update(fs.readFileSync(lib));
  const { loadTaxonomy, matchArticle } = (await import(lib)) as typeof import('../src/lib/taxonomy.ts');
  const tax = loadTaxonomy(taxonomyDir);
  return { assign: (t) => matchArticle(tax, t), hash: h.digest('hex').slice(0, 16) };
}

function writeIfChanged(file: string, content: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return true;
}

export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const summary: IngestSummary = { added: [], updated: [], unchanged: [], removed: [], rejected: [], unmatched: [] };
  if (!fs.existsSync(opts.seeds) || !fs.statSync(opts.seeds).isDirectory()) throw new Error(`seeds directory not found: ${opts.seeds}`);
  const names = fs
    .readdirSync(opts.seeds)
    .filter((n) => !n.startsWith('.'))
    .map((n) => n.normalize('NFC'))
    .sort();
  const ids = assignIds(names);

  // read + decode every input (size checked before reading)
  const prepared = new Map<string, Prepared>();
  for (const name of names) {
    const r = await readInput(path.join(opts.seeds, name));
    prepared.set(name, r.ok ? prepare(r.bytes) : r);
  }
  const batch = batchContext([...prepared.values()].flatMap((p) => (p.ok ? [p.lines as Line[]] : [])));
  const batchHash = createHash('sha256')
    .update(JSON.stringify([...batch.lineFileCounts].filter(([, c]) => c >= 2).sort()))
    .update(String(batch.files))
    .digest('hex')
    .slice(0, 16);
  const { assign, hash: taxHash } = await loadAssign(opts.taxonomyDir ?? path.dirname(opts.out));
  const version = pipelineVersion();

  const cacheFile = path.join(opts.out, '.ingest-cache.json');
  const cache: Record<string, CacheEntry> = !opts.force && fs.existsSync(cacheFile) ? JSON.parse(fs.readFileSync(cacheFile, 'utf8')) : {};
  const nextCache: Record<string, CacheEntry> = {};
  const reports: ArticleReport[] = [];
  const written = new Set<string>();

  for (const name of names) {
    const p = prepared.get(name)!;
    const id = ids.get(name)!;
    if (!p.ok) {
      summary.rejected.push({ seed: name, reason: p.reason });
      continue;
    }
    const file = path.join(opts.out, `${id}.mdx`);
    const key = `${p.sha256}:${version}:${taxHash}:${batchHash}`;
    const cached = cache[id];
    if (cached && cached.key === key && fs.existsSync(file)) {
      summary.unchanged.push(id);
      reports.push(cached.report);
      nextCache[id] = cached;
      written.add(`${id}.mdx`);
      if (cached.topics.length === 0 && assign) summary.unmatched.push(id);
      continue;
    }
    let r: ReturnType<typeof processArticle>;
    try {
      r = processArticle({ seed: name, id, lines: p.lines, sha256: p.sha256, encoding: p.encoding }, batch, assign);
    } catch (e) {
      // a bug must not take the other articles down: the file is rejected with the reason, the run goes on
      r = { ok: false, reason: `internal error while cleaning this file (please report it): ${(e as Error).message}` };
    }
    if (!r.ok) {
      summary.rejected.push({ seed: name, reason: r.reason });
      continue;
    }
    const existed = fs.existsSync(file);
    const changed = writeIfChanged(file, r.mdx);
    (existed ? (changed ? summary.updated : summary.unchanged) : summary.added).push(id);
    written.add(`${id}.mdx`);
    reports.push(r.report);
    const topics = r.data.topics ?? [];
    if (topics.length === 0 && assign) summary.unmatched.push(id);
    nextCache[id] = { key, report: r.report, topics };
  }

  // inputs that are gone (or now rejected) lose their MDX
  if (fs.existsSync(opts.out)) {
    for (const f of fs.readdirSync(opts.out).sort()) {
      if (f.endsWith('.mdx') && !written.has(f)) {
        fs.rmSync(path.join(opts.out, f));
        summary.removed.push(f.replace(/\.mdx$/, ''));
      }
    }
  }
  fs.mkdirSync(opts.out, { recursive: true });
  writeIfChanged(cacheFile, `${JSON.stringify(nextCache, null, 1)}\n`);
  writeIfChanged(opts.report, `${JSON.stringify({ articles: reports, rejected: summary.rejected }, null, 2)}\n`);

  log(
    `ingest: ${summary.added.length} added, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged, ` +
      `${summary.removed.length} removed, ${summary.rejected.length} rejected`,
  );
  for (const r of summary.rejected) log(`  ✗ rejected ${r.seed}: ${r.reason}`);
  for (const id of summary.removed) log(`  − removed ${id}.mdx (its input is gone)`);
  if (summary.unmatched.length) log(`  ! no topic matched: ${summary.unmatched.join(', ')}`);
  return summary;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: path.join(root, 'seeds') },
      out: { type: 'string', default: path.join(root, 'content', 'articles') },
      report: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const out = path.resolve(values.out);
  const report = path.resolve(values.report ?? path.join(path.dirname(out), 'ingest-report.json'));
  try {
    const s = await ingest({ seeds: path.resolve(values.seeds), out, report, force: values.force });
    process.exitCode = s.rejected.length ? 1 : 0;
  } catch (e) {
    console.error(`ingest failed: ${(e as Error).message}`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
