import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefing, findFigures, type BriefingArticle } from '../../src/lib/briefing.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';
import type { Article } from '../../src/schema.ts';

const tax = loadTaxonomy(path.resolve(import.meta.dirname, '../../content'));
const topic = { slug: 'russia-north-korea', title: 'ความสัมพันธ์รัสเซีย–เกาหลีเหนือ' };

function art(id: string, data: Partial<Article>, paragraphs: string[] = []): BriefingArticle {
  return {
    id,
    data: { title: `ข่าว ${id}`, lead: `บทนำ ${id}`, seed: `${id}.txt`, seedSha256: 'a'.repeat(64), lang: 'th', topics: [], entities: [], ...data },
    paragraphs,
  };
}

describe('timeline, undated, counts, outlets', () => {
  const articles = [
    art('b', { date: '2024-06-19', publisher: 'VTC News' }),
    art('u2', {}),
    art('a', { date: '2024-06-19', publisher: 'VTCNews' }),
    art('c', { date: '2023-09-20', publisher: 'สำนักข่าวอินโฟเควสท์' }),
    art('u1', { publisher: 'VTC News', titleDerived: true }),
  ];
  const b = buildBriefing(topic, articles, tax.entities);

  it('orders dated articles by date then id, and keeps undated ones apart with no date', () => {
    expect(b.timeline.map((t) => [t.id, t.date])).toEqual([
      ['c', '2023-09-20'],
      ['a', '2024-06-19'],
      ['b', '2024-06-19'],
    ]);
    expect(b.undated.map((t) => t.id)).toEqual(['u1', 'u2']);
    for (const u of b.undated) expect(u).not.toHaveProperty('date');
    expect(b.undated[0]).toMatchObject({ titleDerived: true, publisher: 'VTC News', lead: 'บทนำ u1' });
  });
  it('counts and date span', () => {
    expect(b.count).toBe(5);
    expect(b.dateSpan).toEqual({ from: '2023-09-20', to: '2024-06-19' });
    expect(buildBriefing(topic, [art('x', {})], tax.entities).dateSpan).toBeNull();
  });
  it('outlets: spacing variants grouped, most frequent spelling shown, counted', () => {
    expect(b.outlets).toEqual([
      { name: 'VTC News', count: 3, articleIds: ['a', 'b', 'u1'] },
      { name: 'สำนักข่าวอินโฟเควสท์', count: 1, articleIds: ['c'] },
    ]);
    expect(b.withoutPublisher).toBe(1);
  });
  it('sources: grouped by publisher with credits and links; no-publisher group last', () => {
    const withUrl = buildBriefing(
      topic,
      [
        art('p', { publisher: 'VOA', credit: 'เอพี', sourceUrl: 'https://example.org/p' }),
        art('q', { credit: 'เอพี' }),
        art('r', { publisher: 'VOA', date: '2024-01-01' }),
      ],
      tax.entities,
    );
    expect(withUrl.sources).toEqual([
      {
        publisher: 'VOA',
        articles: [
          { id: 'r', title: 'ข่าว r', seed: 'r.txt', date: '2024-01-01' },
          { id: 'p', title: 'ข่าว p', seed: 'p.txt', credit: 'เอพี', sourceUrl: 'https://example.org/p' },
        ],
      },
      { publisher: null, articles: [{ id: 'q', title: 'ข่าว q', seed: 'q.txt', credit: 'เอพี' }] },
    ]);
    expect(withUrl.credits).toEqual([{ credit: 'เอพี', articleIds: ['p', 'q'] }]);
  });
});

