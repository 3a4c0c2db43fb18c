import type { CheckFunction } from './types.js';

/** How long a value is: characters of text, items of a list, keys of a mapping. */
const SURROGATE = /[\uD800-\uDFFF]/;

function lengthOf(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const text = value.trim();
    // Characters as people count them: an emoji is one, though it is two UTF-16 units.
    return SURROGATE.test(text) ? [...text].length : text.length;
  }
  if (Array.isArray(value)) return value.length;
  if (value !== null && typeof value === 'object') return Object.keys(value).length;
  return undefined;
}

/** Text, a list or a mapping has at least `min` and at most `max` characters, items or keys. A missing value passes. */
export const length: CheckFunction = {
  description: 'text has `min`..`max` characters, a list `min`..`max` items, a mapping `min`..`max` keys; a missing value passes',
  options: ['min', 'max'],
  prepare(options, problem) {
    const bound = (name: 'min' | 'max'): number | undefined => {
      const value = options[name];
      if (value === undefined) return undefined;
      return typeof value === 'number' && Number.isInteger(value) && value >= 0
        ? value
        : problem(name, `\`${name}\` must be a whole number, 0 or more`);
    };
    const min = bound('min');
    const max = bound('max');
    if (min === undefined && max === undefined) problem(null, '`length` needs `min`, `max` or both');
    return (value) => {
      const size = lengthOf(value);
      if (size === undefined) return undefined;
      const unit = typeof value === 'string' ? 'characters' : Array.isArray(value) ? 'items' : 'keys';
      if (min !== undefined && size < min) return `must have at least ${min} ${unit} (it has ${size})`;
      if (max !== undefined && size > max) return `must have at most ${max} ${unit} (it has ${size})`;
      return undefined;
    };
  },
};
