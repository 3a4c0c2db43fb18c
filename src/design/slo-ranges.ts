import type { QuantityKind } from '../quantity/index.js';
import type { DataPath } from '../types.js';

/**
 * How far an SLO target usually goes, from the framework's table of typical serving targets
 * (bounds inclusive). Only the side that is worse has a bound: a faster, more available,
 * cheaper target than usual is no finding.
 */
export interface UsualRange {
  path: DataPath;
  kind: QuantityKind;
  /** Lowest usual value in canonical units, when lower is worse (availability). */
  min?: number;
  /** Highest usual value in canonical units, when higher is worse (latency, cost, load). */
  max?: number;
  /** Only judge money in this currency. */
  currency?: string;
  /** The range as people read it. */
  text: string;
  /** How a value past it is worse: "slower than usual". */
  worse: string;
}

/** Typical serving targets, on their worse side: p50 ≤ 50ms, p99 ≤ 200ms, ≤ 100K rps, ≥ 99.9%, ≤ $0.01 per prediction. */
export const USUAL_SLO_RANGES: readonly UsualRange[] = [
  { path: ['deployment', 'slo', 'latency_p50'], kind: 'duration', max: 50, text: 'at most 50ms', worse: 'slower than usual' },
  { path: ['deployment', 'slo', 'latency_p99'], kind: 'duration', max: 200, text: 'at most 200ms', worse: 'slower than usual' },
  { path: ['deployment', 'slo', 'throughput'], kind: 'rate', max: 1e5, text: 'at most 100K rps', worse: 'more load than usual' },
  {
    path: ['deployment', 'slo', 'availability'],
    kind: 'percentage',
    min: 99.9,
    text: 'at least 99.9%',
    worse: 'less available than usual',
  },
  {
    path: ['deployment', 'slo', 'cost_per_prediction'],
    kind: 'money',
    max: 0.01,
    currency: 'USD',
    text: 'at most $0.01 per prediction',
    worse: 'costlier than usual',
  },
];

/** Whether `a` is greater than `b` by more than floating-point noise (`0.07s` is not above `70ms`). */
export function isAbove(a: number, b: number): boolean {
  return a - b > 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether a canonical value lies inside a range, bounds included. */
export function isWithin(value: number, range: UsualRange): boolean {
  return !(range.min !== undefined && isAbove(range.min, value)) && !(range.max !== undefined && isAbove(value, range.max));
}
