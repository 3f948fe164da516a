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

/** Display names for topic and entity slugs, from the taxonomy collections. */
export interface Names { topics: Map<string, string>; entities: Map<string, string>; umbrella: string | undefined }

export type TopicEntry = CollectionEntry<'topics'>;
export type EntityEntry = CollectionEntry<'entities'>;

/** Topics in display order (`order` ascending, then slug). */
export async function allTopics(): Promise<TopicEntry[]> {
  return (await getCollection('topics')).sort(
    (a, b) => (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id),
  );
}

export async function allEntities(): Promise<EntityEntry[]> {
  return getCollection('entities');
}

let names: Names | undefined;
export async function taxonomyNames(): Promise<Names> {
  if (names) return names;
  const topics = await allTopics();
  // The umbrella topic (the one about the whole subject, e.g. russia-north-korea)
  // is the first in display order (lowest `order`) when there are other topics;
  // it is never an article's "main" topic unless the article has no other one.
  const umbrella = topics.length > 1 ? topics[0]?.id : undefined;
  names = {
    topics: new Map(topics.map((t) => [t.id, t.data.title])),
    entities: new Map((await allEntities()).map((e) => [e.id, e.data.name])),
    umbrella,
  };
  return names;
}
