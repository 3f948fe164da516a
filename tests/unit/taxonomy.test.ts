import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTaxonomy, matchArticle, normalizeForMatch, findEntityMentions, type Taxonomy } from '../../src/lib/taxonomy.ts';
import type { EntityDef, TopicDef } from '../../src/schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tax = loadTaxonomy(path.join(root, 'content'));
const entitiesOf = (text: string) => matchArticle(tax, { title: '', body: text }).entities;

describe('normalizeForMatch', () => {
  it('removes all whitespace and zero-width characters, NFC, lower-cases Latin', () => {
    expect(normalizeForMatch('คิม  จอง\nอึน')).toBe('คิมจองอึน');
    expect(normalizeForMatch('คิม\u200bจอง\u00a0อึน')).toBe('คิมจองอึน');
    expect(normalizeForMatch('Kim Jong-UN')).toBe('kimjong-un');
    expect(normalizeForMatch('e\u0301')).toBe('\u00e9');
  });
  it('folds sara am typed as nikhahit + sara aa', () => {
    expect(normalizeForMatch('ก\u0e4d\u0e32ลัง')).toBe('กำลัง');
    expect(normalizeForMatch('ค\u0e4d\u0e49\u0e32')).toBe('ค\u0e49\u0e33');
  });
});

describe('repository taxonomy', () => {
  it('loads the topics (umbrella first) and valid entities', () => {
    const slugs = tax.topics.map((t) => t.slug);
    expect(slugs[0]).toBe('russia-north-korea');
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    expect(slugs).toEqual(expect.arrayContaining(['summits-and-visits', 'arms-and-troops', 'war-in-ukraine', 'international-reactions', 'space-and-satellites']));
    for (const t of tax.topics) {
      expect(t.body.length, t.slug).toBeGreaterThan(100);
      expect(t.title).toMatch(/[\u0e01-\u0e4e]/);
    }
    const types = new Set(tax.entities.map((e) => e.type));
    expect(types).toEqual(new Set(['person', 'organization', 'place']));
  });
});

