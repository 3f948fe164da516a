/**
 * Build-time queries shared by the pages: the article collection in reading
 * orders, and the neighbours of an article within its main topic.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareByDate } from '../lib/format.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

const byDateAsc = (a: ArticleEntry, b: ArticleEntry) => compareByDate({ id: a.id, date: a.data.date }, { id: b.id, date: b.data.date });

/** Oldest first, undated last. */
export function sortChronological(list: ArticleEntry[]): ArticleEntry[] {
  return [...list].sort(byDateAsc);
}

/** Newest first, undated last. */
export function sortLatest(list: ArticleEntry[]): ArticleEntry[] {
  return [...list].sort((a, b) => {
    if (a.data.date && b.data.date) return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
    if (a.data.date) return -1;
    if (b.data.date) return 1;
    return a.id.localeCompare(b.id);
  });
}

let cache: ArticleEntry[] | undefined;
export async function allArticles(): Promise<ArticleEntry[]> {
  cache ??= sortLatest(await getCollection('articles'));
  return cache;
}

/** The article's main topic: its first topic other than the umbrella topic, else the umbrella (or undefined). */
export function mainTopicOf(a: ArticleEntry, umbrella: string | undefined): string | undefined {
  return a.data.topics.find((t) => t !== umbrella) ?? a.data.topics[0];
}

/** Previous/next article (chronological) among the articles sharing the main topic. */
export function neighbours(a: ArticleEntry, all: ArticleEntry[], topic: string | undefined): { prev?: ArticleEntry; next?: ArticleEntry } {
  if (!topic) return {};
  const inTopic = sortChronological(all.filter((x) => x.data.topics.includes(topic)));
  const i = inTopic.findIndex((x) => x.id === a.id);
  if (i < 0) return {};
  return { prev: inTopic[i - 1], next: inTopic[i + 1] };
}

/** Display names for topic and entity slugs (from the taxonomy collections when present). */
export interface Names { topics: Map<string, string>; entities: Map<string, string>; umbrella: string | undefined }

let names: Names | undefined;
export async function taxonomyNames(): Promise<Names> {
  if (names) return names;
  const topics = new Map<string, string>();
  const entities = new Map<string, string>();
  let umbrella: string | undefined;
  // Collections defined by the taxonomy helper in src/content.config.ts.
  const get = getCollection as unknown as (c: string) => Promise<{ id: string; data: Record<string, unknown> }[]>;
  for (const t of await get('topics').catch(() => [])) {
    topics.set(t.id, String(t.data.title ?? t.data.name ?? t.id));
    if (t.data.umbrella === true) umbrella = t.id;
  }
  for (const e of await get('entities').catch(() => [])) entities.set(e.id, String(e.data.name ?? e.data.title ?? e.id));
  names = { topics, entities, umbrella };
  return names;
}
