/**
 * One reading of the fields that a design may write in several shapes (docs/format.md):
 * modes as one word or a list, latency SLOs flat or nested, peak load under an alias,
 * success metrics as names or `{name, target}`. Rules, reports and `diff` read these,
 * never the raw shapes, so each shape is normalised once, here, with its data path kept
 * for positions.
 */
import type { DataPath } from '../types.js';
import { oncePerDesign } from './once-per-design.js';
import { valueAt } from './values.js';

export type ServingMode = 'online' | 'batch' | 'streaming' | 'edge';

/** The words `deployment.mode` takes (the schema's enum): `real-time` is online. */
const MODE_WORDS: Record<string, ServingMode> = {
  online: 'online',
  'real-time': 'online',
  batch: 'batch',
  streaming: 'streaming',
  edge: 'edge',
};

/** The mode a word names (`real-time` is online), or undefined. */
export function servingModeOf(word: unknown): ServingMode | undefined {
  return typeof word === 'string' && Object.prototype.hasOwnProperty.call(MODE_WORDS, word) ? MODE_WORDS[word] : undefined;
}

/** Every serving mode the design declares in `deployment.mode` (one word or a list), in order; read once per design, shared. */
export const servingModes: (design: unknown) => readonly ServingMode[] = oncePerDesign((design) => Object.freeze(findServingModes(design)));

function findServingModes(design: unknown): ServingMode[] {
  const value = valueAt(design, ['deployment', 'mode']);
  const words = Array.isArray(value) ? value : [value];
  const modes: ServingMode[] = [];
  for (const word of words) {
    const mode = servingModeOf(word);
    if (mode !== undefined && !modes.includes(mode)) modes.push(mode);
  }
  return modes;
}

/** Whether predictions are served while someone waits: an online or streaming mode. */
export function servesInRealTime(design: unknown): boolean {
  return servingModes(design).some((mode) => mode === 'online' || mode === 'streaming');
}

/** The latency percentiles an SLO may state, in order. */
export const LATENCY_PERCENTILES = [
  { name: 'p50', flat: 'latency_p50', percentile: 50 },
  { name: 'p90', flat: 'latency_p90', percentile: 90 },
  { name: 'p95', flat: 'latency_p95', percentile: 95 },
  { name: 'p99', flat: 'latency_p99', percentile: 99 },
  { name: 'p999', flat: 'latency_p999', percentile: 99.9 },
] as const;

export type LatencyPercentile = (typeof LATENCY_PERCENTILES)[number];

/** One latency target of `deployment.slo`, wherever it was written. */
export interface LatencySlo {
  percentile: LatencyPercentile;
  value: unknown;
  path: DataPath;
}

const SLO: DataPath = ['deployment', 'slo'];

/**
 * The latency targets of `deployment.slo`, lowest percentile first: `latency_p99: 120ms` and
 * `latency: {p99: 120ms}` are the same target; when both are written, the flat field wins
 * (the schema has already said that the two disagree, if they do).
 */
export function latencySlos(design: unknown): readonly LatencySlo[] {
  // Once per design: several rules and reports ask, and a design's data does not change.
  if (design === null || typeof design !== 'object') return [];
  let slos = slosByDesign.get(design);
  if (slos === undefined) slosByDesign.set(design, (slos = Object.freeze(findLatencySlos(design))));
  return slos;
}

const slosByDesign = new WeakMap<object, readonly LatencySlo[]>();

// The paths of each percentile's two shapes, built once rather than per design.
const FLAT_PATHS: readonly DataPath[] = LATENCY_PERCENTILES.map((percentile) => [...SLO, percentile.flat]);
const NESTED_PATHS: readonly DataPath[] = LATENCY_PERCENTILES.map((percentile) => [...SLO, 'latency', percentile.name]);

function findLatencySlos(design: unknown): LatencySlo[] {
  const slos: LatencySlo[] = [];
  for (const [index, percentile] of LATENCY_PERCENTILES.entries()) {
    const flatPath = FLAT_PATHS[index]!;
    const flat = valueAt(design, flatPath);
    if (flat !== undefined && flat !== null) {
      slos.push({ percentile, value: flat, path: flatPath });
      continue;
    }
    const nestedPath = NESTED_PATHS[index]!;
    const nested = valueAt(design, nestedPath);
    if (nested !== undefined && nested !== null) slos.push({ percentile, value: nested, path: nestedPath });
  }
  return slos;
}

/** The latency target for one percentile, if the design states it. */
export function latencySlo(design: unknown, name: LatencyPercentile['name']): LatencySlo | undefined {
  return latencySlos(design).find((slo) => slo.percentile.name === name);
}

/** Names under `requirements.scale` that state the peak load, in order of preference. */
export const PEAK_LOAD_KEYS = ['peak_rps', 'peak_qps', 'peak_tps'] as const;

/** The peak load the requirements state, with where: `peak_rps` or an alias. */
export function peakLoad(design: unknown): { value: unknown; path: DataPath } | undefined {
  for (const path of PEAK_LOAD_PATHS) {
    const value = valueAt(design, path);
    if (value !== undefined && value !== null) return { value, path };
  }
  return undefined;
}

const PEAK_LOAD_PATHS: readonly DataPath[] = PEAK_LOAD_KEYS.map((key) => ['requirements', 'scale', key]);

/** One success metric: its name and, when written as `{name, target}`, its target. */
export interface SuccessMetric {
  name: string;
  target?: unknown;
  /** Where the name is. */
  path: DataPath;
}

/** The success metrics of step 1: one name, a list of names, or `{name, target}` mappings. */
export function successMetrics(design: unknown): SuccessMetric[] {
  const path: DataPath = ['requirements', 'success_metrics'];
  const value = valueAt(design, path);
  const metrics: SuccessMetric[] = [];
  const add = (item: unknown, itemPath: DataPath): void => {
    if (typeof item === 'string' && item.trim() !== '') {
      metrics.push({ name: item, path: itemPath });
    } else if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const name = valueAt(item, ['name']);
      if (typeof name !== 'string' || name.trim() === '') return;
      const target = valueAt(item, ['target']);
      metrics.push({ name, path: [...itemPath, 'name'], ...(target !== undefined && target !== null ? { target } : {}) });
    }
  };
  if (Array.isArray(value)) value.forEach((item, index) => add(item, [...path, index]));
  else add(value, path);
  return metrics;
}
