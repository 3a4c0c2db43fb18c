import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  METRIC_ABBREVIATIONS,
  comparableName,
  coversMetric,
  metricName,
  metricWords,
  sameMetric,
  unmatchedTerms,
} from '../../src/design/metric-names.js';
import { textsOf } from '../../src/design/values.js';

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

describe('metric names', () => {
  it('drop stop and filler words, stem, and expand abbreviations', () => {
    expect(metricWords('Time spent watching')).toEqual(['time', 'watch']);
    expect(metricWords('Number of deliveries per day')).toEqual(['delivery', 'day']);
    expect(metricWords('CTRs')).toEqual(['click', 'through', 'rate']);
    expect(metricWords('Avg fraud losses')).toEqual(['averag', 'fraud', 'loss']);
  });

  it('expand every abbreviation of the table to its meaning, either way round', () => {
    for (const { abbreviation, meaning } of METRIC_ABBREVIATIONS) {
      expect(coversMetric(metricName(abbreviation), metricName(meaning)), abbreviation).toBe(true);
      expect(coversMetric(metricName(meaning), metricName(abbreviation)), meaning).toBe(true);
    }
  });

  it('cover a name by itself, by any spelling of it, and by a longer name; not by a shorter one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('late', 'delivery', 'rate', 'watch', 'time', 'CTR', 'revenue', 'user'), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('per city', 'weekly', 'p95'),
        (words, extra) => {
          const name = words.join(' ');
          expect(coversMetric(metricName(name), metricName(name))).toBe(true);
          expect(coversMetric(metricName(name), metricName(name.toUpperCase().replace(/ /g, '-')))).toBe(true);
          expect(coversMetric(metricName(name), metricName(`${name} ${extra}`))).toBe(true);
          expect(sameMetric(metricName(`${name} ${extra}`), metricName(name))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    expect(coversMetric(metricName('Late delivery rate'), metricName('Delivery rate'))).toBe(false);
    expect(unmatchedTerms(metricName('Late delivery rate'), metricName('Delivery rate'))).toEqual(['late']);
    expect(unmatchedTerms(metricName('CTR on search'), metricName('Click rate'))).toEqual(['ctr', 'search']);
  });
});
