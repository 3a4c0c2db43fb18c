import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from '../../src/design/words.js';

const byPattern = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe('lowerCaseWords', () => {
  it('splits as the Unicode pattern does, ASCII or not', () => {
    const unit = fc.constantFrom(...'aZ09 _-./()\t\n', 'é', 'İ', 'ß', '—', '😀', 'Ω', '٣');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        expect(lowerCaseWords(text), JSON.stringify(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads words of letters and digits, lower-cased', () => {
    expect(lowerCaseWords('Feature drift PSI > 0.2, per_model')).toEqual(['feature', 'drift', 'psi', '0', '2', 'per', 'model']);
    expect(lowerCaseWords('')).toEqual([]);
    expect(lowerCaseWords('Écart de dérive')).toEqual(['écart', 'de', 'dérive']);
  });
});
