/**
 * The classifier on small made-up pages (not the seeds): each test builds a
 * page with one kind of chrome and checks where every line went.
 */
import { describe, expect, it } from 'vitest';
import { batchContext, classify, type Labeled } from '../../scripts/ingest/classify.ts';
import { toLines } from '../../scripts/ingest/lines.ts';

const P = [
  'นายกรัฐมนตรีเปิดเผยว่ารัฐบาลได้เตรียมงบประมาณไว้แล้ว เพื่อช่วยเหลือประชาชนในพื้นที่ที่ได้รับผลกระทบจากน้ำท่วมในภาคเหนือ',
  'กรมอุตุนิยมวิทยาคาดว่าฝนจะตกต่อไปอีกอย่างน้อยสามวัน และขอให้ประชาชนที่อยู่ริมแม่น้ำติดตามประกาศของทางราชการอย่างใกล้ชิด',
  'ด้านผู้ว่าราชการจังหวัดระบุว่าได้สั่งการให้ทุกอำเภอเตรียมศูนย์พักพิงชั่วคราว และจัดเจ้าหน้าที่ดูแลผู้สูงอายุกับเด็กเป็นพิเศษ',
];

function run(text: string, batch = batchContext([])): Map<string, Labeled> {
  return new Map(classify(toLines(text), batch).filter((l) => l.kind !== 'blank').map((l) => [l.text, l]));
}
const kindOf = (m: Map<string, Labeled>, t: string) => m.get(t)?.kind;

describe('zones', () => {
  it('menus and banners above the headline are chrome; the headline is the title; a date above it is the site header', () => {
    const m = run(['หน้าแรก', 'การเมือง', 'วันเสาร์ที่ 21 พฤศจิกายน 2569', 'Thai Daily News - the best news in Thailand', 'รัฐบาลเร่งช่วยผู้ประสบภัยน้ำท่วมภาคเหนือ', '', ...P].join('\n'));
    expect(kindOf(m, 'หน้าแรก')).toBe('boilerplate');
    expect(kindOf(m, 'การเมือง')).toBe('boilerplate');
    expect(m.get('วันเสาร์ที่ 21 พฤศจิกายน 2569')!.rule).toBe('date-above-headline');
    expect(m.get('Thai Daily News - the best news in Thailand')!.rule).toBe('foreign-language-header');
    expect(kindOf(m, 'รัฐบาลเร่งช่วยผู้ประสบภัยน้ำท่วมภาคเหนือ')).toBe('title');
    for (const p of P) expect(kindOf(m, p)).toBe('content');
  });

  it('a dateline under the headline is metadata; a deck sentence stays content', () => {
    const deck = 'ทางการยืนยันว่าจะช่วยเหลือทุกครอบครัวที่ได้รับความเดือดร้อน';
    const m = run(['รัฐบาลเร่งช่วยผู้ประสบภัยน้ำท่วมภาคเหนือ', 'เผยแพร่: 13 ส.ค. 2568 10:15 น.', deck, ...P].join('\n'));
    expect(m.get('เผยแพร่: 13 ส.ค. 2568 10:15 น.')!.meta).toBe('dateline');
    expect(kindOf(m, deck)).toBe('content');
  });

  it('a text that starts mid-sentence has no title line and loses nothing', () => {
    const m = run([...P, '2024/06/19 14:48 KST'].join('\n'));
    expect([...m.values()].some((l) => l.kind === 'title')).toBe(false);
    for (const p of P) expect(kindOf(m, p)).toBe('content');
  });

  it('footer: credits, source URL, copyright, widgets and menu runs are removed; a short closing paragraph is kept', () => {
    const closing = 'ทั้งนี้ต้องติดตามสถานการณ์กันต่อไปอย่างใกล้ชิด';
    const m = run(
      ['หัวข้อข่าวทดสอบการจัดหมวดหมู่บรรทัด', ...P, closing, 'ที่มา: รอยเตอร์', 'ที่มา: https://example.com/news/1', '© 2025 Example Media Co., Ltd. All rights reserved.', 'แสดงความคิดเห็น', 'ข่าวที่เกี่ยวข้อง', 'ฝนถล่มกรุงเทพฯ', 'ทองคำราคาพุ่ง', 'บอลไทยชนะ', 'หวยออกแล้ว'].join('\n'),
    );
    expect(kindOf(m, closing)).toBe('content');
    expect(m.get('ที่มา: รอยเตอร์')!.meta).toBe('credit');
    expect(m.get('ที่มา: https://example.com/news/1')!.meta).toBe('source');
    expect(m.get('© 2025 Example Media Co., Ltd. All rights reserved.')!.rule).toBe('copyright');
    expect(m.get('แสดงความคิดเห็น')!.rule).toBe('comment-widget');
    expect(m.get('ข่าวที่เกี่ยวข้อง')!.rule).toBe('related-heading');
    for (const h of ['ฝนถล่มกรุงเทพฯ', 'ทองคำราคาพุ่ง', 'บอลไทยชนะ', 'หวยออกแล้ว']) expect(m.get(h)!.rule).toBe('menu-run');
  });
});

