/**
 * Alerts that guard an SLO, read from their prose (docs/rules/monitoring/alert-slo.md):
 * "p99 latency > 120ms for 5 min pages on-call" guards the p99 latency SLO at 120ms,
 * "availability < 99.9% over 1h" the availability SLO at 99.9%. `lint` compares them with
 * the SLOs of the same design; `diff` with an SLO that changed under them.
 */
import { parseDuration, parsePercentage, type Quantity } from '../quantity/index.js';
import type { DataPath } from '../types.js';
import { LATENCY_PERCENTILES, latencySlo, type LatencyPercentile } from './fields.js';
import { isNegatedItem } from './phrases.js';
import { quantityAt } from './quantities.js';
import { valueAt } from './values.js';

/** An SLO an alert can guard: one latency percentile, or availability. */
export type GuardedSlo = LatencyPercentile['name'] | 'availability';

/** What an alert says about the SLO it guards. */
export interface AlertThreshold {
  slo: GuardedSlo;
  /** `>` for latency (fires when slower), `<` for availability (fires when less available). */
  comparator: '>' | '<';
  /** The threshold as written: `120ms`, `0.2s`, `99.9%`. */
  threshold: string;
  /** In the SLO's canonical unit: milliseconds or percent. */
  value: number;
  /** Every threshold the alert states, in order, for alerts with levels ("> 150ms warns, > 200ms pages"). */
  values: number[];
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const DURATION_UNIT = String.raw`(?:milliseconds?|msec|ms|microseconds?|us|µs|μs|seconds?|secs?|s|minutes?|mins?)`;

/** Words that put a latency alert's threshold after them: it fires when the latency goes above. */
const ABOVE =
  String.raw`(?:>=|≥|>|\babove\b|\bover\b|\bexceeds?\b|\bexceeding\b|\bgreater\s+than\b|\bmore\s+than\b|\bhigher\s+than\b|` +
  String.raw`\bslower\s+than\b|\bbreaches\b|\bcrosses\b)`;
/** …and an availability alert's: it fires when availability falls below. */
const BELOW = String.raw`(?:<=|≤|<|\bbelow\b|\bunder\b|\bless\s+than\b|\blower\s+than\b)`;

const LATENCY_THRESHOLD = new RegExp(String.raw`${ABOVE}\s*(${NUMBER}\s*${DURATION_UNIT})(?![\p{L}\p{N}])`, 'giu');
const AVAILABILITY_THRESHOLD = new RegExp(String.raw`${BELOW}\s*(${NUMBER}\s*%)`, 'giu');

/** The values of every match of a threshold pattern, parsed; undefined when one does not parse. */
function valuesOf(
  matches: readonly RegExpMatchArray[],
  parse: (text: string) => { ok: true; quantity: Quantity } | { ok: false },
): number[] | undefined {
  const values: number[] = [];
  for (const match of matches) {
    const parsed = parse(match[1]!.replace(/\s+/g, ''));
    if (!parsed.ok) return undefined;
    values.push(parsed.quantity.value);
  }
  return values;
}

/** The ways of naming a latency percentile: `p99`, `P99.9`, `99th percentile`, `median` (p50). */
const PERCENTILE = /\bp(50|90|95|99\.9|999|99)\b|\b(50|90|95|99\.9|99)(?:th)?[\s-]*percentile\b|\bmedian\b/gi;
const LATENCY_WORDS = /\blatenc(?:y|ies)\b|\bresponse[\s-]+times?\b/i;
const AVAILABILITY_WORDS = /\bavailability\b|\buptime\b/i;
/** Budget and burn-rate alerts measure how fast the error budget goes, not the SLO's own number. */
const BUDGET_WORDS = /\bburn\b|\bbudget\b/i;

/** The percentile that digits name (`99.9` is p999); none is the median. */
const percentileNamed = (digits: string | undefined): LatencyPercentile['name'] => {
  if (digits === undefined) return 'p50';
  const name = digits === '99.9' ? 'p999' : `p${digits}`;
  return LATENCY_PERCENTILES.find((percentile) => percentile.name === name)!.name;
};

/**
 * The SLO threshold an alert's text states, if it states exactly one: a latency percentile
 * with a duration it must stay under, or availability with a percentage it must stay above.
 * An alert on "latency" without a percentile, on an error rate, or on a budget burn rate
 * states none that can be compared.
 */
export function alertThresholdOf(text: string): AlertThreshold | undefined {
  // Remembered by text: designs repeat the same alerts, and rules and `diff` ask about each.
  if (thresholdByText.has(text)) return thresholdByText.get(text);
  const threshold =
    text.length > 400 || isNegatedItem(text) || BUDGET_WORDS.test(text)
      ? undefined
      : (latencyThresholdOf(text) ?? availabilityThresholdOf(text));
  if (thresholdByText.size >= 10_000) thresholdByText.clear();
  thresholdByText.set(text, threshold === undefined ? undefined : Object.freeze(threshold));
  return threshold;
}

const thresholdByText = new Map<string, AlertThreshold | undefined>();

function latencyThresholdOf(text: string): AlertThreshold | undefined {
  const thresholds = [...text.matchAll(LATENCY_THRESHOLD)];
  const threshold = thresholds[0];
  if (!threshold) return undefined;
  const percentiles = [...text.matchAll(PERCENTILE)];
  const named = new Set(percentiles.map((match) => percentileNamed(match[1] ?? match[2])));
  // "p50 and p99 latency > 200ms" does not say which target the threshold is for.
  if (named.size !== 1) return undefined;
  // A percentile of something else ("p99 consumer lag > 2 min") is no latency alert: the
  // alert must say latency, or put the threshold right after the percentile ("p99 > 0.2s").
  if (!LATENCY_WORDS.test(text)) {
    const only = percentiles[0]!;
    if (only.index > threshold.index || text.slice(only.index + only[0].length, threshold.index).trim() !== '') return undefined;
  }
  const values = valuesOf(thresholds, parseDuration);
  if (!values) return undefined;
  return { slo: [...named][0]!, comparator: '>', threshold: threshold[1]!.trim(), value: values[0]!, values };
}

function availabilityThresholdOf(text: string): AlertThreshold | undefined {
  const named = AVAILABILITY_WORDS.exec(text);
  const thresholds = [...text.matchAll(AVAILABILITY_THRESHOLD)];
  const threshold = thresholds[0];
  if (!named || !threshold || named.index > threshold.index) return undefined;
  const values = valuesOf(thresholds, parsePercentage);
  if (!values) return undefined;
  return { slo: 'availability', comparator: '<', threshold: threshold[1]!.trim(), value: values[0]!, values };
}

/** One text of `monitoring.alerts`, with where it is. */
export interface AlertItem {
  text: string;
  path: DataPath;
}

/** The texts of `monitoring.alerts`: one string or a list of strings. */
export function alertItems(design: unknown): AlertItem[] {
  const path: DataPath = ['monitoring', 'alerts'];
  const value = valueAt(design, path);
  if (typeof value === 'string') return [{ text: value, path }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (typeof item === 'string' ? [{ text: item, path: [...path, index] }] : []));
}

/** The SLO that an alert guards, as the design states it. */
export interface GuardedTarget {
  path: DataPath;
  /** As written: `180ms`, `99.9%`. */
  written: string;
  quantity: Quantity;
}

/** The design's target for an SLO, when it is stated and parses. */
export function guardedTarget(design: unknown, slo: GuardedSlo): GuardedTarget | undefined {
  const path = slo === 'availability' ? ['deployment', 'slo', 'availability'] : latencySlo(design, slo)?.path;
  if (path === undefined) return undefined;
  const quantity = quantityAt(design, path, slo === 'availability' ? 'percentage' : 'duration');
  if (quantity === undefined) return undefined;
  const value = valueAt(design, path);
  return { path, written: typeof value === 'string' ? value.trim() : String(value), quantity };
}

/**
 * Which way an alert's threshold misses its SLO: `tighter` fires while the SLO still holds,
 * `looser` stays quiet while the SLO is already broken; undefined when they agree.
 */
export function thresholdMismatch(alert: AlertThreshold, target: number): 'tighter' | 'looser' | undefined {
  // Equal within floating-point noise (`0.2s` is `200ms`); an alert with levels agrees when one of them is the SLO.
  if (alert.values.some((value) => Math.abs(value - target) <= 1e-9 * Math.max(Math.abs(value), Math.abs(target)))) return undefined;
  const firesEarlier = alert.comparator === '>' ? alert.value < target : alert.value > target;
  return firesEarlier ? 'tighter' : 'looser';
}

/** An alert whose threshold disagrees with the SLO it guards. */
export interface AlertSloMismatch {
  alert: AlertItem;
  threshold: AlertThreshold;
  target: GuardedTarget;
  direction: 'tighter' | 'looser';
}

/** Every alert of the design whose threshold disagrees with the design's own SLO, in order. */
export function alertSloMismatches(design: unknown): AlertSloMismatch[] {
  const mismatches: AlertSloMismatch[] = [];
  for (const alert of alertItems(design)) {
    const threshold = alertThresholdOf(alert.text);
    if (!threshold) continue;
    const target = guardedTarget(design, threshold.slo);
    if (!target) continue;
    const direction = thresholdMismatch(threshold, target.quantity.value);
    if (direction) mismatches.push({ alert, threshold, target, direction });
  }
  return mismatches;
}

/** How an alert's condition reads in a message: `p99 > 120ms`, `availability < 99.9%`. */
export function alertCondition(threshold: AlertThreshold): string {
  return `${threshold.slo} ${threshold.comparator} ${threshold.threshold}`;
}
