/**
 * The one text form that Thai terms are matched on, shared by topic/entity
 * matching (src/lib/taxonomy.ts, Node) and search verification
 * (src/scripts/search/text.ts, browser): NFC; all whitespace and zero-width
 * characters removed (Thai writes no spaces between words, and scraped text
 * spaces names inconsistently); Thai sara am typed as nikhahit + sara aa folded
 * into ำ; lower-cased (affects Latin only). No Node imports: safe in the browser.
 */
export const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff\u00ad]+/gu;

export function normalizeForMatch(s: string): string {
  return s
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, '$1\u0e33')
    .toLowerCase();
}
