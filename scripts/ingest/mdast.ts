/**
 * Stage 5: the article body as an mdast tree. Text goes into text nodes only;
 * it never becomes markup here: escaping is the serializer's job.
 */
import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { Labeled } from './classify.ts';
import { HEADING_MARKER } from './rules.ts';

export type BodyBlock = { type: 'paragraph' | 'heading' | 'caption'; text: string; line: number };

/** The body lines in order, as blocks (headings lose their "*"/"■" marker). */
export function bodyBlocks(lines: readonly Labeled[]): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const l of lines) {
    if (l.kind === 'content') blocks.push({ type: 'paragraph', text: l.text, line: l.n });
    else if (l.kind === 'heading') blocks.push({ type: 'heading', text: l.text.replace(HEADING_MARKER, '').trim(), line: l.n });
    else if (l.kind === 'caption') blocks.push({ type: 'caption', text: l.text, line: l.n });
  }
  return blocks;
}

export function toMdast(blocks: readonly BodyBlock[]): Root {
  const children: RootContent[] = blocks.map((b): RootContent => {
    const text = { type: 'text' as const, value: b.text };
    if (b.type === 'heading') return { type: 'heading', depth: 2, children: [text] };
    if (b.type === 'caption') {
      return {
        type: 'mdxJsxFlowElement',
        name: 'figure',
        attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'caption' }],
        children: [{ type: 'mdxJsxFlowElement', name: 'figcaption', attributes: [], children: [{ type: 'paragraph', children: [text] }] }],
      };
    }
    return { type: 'paragraph', children: [text] };
  });
  return { type: 'root', children };
}
