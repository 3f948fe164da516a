/**
 * Internal link checker for a built site: every href/src/srcset in every HTML
 * file (and every url() in CSS) must resolve to a file in dist; a #fragment must
 * name an id (or a[name]) in the target page. External URLs are listed, not fetched.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Broken { file: string; ref: string; reason: string }
export interface LinkReport { files: number; checked: number; external: string[]; broken: Broken[] }

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Every id="…" and <a name="…"> in an HTML string. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) ids.add(decode(m[1] ?? m[2] ?? m[3] ?? ''));
  return ids;
}

/** The references in an HTML string: href, src, srcset (each candidate), and the form action. */
export function refsOf(html: string): string[] {
  const refs: string[] = [];
  // Skip the contents of inline scripts: they are not links.
  const body = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (s) => s.replace(/>[\s\S]*<\//, '></'));
  for (const m of body.matchAll(/\s(href|src|srcset|action)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const v = decode(m[2] ?? m[3] ?? m[4] ?? '');
    if (m[1]!.toLowerCase() === 'srcset') refs.push(...v.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean));
    else refs.push(v);
  }
  return refs;
}

function targetFile(dist: string, fromFile: string, urlPath: string): string | undefined {
  const abs = urlPath.startsWith('/') ? path.join(dist, urlPath) : path.resolve(path.dirname(fromFile), urlPath);
  if (!abs.startsWith(dist)) return undefined;
  const candidates = urlPath.endsWith('/') || urlPath === '' ? [path.join(abs, 'index.html')] : [abs, `${abs}.html`, path.join(abs, 'index.html')];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

export function checkLinks(distDir: string): LinkReport {
  const dist = path.resolve(distDir);
  const files = walk(dist).filter((f) => f.endsWith('.html') || f.endsWith('.css'));
  const idCache = new Map<string, Set<string>>();
  const ids = (f: string) => {
    let s = idCache.get(f);
    if (!s) idCache.set(f, (s = idsOf(fs.readFileSync(f, 'utf8'))));
    return s;
  };
  const report: LinkReport = { files: files.length, checked: 0, external: [], broken: [] };
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const refs = file.endsWith('.css')
      ? [...text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
      : refsOf(text);
    for (const ref of refs) {
      if (ref === '' || /^(data|mailto|tel|javascript|blob):/i.test(ref)) continue;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) {
        report.external.push(ref);
        continue;
      }
      report.checked++;
      const [beforeHash, hash] = ref.split('#', 2) as [string, string | undefined];
      const p = decodeURIComponent(beforeHash.split('?')[0] ?? '');
      const target = p === '' ? file : targetFile(dist, file, p);
      const rel = path.relative(dist, file);
      if (!target) {
        report.broken.push({ file: rel, ref, reason: 'no such file' });
        continue;
      }
      if (hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(hash))) {
        report.broken.push({ file: rel, ref, reason: `no id "${hash}" in ${path.relative(dist, target)}` });
      }
    }
  }
  return report;
}

// CLI: node tests/e2e/linkcheck.ts <dist>
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = checkLinks(process.argv[2] ?? 'dist');
  console.log(`${r.files} files, ${r.checked} internal references, ${r.external.length} external, ${r.broken.length} broken`);
  for (const b of r.broken) console.log(`  ${b.file}: ${b.ref} (${b.reason})`);
  process.exit(r.broken.length ? 1 : 0);
}
