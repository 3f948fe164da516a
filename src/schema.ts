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
