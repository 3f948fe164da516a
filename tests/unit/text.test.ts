import { describe, expect, it } from 'vitest';
import { mdxBodyBlocks, mdxBodyToText, splitThaiSentences } from '../../src/lib/text.ts';

const MDX = `ผู้นำเกาหลีเหนือ คิม จอง อึน ได้พบกับ อันเดรย์ เบลูซอฟ รัฐมนตรีกลาโหมรัสเซีย

<figure class="caption"><figcaption>ผู้นำเกาหลีเหนือ คิมจองอึน. (ภาพ: เคซีเอ็นเอ)</figcaption></figure>

## ดีลอาวุธ-เทคโนโลยี

ราคา \\{ไม่ทราบ\\} \\<b\\> &amp; *เน้น* และ [ลิงก์](https://example.com) {1 + 1}

นับตั้งแต่นั้นมา เกาหลีเหนือได้จัดส่งกระสุน
มากกว่า 10,000 ตู้
`;

describe('mdxBodyBlocks / mdxBodyToText', () => {
  it('flags paragraphs, headings and captions in order', () => {
    expect(mdxBodyBlocks(MDX).map((b) => b.kind)).toEqual(['paragraph', 'caption', 'heading', 'paragraph', 'paragraph']);
    expect(mdxBodyBlocks(MDX)[1]).toEqual({ kind: 'caption', text: 'ผู้นำเกาหลีเหนือ คิมจองอึน. (ภาพ: เคซีเอ็นเอ)' });
    expect(mdxBodyBlocks(MDX)[2]).toEqual({ kind: 'heading', text: 'ดีลอาวุธ-เทคโนโลยี' });
  });
  it('returns paragraphs only, as plain text: escapes resolved, no markup, expressions dropped, soft breaks joined', () => {
    expect(mdxBodyToText(MDX)).toEqual([
      'ผู้นำเกาหลีเหนือ คิม จอง อึน ได้พบกับ อันเดรย์ เบลูซอฟ รัฐมนตรีกลาโหมรัสเซีย',
      'ราคา {ไม่ทราบ} <b> & เน้น และ ลิงก์',
      'นับตั้งแต่นั้นมา เกาหลีเหนือได้จัดส่งกระสุน มากกว่า 10,000 ตู้',
    ]);
  });
  it('ignores a leading frontmatter block', () => {
    expect(mdxBodyToText('---\ntitle: "x"\n---\n\nย่อหน้าเดียว\n')).toEqual(['ย่อหน้าเดียว']);
  });
});

describe('splitThaiSentences', () => {
  const s1 = 'จากการประเมินของเกาหลีใต้ เกาหลีเหนือได้ส่งทหารไปยังรัสเซียราว 15,000 นายตั้งแต่ฤดูใบไม้ร่วงปีที่แล้ว';
  const s2 = 'นอกจากนี้ คิมยังตกลงที่จะส่งคนงานก่อสร้างทางทหารและเจ้าหน้าที่กู้ระเบิดหลายพันคนไปยังภูมิภาคคูร์สก์';

  it('splits before a sentence opener, keeping a number with its unit', () => {
    expect(splitThaiSentences(`${s1} ${s2}`)).toEqual([s1, s2]);
  });
  it('splits at a space between two full sentences', () => {
    const a = 'เกาหลีเหนือส่งทหารไปยังรัสเซียราว 15,000 นายตั้งแต่ฤดูใบไม้ร่วงปีที่แล้ว';
    const b = 'หน่วยข่าวกรองเกาหลีใต้เชื่อว่าจะมีการส่งทหารเพิ่มเติมในเร็วๆ นี้';
    expect(splitThaiSentences(`${a} ${b}`)).toEqual([a, b]);
  });
  it('never splits inside quotation marks', () => {
    const p =
      'นายดมิทรี เพสคอฟ โฆษกทำเนียบเครมลินกล่าวว่า "การเดินทางเยือนรัสเซียของนายคิม จะเป็นการเยือนเต็มรูปแบบ โดยจะมีเจรจากันระหว่างเจ้าหน้าที่ตัวแทนของทั้งสองประเทศ และหลังจากนั้นผู้นำของทั้งสองฝ่ายจะหารือกันแบบตัวต่อตัว"';
    expect(splitThaiSentences(p)).toEqual([p]);
    const curly = 'รัฐมนตรีกล่าวว่า “ความสัมพันธ์ฉันท์มิตรได้พัฒนามาสู่ความสัมพันธ์ที่ไม่มีวันแตกหัก ทั้งสองประเทศจะร่วมมือกันต่อไปในทุกด้านอย่างใกล้ชิด” ในงานแถลงข่าว';
    expect(splitThaiSentences(curly)).toEqual([curly]);
  });
  it('keeps an attribution after a closing quote with the quote', () => {
    const p = '“รัฐบาล กองทัพ และประชาชนของสาธารณรัฐประชาธิปไตยประชาชนเกาหลีสนับสนุนนโยบายของรัสเซียอยู่เสมอ” นายคิมกล่าว';
    expect(splitThaiSentences(p)).toEqual([p]);
  });
  it('does not split list items, appositions or continuation words', () => {
    const list = 'นับตั้งแต่นั้นมา เกาหลีเหนือได้จัดส่งกระสุน ปืนใหญ่ขับเคลื่อนด้วยตัวเอง และเครื่องยิงจรวดหลายลำกล้องมากกว่า 10,000 ตู้';
    expect(splitThaiSentences(list)).toEqual([list]);
    const appos = 'คิม จอง อึน ผู้นำสูงสุดของเกาหลีเหนือ ยกย่องความสัมพันธ์ทวิภาคีกับรัสเซียที่มากขึ้นเมื่อวันพุธ ซึ่งเป็นวันชาติของรัสเซีย';
    expect(splitThaiSentences(appos)).toEqual([appos]);
  });
  it('keeps listed phrases (names) together', () => {
    const p = 'ยูเครนได้ยิงขีปนาวุธพิสัยไกลไปยังเป้าหมายภายในรัสเซีย หลังจากที่รัฐบาลของประธานาธิบดีโจ ไบเดนของสหรัฐฯ ยกเลิกข้อจำกัดทั้งหมด';
    for (const s of splitThaiSentences(p, { keep: ['โจ ไบเดน'] })) expect(s).not.toMatch(/^ไบเดน/);
  });
  it('loses no text: the sentences rejoin to the paragraph', () => {
    const p = `${s1}   ${s2} ยูเครนได้ยิงขีปนาวุธ ATACMS พิสัยไกลที่ผลิตในสหรัฐฯ! หน่วยข่าวกรองเกาหลีใต้เชื่อว่าจะมีการส่งทหารเพิ่มเติมในเร็วๆ นี้`;
    const out = splitThaiSentences(p);
    expect(out.length).toBeGreaterThanOrEqual(3);
    expect(out.join(' ')).toBe(p.replace(/\s+/g, ' '));
  });
  it('empty input gives no sentences', () => {
    expect(splitThaiSentences('   ')).toEqual([]);
  });
});
