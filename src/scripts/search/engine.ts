/**
 * Search = candidate retrieval by Pagefind (exact phrase of character clusters, see
 * text.ts) + verification of every candidate against the page text Pagefind stores
 * (fragment content + title) + ranking. Entity spellings (content/entities.yml) expand
 * the query to every spelling of the entity.
 */
import { countOccurrences, displayText, normalizeForMatch, phraseQueries, textContains } from './text.ts';

/** One entity as the search page embeds it (from content/entities.yml). */
export interface AliasEntity {
  slug: string;
  name: string;
  /** every spelling: name, latin and aliases */
  spellings: string[];
}

interface PagefindFragment {
  url: string;
  raw_url?: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
export interface PagefindApi {
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  options(o: Record<string, unknown>): Promise<void>;
}

export interface Hit {
  /** page URL without the highlight parameter */
  url: string;
  title: string;
  /** ISO date when the page states one */
  date: string | undefined;
  outlet: string | undefined;
  filters: Record<string, string[]>;
  /** the page text (ZWSP removed) */
  content: string;
  /** the query itself (spaces ignored) occurs in title or body */
  exact: boolean;
  /** the spellings that occur (query first) */
  matched: string[];
  score: number;
}

export interface SearchOutcome {
  query: string;
  /** the entity the query names, when it was expanded to its spellings */
  entity: AliasEntity | undefined;
  /** verified hits in relevance order */
  hits: Hit[];
  /** Pagefind candidates before verification */
  candidates: number;
}

/** The entity whose spellings include the query (normalised; Latin separators ignored). */
export function findEntity(query: string, entities: AliasEntity[]): AliasEntity | undefined {
  const key = (s: string) => normalizeForMatch(s).replace(/[-\u2010-\u2015.'\u2019]/g, '');
  const k = key(query);
  if (!k) return undefined;
  return entities.find((e) => e.spellings.some((s) => key(s) === k));
}

/** Spellings to search for: the query first, then the entity's other spellings (deduplicated). */
export function spellingsFor(query: string, entity: AliasEntity | undefined): string[] {
  const out = [query];
  const seen = new Set([normalizeForMatch(query)]);
  for (const s of entity?.spellings ?? []) {
    const k = normalizeForMatch(s);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/**
 * The query as searched: trimmed, inner whitespace collapsed, and wrapping quotes removed
 * (every search here is already an exact-phrase search; "ปูติน" must not require quotes in the text).
 */
export function cleanQuery(raw: string): string {
  let q = raw.trim().replace(/\s+/g, ' ');
  while (/^["'“”‘’«»]/.test(q) && /["'“”‘’«»]$/.test(q) && q.length > 1) q = q.slice(1, -1).trim();
  return q;
}

export async function search(pf: PagefindApi, rawQuery: string, entities: AliasEntity[]): Promise<SearchOutcome> {
  const query = cleanQuery(rawQuery);
  const entity = findEntity(query, entities);
  const spellings = spellingsFor(query, entity);
  const byId = new Map<string, PagefindResult>();
  const perSpelling = await Promise.all(
    spellings.map(async (s, i) => {
      const phrases = phraseQueries(s, i > 0);
      if (phrases.length === 0) return [];
      const sets = await Promise.all(phrases.map(async (p) => (await pf.search(p))?.results ?? []));
      // candidates: pages matching every phrase
      const [first, ...rest] = sets;
      const ids = rest.map((r) => new Set(r.map((x) => x.id)));
      return (first ?? []).filter((x) => ids.every((set) => set.has(x.id)));
    }),
  );
  for (const list of perSpelling) for (const res of list) if (!byId.has(res.id)) byId.set(res.id, res);

  const hits: Hit[] = [];
  await Promise.all(
    [...byId.values()].map(async (res) => {
      const f = await res.data();
      const title = displayText(f.meta.title ?? '').trim();
      const content = displayText(f.content);
      // title and body separately: a match never spans the title|body boundary
      const has = (s: string, alias: boolean) => textContains(title, s, alias) || textContains(content, s, alias);
      const exact = has(query, false);
      const matched = spellings.filter((s, i) => (i === 0 ? exact : has(s, true)));
      if (!exact && matched.length === 0) return;
      let score = exact ? 1000 : 0;
      for (const s of matched) {
        const alias = s !== query;
        if (textContains(title, s, alias)) score += 100;
        score += Math.min(20, countOccurrences(content, s, alias)) * 5;
      }
      const filters: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(f.filters ?? {})) if (v) filters[k] = v;
      hits.push({
        url: f.raw_url ? `/${f.raw_url.replace(/^\/+/, '')}` : f.url,
        title,
        date: f.meta.date || undefined,
        outlet: f.meta.outlet || undefined,
        filters,
        content,
        exact,
        matched,
        score,
      });
    }),
  );
  hits.sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '') || a.url.localeCompare(b.url));
  return { query, entity, hits, candidates: byId.size };
}

export type SortMode = 'relevance' | 'newest' | 'oldest';

/** Sort hits; undated hits go last in the date orders. */
export function sortHits(hits: Hit[], mode: SortMode): Hit[] {
  if (mode === 'relevance') return hits;
  const dir = mode === 'newest' ? -1 : 1;
  return [...hits].sort((a, b) => {
    if (a.date && b.date) return dir * a.date.localeCompare(b.date) || a.url.localeCompare(b.url);
    if (a.date) return -1;
    if (b.date) return 1;
    return a.url.localeCompare(b.url);
  });
}

/** Keep hits that have, for every filter with selections, at least one selected value. */
export function filterHits(hits: Hit[], selected: Record<string, string[]>): Hit[] {
  return hits.filter((h) => Object.entries(selected).every(([k, vals]) => vals.length === 0 || vals.some((v) => (h.filters[k] ?? []).includes(v))));
}
