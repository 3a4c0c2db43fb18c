import { describe, expect, it } from 'vitest';
import {
  formatQuantity,
  latencyParser,
  parseCount,
  parseDuration,
  parseMoney,
  parsePerSecond,
  parsePercentage,
  parseRate,
  type QuantityResult,
} from '../src/quantity/index.js';

const value = (result: QuantityResult) =>
  result.ok ? { value: result.quantity.value, comparator: result.quantity.comparator, currency: result.quantity.currency } : result.message;

describe('durations (milliseconds)', () => {
  it.each([
    ['50ms', 50, undefined],
    ['0.2s', 200, undefined],
    ['200 ms', 200, undefined],
    ['< 200ms', 200, '<'],
    ['<=200ms', 200, '<='],
    ['150us', 0.15, undefined],
    ['150µs', 0.15, undefined],
    ['2 seconds', 2000, undefined],
    ['1min', 60000, undefined],
    ['1.5h', 5400000, undefined],
    ['.5s', 500, undefined],
  ])('%s', (input, ms, comparator) => {
    expect(value(parseDuration(input))).toEqual({ value: ms, comparator, currency: undefined });
  });
  it.each([
    [200, '`200` has no unit; write `200ms` (or s, us)'],
    ['200', '`200` has no unit; write `200ms` (or s, us)'],
    ['< 200', '`< 200` has no unit; write `200ms` (or s, us)'],
    ['200 parsecs', '`200 parsecs` has an unknown unit `parsecs`; use us, ms, s, min or h'],
    ['fast', '`fast` is not a duration; write it like `200ms` or `0.2s`'],
    ['-5ms', '`-5ms` is not a duration; write it like `200ms` or `0.2s`'],
    ['', 'is empty'],
    [true, 'expected a quantity written as text'],
  ])('%s is refused', (input, message) => {
    expect(value(parseDuration(input))).toBe(message);
  });
});

describe('rates (per second)', () => {
  it.each([
    ['10K rps', 10_000],
    ['1.5M qps', 1_500_000],
    ['300/s', 300],
    ['300 req/s', 300],
    ['5k requests per second', 5000],
    ['600 rpm', 10],
    ['10,000 rps', 10_000],
  ])('%s', (input, perSecond) => {
    expect(value(parseRate(input))).toEqual({ value: perSecond, comparator: undefined, currency: undefined });
  });
  it.each([
    [10000, '`10000` has no unit; write `10000 rps` (or qps, /s)'],
    ['10K', '`10K` has no unit; write `10K rps` (or qps, /s)'],
    // Any noun may stand before the time unit now (`600M playlists/week`), so a noun without one is told to add it.
    ['10K furlongs', '`10K furlongs` has no time unit; write `10K furlongs/s` (or /min, /hour, /day, /week)'],
    ['lots', '`lots` is not a rate; write it like `10K rps` or `300/s`'],
  ])('%s is refused', (input, message) => {
    expect(value(parseRate(input))).toBe(message);
  });
});

describe('percentages', () => {
  it.each([
    ['99.9%', 99.9],
    ['99.99 %', 99.99],
    ['100%', 100],
  ])('%s', (input, percent) => {
    expect(value(parsePercentage(input))).toEqual({ value: percent, comparator: undefined, currency: undefined });
  });
  it.each([
    [99.9, '`99.9` has no unit; write `99.9%`'],
    ['101%', '`101%` is more than 100%'],
    ['three nines', '`three nines` is not a percentage; write it like `99.9%`'],
  ])('%s is refused', (input, message) => {
    expect(value(parsePercentage(input))).toBe(message);
  });
});

describe('money per prediction', () => {
  it.each([
    ['$0.001', 0.001, 'USD'],
    ['0.01 USD', 0.01, 'USD'],
    ['0.01 usd', 0.01, 'USD'],
    ['€0.002', 0.002, 'EUR'],
    ['$0.001 per prediction', 0.001, 'USD'],
    ['$0.001/prediction', 0.001, 'USD'],
  ])('%s', (input, amount, currency) => {
    expect(value(parseMoney(input))).toEqual({ value: amount, comparator: undefined, currency });
  });
  it.each([
    [0.001, '`0.001` has no currency; write `$0.001` or `0.001 USD`'],
    ['0.01 XYZ', '`0.01 XYZ` has an unknown currency `XYZ`; use USD, EUR or GBP'],
    ['cheap', '`cheap` is not an amount of money; write it like `$0.001` or `0.01 USD`'],
  ])('%s is refused', (input, message) => {
    expect(value(parseMoney(input))).toBe(message);
  });
});

describe('counts', () => {
  it.each([
    ['200M', 200e6],
    ['15K', 15e3],
    ['1.2B', 1.2e9],
    ['5000', 5000],
    [5000, 5000],
    ['200M+', 200e6],
    ['1,000,000', 1e6],
  ])('%s', (input, count) => {
    expect(value(parseCount(input))).toEqual({ value: count, comparator: undefined, currency: undefined });
  });
  it.each([
    ['many', '`many` is not a count; write it like `5000`, `15K`, `200M` or `1.2B`'],
    ['200 users per day', '`200 users per day` is a rate, not a count; write a count like `200 users`'],
  ])('%s is refused', (input, message) => {
    expect(value(parseCount(input))).toBe(message);
  });
});

describe('formatQuantity', () => {
  it('writes canonical values back the way people read them', () => {
    const format = (result: QuantityResult) => (result.ok ? formatQuantity(result.quantity) : result.message);
    expect(format(parseDuration('0.2s'))).toBe('200ms');
    expect(format(parseDuration('1500ms'))).toBe('1.5s');
    expect(format(parseDuration('150us'))).toBe('150us');
    expect(format(parseRate('10000 rps'))).toBe('10K rps');
    expect(format(parsePercentage('99.95 %'))).toBe('99.95%');
    expect(format(parseMoney('0.001 USD'))).toBe('$0.001');
    expect(format(parseCount('1200000000'))).toBe('1.2B');
  });
});

describe('rates in fields named per second (peak_rps)', () => {
  it('take a plain count as requests per second, and still take units', () => {
    expect(value(parsePerSecond('10K'))).toEqual({ value: 10_000, comparator: undefined, currency: undefined });
    expect(value(parsePerSecond(5000))).toEqual({ value: 5000, comparator: undefined, currency: undefined });
    expect(value(parsePerSecond('300/s'))).toEqual({ value: 300, comparator: undefined, currency: undefined });
    expect(value(parsePerSecond('lots'))).toBe('`lots` is not a rate; write it like `10K rps` or `300/s`');
  });
});

describe('latency fields with their own percentile', () => {
  it('accept a written percentile that agrees, refuse one that contradicts, and keep one parser per percentile', () => {
    expect(value(latencyParser(99)('p99 < 100 ms'))).toEqual({ value: 100, comparator: '<', currency: undefined });
    expect(value(latencyParser(50)('40ms'))).toEqual({ value: 40, comparator: undefined, currency: undefined });
    expect(value(latencyParser(50)('150ms p99'))).toBe(
      '`150ms p99` is a p99 latency, but this field is the p50 target: move it to `latency_p99`',
    );
    expect(value(latencyParser(99.9)('1s p99'))).toBe(
      '`1s p99` is a p99 latency, but this field is the p999 target: move it to `latency_p99`',
    );
    expect(value(latencyParser(99)('120ms p75'))).toBe(
      '`120ms p75` is a p75 latency, but this field is the p99 target: write the p99 latency here',
    );
    expect(latencyParser(95)).toBe(latencyParser(95));
  });
});
