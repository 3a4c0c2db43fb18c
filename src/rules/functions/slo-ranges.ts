import type { QuantityKind } from '../../quantity/index.js';
import type { DataPath } from '../../types.js';

/** A usual range for an SLO target, from the framework's table of typical serving targets (bounds inclusive). */
export interface UsualRange {
  path: DataPath;
  kind: QuantityKind;
  /** Lowest usual value in canonical units (ms, per second, percent, currency units). */
  min?: number;
  /** Highest usual value in canonical units. */
  max?: number;
  /** Only judge money in this currency. */
  currency?: string;
  /** The range as people read it. */
  text: string;
}

/** Typical serving targets: p50 < 50ms, p99 < 200ms, 1K–100K rps, 99.9–99.99%, $0.001–$0.01 per prediction. */
export const USUAL_SLO_RANGES: readonly UsualRange[] = [
  { path: ['deployment', 'slo', 'latency_p50'], kind: 'duration', max: 50, text: 'at most 50ms' },
  { path: ['deployment', 'slo', 'latency_p99'], kind: 'duration', max: 200, text: 'at most 200ms' },
  { path: ['deployment', 'slo', 'throughput'], kind: 'rate', min: 1e3, max: 1e5, text: '1K–100K rps' },
  { path: ['deployment', 'slo', 'availability'], kind: 'percentage', min: 99.9, max: 99.99, text: '99.9%–99.99%' },
  { path: ['deployment', 'slo', 'cost_per_prediction'], kind: 'money', min: 0.001, max: 0.01, currency: 'USD', text: '$0.001–$0.01 per prediction' },
];

/** Whether `a` is greater than `b` by more than floating-point noise (`0.07s` is not above `70ms`). */
export function isAbove(a: number, b: number): boolean {
  return a - b > 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether a canonical value lies inside a range, bounds included. */
export function isWithin(value: number, range: UsualRange): boolean {
  return !(range.min !== undefined && isAbove(range.min, value)) && !(range.max !== undefined && isAbove(value, range.max));
}
