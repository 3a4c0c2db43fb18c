import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatQuantity,
  parseCount,
  parseDuration,
  parseMoney,
  parsePerSecond,
  parsePercentage,
  parseRate,
  QUANTITY_PARSERS,
  type Quantity,
  type QuantityResult,
} from '../src/quantity/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Whether two canonical values agree to the six significant digits formatQuantity writes. */
const close = (a: number, b: number, digits = 1e-5): boolean => Math.abs(a - b) <= digits * Math.max(Math.abs(a), Math.abs(b), 1e-300);

function parsedValue(result: QuantityResult): number {
  if (!result.ok) throw new Error(result.message);
  return result.quantity.value;
}

/** A number as people write it, with its value: `5`, `1,000`, `0.25`, `.5`, `12,345.75`. */
const writtenNumber = fc
  .tuple(
    fc.integer({ min: 0, max: 9_999_999 }),
    fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
    fc.boolean(),
    fc.boolean(),
  )
  .filter(([whole, fraction]) => whole > 0 || (fraction !== undefined && fraction > 0))
  .map(([whole, fraction, commas, dropLeadingZero]) => {
    const wholeText = commas ? whole.toLocaleString('en-US') : String(whole);
    const fractionText = fraction === undefined ? '' : `.${String(fraction).padStart(3, '0')}`;
    const text = whole === 0 && dropLeadingZero && fractionText !== '' ? fractionText : `${wholeText}${fractionText}`;
    return { text, value: Number(`${whole}${fractionText}`) };
  });

const space = fc.constantFrom('', ' ', '  ', '\t');
const someSpace = fc.constantFrom(' ', '  ', '\t');

// [as written, factor]; letters need a space before a following word, words need one before anything.
const MULTIPLIERS = [
  ['', 1],
  ['K', 1e3],
  ['k', 1e3],
  ['M', 1e6],
  ['B', 1e9],
  [' thousand', 1e3],
  [' million', 1e6],
  [' billion', 1e9],
] as const;
const multiplier = fc.constantFrom(...MULTIPLIERS);

const DURATION_UNITS = [
  ['us', 1e-3],
  ['µs', 1e-3],
  ['ms', 1],
  ['milliseconds', 1],
  ['s', 1e3],
  ['sec', 1e3],
  ['seconds', 1e3],
  ['min', 60e3],
  ['minutes', 60e3],
  ['h', 3600e3],
  ['hours', 3600e3],
] as const;

const TIME_UNITS = [
  ['s', 1],
  ['sec', 1],
  ['second', 1],
  ['min', 60],
  ['minute', 60],
  ['h', 3600],
  ['hour', 3600],
  ['day', 86400],
  ['d', 86400],
  ['week', 604800],
  ['wk', 604800],
  ['month', 2592000],
] as const;

const COMPARATORS = [
  ['', undefined],
  ['<', '<'],
  ['<= ', '<='],
  ['≤', '<='],
  ['~', '~'],
  ['under ', '<'],
  ['below ', '<'],
  ['at most ', '<='],
  ['up to ', '<='],
  ['at least ', '>='],
  ['over ', '>'],
] as const;

