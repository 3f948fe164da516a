/**
 * mdast → MDX: every character of article text survives as text, and MDX
 * re-reads it with no ESM, no expressions and no JSX other than our captions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMdast } from '../../scripts/ingest/mdast.ts';
import { serializeArticle, serializeFrontmatter } from '../../scripts/ingest/serialize.ts';
import { readArticle } from './mdx-read.ts';

const base = { title: 'หัวข้อ', lead: 'นำ', seed: 's.txt', seedSha256: 'a'.repeat(64), lang: 'th' as const, topics: [], entities: [] };
const HOSTILE = ["import fs from 'node:fs'", 'export const a = 1', '{process.exit(1)}', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '---', '# h', '> q', '| a | b |', '`c`', '1. item', '- item', '* item', '<!-- c -->', 'a\\b', '&amp; &#x41;', 'https://evil.example/">\\</iframe>', ':::', '$$x$$', '~~~', '    indented'];

function roundTrip(texts: string[]) {
  const blocks = texts.map((t, i) => ({ type: 'paragraph' as const, text: t, line: i + 1 }));
  return readArticle(serializeArticle(base, toMdast(blocks)));
}

describe('serializeArticle', () => {
  it('keeps hostile text as literal paragraphs', () => {
    const a = roundTrip(HOSTILE);
    expect(a.blocks.map((b) => b.text)).toEqual(HOSTILE);
    expect(a.blocks.every((b) => b.type === 'paragraph')).toBe(true);
    for (const t of ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html', 'link', 'code', 'inlineCode', 'thematicBreak', 'blockquote', 'list', 'heading']) {
      expect(a.types.has(t), t).toBe(false);
    }
  });

  it('property: any printable single-line text round-trips as one text paragraph', () => {
    const char = fc.constantFrom(...'{}<>[]()`*_#>-+|!&;:/\\\'"=~$ abcxyzกขคใไ่้๊๋ีืึ0123456789.importexport');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: char, minLength: 1, maxLength: 30 }).map((s) => s.trim()).filter((s) => s.length > 0), { minLength: 1, maxLength: 5 }), (texts) => {
        const a = roundTrip(texts);
        expect(a.blocks.map((b) => b.text)).toEqual(texts);
        expect([...a.types].filter((t) => !['root', 'paragraph', 'text'].includes(t))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('writes headings and captions as such', () => {
    const a = readArticle(
      serializeArticle(base, toMdast([{ type: 'heading', text: 'หัวข้อย่อย {x}', line: 1 }, { type: 'caption', text: 'ภาพ <b>', line: 2 }, { type: 'paragraph', text: 'ย่อหน้า', line: 3 }])),
    );
    expect(a.blocks).toEqual([{ type: 'heading', text: 'หัวข้อย่อย {x}' }, { type: 'caption', text: 'ภาพ <b>' }, { type: 'paragraph', text: 'ย่อหน้า' }]);
  });
});

describe('serializeFrontmatter', () => {
  it('validates against the article schema', () => {
    expect(() => serializeFrontmatter({ ...base, date: '2024-02-30' })).toThrow();
    expect(() => serializeFrontmatter({ ...base, extra: 1 } as never)).toThrow();
    expect(() => serializeFrontmatter({ ...base, seedSha256: 'x' })).toThrow();
  });
  it('quotes YAML-hostile strings so they read back identically', () => {
    const title = 'ข่าว: "คำพูด" #แท็ก --- {a: 1} [x] | > @ `y` \\n yes no null 2024-01-01';
    const a = readArticle(serializeArticle({ ...base, title }, toMdast([{ type: 'paragraph', text: 'x', line: 1 }])));
    expect(a.data.title).toBe(title);
  });
});
