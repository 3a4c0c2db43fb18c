import type { DataPath } from '../types.js';
import { oncePerDesign } from './once-per-design.js';
import { listAt } from './values.js';

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

const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** The components of `architecture.components`, skipping items that are not mappings (read once per design, shared: do not change it). */
export const componentsOf: (design: unknown) => readonly ComponentEntry[] = oncePerDesign((design) => {
  const entries: ComponentEntry[] = [];
  listAt(design, ['architecture', 'components']).forEach((item, index) => {
    if (!isMapping(item)) return;
    entries.push({ path: ['architecture', 'components', index], id: componentIdOf(own(item, 'id')), kind: own(item, 'kind') });
  });
  return Object.freeze(entries);
});

/** The flows of `architecture.flows`, skipping items that are not mappings (read once per design, shared: do not change it). */
export const flowsOf: (design: unknown) => readonly FlowEntry[] = oncePerDesign((design) => {
  const entries: FlowEntry[] = [];
  listAt(design, ['architecture', 'flows']).forEach((item, index) => {
    if (!isMapping(item)) return;
    entries.push({ path: ['architecture', 'flows', index], from: componentIdOf(own(item, 'from')), to: componentIdOf(own(item, 'to')) });
  });
  return Object.freeze(entries);
});

/** Each component id's successors along the flows, in the order the flows are written. */
function successors(flows: readonly FlowEntry[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const { from, to } of flows) {
    if (from === undefined || to === undefined) continue;
    const list = next.get(from);
    if (list === undefined) next.set(from, [to]);
    else list.push(to);
  }
  return next;
}

/**
 * The ids reachable from `start` by following flows from → to, one or more steps (`start`
 * itself only on a cycle). A component for which `stopsAt` holds is reached but not passed
 * through.
 */
export function reachableFrom(start: string, flows: readonly FlowEntry[], stopsAt: (id: string) => boolean = () => false): Set<string> {
  const next = successors(flows);
  const reached = new Set<string>();
  const pending = [...(next.get(start) ?? [])];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    if (!stopsAt(id)) pending.push(...(next.get(id) ?? []));
  }
  return reached;
}

/**
 * A shortest path along the flows from `start` to a component for which `isEnd` holds, as
 * the ids from `start` to that component, or undefined. A component for which `stopsAt`
 * holds is never passed through (it may still be the end). Ties go to the flow written first.
 */
export function pathFrom(
  start: string,
  flows: readonly FlowEntry[],
  isEnd: (id: string) => boolean,
  stopsAt: (id: string) => boolean = () => false,
): string[] | undefined {
  const next = successors(flows);
  const cameFrom = new Map<string, string>();
  const queue: string[] = [start];
  const seen = new Set<string>([start]);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    if (id !== start && stopsAt(id)) continue;
    for (const to of next.get(id) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      cameFrom.set(to, id);
      if (isEnd(to)) {
        const path = [to];
        for (let at = id; at !== start; at = cameFrom.get(at)!) path.push(at);
        path.push(start);
        return path.reverse();
      }
      queue.push(to);
    }
  }
  return undefined;
}
