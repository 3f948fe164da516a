import { describe, expect, it } from 'vitest';
import { BLOCK_END, clusters, displayText, excerpt, isLatinTerm, matchRanges, normalizeForMatch, phraseQueries, segmentForIndex, textContains, ZWSP } from '../../src/scripts/search/text.ts';
import { normalizeForMatch as taxonomyNormalize } from '../../src/lib/taxonomy.ts';
import { segmentHtml } from '../../scripts/search-index.ts';
import { cleanQuery, filterHits, findEntity, sortHits, spellingsFor, type AliasEntity, type Hit } from '../../src/scripts/search/engine.ts';

describe('clusters', () => {
  it('keeps vowel and tone marks on their base character and drops spaces', () => {
    expect(clusters('ชื่อ ปูติน')).toEqual(['ชื่', 'อ', 'ปู', 'ติ', 'น']);
    expect(clusters('ผู้นำ')).toEqual(['ผู้', 'นำ']);
    expect(clusters('Kim 2019')).toEqual(['K', 'i', 'm', '2', '0', '1', '9']);
  });

  it('a substring of the text (spaces ignored) is a contiguous run of the text clusters: the recall guarantee', () => {
    const text = 'ประธานาธิบดีวลาดิมีร์ ปูติน พบกับนายคิม จองอึน ผู้นำสูงสุดของเกาหลีเหนือ ที่วลาดิวอสต็อก เมื่อวันที่ 25 เม.ย.';
    const tc = clusters(text).join('\u0001');
    const cs = clusters(text);
    for (let i = 0; i < cs.length; i++) {
      for (let j = i + 1; j <= Math.min(cs.length, i + 12); j++) {
        const q = cs.slice(i, j).join('');
        expect(tc.includes(clusters(q).join('\u0001')), q).toBe(true);
      }
    }
  });
});

describe('segmentForIndex', () => {
  it('puts U+200B between clusters, keeps whitespace and entity references whole', () => {
    expect(segmentForIndex('ชื่อ ปู')).toBe(`ชื่${ZWSP}อ ปู`);
    expect(segmentForIndex('a&amp;b')).toBe(`a${ZWSP}&amp;${ZWSP}b`);
    expect(segmentForIndex('ทหาร').split(ZWSP)).toEqual(['ท', 'ห', 'า', 'ร']);
    // removing the separators gives the text back
    const t = 'คิม จอง-อึน (Kim Jong-un) กล่าวว่า "ผู้นำทั้งสอง"';
    expect(segmentForIndex(t).replaceAll(ZWSP, '')).toBe(t);
  });
});

describe('segmentHtml (the copy Pagefind reads)', () => {
  it('segments text but not tags, attributes, scripts or filter values', () => {
    const html =
      '<article data-pagefind-body><h1 data-pagefind-meta="title">ปูติน</h1><span data-pagefind-filter="outlet">ไทยรัฐ</span>' +
      '<span hidden data-pagefind-filter="year:2567"></span><p title="ชื่อ">โดรน</p><script>var s="ชื่อ"</script></article>';
    const out = segmentHtml(html);
    expect(out).toContain(`<h1 data-pagefind-meta="title">ปู${ZWSP}ติ${ZWSP}น${ZWSP}${BLOCK_END}</h1>`);
    expect(out).toContain('<span data-pagefind-filter="outlet">ไทยรัฐ</span>');
    expect(out).toContain('<p title="ชื่อ">โ');
    expect(out).toContain('<script>var s="ชื่อ"</script>');
    expect(out.replaceAll(ZWSP, '').replaceAll(BLOCK_END, '')).toBe(html);
    // block ends are marked (so blocks never run together), inline ends are not
    expect(displayText(segmentHtml('<div><p>ก.</p><p>ข</p></div>'))).toBe('<div><p>ก.\n</p><p>ข\n</p></div>');
  });

  it('folds nikhahit + sara aa into sara am so the query form matches', () => {
    expect(segmentHtml('<p>น\u0e4d\u0e32</p>')).toBe(`<p>นำ${ZWSP}${BLOCK_END}</p>`);
  });
});