describe('key entities and related topics', () => {
  const articles = [
    art('a', { date: '2024-01-01', entities: ['tass'] }, ['คิม จอง อึน พบกับ วลาดิมีร์ ปูติน ที่วลาดิวอสต็อก']),
    art('b', { date: '2024-02-01' }, ['ปูตินเดินทางเยือนเปียงยาง']),
    art('c', {}, ['Putin spoke to reporters in Moscow']),
  ];
  const b = buildBriefing(topic, articles, tax.entities, [
    { slug: 'russia-north-korea', title: 'ร่ม', articleIds: ['a', 'b', 'c'] },
    { slug: 'summits-and-visits', title: 'การเยือน', articleIds: ['a', 'b', 'z'] },
    { slug: 'space-and-satellites', title: 'อวกาศ', articleIds: ['c'] },
    { slug: 'war-in-ukraine', title: 'สงคราม', articleIds: ['z'] },
  ]);

  it('ranks entities by number of articles mentioning them (text or frontmatter), typed', () => {
    expect(b.keyEntities[0]).toMatchObject({ slug: 'vladimir-putin', type: 'person', count: 3, articleIds: ['a', 'b', 'c'] });
    const bySlug = Object.fromEntries(b.keyEntities.map((k) => [k.slug, k]));
    expect(bySlug['tass']).toMatchObject({ type: 'organization', count: 1, articleIds: ['a'] });
    expect(bySlug['vladivostok']).toMatchObject({ type: 'place', count: 1 });
    expect(bySlug['moscow']?.articleIds).toEqual(['c']);
    expect(bySlug['kim-jong-un']?.count).toBe(1);
    expect(bySlug['donald-trump']).toBeUndefined();
    const counts = b.keyEntities.map((k) => k.count);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });
  it('related topics: other topics sharing articles, by shared count', () => {
    expect(b.relatedTopics).toEqual([
      { slug: 'summits-and-visits', title: 'การเยือน', shared: 2, total: 3 },
      { slug: 'space-and-satellites', title: 'อวกาศ', shared: 1, total: 1 },
    ]);
  });
});