describe('inside the article', () => {
  it('a caption printed twice is kept once as a caption', () => {
    const cap = 'ภาพประกอบ - ชาวบ้านช่วยกันขนของหนีน้ำ (ภาพ: รอยเตอร์)';
    const labeled = classify(toLines(['หัวข้อข่าวทดสอบคำบรรยายภาพซ้ำ', P[0], cap, cap, P[1], P[2]].join('\n')));
    const copies = labeled.filter((l) => l.text === cap);
    expect(copies.map((l) => l.kind)).toEqual(['caption', 'boilerplate']);
    expect(copies[1]!.rule).toBe('duplicate-caption');
  });

  it('marked lines and short lines between paragraphs are headings; hashtags and share bars are chrome', () => {
    const m = run(['หัวข้อข่าวทดสอบหัวข้อย่อยในเนื้อข่าว', P[0], '*มาตรการช่วยเหลือ', P[1], 'แผนระยะยาวของรัฐบาล', P[2], '#น้ำท่วม #ภาคเหนือ', 'แชร์ Facebook Twitter'].join('\n'));
    expect(m.get('*มาตรการช่วยเหลือ')!.kind).toBe('heading');
    expect(m.get('แผนระยะยาวของรัฐบาล')!.kind).toBe('heading');
    expect(m.get('#น้ำท่วม #ภาคเหนือ')!.rule).toBe('hashtags');
    expect(m.get('แชร์ Facebook Twitter')!.rule).toBe('share-widget');
  });

  it('a sentence that merely mentions chrome words stays (rules only match short lines)', () => {
    const s = 'ผู้ใช้จำนวนมากแสดงความคิดเห็นในโซเชียลมีเดียว่าไม่เห็นด้วยกับนโยบายคุกกี้ใหม่ของบริษัท และเรียกร้องให้มีการทบทวนโดยเร็ว';
    const m = run(['หัวข้อข่าวทดสอบคำที่คล้ายส่วนประกอบเว็บ', P[0], s, P[1]].join('\n'));
    expect(kindOf(m, s)).toBe('content');
  });

  it('a line repeated across many files of the batch is site chrome', () => {
    const banner = 'สมัครรับข่าวสารทุกเช้าฟรี';
    const files = [0, 1, 2].map((i) => toLines(['หัวข้อข่าวทดสอบที่ ' + i + ' เรื่องน้ำท่วม', P[i]!, banner, P[(i + 1) % 3]!].join('\n')));
    const batch = batchContext(files);
    const labeled = classify(files[0]!, batch);
    expect(labeled.find((l) => l.text === banner)!.kind).toBe('boilerplate');
  });

  it('a page with no prose at all keeps nothing as content', () => {
    const labeled = classify(toLines('หน้าแรก\nข่าว\nกีฬา\nบันเทิง'));
    expect(labeled.filter((l) => l.kind === 'content')).toEqual([]);
  });
});

describe('batch repetition', () => {
  it('a subheading shared by two syndicated copies of a story stays in both; the shared site chrome goes', () => {
    const story = (site: string) => toLines([site, 'หัวข้อข่าวเดียวกันจากสำนักข่าวต่างประเทศ', P[0], '*ปฏิกิริยาจากต่างประเทศ', P[1], P[2], 'สมัครรับข่าวสารทุกเช้าฟรีวันนี้', 'เมนูรวมข่าว'].join('\n'));
    const files = [story('ข่าวเช้า'), story('ข่าวเย็น'), toLines(['อีกเว็บหนึ่ง', 'ข่าวอื่นที่ไม่เกี่ยวข้องกันเลยสักนิด', P[2]!, 'เมนูรวมข่าว'].join('\n'))];
    const batch = batchContext(files);
    const labeled = classify(files[0]!, batch);
    expect(labeled.find((l) => l.text === '*ปฏิกิริยาจากต่างประเทศ')!.kind).toBe('heading');
    expect(labeled.find((l) => l.text === 'เมนูรวมข่าว')!.kind).toBe('boilerplate');
  });
});
