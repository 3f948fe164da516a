import { describe, expect, it } from 'vitest';
import { findUrl, isProse, isSentenceLike, measure } from '../../scripts/ingest/signals.ts';

const PROSE = 'นายกรัฐมนตรีเปิดเผยว่ารัฐบาลได้เตรียมงบประมาณไว้แล้ว เพื่อช่วยเหลือประชาชนในพื้นที่ที่ได้รับผลกระทบจากน้ำท่วม';

describe('measure', () => {
  it('counts Thai and Latin letters and the Thai share', () => {
    const s = measure('ข่าว News');
    expect(s.thai).toBe(4); // ข ่ า ว: Thai letters, vowels and tone marks
    expect(s.latin).toBe(4);
    expect(s.thaiRatio).toBeGreaterThan(0.4);
    expect(measure('Vietnam.vn - Nền tảng').thaiRatio).toBe(0);
  });
  it('segments Thai words (no spaces) and counts function words', () => {
    const s = measure(PROSE);
    expect(s.words).toBeGreaterThan(15);
    expect(s.functionWords).toBeGreaterThanOrEqual(4); // ว่า ได้ ไว้ แล้ว เพื่อ ใน ที่ จาก
    expect(s.functionDensity).toBeGreaterThan(0.15);
  });
  it('finds URLs', () => {
    expect(measure('https://example.com/a').isUrl).toBe(true);
    expect(measure('ที่มา: https://example.com/a').hasUrl).toBe(true);
    expect(findUrl('ที่มา: https://vtcnews.vn/a-b.html).')).toBe('https://vtcnews.vn/a-b.html');
    expect(findUrl('อ่านต่อ www.example.co.th/x')).toBe('https://www.example.co.th/x');
  });
});

describe('prose detection', () => {
  it('running Thai prose is prose; menus, headlines, labels are not', () => {
    expect(isProse(measure(PROSE))).toBe(true);
    for (const t of ['หน้าแรก', 'กระดานความเห็น', 'ปูตินถกผู้นำคิม ตอกย้ำเป็นพันธมิตร สู้ศึกยูเครน', 'XS', 'No videos available']) {
      expect(isProse(measure(t)), t).toBe(false);
    }
  });
  it('a short sentence is sentence-like, a menu item is not', () => {
    expect(isSentenceLike(measure('ฝนจะตกต่อไปอีกสามวันในภาคเหนือของประเทศ'))).toBe(true);
    expect(isSentenceLike(measure('ระบบการเมือง'))).toBe(false);
  });
});