describe('entity aliases', () => {
  const cases: [string, string[]][] = [
    ['kim-jong-un', ['คิม จอง อึน', 'คิม จองอึน', 'คิมจองอึน', 'คิม จอง-อึน', 'คิม\u200bจอง\u200bอึน', 'Kim Jong-un', 'KIM JONG UN', 'kim jongun']],
    ['vladimir-putin', ['วลาดิเมียร์ ปูติน', 'วลาดิมีร์ ปูติน', 'ปธน.ปูติน', 'Vladimir Putin', 'President Putin said']],
    ['sergei-shoigu', ['เซอร์เก ชอยกู', 'นายชอยกูยกย่อง', 'Shoigu']],
    ['dmitry-peskov', ['ดมิทรี เพสคอฟ', 'นายเพสคอฟได้ออกมาปฏิเสธ']],
    ['kcna', ['KCNA', 'สื่อเคซีเอ็นเอของรัฐบาลเปียงยาง', 'สำนักข่าวกลางเกาหลี', 'สำนักข่าวกลางของรัฐบาลเกาหลีเหนือ']],
    ['tass', ['TASS', 'สำนักข่าวทาสส์', 'สื่อแทสส์ของรัสเซีย']],
    ['yonhap', ['ยอนฮับ', 'ยอนฮัป', 'Yonhap']],
    ['nhk', ['สื่อเอ็นเอชเคของญี่ปุ่น', 'NHK']],
    ['kursk', ['คูร์สก์', 'เคิร์สก์', 'ในเขตเคิร์สต์', 'Kursk']],
    ['vladivostok', ['วลาดิวอสต็อก', 'วลาดิวอสตอค']],
    ['moscow', ['มอสโก', 'มอสโกว์']],
    ['vostochny-cosmodrome', ['วอสโตชนืย', 'ที่วอสตอชนีย์', 'วอสโตชนีคอสโมโดรม']],
    ['cho-tae-yul', ['โช แทยอล']],
  ];
  for (const [slug, texts] of cases) {
    it(`${slug}: every spelling matches`, () => {
      for (const t of texts) expect(entitiesOf(`ข่าว ${t} ล่าสุด`), t).toContain(slug);
    });
  }

  it('Kim Jong-il is a different person from Kim Jong-un', () => {
    expect(entitiesOf('คิม จอง อิล เยือนรัสเซีย')).toEqual(['kim-jong-il']);
    expect(entitiesOf('คิม จอง อึน เยือนรัสเซีย')).toEqual(['kim-jong-un']);
  });

  it('does not match inside unrelated words', () => {
    // คิมหันต์ (summer), โชค/โชว์, ทาส (slave), trumpet, Rasputin, the "un" of Jong-un
    expect(entitiesOf('ในฤดูคิมหันต์ปีนี้ ผู้คนต่างโชคดีและได้ชมการแสดงโชว์')).toEqual([]);
    expect(entitiesOf('การใช้แรงงานทาสในประวัติศาสตร์')).toEqual([]);
    expect(entitiesOf('He played the trumpet while reading about Rasputin')).toEqual([]);
    expect(entitiesOf('Kim Jong-un met officials')).toEqual(['kim-jong-un']);
    expect(entitiesOf('the UNSC met')).toContain('united-nations');
  });

  it('a name inside another entity\'s longer name does not count, except places', () => {
    const ents: EntityDef[] = [
      { slug: 'shoigu', type: 'person', name: 'ชอยกู', latin: 'Shoigu', aliases: ['ชอยกู'] },
      { slug: 'fund', type: 'organization', name: 'มูลนิธิชอยกู', latin: 'Shoigu Foundation', aliases: ['มูลนิธิชอยกู'] },
      { slug: 'moscow', type: 'place', name: 'มอสโก', latin: 'Moscow', aliases: ['มอสโก'] },
      { slug: 'msu', type: 'organization', name: 'มหาวิทยาลัยแห่งรัฐมอสโก', latin: 'MSU', aliases: ['มหาวิทยาลัยแห่งรัฐมอสโก'] },
    ];
    const t: Taxonomy = { topics: [], entities: ents };
    expect(matchArticle(t, { title: '', body: 'มูลนิธิชอยกูมอบทุน' }).entities).toEqual(['fund']);
    expect(matchArticle(t, { title: 'ชอยกู', body: 'มูลนิธิชอยกูมอบทุน' }).entities).toEqual(['fund', 'shoigu']);
    expect(matchArticle(t, { title: '', body: 'นักศึกษามหาวิทยาลัยแห่งรัฐมอสโก' }).entities).toEqual(['moscow', 'msu']);
    expect(findEntityMentions(ents, 'มูลนิธิชอยกู ที่มอสโก').map((m) => m.slug)).toEqual(['fund', 'moscow']);
  });

  it('finds mention positions in unnormalised text', () => {
    const text = 'ผู้นำ คิม จอง อึน พบ Vladimir Putin ที่วลาดิวอสต็อก';
    const found = findEntityMentions(tax.entities, text).map((m) => [m.slug, text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['kim-jong-un', 'คิม จอง อึน'],
      ['vladimir-putin', 'Vladimir Putin'],
      ['vladivostok', 'วลาดิวอสต็อก'],
    ]);
  });
});

