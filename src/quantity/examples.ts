/**
 * Every form of quantity the parsers accept or refuse, written once: tests/quantity-examples.test.ts
 * checks each against the parsers, and the "Quantities" section of docs/format.md is generated
 * from them (src/docs/quantity-docs.ts), so the docs cannot promise what the code does not do.
 */
import type { Quantity, QuantityKind, QuantityOptions } from './types.js';

export interface AcceptedExample {
  kind: QuantityKind;
  /** The value as written in a design (a YAML number stays a number). */
  written: string | number;
  /** What the field says, such as the percentile of `latency_p50`. */
  options?: QuantityOptions;
  /** The quantity it parses to, every field of it but `kind`. */
  quantity: Omit<Quantity, 'kind'>;
}

export interface RejectedExample {
  kind: QuantityKind;
  written: string | number;
  options?: QuantityOptions;
  /** The whole message. */
  message: string;
}

const WEEK = 7 * 86400;
const DAY = 86400;

export const ACCEPTED_EXAMPLES: readonly AcceptedExample[] = [
  // Durations, in milliseconds.
  { kind: 'duration', written: '50ms', quantity: { value: 50 } },
  { kind: 'duration', written: '0.2s', quantity: { value: 200 } },
  { kind: 'duration', written: '200 ms', quantity: { value: 200 } },
  { kind: 'duration', written: '150us', quantity: { value: 0.15 } },
  { kind: 'duration', written: '120 milliseconds', quantity: { value: 120 } },
  { kind: 'duration', written: '1.5 hours', quantity: { value: 5_400_000 } },
  { kind: 'duration', written: '< 200ms', quantity: { value: 200, comparator: '<' } },
  { kind: 'duration', written: '<= 200ms', quantity: { value: 200, comparator: '<=' } },
  { kind: 'duration', written: '≤ 200ms', quantity: { value: 200, comparator: '<=' } },
  { kind: 'duration', written: 'under 150ms', quantity: { value: 150, comparator: '<' } },
  { kind: 'duration', written: 'below 150 ms', quantity: { value: 150, comparator: '<' } },
  { kind: 'duration', written: 'at most 1s', quantity: { value: 1000, comparator: '<=' } },
  { kind: 'duration', written: '~150ms', quantity: { value: 150, comparator: '~' } },
  { kind: 'duration', written: '150ms or less', quantity: { value: 150, comparator: '<=' } },
  { kind: 'duration', written: 'p99 < 100 ms', quantity: { value: 100, comparator: '<', percentile: 99 } },
  { kind: 'duration', written: '150ms p99', quantity: { value: 150, percentile: 99 } },
  { kind: 'duration', written: 'P99: 100ms', quantity: { value: 100, percentile: 99 } },
  { kind: 'duration', written: '100ms (p99)', quantity: { value: 100, percentile: 99 } },
  { kind: 'duration', written: '150ms p99 latency', quantity: { value: 150, percentile: 99 } },
  { kind: 'duration', written: 'p99 latency under 100ms', quantity: { value: 100, comparator: '<', percentile: 99 } },
  { kind: 'duration', written: '1s at p999', quantity: { value: 1000, percentile: 99.9 } },
  { kind: 'duration', written: '80ms at the 95th percentile', quantity: { value: 80, percentile: 95 } },
  { kind: 'duration', written: '40ms p50', options: { percentile: 50 }, quantity: { value: 40, percentile: 50 } },

  // Rates, in events per second.
  { kind: 'rate', written: '10K rps', quantity: { value: 10_000, unit: 'rps' } },
  { kind: 'rate', written: '1.5M qps', quantity: { value: 1_500_000, unit: 'qps' } },
  { kind: 'rate', written: '2K QPS', quantity: { value: 2000, unit: 'QPS' } },
  { kind: 'rate', written: '5000 tps', quantity: { value: 5000, unit: 'tps' } },
  { kind: 'rate', written: '600 rpm', quantity: { value: 10, unit: 'rpm' } },
  { kind: 'rate', written: '300/s', quantity: { value: 300, unit: '/s' } },
  { kind: 'rate', written: '1,000 req/s', quantity: { value: 1000, unit: 'req/s' } },
  { kind: 'rate', written: '5K requests/sec', quantity: { value: 5000, unit: 'requests/sec' } },
  { kind: 'rate', written: '10 per second', quantity: { value: 10, unit: 'per second' } },
  { kind: 'rate', written: '300K/min', quantity: { value: 5000, unit: '/min' } },
  { kind: 'rate', written: '100 predictions per hour', quantity: { value: 100 / 3600, unit: 'predictions per hour' } },
  { kind: 'rate', written: '100M/day', quantity: { value: 100e6 / DAY, unit: '/day' } },
  { kind: 'rate', written: '2M orders per day', quantity: { value: 2e6 / DAY, unit: 'orders per day' } },
  { kind: 'rate', written: '600M playlists/week', quantity: { value: 600e6 / WEEK, unit: 'playlists/week' } },
  { kind: 'rate', written: '600M playlists weekly', quantity: { value: 600e6 / WEEK, unit: 'playlists weekly' } },
  { kind: 'rate', written: '3B events/month', quantity: { value: 3e9 / (30 * DAY), unit: 'events/month' } },
  { kind: 'rate', written: '1.5 million page-views a day', quantity: { value: 1.5e6 / DAY, unit: 'page-views a day' } },
  { kind: 'rate', written: 'up to 50K rps', quantity: { value: 50_000, comparator: '<=', unit: 'rps' } },
  { kind: 'rate', written: '10K rps at peak', quantity: { value: 10_000, unit: 'rps' } },

  // Percentages.
  { kind: 'percentage', written: '99.9%', quantity: { value: 99.9 } },
  { kind: 'percentage', written: '99.99 %', quantity: { value: 99.99 } },
  { kind: 'percentage', written: '>= 99.9%', quantity: { value: 99.9, comparator: '>=' } },
  { kind: 'percentage', written: 'at least 99.95%', quantity: { value: 99.95, comparator: '>=' } },
  { kind: 'percentage', written: '99.9 percent', quantity: { value: 99.9 } },
  { kind: 'percentage', written: '99.9% uptime', quantity: { value: 99.9 } },
  { kind: 'percentage', written: '99.95% monthly', quantity: { value: 99.95, window: 'monthly' } },
  { kind: 'percentage', written: '99.9% per quarter', quantity: { value: 99.9, window: 'per quarter' } },
  { kind: 'percentage', written: '99.9% (30-day window)', quantity: { value: 99.9, window: '30-day window' } },
  { kind: 'percentage', written: '99.99% over a rolling 28 days', quantity: { value: 99.99, window: 'over a rolling 28 days' } },

  // Money per prediction, in currency units.
  { kind: 'money', written: '$0.001', quantity: { value: 0.001, currency: 'USD' } },
  { kind: 'money', written: '0.01 USD', quantity: { value: 0.01, currency: 'USD' } },
  { kind: 'money', written: '€0.002', quantity: { value: 0.002, currency: 'EUR' } },
  { kind: 'money', written: '£0.005', quantity: { value: 0.005, currency: 'GBP' } },
  { kind: 'money', written: '0.1 cents', quantity: { value: 0.001, currency: 'USD' } },
  { kind: 'money', written: '0.1¢', quantity: { value: 0.001, currency: 'USD' } },
  { kind: 'money', written: '$0.001/prediction', quantity: { value: 0.001, currency: 'USD', unit: '/prediction' } },
  { kind: 'money', written: '$0.001 per request', quantity: { value: 0.001, currency: 'USD', unit: 'per request' } },
  { kind: 'money', written: '$1 per 1000 predictions', quantity: { value: 0.001, currency: 'USD', unit: 'per 1000 predictions' } },
  { kind: 'money', written: '$1/1K', quantity: { value: 0.001, currency: 'USD', unit: '/1K' } },
  { kind: 'money', written: '$1 per 1K requests', quantity: { value: 0.001, currency: 'USD', unit: 'per 1K requests' } },
  { kind: 'money', written: '$0.50 per 1,000 predictions', quantity: { value: 0.0005, currency: 'USD', unit: 'per 1,000 predictions' } },
  { kind: 'money', written: '$2 per million predictions', quantity: { value: 2e-6, currency: 'USD', unit: 'per million predictions' } },
  { kind: 'money', written: '< $0.01', quantity: { value: 0.01, currency: 'USD', comparator: '<' } },

  // Counts.
  { kind: 'count', written: '5000', quantity: { value: 5000 } },
  { kind: 'count', written: 5000, quantity: { value: 5000 } },
  { kind: 'count', written: '5,000', quantity: { value: 5000 } },
  { kind: 'count', written: '15K', quantity: { value: 15_000 } },
  { kind: 'count', written: '200M', quantity: { value: 200e6 } },
  { kind: 'count', written: '1.2B', quantity: { value: 1.2e9 } },
  { kind: 'count', written: '200M+', quantity: { value: 200e6 } },
  { kind: 'count', written: '~2M', quantity: { value: 2e6, comparator: '~' } },
  { kind: 'count', written: 'over 40M', quantity: { value: 40e6, comparator: '>' } },
  { kind: 'count', written: '150 million', quantity: { value: 150e6 } },
  { kind: 'count', written: '1.5 billion', quantity: { value: 1.5e9 } },
  { kind: 'count', written: '3 thousand', quantity: { value: 3000 } },
  { kind: 'count', written: '150M MAU', quantity: { value: 150e6, noun: 'MAU' } },
  { kind: 'count', written: '40M DAU', quantity: { value: 40e6, noun: 'DAU' } },
  { kind: 'count', written: '10M users', quantity: { value: 10e6, noun: 'users' } },
  { kind: 'count', written: '15K+ titles', quantity: { value: 15_000, noun: 'titles' } },
  { kind: 'count', written: '2M orders', quantity: { value: 2e6, noun: 'orders' } },
  { kind: 'count', written: '150M monthly active users', quantity: { value: 150e6, noun: 'monthly active users' } },
];

