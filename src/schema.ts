/**
 * The article schema: the ONE place that says what an article's frontmatter is.
 * Used by the Astro content collection (src/content.config.ts) and by ingest
 * (scripts/ingest/serialize.ts validates every file it writes against it).
 */
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real calendar date');

export const articleSchema = z
  .object({
    title: z.string().min(1),
    /** true when the text had no headline and the title was derived from the lead */
    titleDerived: z.boolean().optional(),
    /** publication date the text states (ISO, Gregorian); absent when the text states none */
    date: isoDate.optional(),
    /** the outlet, when the text names it */
    publisher: z.string().min(1).optional(),
    sourceUrl: z.url().optional(),
    /** wire or author credit */
    credit: z.string().min(1).optional(),
    section: z.string().min(1).optional(),
    lead: z.string(),
    /** the input file name in seeds/ */
    seed: z.string().min(1),
    seedSha256: z.string().regex(/^[0-9a-f]{64}$/),
    lang: z.literal('th'),
    /** topic slugs (content/topics/<slug>.md) */
    topics: z.array(z.string()).default([]),
    /** entity slugs (content/entities.yml) */
    entities: z.array(z.string()).default([]),
  })
  .strict();

export type Article = z.infer<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;

// ---------------------------------------------------------------------------
// Topics and entities: content, not code (content/topics/<slug>.md, content/entities.yml).
// Used by the Astro collections `topics` / `entities` and by src/lib/taxonomy.ts.

/** URL-safe slug shared by topics (file name) and entities (`slug` field). */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case a-z, 0-9 and single hyphens');

const matchTerm = z.string().trim().min(1);

/**
 * How a topic is recognised in an article. All terms are matched on the
 * article's title + body after `normalizeForMatch` (NFC, all whitespace and
 * zero-width characters removed, Latin lower-cased), so spacing never matters; a
 * Thai term never matches part of a written syllable (a tone/vowel mark right after
 * it, or a leading vowel เ แ โ ใ ไ right before it, belongs to the text's syllable).
 * A term written only in ASCII (e.g. "Kursk", "ATACMS") is instead matched
 * case-insensitively as a whole word (not inside a longer Latin word), with
 * spaces/hyphens between its parts optional.
 *
 * An article belongs to the topic when ALL three hold:
 *   1. positive: if `any` or `entities` is non-empty, at least one `any` term
 *      occurs OR at least one of the `entities` (entity slugs) is mentioned
 *      (i.e. `any` and `entities` are alternatives, OR-ed together);
 *      if both are empty this condition is vacuously true;
 *   2. `all`: every entry occurs; an entry that is a list of terms is
 *      satisfied when any one of its terms occurs (a group of synonyms);
 *   3. `none`: no `none` term occurs.
 * At least one of `any`, `all`, `entities` must be non-empty.
 */
export const topicMatchSchema = z
  .object({
    any: z.array(matchTerm).default([]),
    all: z.array(z.union([matchTerm, z.array(matchTerm).min(1)])).default([]),
    none: z.array(matchTerm).default([]),
    entities: z.array(slugSchema).default([]),
  })
  .strict()
  .refine((m) => m.any.length + m.all.length + m.entities.length > 0, 'match needs at least one of any / all / entities');

/** Frontmatter of content/topics/<slug>.md; the body is the editor's overview (Thai). */
export const topicSchema = z
  .object({
    /** Thai display title */
    title: z.string().trim().min(1),
    /** one Thai sentence */
    description: z.string().trim().min(1),
    match: topicMatchSchema,
    /** display order (ascending; topics without it come after, by slug) */
    order: z.number().int().optional(),
  })
  .strict();

export const entityTypeSchema = z.enum(['person', 'organization', 'place']);

/** One item of content/entities.yml (a YAML list). */
export const entitySchema = z
  .object({
    slug: slugSchema,
    type: entityTypeSchema,
    /** Thai display name */
    name: z.string().trim().min(1),
    /** Latin-script name */
    latin: z.string().trim().min(1),
    /**
     * Every spelling to recognise (Thai variants and Latin variants), matched like
     * topic terms. Thai aliases must be at least 4 characters after normalisation
     * (a bare "คิม" or "ทาส" would match inside unrelated words).
     */
    aliases: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .refine(
            (a) => (/^[\x00-\x7f]+$/.test(a) ? /[a-z0-9]{2}/i.test(a) : a.normalize('NFC').replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]/g, '').length >= 4),
            'alias too short: Thai aliases need at least 4 characters, Latin ones 2 letters or digits',
          ),
      )
      .min(1),
  })
  .strict();

export const entitiesFileSchema = z.array(entitySchema);

export type TopicMatch = z.infer<typeof topicMatchSchema>;
export type TopicData = z.infer<typeof topicSchema>;
/** A loaded topic: frontmatter + slug (file name) + body (Markdown overview). */
export type TopicDef = TopicData & { slug: string; body: string };
export type EntityType = z.infer<typeof entityTypeSchema>;
export type EntityDef = z.infer<typeof entitySchema>;
