import type { DataPath } from '../types.js';

/** The value at a data path, reading own properties only (a key named `__proto__` is data, not a prototype). */
export function valueAt(root: unknown, path: DataPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** A mapping's own entries, or none when the value is not a mapping. */
export function mappingAt(root: unknown, path: DataPath): Record<string, unknown> | undefined {
  const value = valueAt(root, path);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The items of a list, or none when the value is not a list. */
export function listAt(root: unknown, path: DataPath): unknown[] {
  const value = valueAt(root, path);
  return Array.isArray(value) ? value : [];
}

/**
 * Whether a value says something: not absent, not empty text, not an empty list or mapping.
 * Numbers and booleans count.
 */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isPresent);
  if (typeof value === 'object') return Object.values(value).some(isPresent);
  return true;
}

/** The texts of a free-text field that holds one string or a list of strings (other items ignored). */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (typeof value === 'number') return [String(value)];
  const texts: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string') {
        if (item.trim() !== '') texts.push(item);
      } else if (typeof item === 'number') {
        texts.push(String(item));
      }
    }
  }
  return texts;
}

/** Whether any of the texts at the given paths matches a keyword pattern. */
export function mentions(root: unknown, paths: readonly DataPath[], keywords: RegExp): boolean {
  return paths.some((path) => textsOf(valueAt(root, path)).some((text) => keywords.test(text)));
}
