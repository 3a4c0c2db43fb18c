import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableName, textsOf } from '../../src/design/values.js';

/** The definition: NFKC, lower case, nothing but letters and digits. */
const reference = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('comparableName', () => {
  it('gives what the Unicode definition gives, on ASCII names (its fast path) and on any text', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) });
    for (const texts of [ascii, fc.string({ unit: 'binary' })]) {
      fc.assert(
        fc.property(texts, (text) => {
          expect(comparableName(text)).toBe(reference(text));
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('ignores case, punctuation and width', () => {
    expect(comparableName('Click-through rate (CTR)')).toBe('clickthroughratectr');
    expect(comparableName('ＣＴＲ')).toBe('ctr');
    expect(comparableName('Größe')).toBe('größe');
  });
});

describe('textsOf', () => {
  it('gives the non-blank strings and the numbers of a value or a list, in order', () => {
    expect(textsOf('  ')).toEqual([]);
    expect(textsOf('CTR')).toEqual(['CTR']);
    expect(textsOf(0.5)).toEqual(['0.5']);
    expect(textsOf(['a', ' ', 3, null, { b: 'c' }, ['d'], '\n', 'e'])).toEqual(['a', '3', 'e']);
    expect(textsOf({ a: 'b' })).toEqual([]);
  });
});
