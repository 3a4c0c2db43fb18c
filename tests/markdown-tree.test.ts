import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownOf } from '../src/markdown-tree.js';

// The serialiser without the plain-text short cut, to check that the short cut changes nothing.
const reference = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', fences: true, rule: '-', emphasis: '_', listItemIndent: 'one' });

const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '1',
    '1.',
    '2)',
    'w.',
    'W.x',
    'https:',
    '//x',
    ':-',
    '+',
    '. ',
    '3.',
    ' ',
    '  ',
    '✅',
    '⚠️',
    'www.x.com',
    'http://a',
    'a@b.co',
    '&amp;',
    '<b>',
    '*x*',
    '_y_',
    '~~z~~',
    '|',
    '#',
    '-',
    '+ ',
    '> ',
    '$x$',
    'ML (6 : 2)',
    '75%',
    'Auto-scaling 2-10x',
    "it's",
    '"q"',
    'e.g. this',
  ),
);
const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

function trees(values: string[]): Root {
  const cell = (value: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value }] });
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: values[0]! }] },
      { type: 'paragraph', children: values.map((value) => ({ type: 'text' as const, value })) },
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: values.map((value) => ({
          type: 'listItem' as const,
          spread: false,
          children: [
            {
              type: 'paragraph' as const,
              children: [
                { type: 'text' as const, value },
                { type: 'strong' as const, children: [{ type: 'text' as const, value }] },
              ],
            },
          ],
        })),
      },
      {
        type: 'table',
        children: [
          { type: 'tableRow', children: values.map(cell) },
          { type: 'tableRow', children: values.map(cell) },
        ],
      },
    ],
  };
}

describe('markdownOf', () => {
  it('writes exactly what the unmodified serialiser writes, for any text', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (values) => {
        expect(markdownOf(trees(values))).toBe(reference.stringify(trees(values)));
      }),
      { numRuns: 1000 },
    );
  });
});
