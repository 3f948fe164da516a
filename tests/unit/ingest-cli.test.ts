/**
 * The ingest command as a whole: rejects, encodings, file names, determinism,
 * skipping unchanged inputs, --force, removal of MDX whose input is gone, and
 * the exit code / summary of the real CLI process.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingest, type IngestSummary } from '../../scripts/ingest.ts';
import { readArticle } from './mdx-read.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SEEDS = path.join(ROOT, 'seeds');
const seed003 = fs.readFileSync(path.join(SEEDS, '003_36ac3c676c208b51.txt'), 'utf8');

function tmp(): { seeds: string; out: string; report: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
  const seeds = path.join(dir, 'seeds');
  fs.mkdirSync(seeds);
  return { dir, seeds, out: path.join(dir, 'content', 'articles'), report: path.join(dir, 'content', 'report.json') };
}

async function run(t: ReturnType<typeof tmp>, force = false): Promise<IngestSummary> {
  return ingest({ seeds: t.seeds, out: t.out, report: t.report, force, taxonomyDir: path.join(ROOT, 'content'), log: () => {} });
}

const ARTICLE = [
  'ข่าวทดสอบ: รัฐบาลแถลงแผนรับมือน้ำท่วมภาคเหนือ',
  '',
  'เผยแพร่ 13 สิงหาคม 2568 10:15 น.',
  '',
  'นายกรัฐมนตรีเปิดเผยว่ารัฐบาลได้เตรียมงบประมาณและกำลังคนไว้แล้ว เพื่อช่วยเหลือประชาชนในพื้นที่ที่ได้รับผลกระทบจากฝนตกหนักต่อเนื่องในหลายจังหวัด',
  '',
  'กรมอุตุนิยมวิทยาคาดว่าฝนจะตกต่อไปอีกอย่างน้อยสามวัน และขอให้ประชาชนที่อยู่ริมแม่น้ำติดตามประกาศของทางราชการอย่างใกล้ชิด',
  '',
].join('\n');

describe('rejects, by file name, with a reason', () => {
  it('rejects empty, whitespace-only, binary, undecodable, chrome-only and oversized files, converts the rest, exits non-zero', async () => {
    const t = tmp();
    fs.writeFileSync(path.join(t.seeds, 'good.txt'), ARTICLE);
    fs.writeFileSync(path.join(t.seeds, 'empty.txt'), '');
    fs.writeFileSync(path.join(t.seeds, 'spaces.txt'), '  \n\t\n\r\n   ');
    fs.writeFileSync(path.join(t.seeds, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]));
    fs.writeFileSync(path.join(t.seeds, 'latin1.txt'), Buffer.from('Ça a été très façile à lire, répondit-il. Über Größe, Straße. '.repeat(10), 'latin1'));
    fs.writeFileSync(path.join(t.seeds, 'chrome.txt'), 'หน้าแรก\nข่าว\nกีฬา\nแชร์\nFacebook\nกระดานความเห็น\nXS\nSM\n');
    fs.writeFileSync(path.join(t.seeds, 'huge.txt'), Buffer.alloc(5 * 1024 * 1024 + 10, 0x41));
    const s = await run(t);
    expect(s.added).toEqual(['good']);
    const reasons = Object.fromEntries(s.rejected.map((r) => [r.seed, r.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['chrome.txt', 'empty.txt', 'huge.txt', 'image.txt', 'latin1.txt', 'spaces.txt']);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['spaces.txt']).toMatch(/whitespace/);
    expect(reasons['image.txt']).toMatch(/PNG|binary|not a text/i);
    expect(reasons['latin1.txt']).toMatch(/decode|UTF-8/i);
    expect(reasons['chrome.txt']).toMatch(/no article text/);
    expect(reasons['huge.txt']).toMatch(/too large/);
    const report = JSON.parse(fs.readFileSync(t.report, 'utf8'));
    expect(report.rejected).toHaveLength(6);
    expect(fs.readdirSync(t.out).filter((f) => f.endsWith('.mdx'))).toEqual(['good.mdx']);
  });

  it('the CLI prints the summary with each rejected file and exits 1', () => {
    const t = tmp();
    fs.writeFileSync(path.join(t.seeds, 'good.txt'), ARTICLE);
    fs.writeFileSync(path.join(t.seeds, 'empty.txt'), '');
    const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'node'), [path.join(ROOT, 'scripts', 'ingest.ts'), '--seeds', t.seeds, '--out', t.out, '--report', t.report], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/1 added, 0 updated, 0 unchanged, 0 removed, 1 rejected/);
    expect(r.stdout).toMatch(/rejected empty\.txt: .*empty/);
  });

  it('a missing seeds directory is an error, not a crash', async () => {
    const t = tmp();
    await expect(ingest({ seeds: path.join(t.dir, 'nope'), out: t.out, report: t.report, force: false, log: () => {} })).rejects.toThrow(/seeds directory not found/);
  });
});

describe('encodings and line ends', () => {
  it.each([
    ['utf8-bom', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
    ['utf16le', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['utf16be', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
    ['windows-874', (s: string) => iconv.encode(s, 'windows-874')],
    ['tis-620', (s: string) => iconv.encode(s, 'tis620')],
    ['crlf', (s: string) => Buffer.from(s.replace(/\n/g, '\r\n'), 'utf8')],
    ['cr', (s: string) => Buffer.from(s.replace(/\n/g, '\r'), 'utf8')],
  ])('%s gives the same article as plain UTF-8', async (name, encode) => {
    const t = tmp();
    // TIS-620 has no curly quotes or dashes: a TIS-620 page prints ASCII ones
    const text = name === 'tis-620' ? seed003.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[—–]/g, '-') : seed003;
    fs.writeFileSync(path.join(t.seeds, 'plain.txt'), text);
    fs.writeFileSync(path.join(t.seeds, `${name}.txt`), encode(text));
    await run(t);
    const a = readArticle(fs.readFileSync(path.join(t.out, 'plain.mdx'), 'utf8'));
    const b = readArticle(fs.readFileSync(path.join(t.out, `${name}.mdx`), 'utf8'));
    expect(b.blocks).toEqual(a.blocks);
    expect(b.data.title).toBe(a.data.title);
    expect(b.data.date).toBe(a.data.date);
    expect(a.data.date).toBe('2023-09-20');
  });
});

describe('ids from file names', () => {
  it('any file name works (Thai, spaces, capitals); hidden files are ignored; ids are URL-safe and distinct', async () => {
    const t = tmp();
    const names = ['ข่าว คิม จองอึน.txt', 'My Article (1).TXT', 'my article (1).txt', 'Ünïcode–name.txt', '.hidden.txt', '.DS_Store'];
    for (const n of names) fs.writeFileSync(path.join(t.seeds, n), ARTICLE);
    const s = await run(t);
    expect(s.added).toHaveLength(4);
    for (const id of s.added) expect(id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    expect(new Set(s.added).size).toBe(4);
    const again = tmp();
    for (const n of names) fs.writeFileSync(path.join(again.seeds, n), 'ไม่เกี่ยวกัน '.repeat(3) + ARTICLE.replace('น้ำท่วม', 'ภัยแล้ง'));
    const s2 = await run(again);
    expect(s2.added.sort()).toEqual(s.added.sort()); // derived from the name only, not from the text
  });
});

describe('determinism and rebuilds', () => {
  it('same inputs give byte-identical outputs, in another directory too', async () => {
    const a = tmp();
    const b = tmp();
    for (const f of fs.readdirSync(SEEDS)) {
      fs.copyFileSync(path.join(SEEDS, f), path.join(a.seeds, f));
      fs.copyFileSync(path.join(SEEDS, f), path.join(b.seeds, f));
    }
    await run(a);
    await run(b, true);
    for (const f of fs.readdirSync(a.out).filter((x) => x.endsWith('.mdx'))) {
      expect(fs.readFileSync(path.join(b.out, f), 'utf8')).toBe(fs.readFileSync(path.join(a.out, f), 'utf8'));
    }
    expect(fs.readFileSync(b.report, 'utf8')).toBe(fs.readFileSync(a.report, 'utf8'));
  });

  it('skips unchanged inputs, redoes them with --force, updates a changed one, removes MDX whose input is gone', async () => {
    const t = tmp();
    fs.writeFileSync(path.join(t.seeds, 'a.txt'), ARTICLE);
    fs.writeFileSync(path.join(t.seeds, 'b.txt'), seed003);
    expect((await run(t)).added.sort()).toEqual(['a', 'b']);
    const mtime = fs.statSync(path.join(t.out, 'a.mdx')).mtimeMs;
    const second = await run(t);
    expect(second.unchanged.sort()).toEqual(['a', 'b']);
    expect(fs.statSync(path.join(t.out, 'a.mdx')).mtimeMs).toBe(mtime);
    const forced = await run(t, true);
    expect([...forced.unchanged, ...forced.updated].sort()).toEqual(['a', 'b']);
    fs.writeFileSync(path.join(t.seeds, 'a.txt'), ARTICLE.replace('สามวัน', 'ห้าวัน'));
    fs.rmSync(path.join(t.seeds, 'b.txt'));
    const third = await run(t);
    expect(third.updated).toEqual(['a']);
    expect(third.removed).toEqual(['b']);
    expect(fs.existsSync(path.join(t.out, 'b.mdx'))).toBe(false);
    expect(fs.readFileSync(path.join(t.out, 'a.mdx'), 'utf8')).toContain('ห้าวัน');
    // the report stays complete for skipped inputs
    const report = JSON.parse(fs.readFileSync(t.report, 'utf8'));
    expect(report.articles.map((x: { id: string }) => x.id)).toEqual(['a']);
  });
});
