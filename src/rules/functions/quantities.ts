import type { DataPath } from '../../types.js';
import { parsePerSecond, QUANTITY_PARSERS, type Quantity, type QuantityKind, type QuantityResult } from '../../quantity/index.js';
import { valueAt } from './values.js';

export interface QuantityField {
  path: DataPath;
  kind: QuantityKind;
  /** How the field's text is read, when not by its kind's parser. */
  parse?: (input: unknown) => QuantityResult;
}

/** Every field of the format that holds a quantity, with its kind. */
export const QUANTITY_FIELDS: readonly QuantityField[] = [
  { path: ['requirements', 'latency'], kind: 'duration' },
  { path: ['requirements', 'scale', 'users'], kind: 'count' },
  { path: ['requirements', 'scale', 'items'], kind: 'count' },
  // The name says "per second", so `peak_rps: 10K` is a rate, as in the framework's example.
  { path: ['requirements', 'scale', 'peak_rps'], kind: 'rate', parse: parsePerSecond },
  { path: ['requirements', 'scale', 'events_per_day'], kind: 'count' },
  { path: ['deployment', 'slo', 'latency_p50'], kind: 'duration' },
  { path: ['deployment', 'slo', 'latency_p99'], kind: 'duration' },
  { path: ['deployment', 'slo', 'throughput'], kind: 'rate' },
  { path: ['deployment', 'slo', 'availability'], kind: 'percentage' },
  { path: ['deployment', 'slo', 'cost_per_prediction'], kind: 'money' },
];

// Parsed texts by parser. Designs repeat the same few dozen quantities (`200ms`, `99.9%`) and
// several rules read each field, so over thousands of designs most parses are repeats. The
// results are frozen, since every reader shares them.
const parsedTexts = new Map<(input: unknown) => QuantityResult, Map<string, QuantityResult>>();
const MAX_REMEMBERED = 10_000;

/** Reads a quantity field's value. */
export function parseQuantityField(field: QuantityField, value: unknown): QuantityResult {
  const parse = field.parse ?? QUANTITY_PARSERS[field.kind];
  if (typeof value !== 'string') return parse(value);
  let remembered = parsedTexts.get(parse);
  if (remembered === undefined) parsedTexts.set(parse, (remembered = new Map()));
  let result = remembered.get(value);
  if (result === undefined) {
    result = parse(value);
    Object.freeze(result.ok ? result.quantity : result);
    Object.freeze(result);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(value, result);
  }
  return result;
}

const samePath = (a: DataPath, b: DataPath): boolean => a.length === b.length && a.every((segment, index) => segment === b[index]);

/** The quantity at a path when it is there and parses; undefined otherwise (parse errors are another rule's business). */
export function quantityAt(design: unknown, path: DataPath, kind: QuantityKind): Quantity | undefined {
  const value = valueAt(design, path);
  if (value === undefined || value === null) return undefined;
  const field = QUANTITY_FIELDS.find((candidate) => samePath(candidate.path, path)) ?? { path, kind };
  const result = parseQuantityField(field, value);
  return result.ok ? result.quantity : undefined;
}
