import { describe, expect, it } from 'vitest';
import { classify } from '../../scripts/ingest/classify.ts';
import { toLines } from '../../scripts/ingest/lines.ts';
import { cleanTitle, copyrightHolder, creditOf, deriveTitle, extractMetadata, makeLead, parseDateline } from '../../scripts/ingest/metadata.ts';

const P = [
  'นายกรัฐมนตรีเปิดเผยว่ารัฐบาลได้เตรียมงบประมาณไว้แล้ว เพื่อช่วยเหลือประชาชนในพื้นที่ที่ได้รับผลกระทบจากน้ำท่วมเมื่อวันที่ 3 ส.ค. 2568',
  'กรมอุตุนิยมวิทยาคาดว่าฝนจะตกต่อไปอีกอย่างน้อยสามวัน และขอให้ประชาชนที่อยู่ริมแม่น้ำติดตามประกาศของทางราชการอย่างใกล้ชิด',
];
const meta = (lines: string[]) => extractMetadata(classify(toLines(lines.join('\n'))));

describe('datelines', () => {
  it('splits section, date and publisher', () => {
    expect(parseDateline('ข่าวต่างประเทศ Wednesday September 20, 2023 12:14 —สำนักข่าวอินโฟเควสท์ (IQ)')).toEqual({ date: '2023-09-20', section: 'ข่าวต่างประเทศ', publisher: 'สำนักข่าวอินโฟเควสท์ (IQ)' });
    expect(parseDateline('VTC NewsVTC News30/11/2024')).toEqual({ date: '2024-11-30', publisher: 'VTC News' });
    expect(parseDateline('Thai Daily | ๑๓ สิงหาคม ๒๕๖๘ - 10:15 น.')).toEqual({ date: '2025-08-13', publisher: 'Thai Daily' });
    expect(parseDateline('2024/06/19 14:48 KST')).toEqual({ date: '2024-06-19' });
  });
});

describe('titles', () => {
  it('strips glued column labels, date prefixes and " | Site" tails', () => {
    expect(cleanTitle('In Focusโลกหวั่นทริป "คิม" พบ "ปูติน"')).toEqual({ title: 'โลกหวั่นทริป "คิม" พบ "ปูติน"', section: 'In Focus' });
    expect(cleanTitle(' date 2025-08-13 ปูตินถกผู้นำคิม').title).toBe('ปูตินถกผู้นำคิม');
    expect(cleanTitle('ฝนถล่มภาคเหนือ | ข่าวเด่นออนไลน์')).toEqual({ title: 'ฝนถล่มภาคเหนือ', publisher: 'ข่าวเด่นออนไลน์' });
    expect(cleanTitle('Kim Jong Un visits Moscow').title).toBe('Kim Jong Un visits Moscow');
  });
  it('derives a title from a lead that starts mid-sentence', () => {
    const t = deriveTitle('Kim Jong-un) เลขาธิการทั่วไปให้การต้อนรับพวกเขา จากนั้นผู้นำทั้งสองจะพูดคุยกัน ทั้งสองประเทศกำลังเสริมสร้างความร่วมมือทางทหาร');
    expect(t.startsWith('เลขาธิการ')).toBe(true);
    expect([...t].length).toBeLessThanOrEqual(91);
  });
  it('makes a lead from the first paragraph, cut at a space', () => {
    const lead = makeLead([P[0]! + ' ' + P[1]!], 120);
    expect(lead.endsWith('…')).toBe(true);
    expect(P[0]!.startsWith(lead.slice(0, -1))).toBe(true);
  });
});

describe('credits and copyright', () => {
  it('reads the credit out of source lines', () => {
    expect(creditOf('  • ที่มา: เอพี')).toBe('เอพี');
    expect(creditOf('ฮัว หวู่ (ที่มา: รอยเตอร์)')).toBe('ฮัว หวู่ (ที่มา: รอยเตอร์)');
  });
  it('reads the holder out of copyright lines', () => {
    expect(copyrightHolder('Copyrights(C)wowkorea.jp 5')).toBe('wowkorea.jp');
    expect(copyrightHolder('© 2024 Thai PBS. All rights reserved.')).toBe('Thai PBS');
    expect(copyrightHolder('สงวนลิขสิทธิ์ © 2568 มติชนออนไลน์')).toBe('มติชนออนไลน์');
  });
});

describe('extractMetadata', () => {
  it('never takes a date mentioned inside the story', () => {
    const m = meta(['ฝนถล่มภาคเหนือ ชาวบ้านเดือดร้อนหนัก', '', ...P]);
    expect(m.date).toBeUndefined();
    expect(m.title).toBe('ฝนถล่มภาคเหนือ ชาวบ้านเดือดร้อนหนัก');
  });
  it('never takes the site header date above the headline', () => {
    const m = meta(['วันเสาร์ที่ 21 พฤศจิกายน 2569', 'ฝนถล่มภาคเหนือ ชาวบ้านเดือดร้อนหนัก', ...P]);
    expect(m.date).toBeUndefined();
  });
  it('takes the dateline under the headline, and a source URL and credit from the footer', () => {
    const m = meta(['ฝนถล่มภาคเหนือ ชาวบ้านเดือดร้อนหนัก', 'ข่าวภูมิภาค 13 ส.ค. 68 10:15 น.', ...P, 'ที่มา: เอเอฟพี', 'อ้างอิง: https://example.org/a?b=1']);
    expect(m).toMatchObject({ date: '2025-08-13', section: 'ข่าวภูมิภาค', credit: 'เอเอฟพี', sourceUrl: 'https://example.org/a?b=1' });
    expect(m.used.map((u) => u.field).sort()).toEqual(['credit', 'date', 'section', 'sourceUrl', 'title']);
  });
  it('falls back to the copyright holder for the publisher', () => {
    expect(meta(['ฝนถล่มภาคเหนือ ชาวบ้านเดือดร้อนหนัก', ...P, 'Copyright © 2025 Northern Post']).publisher).toBe('Northern Post');
  });
});
