/**
 * Test helper: read an MDX file back the way MDX itself would (frontmatter with
 * `yaml`, body with remark-mdx) and list its blocks as plain text. Used to
 * check what the serializer wrote, independent of how it wrote it.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Root, RootContent } from 'mdast';
import { parse } from 'yaml';

export interface ParsedArticle {
  data: Record<string, unknown> & { title?: string; titleDerived?: boolean; date?: string; publisher?: string; sourceUrl?: string; credit?: string };
  blocks: { type: 'paragraph' | 'heading' | 'caption' | 'other'; text: string }[];
  tree: Root;
  /** node types found anywhere in the body */
  types: Set<string>;
}

export function readArticle(mdx: string): ParsedArticle {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!m) throw new Error('no frontmatter');
  const data = parse(m[1]!) as ParsedArticle['data'];
  const tree = fromMarkdown(mdx.slice(m[0].length), { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const types = new Set<string>();
  const walk = (n: { type: string; children?: unknown[] }) => {
    types.add(n.type);
    for (const c of (n.children ?? []) as { type: string }[]) walk(c);
  };
  walk(tree);
  const blocks = tree.children.map((c: RootContent) => {
    if (c.type === 'paragraph') return { type: 'paragraph' as const, text: toString(c) };
    if (c.type === 'heading') return { type: 'heading' as const, text: toString(c) };
    if (c.type === 'mdxJsxFlowElement' && c.name === 'figure') return { type: 'caption' as const, text: toString(c) };
    return { type: 'other' as const, text: toString(c) };
  });
  return { data, blocks, tree, types };
}
