import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quantitiesSection } from '../src/docs/quantity-docs.js';
import { markdownOf } from '../src/markdown-tree.js';
import { ACCEPTED_EXAMPLES, REJECTED_EXAMPLES } from '../src/quantity/examples.js';
import { QUANTITY_PARSERS } from '../src/quantity/index.js';

describe('docs/format.md "Quantities" comes from src/quantity/examples.ts (run `npm run docs`)', () => {
  const docs = readFileSync(new URL('../docs/format.md', import.meta.url), 'utf8');

  it('the section in docs/format.md is the one the examples generate', () => {
    const section = markdownOf({ type: 'root', children: quantitiesSection() });
    expect(docs.includes(section.trimEnd())).toBe(true);
  });

  it('every kind has accepted and refused examples', () => {
    for (const kind of Object.keys(QUANTITY_PARSERS)) {
      expect(ACCEPTED_EXAMPLES.some((example) => example.kind === kind)).toBe(true);
      expect(REJECTED_EXAMPLES.some((example) => example.kind === kind)).toBe(true);
    }
  });

  it('no example is listed twice', () => {
    const keys = [...ACCEPTED_EXAMPLES, ...REJECTED_EXAMPLES].map((example) =>
      JSON.stringify([example.kind, example.written, example.options]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