describe('key figures', () => {
  it('finds figure phrases: Arabic and Thai digits, Thai number words, money, percent, dates', () => {
    expect(findFigures('เครื่องยิงจรวดหลายลำกล้องมากกว่า 10,000 ตู้ ตามรายงาน')).toEqual([{ kind: 'quantity', text: 'มากกว่า 10,000 ตู้' }]);
    expect(findFigures('ส่งทหารไปยังรัสเซียราว 15,000 นายตั้งแต่ปีที่แล้ว')[0]).toEqual({ kind: 'quantity', text: 'ราว 15,000 นาย' });
    expect(findFigures('ได้รับโดรนจำนวน ๕ ลำ')[0]).toEqual({ kind: 'quantity', text: 'จำนวน ๕ ลำ' });
    expect(findFigures('ส่งเจ้าหน้าที่กู้ระเบิดหลายพันคนไปยังคูร์สก์')[0]).toEqual({ kind: 'quantity', text: 'หลายพันคน' });
    expect(findFigures('ส่งทหารนับหมื่นนายไปร่วมรบ')[0]).toEqual({ kind: 'quantity', text: 'นับหมื่นนาย' });
    expect(findFigures('กระสุนปืนใหญ่กว่า ๑,๐๐๐,๐๐๐ นัด')[0]?.text).toBe('กว่า ๑,๐๐๐,๐๐๐ นัด');
    expect(findFigures('เพิ่มขึ้น 35% ในปีนี้')[0]?.text).toBe('35%');
    expect(findFigures('มูลค่ากว่า 2.5 ล้านดอลลาร์')[0]?.text).toBe('กว่า 2.5 ล้านดอลลาร์');
    expect(findFigures('เพิ่มขึ้นร้อยละ 20 จากปีก่อน')[0]?.text).toBe('ร้อยละ 20');
    expect(findFigures('ครั้งแรกในรอบสี่ปีครึ่ง')[0]).toEqual({ kind: 'duration', text: 'สี่ปีครึ่ง' });
    expect(findFigures('เมื่อวันที่ 13 สิงหาคม')[0]).toEqual({ kind: 'date', text: 'วันที่ 13 สิงหาคม' });
  });
  it('ignores things that only look like numbers', () => {
    // ทั้งสอง = both; พันธมิตร = ally; Su-35, โควิด-19 = names; สามารถ = can
    expect(findFigures('ทั้งสองประเทศและพันธมิตรสามารถผลิตเครื่องบิน Su-35 ได้แม้ในช่วงโควิด-19')).toEqual([]);
    // a bare day of the month says too little to be a key date
    expect(findFigures('รัฐมนตรีกล่าวเมื่อวันที่ 16 ว่าจะติดตามอย่างใกล้ชิด')).toEqual([]);
    // ล้านนา + ที่ (Lanna, that) is not "a million minutes"; สองประเทศ = the two countries
    expect(findFigures('มรดกทางวัฒนธรรมล้านนาที่สืบทอดมา และการค้าระหว่างสองประเทศ')).toEqual([]);
    expect(findFigures('ผู้แทนจาก 32 ประเทศเข้าร่วม')[0]?.text).toBe('32 ประเทศ');
  });

  const figureArticles = [
    art('late', { date: '2025-08-13' }, [
      'จากการประเมินของเกาหลีใต้ เกาหลีเหนือได้ส่งทหารไปยังรัสเซียราว 15,000 นายตั้งแต่ฤดูใบไม้ร่วงปีที่แล้ว นอกจากนี้ ทั้งสองประเทศยังได้หารือถึงการพัฒนาความสัมพันธ์และส่งเสริมความร่วมมือในทุกด้านอย่างใกล้ชิด',
    ]),
    art('nodate', {}, ['สำนักข่าวทาสส์ของรัสเซียรายงานว่า นายคิมได้รับโดรนกามิกาเซ่จำนวน 5 ลำ เป็นของขวัญอำลาจากผู้ว่าราชการแคว้นปรีมอร์เย']),
    art('early', { date: '2024-11-30' }, [
      'นับตั้งแต่นั้นมา เกาหลีเหนือได้จัดส่งกระสุน ปืนใหญ่ขับเคลื่อนด้วยตัวเอง และเครื่องยิงจรวดหลายลำกล้องมากกว่า 10,000 ตู้ ตามรายงานของหน่วยข่าวกรองของเกาหลีใต้',
    ]),
    // a later wire copy of the same sentence in another article: listed once, under the earlier article
    art('copy', { date: '2025-09-01' }, ['จากการประเมินของเกาหลีใต้ เกาหลีเหนือได้ส่งทหารไปยังรัสเซียราว 15,000 นายตั้งแต่ฤดูใบไม้ร่วงปีที่แล้ว']),
  ];

  it('keeps only sentences with figures, deduplicated, ordered by article date (undated last)', () => {
    const b = buildBriefing(topic, figureArticles, tax.entities);
    expect(b.keyFigures.map((f) => [f.articleId, f.figures])).toEqual([
      ['early', ['มากกว่า 10,000 ตู้']],
      ['late', ['ราว 15,000 นาย']],
      ['nodate', ['จำนวน 5 ลำ']],
    ]);
    expect(b.keyFigures[1]?.text).toBe('จากการประเมินของเกาหลีใต้ เกาหลีเหนือได้ส่งทหารไปยังรัสเซียราว 15,000 นายตั้งแต่ฤดูใบไม้ร่วงปีที่แล้ว');
    expect(b.keyFigures[1]?.date).toBe('2025-08-13');
    expect(b.keyFigures[2]).not.toHaveProperty('date');
    expect(b.keyFigures.every((f) => f.kind === 'quantity')).toBe(true);
  });
  it('is capped, preferring quantities over dates', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      art(`m${i}`, { date: `2024-0${i + 1}-01` }, [
        `เกาหลีเหนือได้ส่งทหารเพิ่มเติมอีกราว ${i + 1},000 นายไปยังแนวหน้าในภูมิภาคคูร์สก์ของรัสเซีย`,
        `การประชุมครั้งนี้จัดขึ้นเมื่อวันที่ ${i + 2} มิถุนายนที่กรุงเปียงยางตามรายงานของสื่อทางการ`,
      ]),
    );
    const b = buildBriefing(topic, many, tax.entities, [], { maxFigures: 5 });
    expect(b.keyFigures).toHaveLength(5);
    expect(b.keyFigures.every((f) => f.kind === 'quantity')).toBe(true);
    const dates = b.keyFigures.map((f) => f.date ?? '');
    expect(dates).toEqual([...dates].sort());
  });
});

