/**
 * Topics and entities are content (content/topics/<slug>.md, content/entities.yml);
 * this module loads and validates them and matches them against article text.
 * Plain Node (fs + yaml + vfile-matter): used by ingest, by the site, by tests.
 *
 * Matching (see topicMatchSchema in src/schema.ts for how any/all/none/entities combine):
 * - Thai (any non-ASCII) terms/aliases are substrings of the normalised text
 *   (`normalizeForMatch`: NFC, whitespace and zero-width characters removed, lower-cased),
 *   so spacing never matters but each spelling variant must be listed.
 * - ASCII-only terms/aliases ("Putin", "Kim Jong-un") match whole Latin words,
 *   case-insensitively, with spaces/hyphens between their parts optional: "Putin" does
 *   not match inside "Rasputin", "Kim Jong-un" matches "kim jong un" and "KimJongUn".
 * - A person/organisation alias occurrence lying entirely inside an occurrence of a longer
 *   alias of a DIFFERENT entity does not count (a name inside another name). Places always
 *   count: "เกาหลีใต้" inside "หน่วยข่าวกรองเกาหลีใต้" still mentions South Korea.
 */
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { matter } from 'vfile-matter';
import YAML from 'yaml';
import { z } from 'zod';
import { entitiesFileSchema, slugSchema, topicSchema, type EntityDef, type TopicDef } from '../schema.ts';
import { normalizeForMatch } from './normalize.ts';

export type { EntityDef, TopicDef } from '../schema.ts';

export interface Taxonomy {
  topics: TopicDef[];
  entities: EntityDef[];
}

class TaxonomyError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'TaxonomyError';
  }
}

function describeZod(err: unknown): string {
  return err instanceof z.ZodError ? z.prettifyError(err) : err instanceof Error ? err.message : String(err);
}