describe('topic rules: any / all / none / entities', () => {
  const entity: EntityDef = { slug: 'nuke', type: 'organization', name: 'โครงการนิวเคลียร์', latin: 'Nuclear programme', aliases: ['โครงการนิวเคลียร์', 'nuclear programme'] };
  const topic = (slug: string, match: Partial<TopicDef['match']>): TopicDef => ({
    slug,
    title: slug,
    description: slug,
    body: '',
    match: { any: [], all: [], none: [], entities: [], ...match },
  });
  const t: Taxonomy = {
    entities: [entity],
    topics: [
      topic('any', { any: ['ขีปนาวุธ', 'กระสุน'] }),
      topic('all', { all: ['ขีปนาวุธ', ['ปืนใหญ่', 'กระสุน']] }),
      topic('none', { any: ['ขีปนาวุธ'], none: ['ซ้อมรบ'] }),
      topic('ent', { entities: ['nuke'] }),
      topic('any-or-ent', { any: ['ดาวเทียม'], entities: ['nuke'] }),
      topic('all-and-any', { all: ['ยูเครน'], any: ['สงคราม'] }),
      topic('latin', { any: ['ATACMS'] }),
    ],
  };
  const topicsOf = (body: string, title = '') => matchArticle(t, { title, body }).topics;

  it('any: one term is enough', () => {
    expect(topicsOf('มีการส่งกระสุน')).toContain('any');
    expect(topicsOf('ไม่มีอะไร')).not.toContain('any');
  });
  it('all: every entry, a list entry by any of its synonyms', () => {
    expect(topicsOf('ขีปนาวุธ และปืนใหญ่')).toContain('all');
    expect(topicsOf('ขีปนาวุธ และกระสุน')).toContain('all');
    expect(topicsOf('ขีปนาวุธ เท่านั้น')).not.toContain('all');
    expect(topicsOf('ปืนใหญ่ และกระสุน')).not.toContain('all');
  });
  it('none: vetoes', () => {
    expect(topicsOf('ยิงขีปนาวุธ')).toContain('none');
    expect(topicsOf('ยิงขีปนาวุธระหว่างการซ้อมรบ')).not.toContain('none');
  });
  it('entities: a mentioned entity counts, OR-ed with any', () => {
    expect(topicsOf('ว่าด้วยโครงการ นิวเคลียร์')).toEqual(expect.arrayContaining(['ent', 'any-or-ent']));
    expect(topicsOf('ปล่อยดาวเทียม')).toContain('any-or-ent');
    expect(topicsOf('ปล่อยดาวเทียม')).not.toContain('ent');
  });
  it('all + any: both required', () => {
    expect(topicsOf('สงครามในยูเครน')).toContain('all-and-any');
    expect(topicsOf('ยูเครน')).not.toContain('all-and-any');
    expect(topicsOf('สงคราม')).not.toContain('all-and-any');
  });
  it('a Thai term never matches part of a written syllable', () => {
    const syll: Taxonomy = { entities: [], topics: [topic('minute', { any: ['นาที'] }), topic('kao', { any: ['กาหลี'] })] };
    expect(matchArticle(syll, { title: '', body: 'ใช้เวลา 5 นาที' }).topics).toEqual(['minute']);
    // ล้านนา + ที่: the tone mark belongs to ท; เกาหลี: เ belongs to ก
    expect(matchArticle(syll, { title: '', body: 'วัฒนธรรมล้านนาที่สืบทอดมา ในเกาหลี' }).topics).toEqual([]);
  });
  it('ASCII terms are whole words; title and body both count; no match across title|body', () => {
    expect(topicsOf('ยิงขีปนาวุธ atacms')).toContain('latin');
    expect(topicsOf('XATACMSY')).not.toContain('latin');
    expect(topicsOf('', 'กระสุน')).toContain('any');
    expect(topicsOf('มีมติ', 'ขีปนาวุธ ยูเครน')).not.toContain('all-and-any');
    expect(topicsOf('ซ้อม', 'ขีปนาวุธ รบ')).toContain('none');
  });
  it('output is sorted and deterministic', () => {
    const r = topicsOf('กระสุน ขีปนาวุธ ปืนใหญ่ ดาวเทียม โครงการนิวเคลียร์');
    expect(r).toEqual([...r].sort());
    expect(r).toEqual(['all', 'any', 'any-or-ent', 'ent', 'none']);
  });
});

describe('seed articles', () => {
  const seedsDir = path.join(root, 'seeds');
  const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const result = new Map(seeds.map((f) => [f, matchArticle(tax, { title: '', body: fs.readFileSync(path.join(seedsDir, f), 'utf8') })]));

  it('there are five seeds and the umbrella topic matches every one', () => {
    expect(seeds).toHaveLength(5);
    for (const [f, r] of result) expect(r.topics, f).toContain('russia-north-korea');
  });
  it('every seed mentions Kim Jong-un and Putin', () => {
    for (const [f, r] of result) expect(r.entities, f).toEqual(expect.arrayContaining(['kim-jong-un', 'vladimir-putin']));
  });
  it('off-story articles get no topic even when they use a topic word', () => {
    const offStory = [
      'กรมอุตุนิยมวิทยาเผยภาพถ่ายดาวเทียม พายุกำลังเคลื่อนตัวเข้าสู่ประเทศไทยในสัปดาห์หน้า', // ดาวเทียม
      'ทีมชาติไทยจะพบกับทีมชาติเกาหลีใต้ในการแข่งขันนัดต่อไป โค้ชเตรียมหารือกับนักเตะ', // พบกับ, หารือ
      'นักลงทุนกังวลต่อนโยบายการเงินของสหรัฐ ดัชนีหุ้นไทยปิดลบ', // กังวล + สหรัฐ
      'กองทัพไทยจัดซื้ออาวุธและกระสุนชุดใหม่เพื่อใช้ในการฝึก', // อาวุธ, กระสุน
      'ยูเครนโจมตีโรงกลั่นน้ำมันของรัสเซียด้วยโดรนในสงครามที่ยืดเยื้อ', // war words, Russia, no North Korea
    ];
    for (const text of offStory) expect(matchArticle(tax, { title: '', body: text }).topics, text).toEqual([]);
  });
  it('narrower topics discriminate: space only where satellites/space technology are discussed', () => {
    const space = [...result].filter(([, r]) => r.topics.includes('space-and-satellites')).map(([f]) => f.slice(0, 3));
    expect(space).toEqual(['000', '001', '003']);
    const reactions = [...result].filter(([, r]) => r.topics.includes('international-reactions')).map(([f]) => f.slice(0, 3));
    expect(reactions).toEqual(['000', '003']);
  });
});

