import type { DataPath } from '../../types.js';

/**
 * One step of a `given` path: a key, an index, a wildcard over a mapping's keys or a list's
 * items, or JSONPath's recursive descent to a key at any depth (`..runbook`).
 */
export type GivenStep = { key: string } | { index: number } | { any: 'key' | 'item' } | { descend: string };

/**
 * Parses a `given` path as teams write them (docs/rules.md, "Writing your own rules"):
 * `monitoring.alerts[*].runbook`, `deployment.*.owner`, `owners[0]`, `['odd.key']`,
 * `$..runbook`, with an optional JSONPath-style `$` or `$.` in front. Returns the steps, or
 * what is wrong.
 */
export function parseGiven(text: string): GivenStep[] | { problem: string } {
  let rest = text.trim();
  if (rest.startsWith('$')) rest = rest.startsWith('$..') ? rest.slice(1) : rest.replace(/^\$\.?/, '');
  if (rest === '') return text.trim().startsWith('$') ? [] : { problem: 'the path is empty' };
  const steps: GivenStep[] = [];
  let first = true;
  while (rest !== '') {
    let match: RegExpExecArray | null;
    if ((match = /^\.\.([^.[\]\s*]+)/.exec(rest))) steps.push({ descend: match[1]! });
    else if ((match = /^\[\*\]/.exec(rest))) steps.push({ any: 'item' });
    else if ((match = /^\[(\d+)\]/.exec(rest))) steps.push({ index: Number(match[1]) });
    else if ((match = /^\[(['"])(.*?)\1\]/.exec(rest))) steps.push({ key: match[2]! });
    else if ((match = first ? /^(\*|[^.[\]\s*]+)/.exec(rest) : /^\.(\*|[^.[\]\s*]+)/.exec(rest)))
      steps.push(match[1] === '*' ? { any: 'key' } : { key: match[1]! });
    else if (rest.startsWith('..'))
      return { problem: 'recursive descent (`..`) takes a key name after it (`$..runbook`), not a wildcard or a bracket' };
    else
      return {
        problem:
          `cannot read the path at \`${rest.slice(0, 20)}\`; ` +
          'write keys joined by dots, `[*]` for every item of a list, `*` for every key, `[0]` for one item',
      };
    rest = rest.slice(match[0].length);
    first = false;
  }
  return steps;
}

/** One place a `given` path reaches: its data path and the value there (undefined when it is missing). */
export interface GivenMatch {
  path: DataPath;
  value: unknown;
}

const own = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/** Whether the steps name one place only (no wildcard): then it is found without building paths. */
export const isLiteral = (steps: readonly GivenStep[]): boolean => steps.every((step) => !('any' in step) && !('descend' in step));

/** The data path a literal `given` names, built once. */
export const literalPath = (steps: readonly GivenStep[]): DataPath =>
  steps.map((step) => ('key' in step ? step.key : 'index' in step ? step.index : '*'));

/**
 * Every value at `key` in `value` or anywhere below it, with its path: the node first, then
 * its children in order, as JSONPath's `..key`.
 */
function descendants(value: unknown, key: string, path: DataPath, into: GivenMatch[] = []): GivenMatch[] {
  if (value === null || typeof value !== 'object') return into;
  if (!Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key))
    into.push({ path: [...path, key], value: (value as Record<string, unknown>)[key] });
  if (Array.isArray(value)) for (let index = 0; index < value.length; index++) descendants(value[index], key, [...path, index], into);
  else for (const [child, item] of Object.entries(value)) descendants(item, key, [...path, child], into);
  return into;
}

/** The value at a literal path (undefined where something on the way is missing). */
export function valueAtSteps(data: unknown, steps: readonly GivenStep[]): unknown {
  let value = data;
  for (const step of steps) {
    if (value === undefined) return undefined;
    value = 'key' in step ? own(value, step.key) : 'index' in step ? (Array.isArray(value) ? value[step.index] : undefined) : undefined;
  }
  return value;
}

/**
 * Every place the steps reach in the data. Wildcards expand over what is there; the keys
 * and indexes after the last wildcard are followed even where nothing is written, so that
 * a rule can say that something is missing (it is then reported at the nearest ancestor).
 */
export function matchGiven(
  data: unknown,
  steps: readonly GivenStep[],
  into: GivenMatch[] = [],
  path: DataPath = [],
  from = 0,
): GivenMatch[] {
  let value = data;
  // Grown in place; copied only where a wildcard branches, so each match has its own.
  const grown: (string | number)[] = [...path];
  for (let at = from; at < steps.length; at++) {
    const step = steps[at]!;
    if ('key' in step) {
      value = own(value, step.key);
      grown.push(step.key);
    } else if ('index' in step) {
      value = Array.isArray(value) ? value[step.index] : undefined;
      grown.push(step.index);
    } else if ('descend' in step) {
      for (const found of descendants(value, step.descend, grown)) matchGiven(found.value, steps, into, found.path, at + 1);
      return into;
    } else {
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) matchGiven(value[index], steps, into, [...grown, index], at + 1);
      } else if (step.any === 'key' && value !== null && typeof value === 'object') {
        for (const key of Object.keys(value)) matchGiven((value as Record<string, unknown>)[key], steps, into, [...grown, key], at + 1);
      }
      return into;
    }
  }
  into.push({ path: grown, value });
  return into;
}