describe('quotes', () => {
  const articles = [
    art('q1', { date: '2023-09-20' }, [
      'โดยนายดมิทรี เพสคอฟ โฆษกทำเนียบเครมลินกล่าวว่า "การเดินทางเยือนรัสเซียของนายคิม จะเป็นการเยือนเต็มรูปแบบ"',
      'หนังสือพิมพ์ฉบับนี้ระบุในบทบรรณาธิการว่า "ยินดีต้อนรับ" การเยือนของผู้นำต่างชาติ',
    ]),
    art('q2', { date: '2024-11-30' }, [
      'ผู้นำเกาหลีเหนือ คิม จอง อึน ได้พบกับ อันเดรย์ เบลูซอฟ รัฐมนตรีกลาโหมรัสเซีย เมื่อวันที่ 30 พฤศจิกายน',
      '“รัฐบาล กองทัพ และประชาชนของเราสนับสนุนนโยบายของรัสเซียอยู่เสมอ” นายคิมกล่าว',
      '“เราเป็นสหายและผู้สนับสนุนที่แน่วแน่ของกันและกัน” เขากล่าว',
      "มิลเลอร์ โฆษกกระทรวงการต่างประเทศสหรัฐฯ กล่าวว่า ``ความร่วมมือระหว่างสองประเทศเป็นเรื่องที่น่ากังวลอย่างยิ่ง''",
      'นายชอยกูยกย่องกองทัพเกาหลีเหนือว่า ‘ทรงพลังมากที่สุดในโลก’ ระหว่างงานเลี้ยงในกรุงเปียงยาง',
    ]),
  ];
  const b = buildBriefing(topic, articles, tax.entities);
  const byQuote = Object.fromEntries(b.quotes.map((q) => [q.quote, q]));

  it('extracts quotes in “…”, "…", ‘…’ and ``…\'\' but not short scare quotes', () => {
    expect(b.quotes.map((q) => q.quote)).toEqual([
      'การเดินทางเยือนรัสเซียของนายคิม จะเป็นการเยือนเต็มรูปแบบ',
      'รัฐบาล กองทัพ และประชาชนของเราสนับสนุนนโยบายของรัสเซียอยู่เสมอ',
      'เราเป็นสหายและผู้สนับสนุนที่แน่วแน่ของกันและกัน',
      'ความร่วมมือระหว่างสองประเทศเป็นเรื่องที่น่ากังวลอย่างยิ่ง',
      'ทรงพลังมากที่สุดในโลก',
    ]);
    expect(byQuote['ยินดีต้อนรับ']).toBeUndefined();
  });
  it('attributes speakers: named entity, "นายคิม" resolved within the article, role phrase, none for pronouns', () => {
    expect(byQuote['การเดินทางเยือนรัสเซียของนายคิม จะเป็นการเยือนเต็มรูปแบบ']).toMatchObject({ speaker: 'ดมิทรี เพสคอฟ', speakerEntity: 'dmitry-peskov', articleId: 'q1', date: '2023-09-20' });
    expect(byQuote['รัฐบาล กองทัพ และประชาชนของเราสนับสนุนนโยบายของรัสเซียอยู่เสมอ']).toMatchObject({ speakerEntity: 'kim-jong-un', speaker: 'คิม จอง อึน' });
    const pronoun = byQuote['เราเป็นสหายและผู้สนับสนุนที่แน่วแน่ของกันและกัน'];
    expect(pronoun).toBeDefined();
    expect(pronoun).not.toHaveProperty('speaker');
    expect(pronoun).not.toHaveProperty('speakerEntity');
    const miller = byQuote['ความร่วมมือระหว่างสองประเทศเป็นเรื่องที่น่ากังวลอย่างยิ่ง'];
    expect(miller?.speaker).toBe('มิลเลอร์ โฆษกกระทรวงการต่างประเทศสหรัฐฯ');
    expect(miller).not.toHaveProperty('speakerEntity');
    expect(byQuote['ทรงพลังมากที่สุดในโลก']).toMatchObject({ speakerEntity: 'sergei-shoigu' });
  });
  it('resolves a title + short name only when it is unambiguous in the article', () => {
    const q = buildBriefing(topic, [
      art('one', { date: '2024-06-19' }, [
        'โช แทยอล รัฐมนตรีต่างประเทศเกาหลีใต้ เตือนรัสเซียเรื่องความร่วมมือทางทหาร',
        "รัฐมนตรีต่างประเทศโชจึงถามว่า ``ความร่วมมือนี้จะนำไปสู่ความสัมพันธ์เชิงยุทธศาสตร์ระยะยาวหรือไม่''",
      ]),
      art('two', { date: '2024-06-20' }, [
        'คิม จอง อิล และ คิม จอง อึน ต่างเคยเดินทางเยือนรัสเซียด้วยรถไฟ',
        '“เราจะยกระดับความร่วมมือไปสู่ระดับที่สูงขึ้นกว่าเดิม” นายคิมกล่าว',
      ]),
    ], tax.entities).quotes;
    expect(q[0]).toMatchObject({ speakerEntity: 'cho-tae-yul', articleId: 'one' });
    expect(q[1]).toMatchObject({ speaker: 'นายคิม', articleId: 'two' });
    expect(q[1]).not.toHaveProperty('speakerEntity');
  });
});

