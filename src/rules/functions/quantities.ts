import type { DataPath } from '../../types.js';
import { QUANTITY_PARSERS, type Quantity, type QuantityKind } from '../../quantity/index.js';
import { valueAt } from './values.js';

/** Every field of the format that holds a quantity, with its kind. */
export const QUANTITY_FIELDS: readonly { path: DataPath; kind: QuantityKind }[] = [
  { path: ['requirements', 'latency'], kind: 'duration' },
  { path: ['requirements', 'scale', 'users'], kind: 'count' },
  { path: ['requirements', 'scale', 'items'], kind: 'count' },
  { path: ['requirements', 'scale', 'peak_rps'], kind: 'rate' },
  { path: ['requirements', 'scale', 'events_per_day'], kind: 'count' },
  { path: ['deployment', 'slo', 'latency_p50'], kind: 'duration' },
  { path: ['deployment', 'slo', 'latency_p99'], kind: 'duration' },
  { path: ['deployment', 'slo', 'throughput'], kind: 'rate' },
  { path: ['deployment', 'slo', 'availability'], kind: 'percentage' },
  { path: ['deployment', 'slo', 'cost_per_prediction'], kind: 'money' },
];

/** The quantity at a path when it is there and parses; undefined otherwise (parse errors are another rule's business). */
export function quantityAt(design: unknown, path: DataPath, kind: QuantityKind): Quantity | undefined {
  const value = valueAt(design, path);
  if (value === undefined || value === null) return undefined;
  const result = QUANTITY_PARSERS[kind](value);
  return result.ok ? result.quantity : undefined;
}
