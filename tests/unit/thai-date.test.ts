import { describe, expect, it } from 'vitest';
import { findDates, parseDate, thaiDigitsToAscii, toGregorianYear, type DateMatch } from '../../scripts/ingest/thai-date.ts';

/** Expected values are written by hand from the calendar, never computed by the module. */
describe('parseDate: one expression → ISO date', () => {
  const cases: Array<[input: string, iso: string]> = [
    // ISO and year-first
    ['2025-08-13', '2025-08-13'],
    ['2025-08-13T10:00', '2025-08-13'],
    ['2025-08-13T10:00:59+07:00', '2025-08-13'],
    ['2025-08-13 23:59:59Z', '2025-08-13'],
    ['2024/06/19', '2024-06-19'],
    ['2024/06/19 14:48 KST', '2024-06-19'],
    ['2025-8-1', '2025-08-01'],
    ['2567-11-30', '2024-11-30'],
    ['2024.02.29', '2024-02-29'],
    // Day first numeric
    ['30/11/2024', '2024-11-30'],
    ['1-2-2024', '2024-02-01'],
    ['30-11-2024', '2024-11-30'],
    ['30.11.2024', '2024-11-30'],
    ['05/01/2024', '2024-01-05'],
    ['30/11/2567', '2024-11-30'],
    ['13/08/2568 14:30 น.', '2025-08-13'],
    // MM/DD only when DD/MM is impossible
    ['11/30/2024', '2024-11-30'],
    ['12/13/2024', '2024-12-13'],
    // Two-digit numeric years: yy ≥ 40 BE, yy < 40 CE
    ['30/11/67', '2024-11-30'],
    ['1/1/40', '1997-01-01'],
    ['30/11/24', '2024-11-30'],
    ['01-02-39', '2039-02-01'],
    // English
    ['September 20, 2023', '2023-09-20'],
    ['Wednesday September 20, 2023', '2023-09-20'],
    ['Wednesday September 20, 2023 12:14', '2023-09-20'],
    ['20 Sep 2023', '2023-09-20'],
    ['20 Sept. 2023', '2023-09-20'],
    ['Sep. 20 2023', '2023-09-20'],
    ['Wed, 20 Sep 2023 12:14:00 GMT', '2023-09-20'],
    ['20th of September, 2023', '2023-09-20'],
    ['September 1st, 2023', '2023-09-01'],
    ['20-Sep-2023', '2023-09-20'],
    ['DECEMBER 31, 1999', '1999-12-31'],
    ['may 5, 2024', '2024-05-05'],
    ['Feb 29, 2024', '2024-02-29'],
    // English two-digit years are CE (POSIX pivot 68/69)
    ["Sep 20, '23", '2023-09-20'],
    ['20 Sep 23', '2023-09-20'],
    ['1 Jan 68', '2068-01-01'],
    ['1 Jan 69', '1969-01-01'],
    // Thai month names, full and abbreviated
    ['13 สิงหาคม 2568', '2025-08-13'],
    ['1 มกราคม 2568', '2025-01-01'],
    ['28 กุมภาพันธ์ 2567', '2024-02-28'],
    ['29 กุมภาพันธ์ 2567', '2024-02-29'],
    ['15 มีนาคม 2566', '2023-03-15'],
    ['25 เมษายน 2562', '2019-04-25'],
    ['7 พฤษภาคม 2567', '2024-05-07'],
    ['30 มิถุนายน 2567', '2024-06-30'],
    ['26 กรกฎาคม 2566', '2023-07-26'],
    ['26 กรกฏาคม 2566', '2023-07-26'],
    ['20 กันยายน 2566', '2023-09-20'],
    ['31 ตุลาคม 2567', '2024-10-31'],
    ['30 พฤศจิกายน 2567', '2024-11-30'],
    ['31 ธันวาคม 2567', '2024-12-31'],
    ['15 สิงหา 68', '2025-08-15'],
    ['5 ม.ค. 2568', '2025-01-05'],
    ['5 ก.พ. 2568', '2025-02-05'],
    ['5 มี.ค. 2568', '2025-03-05'],
    ['25 เม.ย. 2019', '2019-04-25'],
    ['5 พ.ค. 2568', '2025-05-05'],
    ['5 มิ.ย. 2568', '2025-06-05'],
    ['26 ก.ค. 2566', '2023-07-26'],
    ['13 ส.ค. 2568', '2025-08-13'],
    ['10 ก.ย. 2566', '2023-09-10'],
    ['5 ต.ค. 2568', '2025-10-05'],
    ['30 พ.ย. 67', '2024-11-30'],
    ['30 พ.ย 67', '2024-11-30'],
    ['30 พย. 67', '2024-11-30'],
    ['30 พย 67', '2024-11-30'],
    ['30 พ. ย. 67', '2024-11-30'],
    ['30พ.ย.67', '2024-11-30'],
    ['25 ธ.ค. 2567', '2024-12-25'],
    // Prefixes, weekdays, eras
    ['วันที่ 13 สิงหาคม 2568', '2025-08-13'],
    ['วันพุธที่ 13 สิงหาคม 2568', '2025-08-13'],
    ['วันพฤหัสบดีที่ 14 สิงหาคม 2568', '2025-08-14'],
    ['วันที่ 13 เดือนสิงหาคม พ.ศ. 2568', '2025-08-13'],
    ['1 มกราคม พ.ศ.2568', '2025-01-01'],
    ['1 ม.ค. พ.ศ. 68', '2025-01-01'],
    ['13 สิงหาคม ค.ศ. 2025', '2025-08-13'],
    ['13 สิงหาคม ค.ศ. 25', '2025-08-13'],
    ['13 สิงหาคม 2025', '2025-08-13'],
    // Thai digits
    ['๓๐ พฤศจิกายน ๒๕๖๗', '2024-11-30'],
    ['๓๐/๑๑/๒๕๖๗', '2024-11-30'],
    ['๒๕๖๘-๐๘-๑๓', '2025-08-13'],
    // Times before / after
    ['30 พ.ย. 67 เวลา 14.30 น.', '2024-11-30'],
    ['14:48 น. 30 พ.ย. 67', '2024-11-30'],
    // Labels and surrounding punctuation
    [' date 2025-08-13', '2025-08-13'],
    ['Published: 20 Sep 2023', '2023-09-20'],
    ['PUBLISHED : 13 Aug 2025 at 10:30', '2025-08-13'],
    ['13 August, 2025', '2025-08-13'],
    ['Aug. 13th, 2025', '2025-08-13'],
    ['วันที่ ๑๓ ส.ค. พ.ศ.๒๕๖๘', '2025-08-13'],
    ['13ส.ค.68', '2025-08-13'],
    ['วันพฤหัสฯ ที่ 14 ส.ค. 68', '2025-08-14'],
    ['13 สิงหาคม 2568 (10:30 น.)', '2025-08-13'],
    ['(30/11/2024)', '2024-11-30'],
    ['เผยแพร่: 13 ส.ค. 2568 - 10:00 น.', '2025-08-13'],
    // Boundaries of the plausible range
    ['1 Jan 1900', '1900-01-01'],
    ['31 Dec 2100', '2100-12-31'],
    ['1 มกราคม 2443', '1900-01-01'],
    ['29/02/2000', '2000-02-29'],
  ];
  it.each(cases)('%s → %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });
});

describe('parseDate: not a (complete, real) date → null', () => {
  const cases: string[] = [
    // impossible calendar dates
    '31/02/2024',
    '29/02/2023',
    '29 กุมภาพันธ์ 2566',
    '31 เมษายน 2567',
    '2024-13-01',
    '2024-02-30',
    '13/13/2024',
    '00/01/2024',
    '32 ม.ค. 2568',
    'February 30, 2024',
    '29/02/1900',
    // implausible years
    '1 Jan 1899',
    '1 Jan 2101',
    '1 มกราคม 2442',
    '01/01/2300',
    '2200-01-01',
    // explicit era contradicting the year
    '1 มกราคม พ.ศ. 2019',
    '1 มกราคม ค.ศ. 2568',
    // no year: never guess
    'เมื่อปี 2562',
    'ปี 2019',
    '2567',
    'วันที่ 26 ก.ค.',
    '26 ก.ค.',
    '(10 ก.ย.)',
    'September 20',
    '20 Sep',
    '30/11',
    '13 ส.ค. 14:00 น.',
    // month-year without day
    'เมษายน 2019',
    'เดือนเมษายน 2019',
    'September 2023',
    // look-alikes
    '1.2.24',
    'version 1.2.3.4',
    '192.168.1.1',
    'วันที่ 5 ม.ค. 30 คน',
    'Mayor 20, 2023',
    '',
    'ไม่มีวันที่',
    // more than one date is not "one date expression"
    '1/1/2024 - 2/1/2024',
    // real date buried in prose is not "essentially" a date
    'ประชุมกันเมื่อ 13 ส.ค. 2568 ที่กรุงมอสโก',
  ];
  it.each(cases)('%j → null', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('findDates on the real seed shapes', () => {
  type Expect = Pick<DateMatch, 'iso' | 'text' | 'hasTime' | 'form'>;
  const cases: Array<[line: string, expected: Expect[]]> = [
    [
      'ร่วมมือในด้านต่างๆ\n2024/06/19 14:48 KST\n',
      [{ iso: '2024-06-19', text: '2024/06/19 14:48 KST', hasTime: true, form: 'numeric' }],
    ],
    ['VTC NewsVTC News30/11/2024', [{ iso: '2024-11-30', text: '30/11/2024', hasTime: false, form: 'numeric' }]],
    [
      'ข่าวต่างประเทศ Wednesday September 20, 2023 12:14 —สำนักข่าวอินโฟเควสท์ (IQ)',
      [{ iso: '2023-09-20', text: 'Wednesday September 20, 2023 12:14', hasTime: true, form: 'english' }],
    ],
    [' date 2025-08-13 ปูตินถกผู้นำคิม ตอกย้ำเป็นพันธมิตร', [{ iso: '2025-08-13', text: '2025-08-13', hasTime: false, form: 'iso' }]],
    [
      'พบกันที่วลาดิวอสต็อก รัสเซีย เมื่อ 25 เม.ย. 2019 (Yuri Kadobnov/Pool Photo via AP)',
      [{ iso: '2019-04-25', text: '25 เม.ย. 2019', hasTime: false, form: 'thai' }],
    ],
    ['ที่เคยพบปะกันครั้งแรกเมื่อปี 2562 แต่บริบทของทั้งสองครั้ง', []],
    ['กระทรวงกลาโหมรัสเซียเมื่อวันที่ 26 ก.ค. เพื่อฉลองครบรอบ 70 ปีการสงบศึก', []],
    ['รายงานเมื่อวันที่ 13 สิงหาคม ว่า นายคิม จองอึน', []],
    ['เดินทางถึงรัสเซียในวันอาทิตย์ (10 ก.ย.) ด้วยรถไฟส่วนตัว', []],
    ['ได้พบกันที่วลาดิวอสต็อก เมื่อเดือนเมษายน 2019', []],
    ['ในปี 1961 และนี่คือโอกาส', []],
    // a 2-digit number followed by a count word is a count, not a year
    ['เมื่อวันที่ 5 ม.ค. 30 คนได้รับบาดเจ็บ', []],
    ['ตั้งแต่ 10 ก.ย. 25 รายเสียชีวิต', []],
    ['ตั้งแต่ 10 Sep 25 people died', []],
  ];
  it.each(cases)('%j', (line, expected) => {
    const found = findDates(line).map(({ iso, text, hasTime, form }) => ({ iso, text, hasTime, form }));
    expect(found).toEqual(expected);
  });
});

describe('findDates: offsets, prefixes and times', () => {
  const cases: Array<[text: string, matched: string, iso: string, hasTime: boolean]> = [
    ['ประกาศ ณ วันพุธที่ 13 สิงหาคม 2568 ตามนี้', 'วันพุธที่ 13 สิงหาคม 2568', '2025-08-13', false],
    ['สื่อรายงานเมื่อวันที่ 30 พฤศจิกายน 2567 ว่า', 'วันที่ 30 พฤศจิกายน 2567', '2024-11-30', false],
    ['อัปเดต 30 พ.ย. 67 เวลา 14.30 น. ล่าสุด', '30 พ.ย. 67 เวลา 14.30 น.', '2024-11-30', true],
    ['อัปเดต 30 พ.ย. 67, 14:30 น. ล่าสุด', '30 พ.ย. 67, 14:30 น.', '2024-11-30', true],
    ['โพสต์ 14:48 น. 30 พ.ย. 67 โดย', '14:48 น. 30 พ.ย. 67', '2024-11-30', true],
    ['stamp:2025-08-13T10:00:00+07:00 end', '2025-08-13T10:00:00+07:00', '2025-08-13', true],
    ['Posted Wed, 20 Sep 2023 9:05 pm by', 'Wed, 20 Sep 2023 9:05 pm', '2023-09-20', true],
    ['๓๐ พฤศจิกายน ๒๕๖๗ เวลา ๑๐.๐๐ น.', '๓๐ พฤศจิกายน ๒๕๖๗ เวลา ๑๐.๐๐ น.', '2024-11-30', true],
    // a dotted number after the date is not a clock time without น./เวลา
    ['งบ 30 พ.ย. 2567 3.5 ล้านบาท', '30 พ.ย. 2567', '2024-11-30', false],
    ['งบ 30 พ.ย. 2567 12.50 ล้านบาท', '30 พ.ย. 2567', '2024-11-30', false],
    ['ปิดตลาด 12.50 30 พ.ย. 2567', '30 พ.ย. 2567', '2024-11-30', false],
    ['ปิดตลาด เวลา 12.50 30 พ.ย. 2567', 'เวลา 12.50 30 พ.ย. 2567', '2024-11-30', true],
    // a weekday abbreviation inside a word is not a weekday prefix
    ['Simon 1 Jan 2024', '1 Jan 2024', '2024-01-01', false],
    ['ข่าว 13 ส.ค. 68 (10:30 น.) ล่าสุด', '13 ส.ค. 68 (10:30 น.)', '2025-08-13', true],
    ['ข่าว 13 ส.ค. 68 (10:30 ถึง 11:00 น.)', '13 ส.ค. 68', '2025-08-13', false],
    ['PUBLISHED : 13 Aug 2025 at 10:30', '13 Aug 2025 at 10:30', '2025-08-13', true],
    ['เผยแพร่: 13 ส.ค. 68 - 10:30 น. ผู้เขียน', '13 ส.ค. 68 - 10:30 น.', '2025-08-13', true],
    ['10:30 น. | 13 ส.ค. 68', '10:30 น. | 13 ส.ค. 68', '2025-08-13', true],
    // a clock time on the next line is not part of the date
    ['30/11/2024\n12:00 ข่าวเที่ยง', '30/11/2024', '2024-11-30', false],
    // an impossible hour is not a time
    ['30/11/2024 25:00', '30/11/2024', '2024-11-30', false],
  ];
  it.each(cases)('%j', (text, matched, iso, hasTime) => {
    const [m, ...rest] = findDates(text);
    expect(rest).toEqual([]);
    expect(m).toBeDefined();
    expect(m!.text).toBe(matched);
    expect(m!.index).toBe(text.indexOf(matched));
    expect(m!.length).toBe(matched.length);
    expect(text.slice(m!.index, m!.index + m!.length)).toBe(m!.text);
    expect(m!.iso).toBe(iso);
    expect(m!.hasTime).toBe(hasTime);
    expect(m!.hasYear).toBe(true);
  });

  it('offsets point into the original (Thai-digit) string', () => {
    const text = 'ฉบับ ๑/๒๕๖๘ ลงวันที่ ๕ มกราคม ๒๕๖๘';
    const [m, ...rest] = findDates(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ iso: '2025-01-05', index: 14, length: 20, text: 'วันที่ ๕ มกราคม ๒๕๖๘', form: 'thai' });
  });

  it('works with non-ASCII space characters between the parts', () => {
    expect(findDates('13\u00a0ส.ค.\u00a02568').map((m) => m.iso)).toEqual(['2025-08-13']);
    expect(findDates('Sep\u00a020,\u00a02023').map((m) => m.iso)).toEqual(['2023-09-20']);
  });
});

describe('findDates: several dates, in order, non-overlapping', () => {
  it('mixed forms on one line', () => {
    const text = 'เริ่ม 1 ม.ค. 2567 ถึง 31/12/2567 (Dec 31, 2024) อัปเดต 2025-01-02';
    const found = findDates(text);
    expect(found.map((m) => [m.iso, m.form, m.text])).toEqual([
      ['2024-01-01', 'thai', '1 ม.ค. 2567'],
      ['2024-12-31', 'numeric', '31/12/2567'],
      ['2024-12-31', 'english', 'Dec 31, 2024'],
      ['2025-01-02', 'iso', '2025-01-02'],
    ]);
    for (const m of found) expect(text.slice(m.index, m.index + m.length)).toBe(m.text);
    for (let i = 1; i < found.length; i++) {
      expect(found[i]!.index).toBeGreaterThanOrEqual(found[i - 1]!.index + found[i - 1]!.length);
    }
  });

  it('numbers glued to other digits or dotted parts are not dates', () => {
    expect(findDates('12024-06-19')).toEqual([]);
    expect(findDates('v1.2024.06.19')).toEqual([]);
    expect(findDates('build 1.12.11.2024')).toEqual([]);
    expect(findDates('id 9/12/11/2024')).toEqual([]);
  });

  it('competing readings of the same characters yield one match', () => {
    // "20 Sep 20" (day-first, 2-digit year) and "Sep 20, 2023" overlap: the earlier start wins.
    expect(findDates('20 Sep 20, 2023').map((m) => [m.iso, m.text])).toEqual([['2020-09-20', '20 Sep 20']]);
  });

  it('a date range of two full dates', () => {
    expect(findDates('1/1/2024 - 2/1/2024').map((m) => m.iso)).toEqual(['2024-01-01', '2024-01-02']);
  });

  it('skips yearless and impossible dates but keeps the real ones around them', () => {
    const text = 'วันที่ 26 ก.ค. / 31/02/2024 / 29/02/2024 / ปี 2562 / 13 ส.ค. 2568';
    expect(findDates(text).map((m) => m.iso)).toEqual(['2024-02-29', '2025-08-13']);
  });

  it('a rejected candidate does not hide a valid date inside it', () => {
    expect(findDates('x 2024-13-45 y 2024/12/01').map((m) => m.iso)).toEqual(['2024-12-01']);
    // "31 เม.ย. 15" is rejected (no 31 April); the "15" it swallowed starts a real date.
    expect(findDates('31 เม.ย. 15 พ.ค. 2567').map((m) => [m.iso, m.text])).toEqual([['2024-05-15', '15 พ.ค. 2567']]);
  });

  it('a clock time between two dates attaches to only one of them', () => {
    const found = findDates('30/11/2024 12:00 1/12/2024');
    expect(found.map((m) => m.text)).toEqual(['30/11/2024 12:00', '1/12/2024']);
  });

  it('returns nothing for text without dates', () => {
    expect(findDates('')).toEqual([]);
    expect(findDates('ราคา 1,234.56 บาท เวอร์ชัน 1.2.3 โทร 02-123-4567')).toEqual([]);
  });

  it('is deterministic: same input, same output', () => {
    const text = 'วันพุธที่ 13 สิงหาคม 2568 และ 30/11/67';
    expect(findDates(text)).toEqual(findDates(text));
    // the global regexes must not carry state between calls
    expect(findDates('13 ส.ค. 2568').map((m) => m.index)).toEqual([0]);
    expect(findDates('13 ส.ค. 2568').map((m) => m.index)).toEqual([0]);
  });
});

describe('toGregorianYear', () => {
  const cases: Array<[year: number, digits: number, context: 'thai' | 'english' | 'numeric', expected: number | null]> = [
    [2567, 4, 'thai', 2024],
    [2567, 4, 'english', 2024],
    [2567, 4, 'numeric', 2024],
    [2024, 4, 'thai', 2024],
    [2400, 4, 'thai', null], // BE 2400 = 1857: implausible
    [2443, 4, 'thai', 1900],
    [2399, 4, 'numeric', null], // CE 2399: implausible
    [1899, 4, 'english', null],
    [2100, 4, 'english', 2100],
    [2643, 4, 'thai', 2100],
    [2644, 4, 'thai', null],
    [67, 2, 'thai', 2024],
    [24, 2, 'thai', 1981],
    [0, 2, 'thai', 1957],
    [67, 2, 'english', 2067],
    [68, 2, 'english', 2068],
    [69, 2, 'english', 1969],
    [23, 2, 'english', 2023],
    [67, 2, 'numeric', 2024],
    [40, 2, 'numeric', 1997],
    [39, 2, 'numeric', 2039],
    [24, 2, 'numeric', 2024],
    [567, 3, 'thai', null],
    [5, 1, 'numeric', null],
    [100, 2, 'numeric', null],
  ];
  it.each(cases)('%i (%i digits, %s) → %s', (year, digits, context, expected) => {
    expect(toGregorianYear(year, digits, context)).toBe(expected);
  });
});

describe('thaiDigitsToAscii', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['๓๐ พ.ย. ๖๗', '30 พ.ย. 67'],
    ['abc 123', 'abc 123'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(thaiDigitsToAscii(input)).toBe(output);
    expect(thaiDigitsToAscii(input).length).toBe(input.length);
  });
});

describe('Thai month before the day (WordPress Thai locale)', () => {
  it.each([
    ['มีนาคม 3, 2025', '2025-03-03'],
    ['มี.ค. 3, 2568', '2025-03-03'],
    ['โพสต์เมื่อ สิงหาคม 13, 2025 เวลา 10:15', '2025-08-13'],
  ])('%s → %s', (text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });
  it('needs the comma: "มีนาคม 3 2025 คน" is not read that way', () => {
    expect(findDates('เดือนมีนาคม 3 2025 คน').map((d) => d.iso)).toEqual([]);
  });
});