describe('on the real seed articles (content/articles)', async () => {
  const fs = await import('node:fs');
  const { VFile } = await import('vfile');
  const { matter } = await import('vfile-matter');
  const { articleSchema } = await import('../../src/schema.ts');
  const { mdxBodyToText } = await import('../../src/lib/text.ts');
  const dir = path.resolve(import.meta.dirname, '../../content/articles');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
  const articles: BriefingArticle[] = files.map((f) => {
    const v = new VFile({ value: fs.readFileSync(path.join(dir, f), 'utf8') });
    matter(v, { strip: true });
    return { id: f.replace(/\.mdx$/, ''), data: articleSchema.parse(v.data.matter), paragraphs: mdxBodyToText(String(v.value)) };
  });

  it.skipIf(articles.length < 5)('umbrella briefing: real figure sentences and real quotes', () => {
    const umbrella = articles.filter((a) => a.data.topics.includes('russia-north-korea'));
    expect(umbrella).toHaveLength(articles.length);
    const b = buildBriefing(topic, umbrella, tax.entities);
    const figures = b.keyFigures.flatMap((f) => f.figures);
    expect(figures).toEqual(expect.arrayContaining(['มากกว่า 10,000 ตู้', 'มากกว่า 10,000 นาย', 'ราว 15,000 นาย']));
    for (const f of b.keyFigures) for (const x of f.figures) expect(f.text).toContain(x);
    expect(b.quotes.length).toBeGreaterThanOrEqual(5);
    for (const q of b.quotes) {
      expect(q.quote.replace(/\s/g, '').length).toBeGreaterThanOrEqual(15);
      expect(q.quote).not.toMatch(/^["“”‘’`']|["“”‘’`']$/);
    }
    const peskov = b.quotes.filter((q) => q.speakerEntity === 'dmitry-peskov');
    expect(peskov.length).toBeGreaterThanOrEqual(1);
    // every dated article is in the timeline, every undated one only in `undated`
    expect(b.timeline.length + b.undated.length).toBe(b.count);
    for (const u of b.undated) expect(articles.find((a) => a.id === u.id)?.data.date).toBeUndefined();
  });
});
