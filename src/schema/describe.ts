import type { DataPath } from '../types.js';

/** A data path as a person reads it: `deployment.slo.latency_p99`, `architecture.components[2].kind`. */
export { formatPath } from '../design/path.js';

/** What kind of value something is, in the words of a YAML author. */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

/** A short quotation of a value for a message, cut so one bad value cannot flood the output. */
export function quoteValue(value: unknown): string {
  const raw = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const oneLine = raw.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

/** Type names as JSON Schema spells them, in the words of a YAML author. */
export function schemaTypeName(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'string':
      return 'text';
    case 'number':
    case 'integer':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'empty';
    default:
      return type;
  }
}