describe('loadTaxonomy errors name the offending file', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const make = (entities: string, topics: Record<string, string>): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taxonomy-'));
    dirs.push(dir);
    fs.mkdirSync(path.join(dir, 'topics'));
    fs.writeFileSync(path.join(dir, 'entities.yml'), entities);
    for (const [name, text] of Object.entries(topics)) fs.writeFileSync(path.join(dir, 'topics', name), text);
    return dir;
  };
  const goodEntities = '- slug: putin\n  type: person\n  name: ปูติน\n  latin: Putin\n  aliases: [ปูติน, Putin]\n';
  const goodTopic = '---\ntitle: หัวข้อ\ndescription: คำอธิบาย\nmatch:\n  any: [รัสเซีย]\n---\nเนื้อหา\n';

  it('loads a valid directory', () => {
    const dir = make(goodEntities, { 'ok.md': goodTopic });
    const t = loadTaxonomy(dir);
    expect(t.topics.map((x) => [x.slug, x.body])).toEqual([['ok', 'เนื้อหา']]);
    expect(t.entities.map((e) => e.slug)).toEqual(['putin']);
  });
  it('a topic missing its description', () => {
    const dir = make(goodEntities, { 'ok.md': goodTopic, 'bad-topic.md': '---\ntitle: x\nmatch:\n  any: [a]\n---\n' });
    expect(() => loadTaxonomy(dir)).toThrow(path.join(dir, 'topics', 'bad-topic.md'));
  });
  it('a topic with no positive rule, or an unknown match key', () => {
    const dir = make(goodEntities, { 'empty.md': '---\ntitle: x\ndescription: y\nmatch:\n  none: [a]\n---\n' });
    expect(() => loadTaxonomy(dir)).toThrow(/topics\/empty\.md/);
    const dir2 = make(goodEntities, { 'typo.md': '---\ntitle: x\ndescription: y\nmatch:\n  anyy: [a]\n---\n' });
    expect(() => loadTaxonomy(dir2)).toThrow(/topics\/typo\.md/);
  });
  it('a topic naming an unknown entity', () => {
    const dir = make(goodEntities, { 'ghost.md': '---\ntitle: x\ndescription: y\nmatch:\n  entities: [nobody]\n---\n' });
    expect(() => loadTaxonomy(dir)).toThrow(/topics\/ghost\.md.*nobody/);
  });
  it('broken YAML frontmatter', () => {
    const dir = make(goodEntities, { 'yaml.md': '---\ntitle: [unclosed\n---\n' });
    expect(() => loadTaxonomy(dir)).toThrow(/topics\/yaml\.md/);
  });
  it('an invalid entity type, a too-short Thai alias, a duplicate slug', () => {
    const bad = make('- slug: x\n  type: animal\n  name: x\n  latin: x\n  aliases: [xx]\n', {});
    expect(() => loadTaxonomy(bad)).toThrow(path.join(bad, 'entities.yml'));
    const short = make('- slug: kim\n  type: person\n  name: คิม\n  latin: Kim\n  aliases: [คิม]\n', {});
    expect(() => loadTaxonomy(short)).toThrow(/entities\.yml.*alias too short/s);
    const dup = make(goodEntities + goodEntities, {});
    expect(() => loadTaxonomy(dup)).toThrow(/entities\.yml.*duplicate/);
  });
});
