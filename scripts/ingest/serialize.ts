/**
 * Stage 6: frontmatter + mdast → MDX text.
 * The frontmatter is validated against the one article schema (src/schema.ts)
 * and written with the `yaml` library; the body is written by the MDX
 * serializer (mdast-util-to-markdown + mdast-util-mdx), which escapes `{`,
 * `<` and Markdown syntax (GFM included: Astro's MDX parses autolink literals,
 * tables and strikethrough, so their syntax must be escaped too). Two extra "unsafe" patterns make it also escape
 * `import`/`export` at the start of a line, which MDX would otherwise run as
 * ESM at build time.
 */
import type { Root } from 'mdast';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { stringify } from 'yaml';
import { articleSchema, type ArticleInput } from '../../src/schema.ts';

const esmGuard: Options = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport(?![\\w$])' },
    { character: 'e', atBreak: true, after: 'xport(?![\\w$])' },
  ],
};

/** Key order of the frontmatter (stable output). */
const ORDER = ['title', 'titleDerived', 'date', 'publisher', 'sourceUrl', 'credit', 'section', 'lead', 'topics', 'entities', 'seed', 'seedSha256', 'lang'] as const;

export function serializeBody(tree: Root): string {
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown(), esmGuard], bullet: '-', emphasis: '_' });
}

export function serializeFrontmatter(data: ArticleInput): string {
  const valid = articleSchema.parse(data);
  const ordered: Record<string, unknown> = {};
  for (const k of ORDER) if (valid[k] !== undefined) ordered[k] = valid[k];
  return stringify(ordered, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

export function serializeArticle(data: ArticleInput, tree: Root): string {
  return `---\n${serializeFrontmatter(data)}---\n\n${serializeBody(tree)}`;
}
