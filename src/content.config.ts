import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema.ts';
import { contentDir } from './lib/paths.ts';

const articles = defineCollection({
  // ids are the file names (ingest derives them from the seed's file name only)
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/articles`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: articleSchema,
});

export const collections = { articles };