/** Sort: topics with `order` first (ascending), then the rest; ties by slug. */
function compareTopics(a: TopicDef, b: TopicDef): number {
  const oa = a.order ?? Number.POSITIVE_INFINITY;
  const ob = b.order ?? Number.POSITIVE_INFINITY;
  if (oa !== ob) return oa < ob ? -1 : 1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * Load `<contentDir>/topics/*.md` and `<contentDir>/entities.yml`, validated with the
 * zod schemas of src/schema.ts. Throws an Error whose message starts with the path of
 * the offending file. A missing topics dir or entities file counts as empty.
 */
export function loadTaxonomy(contentDir: string): Taxonomy {
  const entitiesFile = path.join(contentDir, 'entities.yml');
  let entities: EntityDef[] = [];
  if (fs.existsSync(entitiesFile)) {
    let raw: unknown;
    try {
      raw = YAML.parse(fs.readFileSync(entitiesFile, 'utf8'), { prettyErrors: true });
    } catch (err) {
      throw new TaxonomyError(entitiesFile, `invalid YAML: ${describeZod(err)}`);
    }
    const parsed = entitiesFileSchema.safeParse(raw ?? []);
    if (!parsed.success) throw new TaxonomyError(entitiesFile, describeZod(parsed.error));
    entities = parsed.data;
    const seen = new Map<string, string>();
    const aliasOwner = new Map<string, string>();
    for (const e of entities) {
      if (seen.has(e.slug)) throw new TaxonomyError(entitiesFile, `duplicate entity slug "${e.slug}"`);
      seen.set(e.slug, e.slug);
      for (const a of e.aliases) {
        const key = isLatinTerm(a) ? latinKey(a) : normalizeForMatch(a);
        const owner = aliasOwner.get(key);
        if (owner !== undefined && owner !== e.slug) {
          throw new TaxonomyError(entitiesFile, `alias "${a}" of "${e.slug}" is also an alias of "${owner}"`);
        }
        aliasOwner.set(key, e.slug);
      }
    }
  }
  const entitySlugs = new Set(entities.map((e) => e.slug));

  const topicsDir = path.join(contentDir, 'topics');
  const topics: TopicDef[] = [];
  if (fs.existsSync(topicsDir)) {
    const files = fs
      .readdirSync(topicsDir)
      .filter((f) => f.endsWith('.md'))
      .sort();
    for (const f of files) {
      const file = path.join(topicsDir, f);
      const slug = f.replace(/\.md$/, '');
      if (!slugSchema.safeParse(slug).success) throw new TaxonomyError(file, `file name "${slug}" is not a valid slug (a-z, 0-9, hyphens)`);
      const vfile = new VFile({ path: file, value: fs.readFileSync(file, 'utf8') });
      try {
        matter(vfile, { strip: true });
      } catch (err) {
        throw new TaxonomyError(file, `invalid frontmatter YAML: ${describeZod(err)}`);
      }
      const parsed = topicSchema.safeParse(vfile.data.matter);
      if (!parsed.success) throw new TaxonomyError(file, describeZod(parsed.error));
      for (const s of parsed.data.match.entities) {
        if (!entitySlugs.has(s)) throw new TaxonomyError(file, `match.entities names unknown entity "${s}" (not in ${entitiesFile})`);
      }
      topics.push({ ...parsed.data, slug, body: String(vfile.value).trim() });
    }
  }
  topics.sort(compareTopics);
  return { topics, entities };
}

// ---------------------------------------------------------------------------
// Normalisation and term matching

export { normalizeForMatch };

/** Memoise a one-argument function over the small, fixed set of terms and aliases. */
function memo<T>(f: (term: string) => T): (term: string) => T {
  const cache = new Map<string, T>();
  return (term) => {
    if (!cache.has(term)) cache.set(term, f(term));
    return cache.get(term)!;
  };
}
const normTerm = memo(normalizeForMatch);
const isLatinTerm = memo((term) => isLatinTermUncached(term));

function isLatinTermUncached(term: string): boolean {
  return /^[\x00-\x7f]+$/.test(term) && /[a-z0-9]/i.test(term);
}

function latinParts(term: string): string[] {
  return term
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function latinKey(term: string): string {
  return latinParts(term).join('');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const latinRegExps = new Map<string, RegExp>();
/** Whole-word regex for an ASCII term; parts may be joined by nothing, spaces, hyphens, dots or apostrophes. */
function latinRegExp(term: string): RegExp {
  let re = latinRegExps.get(term);
  if (!re) {
    re = latinRegExpUncached(term);
    latinRegExps.set(term, re);
  }
  return re;
}

function latinRegExpUncached(term: string): RegExp {
  const sep = "[\\s\\-\\u2010-\\u2015.'\\u2019]*";
  return new RegExp(`(?<![\\p{L}\\p{N}])${latinParts(term).map(escapeRegExp).join(sep)}(?![\\p{L}\\p{N}])`, 'gu');
}

/** A piece of text prepared for matching (each piece separately, so no match spans title|body). */
interface Prepared {
  /** normalizeForMatch of each piece */
  norm: string[];
  /** NFC + lower-cased (whitespace kept) of each piece, for Latin whole-word terms */
  latin: string[];
}

function prepare(pieces: string[]): Prepared {
  return {
    norm: pieces.map(normalizeForMatch),
    latin: pieces.map((p) => p.normalize('NFC').toLowerCase()),
  };
}

interface Occurrence {
  piece: number;
  start: number;
  end: number;
  /** true when positions are in the `latin` form, false for the `norm` form */
  latinForm: boolean;
}

function occurrences(term: string, text: Prepared, cache: Map<string, Occurrence[]>): Occurrence[] {
  const hit = cache.get(term);
  if (hit) return hit;
  const out: Occurrence[] = [];
  if (isLatinTerm(term)) {
    const re = latinRegExp(term);
    text.latin.forEach((piece, i) => {
      for (const m of piece.matchAll(re)) out.push({ piece: i, start: m.index, end: m.index + m[0].length, latinForm: true });
    });
  } else {
    const needle = normTerm(term);
    if (needle.length > 0) {
      text.norm.forEach((piece, i) => {
        for (let at = piece.indexOf(needle); at !== -1; at = piece.indexOf(needle, at + 1)) {
          if (splitsThaiCluster(piece, at, at + needle.length, needle)) continue;
          out.push({ piece: i, start: at, end: at + needle.length, latinForm: false });
        }
      });
    }
  }
  cache.set(term, out);
  return out;
}

/** Thai vowel/tone marks written above or below the consonant before them. */
const THAI_MARK = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;
/** Thai vowels written before the consonant they follow in speech (เ แ โ ใ ไ). */
const THAI_LEADING_VOWEL = /[\u0e40-\u0e44]/;

/**
 * A Thai match [start, end) that cuts a written syllable: the text goes on with a mark
 * belonging to the match's last consonant ("นาที" in "ล้านนาที่"), or a leading vowel
 * right before the match belongs to its first consonant. Such a match is not the term.
 */
function splitsThaiCluster(text: string, start: number, end: number, needle: string): boolean {
  if (THAI_MARK.test(text.charAt(end))) return true;
  const prev = text.charAt(start - 1);
  return prev !== '' && THAI_LEADING_VOWEL.test(prev) && /[\u0e01-\u0e2e]/.test(needle.charAt(0));
}

function contains(outer: Occurrence, inner: Occurrence): boolean {
  return (
    outer.piece === inner.piece &&
    outer.latinForm === inner.latinForm &&
    outer.start <= inner.start &&
    inner.end <= outer.end &&
    outer.end - outer.start > inner.end - inner.start
  );
}

/** Entity slugs mentioned in the prepared text (sorted). */
function matchEntities(entities: EntityDef[], text: Prepared, cache: Map<string, Occurrence[]>): string[] {
  const all: { slug: string; place: boolean; occ: Occurrence }[] = [];
  for (const e of entities) for (const a of e.aliases) for (const occ of occurrences(a, text, cache)) all.push({ slug: e.slug, place: e.type === 'place', occ });
  const result = new Set<string>();
  for (const inner of all) {
    if (result.has(inner.slug)) continue;
    if (inner.place || !all.some((outer) => outer.slug !== inner.slug && contains(outer.occ, inner.occ))) result.add(inner.slug);
  }
  return [...result].sort();
}

/**
 * The topics and entities an article belongs to / mentions, both sorted by slug.
 * `text.body` is plain text (see mdxBodyToText) or raw body text.
 */
export function matchArticle(tax: Taxonomy, text: { title: string; body: string }): { topics: string[]; entities: string[] } {
  const prepared = prepare([text.title, text.body]);
  const cache = new Map<string, Occurrence[]>();
  const entities = matchEntities(tax.entities, prepared, cache);
  const entitySet = new Set(entities);
  const has = (term: string) => occurrences(term, prepared, cache).length > 0;
  const topics = tax.topics
    .filter((t) => {
      const m = t.match;
      const positive = m.any.length + m.entities.length === 0 || m.any.some(has) || m.entities.some((s) => entitySet.has(s));
      const all = m.all.every((entry) => (Array.isArray(entry) ? entry.some(has) : has(entry)));
      const none = !m.none.some(has);
      return positive && all && none;
    })
    .map((t) => t.slug)
    .sort();
  return { topics, entities };
}

/**
 * Entity slugs mentioned in each of several texts (e.g. one sentence at a time),
 * with the same rules as matchArticle. Exposed for briefing (speaker attribution).
 */
export function entitiesIn(entities: EntityDef[], text: string): string[] {
  return matchEntities(entities, prepare([text]), new Map());
}

/** One mention of an entity in a text, with offsets into that (unnormalised) text. */
export interface EntityMention {
  slug: string;
  start: number;
  end: number;
}

const GAP = '[\\s\\u200b-\\u200d\\u2060\\ufeff\\u00ad]*';

const aliasRegExps = new Map<string, RegExp>();

/** Regex matching an alias in unnormalised text (any whitespace between letters for Thai); cached. */
function aliasRegExp(alias: string): RegExp {
  let re = aliasRegExps.get(alias);
  if (!re) {
    re = isLatinTerm(alias)
      ? latinRegExp(alias)
      : new RegExp(`(?<![\\u0e40-\\u0e44])${[...normTerm(alias)].map(escapeRegExp).join(GAP)}(?![\\u0e31\\u0e34-\\u0e3a\\u0e47-\\u0e4e])`, 'gu');
    aliasRegExps.set(alias, re);
  }
  return re;
}

/**
 * Where entities are mentioned in `text` (offsets into `text` as given, NFC expected),
 * sorted by position. Same rules as matchArticle (a person/organisation alias inside a
 * longer alias of another entity does not count; overlapping mentions of one entity are merged).
 */
export function findEntityMentions(entities: EntityDef[], text: string): EntityMention[] {
  const lower = text.toLowerCase();
  const norm = normalizeForMatch(text);
  const all: EntityMention[] = [];
  for (const e of entities) {
    for (const alias of e.aliases) {
      // cheap pre-check on the normalised text before running the regex
      if (!isLatinTerm(alias) && !norm.includes(normTerm(alias))) continue;
      if (isLatinTerm(alias) && !norm.includes(latinParts(alias)[0] ?? '')) continue;
      const re = aliasRegExp(alias);
      for (const m of lower.matchAll(re)) all.push({ slug: e.slug, start: m.index, end: m.index + m[0].length });
    }
  }
  const places = new Set(entities.filter((e) => e.type === 'place').map((e) => e.slug));
  const kept = all.filter(
    (inner) =>
      places.has(inner.slug) ||
      !all.some((outer) => outer.slug !== inner.slug && outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start),
  );
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: EntityMention[] = [];
  for (const m of kept) {
    const last = merged.findLast((x) => x.slug === m.slug);
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      continue;
    }
    merged.push({ ...m });
  }
  return merged.sort((a, b) => a.start - b.start);
}
