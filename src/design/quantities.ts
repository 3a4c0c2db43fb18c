/**
 * Where a design holds quantities and how each is read (docs/format.md, "Quantities"). The
 * fields are found in the design itself: `requirements.scale` is open, and latency SLOs may
 * be written flat or nested.
 */
import {
  parseCount,
  parsePerSecond,
  parseRate,
  QUANTITY_PARSERS,
  type Quantity,
  type QuantityKind,
  type QuantityParser,
  type QuantityResult,
} from '../quantity/index.js';
import type { DataPath } from '../types.js';
import { latencySlos } from './fields.js';
import { mappingAt, valueAt } from './values.js';

export interface QuantityField {
  path: DataPath;
  kind: QuantityKind;
  /** How the field's text is read, when not by its kind's parser. */
  parse?: QuantityParser;
  /** For latency targets: the percentile the field stands for, which the text must not contradict. */
  percentile?: number;
}

/**
 * A scale dimension in the domain's own terms (`orders_per_day: 2M`, `searches: 300M/day`):
 * a rate when it has a time unit, else a count.
 */
export function parseCountOrRate(input: unknown): QuantityResult {
  const rate = parseRate(input);
  if (rate.ok) return rate;
  const count = parseCount(input);
  if (count.ok) return count;
  const text = typeof input === 'string' ? input.trim() : String(input);
  return { ok: false, message: `\`${text}\` is neither a count nor a rate; write it like \`40M\` or \`2M/day\`` };
}

/** Scale dimensions the format knows; any other snake_case name is a count or a rate. */
const KNOWN_SCALE: Record<string, Omit<QuantityField, 'path'>> = {
  users: { kind: 'count' },
  items: { kind: 'count' },
  // The names say "per second", so `peak_rps: 10K` is a rate, as in the framework's example.
  peak_rps: { kind: 'rate', parse: parsePerSecond },
  peak_qps: { kind: 'rate', parse: parsePerSecond },
  peak_tps: { kind: 'rate', parse: parsePerSecond },
  events_per_day: { kind: 'count' },
};

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

// Fields by design: several rules ask for them, and a design's data does not change during a run.
const fieldsByDesign = new WeakMap<object, readonly QuantityField[]>();

/** Every field of this design that holds a quantity, with its kind, in document order of the format. */
export function quantityFields(design: unknown): readonly QuantityField[] {
  if (design === null || typeof design !== 'object') return findQuantityFields(design);
  let fields = fieldsByDesign.get(design);
  if (fields === undefined) fieldsByDesign.set(design, (fields = Object.freeze(findQuantityFields(design))));
  return fields;
}

function findQuantityFields(design: unknown): QuantityField[] {
  const fields: QuantityField[] = [
    { path: ['requirements', 'latency'], kind: 'duration' },
    { path: ['requirements', 'availability'], kind: 'percentage' },
  ];
  const scale = mappingAt(design, ['requirements', 'scale']);
  if (scale !== undefined) {
    for (const key of Object.keys(scale)) {
      const path = ['requirements', 'scale', key];
      const known = Object.prototype.hasOwnProperty.call(KNOWN_SCALE, key) ? KNOWN_SCALE[key] : undefined;
      if (known !== undefined) fields.push({ path, ...known });
      else if (SNAKE_CASE.test(key)) fields.push({ path, kind: 'rate', parse: parseCountOrRate });
    }
  }
  for (const slo of latencySlos(design)) fields.push({ path: slo.path, kind: 'duration', percentile: slo.percentile.percentile });
  fields.push(
    { path: ['deployment', 'slo', 'throughput'], kind: 'rate' },
    { path: ['deployment', 'slo', 'availability'], kind: 'percentage' },
    { path: ['deployment', 'slo', 'cost_per_prediction'], kind: 'money' },
  );
  return fields;
}

// Parsed texts by parser and percentile. Designs repeat the same few dozen quantities
// (`200ms`, `99.9%`) and several rules read each field, so over thousands of designs most
// parses are repeats. The results are frozen, since every reader shares them.
const parsedTexts = new Map<QuantityParser, Map<number, Map<string, QuantityResult>>>();
const MAX_REMEMBERED = 10_000;
/** The percentile key of a field that names none. */
const NO_PERCENTILE = -1;

/** Reads a quantity field's value. */
export function parseQuantityField(field: QuantityField, value: unknown): QuantityResult {
  const parse: QuantityParser = field.parse ?? QUANTITY_PARSERS[field.kind];
  if (typeof value !== 'string') return parse(value, field.percentile === undefined ? undefined : { percentile: field.percentile });
  let byPercentile = parsedTexts.get(parse);
  if (byPercentile === undefined) parsedTexts.set(parse, (byPercentile = new Map()));
  const percentile = field.percentile ?? NO_PERCENTILE;
  let remembered = byPercentile.get(percentile);
  if (remembered === undefined) byPercentile.set(percentile, (remembered = new Map()));
  let result = remembered.get(value);
  if (result === undefined) {
    result = parse(value, field.percentile === undefined ? undefined : { percentile: field.percentile });
    Object.freeze(result.ok ? result.quantity : result);
    Object.freeze(result);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(value, result);
  }
  return result;
}

function samePath(a: DataPath, b: DataPath): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** The quantity at a path when it is there and parses; undefined otherwise (parse errors are another rule's business). */
export function quantityAt(design: unknown, path: DataPath, kind: QuantityKind): Quantity | undefined {
  const value = valueAt(design, path);
  if (value === undefined || value === null) return undefined;
  // An indexed loop: several rules ask for several fields of every design, and `for…of`
  // allocates an iterator until the function is optimised.
  let field: QuantityField | undefined;
  const fields = quantityFields(design);
  for (let index = 0; index < fields.length; index++) {
    if (samePath(fields[index]!.path, path)) {
      field = fields[index];
      break;
    }
  }
  const result = parseQuantityField(field ?? { path, kind }, value);
  return result.ok ? result.quantity : undefined;
}
