import type { DataPath } from '../../types.js';
import { listAt } from '../../design/values.js';

/** An item of `architecture.components` that is a mapping. */
export interface ComponentEntry {
  /** Where the component sits: `['architecture', 'components', index]`. */
  path: DataPath;
  /** Its id, when it has a usable one (see {@link componentIdOf}). */
  id: string | undefined;
  /** Its `kind` as written: anything the YAML held. */
  kind: unknown;
}

/** An item of `architecture.flows` that is a mapping. */
export interface FlowEntry {
  /** Where the flow sits: `['architecture', 'flows', index]`. */
  path: DataPath;
  /** The id the flow starts at, when usable. */
  from: string | undefined;
  /** The id the flow ends at, when usable. */
  to: string | undefined;
}

/** A component id as text: non-empty text as written, or a number (YAML reads `id: 7` as one); anything else is no id. */
export function componentIdOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

const isMapping = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const own = (record: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

/** The components of `architecture.components`, skipping items that are not mappings. */
export function componentsOf(design: unknown): ComponentEntry[] {
  const entries: ComponentEntry[] = [];
  listAt(design, ['architecture', 'components']).forEach((item, index) => {
    if (!isMapping(item)) return;
    entries.push({ path: ['architecture', 'components', index], id: componentIdOf(own(item, 'id')), kind: own(item, 'kind') });
  });
  return entries;
}

/** The flows of `architecture.flows`, skipping items that are not mappings. */
export function flowsOf(design: unknown): FlowEntry[] {
  const entries: FlowEntry[] = [];
  listAt(design, ['architecture', 'flows']).forEach((item, index) => {
    if (!isMapping(item)) return;
    entries.push({ path: ['architecture', 'flows', index], from: componentIdOf(own(item, 'from')), to: componentIdOf(own(item, 'to')) });
  });
  return entries;
}

/** The ids reachable from `start` by following flows from → to, one or more steps (`start` itself only on a cycle). */
export function reachableFrom(start: string, flows: readonly FlowEntry[]): Set<string> {
  const next = new Map<string, string[]>();
  for (const { from, to } of flows) {
    if (from === undefined || to === undefined) continue;
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const reached = new Set<string>();
  const pending = [...(next.get(start) ?? [])];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(next.get(id) ?? []));
  }
  return reached;
}