describe('formatQuantity round-trips through the parsers', () => {
  const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const quantities: fc.Arbitrary<Quantity> = fc.oneof(
    positive(1e-3, 1e8).map((value) => ({ kind: 'duration' as const, value })),
    positive(1e-4, 1e10).map((value) => ({ kind: 'rate' as const, value })),
    fc.oneof(fc.constant(0), positive(1e-6, 100)).map((value) => ({ kind: 'percentage' as const, value })),
    fc
      .tuple(positive(1e-9, 1e4), fc.constantFrom('USD', 'EUR', 'GBP'))
      .map(([value, currency]) => ({ kind: 'money' as const, value, currency })),
    fc.oneof(fc.constant(0), positive(1e-3, 1e14)).map((value) => ({ kind: 'count' as const, value })),
  );
  it('parse(format(q)) is q to six significant digits', () => {
    fc.assert(
      fc.property(quantities, (quantity) => {
        const written = formatQuantity(quantity);
        const result = QUANTITY_PARSERS[quantity.kind](written);
        expect(result.ok ? undefined : `${written}: ${result.message}`).toBeUndefined();
        if (!result.ok) return;
        expect(result.quantity.kind).toBe(quantity.kind);
        expect(result.quantity.currency).toBe(quantity.currency);
        expect(close(result.quantity.value, quantity.value)).toBe(true);
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

describe('numbers × multipliers × units × spacing normalise', () => {
  it('durations, with comparators and percentiles', () => {
    fc.assert(
      fc.property(
        writtenNumber,
        space,
        fc.constantFrom(...DURATION_UNITS),
        fc.constantFrom(...COMPARATORS),
        fc.constantFrom('', ' p99', ' (p99)', 'p99 ', 'P99: '),
        (number, gap, [unit, ms], [bound, comparator], percentile) => {
          const text = percentile.endsWith(' ')
            ? `${percentile}${bound}${number.text}${gap}${unit}`
            : `${bound}${number.text}${gap}${unit}${percentile}`;
          const result = parseDuration(text);
          expect(close(parsedValue(result), number.value * ms, 1e-12)).toBe(true);
          if (!result.ok) return;
          expect(result.quantity.comparator).toBe(comparator);
          expect(result.quantity.percentile).toBe(percentile === '' ? undefined : 99);
          expect(parseDuration(text, { percentile: 99 }).ok).toBe(true);
          expect(parseDuration(text, { percentile: 50 }).ok).toBe(percentile === '');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('rates over any time unit, with or without a noun', () => {
    const per = fc.constantFrom('/', ' / ', ' per ', '/ ');
    const noun = fc.constantFrom('', 'requests', 'req', 'playlists', 'page-views', 'search queries');
    fc.assert(
      fc.property(
        writtenNumber,
        multiplier,
        someSpace,
        noun,
        per,
        fc.constantFrom(...TIME_UNITS),
        (number, [written, factor], gap, what, slash, [unit, seconds]) => {
          const separator = what === '' ? '' : gap;
          const text = `${number.text}${written}${separator}${what}${slash}${unit}`;
          const result = parseRate(text);
          expect(close(parsedValue(result), (number.value * factor) / seconds, 1e-12)).toBe(true);
          if (result.ok) expect(result.quantity.unit).toBe(`${what}${slash}${unit}`.trim());
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('rates in rps, qps and tps, and plain counts in per-second fields', () => {
    fc.assert(
      fc.property(
        writtenNumber,
        multiplier,
        someSpace,
        fc.constantFrom('rps', 'qps', 'tps', 'RPS', 'QPS'),
        (number, [written, factor], gap, unit) => {
          expect(close(parsedValue(parseRate(`${number.text}${written}${gap}${unit}`)), number.value * factor, 1e-12)).toBe(true);
          expect(close(parsedValue(parsePerSecond(`${number.text}${written}`)), number.value * factor, 1e-12)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('counts, with a plus and a noun', () => {
    fc.assert(
      fc.property(
        writtenNumber,
        multiplier,
        fc.constantFrom('', '+'),
        fc.constantFrom('', 'users', 'MAU', 'orders', 'monthly active users'),
        (number, [written, factor], plus, noun) => {
          const text = `${number.text}${written}${plus}${noun === '' ? '' : ' '}${noun}`;
          const result = parseCount(text);
          expect(close(parsedValue(result), number.value * factor, 1e-12)).toBe(true);
          if (result.ok) expect(result.quantity.noun).toBe(noun === '' ? undefined : noun);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('percentages, with windows', () => {
    const percent = fc
      .integer({ min: 0, max: 100_000 })
      .map((thousandths) => ({ text: String(thousandths / 1000), value: thousandths / 1000 }));
    fc.assert(
      fc.property(
        percent,
        space,
        fc.constantFrom('', ' monthly', ' per quarter', ' (30-day window)', ' over a rolling 28 days'),
        (number, gap, window) => {
          const result = parsePercentage(`${number.text}${gap}%${window}`);
          expect(close(parsedValue(result), number.value, 1e-12)).toBe(true);
          if (result.ok) expect(result.quantity.window).toBe(window === '' ? undefined : window.trim().replace(/^\(|\)$/g, ''));
          if (number.value > 0 && number.value < 1)
            expect(parsePercentage(number.text)).toEqual({
              ok: false,
              message: `\`${number.text}\` is a fraction; write \`${Number((number.value * 100).toPrecision(12))}%\``,
            });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('money per N predictions', () => {
    const currency = fc.constantFrom(
      ['$', '', 'USD'],
      ['€', '', 'EUR'],
      ['', ' USD', 'USD'],
      ['', ' EUR', 'EUR'],
      ['', ' cents', 'USD'],
      ['', '¢', 'USD'],
    );
    const per = fc.constantFrom(
      ['', 1],
      ['/prediction', 1],
      [' per prediction', 1],
      [' per 1000 predictions', 1000],
      ['/1K', 1000],
      [' per 1K requests', 1000],
      [' per million predictions', 1e6],
      ['/1M', 1e6],
    );
    fc.assert(
      fc.property(writtenNumber, currency, per, (number, [prefix, suffix, code], [clause, divisor]) => {
        const result = parseMoney(`${prefix}${number.text}${suffix}${clause}`);
        const cents = suffix === ' cents' || suffix === '¢' ? 100 : 1;
        expect(close(parsedValue(result), number.value / cents / (divisor as number), 1e-12)).toBe(true);
        if (result.ok) expect(result.quantity.currency).toBe(code);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('random junk never throws and never takes long', () => {
  const PARSERS = [...Object.values(QUANTITY_PARSERS), parsePerSecond];
  // Characters that mean something to the grammar, so the junk reaches deep into the parsers.
  const GRAMMAR = fc.constantFrom(
    ...'0123456789.,%$€£¢/<>=~≤≥≈()+-: pPkKMBmsuµ'.split(''),
    'per',
    'ms',
    ' rps',
    'million',
    'at least',
    'p99',
    'monthly',
    'cents',
    'requests',
  );
  const junk = fc.oneof(
    fc.array(GRAMMAR, { maxLength: 40 }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.anything(),
  );
  it('each parser answers ok or with a message, quickly', () => {
    fc.assert(
      fc.property(junk, (input) => {
        for (const parse of PARSERS) {
          const started = performance.now();
          const result = parse(input);
          // Generous: a garbage collection may land in any call on a shared machine; quadratic cases take seconds.
          expect(performance.now() - started).toBeLessThan(500);
          if (result.ok) {
            expect(Number.isFinite(result.quantity.value)).toBe(true);
            expect(result.quantity.value).toBeGreaterThanOrEqual(0);
          } else {
            expect(typeof result.message).toBe('string');
            expect(result.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
