import { shown, type CheckFunction } from './types.js';

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** The value is one of `values`. A missing value passes (pair with `truthy` to require it). */
export const enumeration: CheckFunction = {
  description: 'the value is one of `values`; a missing value passes',
  options: ['values'],
  prepare(options, problem) {
    const values = options.values;
    if (!Array.isArray(values) || values.length === 0 || !values.every(isScalar))
      problem('values', '`values` must be a list of texts, numbers or booleans');
    const allowed = new Set<unknown>(values as unknown[]);
    const list = (values as unknown[]).map((value) => `\`${String(value)}\``).join(', ');
    return (value) =>
      value === undefined || value === null || allowed.has(value) ? undefined : `must be one of ${list} (it is \`${shown(value)}\`)`;
  },
};
