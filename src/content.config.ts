import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { articleSchema, topicSchema, entitySchema } from './schema.ts';
import { contentDir } from './lib/paths.ts';

const articles = defineCollection({
  // ids are the file names (ingest derives them from the seed's file name only)
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/articles`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: articleSchema,
});

// topics: content/topics/<slug>.md, id = file name; body = the editor's overview
const topics = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/topics`, generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  schema: topicSchema,
});

// entities: one YAML list; the file() loader uses each item's `slug` as the id
const entities = defineCollection({
  loader: file(`${contentDir}/entities.yml`),
  schema: entitySchema,
});

export const collections = { articles, topics, entities };
