/** A data path as a person reads it: `deployment.slo.latency_p99`, `architecture.components[2].kind`. */
export { formatPath } from './path.js';

/** What kind of value something is, in the words of a YAML author. */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      // `.nan`, `.inf` and numbers too large for a double (1e400) are no number JSON Schema accepts.
      return Number.isNaN(value) ? 'not-a-number' : Number.isFinite(value) ? 'a number' : 'an infinite number (or one too large)';
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
  // In YAML's spelling: JSON has no word for these and would say `null`.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
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
