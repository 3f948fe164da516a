import { describe, expect, it } from 'vitest';
import {
  compareByDate, countLabel, splitAround, countWords, hostOf, NO_DATE, parseIsoDate, readingMinutes, readingTimeLabel,
  thaiDate, thaiDateSpan, thaiMonthYear, thaiYear,
} from '../../src/lib/format.ts';

describe('Thai dates (Buddhist era)', () => {
  it('formats ISO dates as Thai long dates with the BE year (CE + 543)', () => {
    expect(thaiDate('2024-11-30')).toBe('30 พฤศจิกายน 2567');
    expect(thaiDate('2023-09-20')).toBe('20 กันยายน 2566');
    expect(thaiDate('2025-08-13')).toBe('13 สิงหาคม 2568');
    expect(thaiDate('2024-06-19')).toBe('19 มิถุนายน 2567');
  });
  it('does not shift the day at the edges of the year (no time-zone drift)', () => {
    expect(thaiDate('2024-01-01')).toBe('1 มกราคม 2567');
    expect(thaiDate('2024-12-31')).toBe('31 ธันวาคม 2567');
    expect(thaiDate('2024-02-29')).toBe('29 กุมภาพันธ์ 2567');
  });
  it('has a short form with abbreviated month', () => {
    expect(thaiDate('2024-11-30', 'short')).toBe('30 พ.ย. 2567');
  });
  it('returns undefined for missing or impossible dates, never a made-up one', () => {
    expect(thaiDate(undefined)).toBeUndefined();
    expect(thaiDate(null)).toBeUndefined();
    expect(thaiDate('')).toBeUndefined();
    expect(thaiDate('2024-02-30')).toBeUndefined();
    expect(thaiDate('2023-02-29')).toBeUndefined();
    expect(thaiDate('30/11/2024')).toBeUndefined();
    expect(parseIsoDate('2024-13-01')).toBeUndefined();
    expect(NO_DATE).toBe('ไม่ระบุวันที่');
  });
  it('gives the BE year and month-year', () => {
    expect(thaiYear('2024-11-30')).toBe('2567');
    expect(thaiYear('2019-04-25')).toBe('2562');
    expect(thaiYear(undefined)).toBeUndefined();
    expect(thaiMonthYear('2023-09-20')).toBe('กันยายน 2566');
  });
  it('formats spans', () => {
    expect(thaiDateSpan('2023-09-20', '2025-08-13')).toBe('20 กันยายน 2566 – 13 สิงหาคม 2568');
    expect(thaiDateSpan('2024-11-30', '2024-11-30')).toBe('30 พฤศจิกายน 2567');
    expect(thaiDateSpan(undefined, '2024-11-30')).toBe('30 พฤศจิกายน 2567');
    expect(thaiDateSpan(undefined, undefined)).toBeUndefined();
  });
});

describe('Thai word count and reading time', () => {
  it('segments Thai text without spaces into dictionary words', () => {
    // ผู้นำ / สูงสุด / ของ / เกาหลี / เหนือ: at least 4 words, though there is no space.
    expect(countWords('ผู้นำสูงสุดของเกาหลีเหนือ')).toBeGreaterThanOrEqual(4);
    expect(countWords('ผู้นำสูงสุดของเกาหลีเหนือ')).toBeLessThanOrEqual(6);
    expect(countWords('')).toBe(0);
    expect(countWords(' , . “ ” ')).toBe(0);
    expect(countWords('Kim Jong-un met Putin')).toBe(5);
  });
  it('turns words into whole minutes', () => {
    const word = 'ประเทศ';
    expect(countWords(word.repeat(10))).toBe(10);
    expect(readingMinutes('')).toBe(0);
    expect(readingMinutes(word)).toBe(1);
    expect(readingMinutes(word.repeat(750))).toBe(3);
    expect(readingMinutes(word.repeat(900), 100)).toBe(9);
    expect(readingTimeLabel(word.repeat(750))).toBe('อ่านประมาณ 3 นาที');
    expect(readingTimeLabel(word.repeat(300))).toBe('อ่านประมาณ 1 นาที');
    expect(readingTimeLabel(word.repeat(20))).toBe('อ่านไม่ถึง 1 นาที');
  });
});

describe('splitAround', () => {
  const s = 'เกาหลีเหนือส่งทหารมากกว่า 10,000 นาย และกระสุน 5 ล้านนัด ภายใน 2 ปี';
  it('marks each phrase, keeps the text intact', () => {
    const parts = splitAround(s, ['5 ล้านนัด', 'มากกว่า 10,000 นาย']);
    expect(parts.map((p) => p.t).join('')).toBe(s);
    expect(parts.filter((p) => p.em).map((p) => p.t)).toEqual(['มากกว่า 10,000 นาย', '5 ล้านนัด']);
    expect(parts[0]).toEqual({ t: 'เกาหลีเหนือส่งทหาร', em: false });
  });
  it('prefers the longer phrase at the same place and marks repeats', () => {
    const parts = splitAround('10,000 นาย และ 10,000 นาย', ['10,000', '10,000 นาย']);
    expect(parts.filter((p) => p.em).map((p) => p.t)).toEqual(['10,000 นาย', '10,000 นาย']);
  });
  it('leaves text without phrases as one plain part', () => {
    expect(splitAround(s, ['ไม่มีในประโยค', ''])).toEqual([{ t: s, em: false }]);
    expect(splitAround('', ['x'])).toEqual([]);
  });
});

describe('small helpers', () => {
  it('counts with a classifier and digit grouping', () => {
    expect(countLabel(5, 'ข่าว')).toBe('5 ข่าว');
    expect(countLabel(15000, 'นาย')).toBe('15,000 นาย');
  });
  it('extracts host names', () => {
    expect(hostOf('https://www.vtcnews.vn/a.html')).toBe('vtcnews.vn');
    expect(hostOf('not a url')).toBeUndefined();
    expect(hostOf(undefined)).toBeUndefined();
  });
  it('orders dated items first by date, undated last', () => {
    const items = [
      { id: 'c' }, { id: 'b', date: '2024-11-30' }, { id: 'a' }, { id: 'd', date: '2023-09-20' },
    ];
    expect(items.sort(compareByDate).map((x) => x.id)).toEqual(['d', 'b', 'a', 'c']);
  });
});