export const REJECTED_EXAMPLES: readonly RejectedExample[] = [
  { kind: 'duration', written: 'fast', message: '`fast` is not a duration; write it like `200ms` or `0.2s`' },
  { kind: 'duration', written: 'soon', message: '`soon` is not a duration; write it like `200ms` or `0.2s`' },
  { kind: 'duration', written: '100', message: '`100` has no unit; write `100ms` (or s, us)' },
  { kind: 'duration', written: 200, message: '`200` has no unit; write `200ms` (or s, us)' },
  { kind: 'duration', written: '200 parsecs', message: '`200 parsecs` has an unknown unit `parsecs`; use us, ms, s, min or h' },
  { kind: 'duration', written: '100ms 200ms', message: '`100ms 200ms` holds more than one value; write one duration, like `200ms`' },
  { kind: 'duration', written: '100-200ms', message: '`100-200ms` is a range; write one value, with `<` or `>` if it is a bound' },
  {
    kind: 'duration',
    written: 'TBD',
    message: '`TBD` is a placeholder; write a duration like `200ms` or `0.2s`, or leave the field out until it is known',
  },
  { kind: 'duration', written: '', message: 'is empty' },
  {
    kind: 'duration',
    written: '150ms p99',
    options: { percentile: 50 },
    message: '`150ms p99` is a p99 latency, but this field is the p50 target: move it to `latency_p99`',
  },
  { kind: 'duration', written: 'p99 < 100ms p50', message: '`p99 < 100ms p50` names two percentiles; write one, like `p99 < 200ms`' },
  { kind: 'rate', written: '100', message: '`100` has no unit; write `100 rps` (or qps, /s)' },
  { kind: 'rate', written: '10K', message: '`10K` has no unit; write `10K rps` (or qps, /s)' },
  { kind: 'rate', written: 'high', message: '`high` is not a rate; write it like `10K rps` or `300/s`' },
  { kind: 'rate', written: 'lots', message: '`lots` is not a rate; write it like `10K rps` or `300/s`' },
  { kind: 'rate', written: '5K requests', message: '`5K requests` has no time unit; write `5K requests/s` (or /min, /hour, /day, /week)' },
  {
    kind: 'rate',
    written: '10 per fortnight',
    message: '`10 per fortnight` has an unknown time unit `fortnight`; use s, min, hour, day, week, month or year',
  },
  {
    kind: 'rate',
    written: '10K rps/day',
    message: '`10K rps/day` has two time units: `rps` is already a rate; write `10K rps`, or `10K/day` for a count per day',
  },
  {
    kind: 'rate',
    written: '5m requests/day',
    message: '`5m requests/day`: `m` is not a multiplier; write K, M or B (or thousand, million, billion)',
  },
  { kind: 'percentage', written: '99.9', message: '`99.9` has no unit; write `99.9%`' },
  { kind: 'percentage', written: 99.9, message: '`99.9` has no unit; write `99.9%`' },
  { kind: 'percentage', written: '0.9995', message: '`0.9995` is a fraction; write `99.95%`' },
  { kind: 'percentage', written: 0.9995, message: '`0.9995` is a fraction; write `99.95%`' },
  { kind: 'percentage', written: '>= 0.999', message: '`>= 0.999` is a fraction; write `>= 99.9%`' },
  { kind: 'percentage', written: '101%', message: '`101%` is more than 100%' },
  { kind: 'percentage', written: 'three nines', message: '`three nines` is not a percentage; write it like `99.9%`' },
  {
    kind: 'percentage',
    written: '99.9% mostly',
    message: '`99.9% mostly` has words after the percentage that are not a window; write it like `99.95% monthly` or `99.9% per quarter`',
  },
  { kind: 'money', written: '0.001', message: '`0.001` has no currency; write `$0.001` or `0.001 USD`' },
  { kind: 'money', written: '0.01 XYZ', message: '`0.01 XYZ` has an unknown currency `XYZ`; use USD, EUR or GBP' },
  { kind: 'money', written: 'cheap', message: '`cheap` is not an amount of money; write it like `$0.001` or `0.01 USD`' },
  {
    kind: 'money',
    written: '$5 per hour',
    message: '`$5 per hour` is a cost per hour; write the cost of one prediction, like `$0.001` or `$1 per 1000 predictions`',
  },
  { kind: 'count', written: '10 to 20M', message: '`10 to 20M` is a range; write one value, with `<` or `>` if it is a bound' },
  { kind: 'count', written: 'lots', message: '`lots` is not a count; write it like `5000`, `15K`, `200M` or `1.2B`' },
  { kind: 'count', written: 'many', message: '`many` is not a count; write it like `5000`, `15K`, `200M` or `1.2B`' },
  { kind: 'count', written: '2M/day', message: '`2M/day` is a rate, not a count; write a count like `2M`' },
  { kind: 'count', written: '10K rps', message: '`10K rps` is a rate, not a count; write a count like `10K`' },
  {
    kind: 'count',
    written: '150MAU',
    message: '`150MAU` is ambiguous: put a space between the number and `MAU`, with a multiplier if one is meant: `150 MAU` or `150M MAU`',
  },
  { kind: 'count', written: '200ms', message: '`200ms` is a duration, not a count; write a count like `200`' },
  { kind: 'count', written: '5m users', message: '`5m users`: `m` is not a multiplier; write K, M or B (or thousand, million, billion)' },
];