describe('phraseQueries', () => {
  it('one exact phrase of clusters per run without punctuation', () => {
    expect(phraseQueries('คิม จองอึน')).toEqual(['"คิ ม จ อ ง อึ น"']);
    expect(phraseQueries('คิม จอง-อึน')).toEqual(['"คิ ม จ อ ง"', '"อึ น"']);
    expect(phraseQueries('  ')).toEqual([]);
    expect(phraseQueries('KCNA')).toEqual(['"k c n a"']);
  });
  it('Latin entity aliases are split into their word parts', () => {
    expect(phraseQueries('Kim Jong-un', true)).toEqual(['"k i m"', '"j o n g"', '"u n"']);
    expect(phraseQueries('Kim Jong-un', false)).toEqual(['"k i m j o n g"', '"u n"']);
  });
});

describe('matching', () => {
  it('normalises like the taxonomy does', () => {
    for (const s of ['คิม จอง อึน', 'Kim  Jong-Un', 'น\u0e4d\u0e32\u200bทาง', 'ก\u0e4d\u0e48\u0e32']) expect(normalizeForMatch(s)).toBe(taxonomyNormalize(s));
  });
  it('the query itself: substring with spaces ignored; aliases in Latin: whole words', () => {
    expect(textContains('นายคิมจองอึน กล่าว', 'คิม จอง อึน')).toBe(true);
    expect(textContains('ฤดูคิมหันต์', 'คิม จองอึน')).toBe(false);
    expect(textContains('Rasputin said', 'Putin', true)).toBe(false);
    expect(textContains('President Putin said', 'putin', true)).toBe(true);
    expect(textContains('Kim Jong Un said', 'Kim Jong-un', true)).toBe(true);
    expect(textContains('Kim Jong Un said', 'Kim Jong-un', false)).toBe(false);
    expect(isLatinTerm('Kim Jong-un')).toBe(true);
    expect(isLatinTerm('คิม')).toBe(false);
  });
  it('match ranges point into the original text across spaces', () => {
    const t = 'นายคิม จองอึน กล่าว';
    const [r] = matchRanges(t, 'คิมจองอึน');
    expect(t.slice(r![0], r![1])).toBe('คิม จองอึน');
    expect(matchRanges('KIM JONG-UN met', 'Kim Jong Un', true).map(([a, b]) => 'KIM JONG-UN met'.slice(a, b))).toEqual(['KIM JONG-UN']);
  });
  it('excerpt centres on the first match and marks it', () => {
    const t = `${'ก'.repeat(300)} ปูติน ${'ข'.repeat(300)}`;
    const parts = excerpt(t, matchRanges(t, 'ปูติน'));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['ปูติน']);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(200);
  });
});

describe('engine helpers', () => {
  const entities: AliasEntity[] = [{ slug: 'kim-jong-un', name: 'คิม จอง อึน', spellings: ['คิม จอง อึน', 'คิม จอง-อึน', 'Kim Jong-un'] }];
  it('finds the entity a query spells, spaces and hyphens ignored', () => {
    expect(findEntity('คิมจองอึน', entities)?.slug).toBe('kim-jong-un');
    expect(findEntity('kim jong un', entities)?.slug).toBe('kim-jong-un');
    expect(findEntity('คิม', entities)).toBeUndefined();
    expect(spellingsFor('คิมจองอึน', entities[0])).toEqual(['คิมจองอึน', 'คิม จอง-อึน', 'Kim Jong-un']);
  });
  const hit = (url: string, date: string | undefined, year?: string): Hit => ({
    url, title: url, date, outlet: undefined, filters: year ? { year: [year] } : {}, content: '', exact: true, matched: [], score: 0,
  });
  it('cleans the query: spaces collapsed, wrapping quotes removed', () => {
    expect(cleanQuery('  "ปูติน"  ')).toBe('ปูติน');
    expect(cleanQuery('“คิม   จองอึน”')).toBe('คิม จองอึน');
    expect(cleanQuery('ปธน. "ปูติน')).toBe('ปธน. "ปูติน');
  });
  it('sorts by date with undated last, and filters by selected values', () => {
    const hs = [hit('/a/', '2024-01-02', '2567'), hit('/b/', undefined), hit('/c/', '2025-05-01', '2568')];
    expect(sortHits(hs, 'newest').map((h) => h.url)).toEqual(['/c/', '/a/', '/b/']);
    expect(sortHits(hs, 'oldest').map((h) => h.url)).toEqual(['/a/', '/c/', '/b/']);
    expect(filterHits(hs, { year: ['2568'] }).map((h) => h.url)).toEqual(['/c/']);
    expect(filterHits(hs, { year: [] }).length).toBe(3);
  });
});
