import type { ErrorObject } from 'ajv';
import type { DataPath } from '../types.js';
import { describeType, formatPath, quoteValue, schemaTypeName } from '../design/describe.js';
import { closestMatch, uniqueClosestMatch } from '../util/closest-match.js';

/** One schema violation, in the words of the `schema/invalid` rule's messages. */
export interface SchemaProblem {
  path: DataPath;
  /** Point at the key itself (unknown keys) rather than the value. */
  key: boolean;
  messageId: SchemaMessageId;
  data: Record<string, string>;
  /** For a misspelled key: the one allowed key it is closest to, when no other is as close (a fix may rename it). */
  uniqueSuggestion?: string;
}

export type SchemaMessageId =
  | 'notMapping'
  | 'required'
  | 'unknownKey'
  | 'unknownKeyDidYouMean'
  | 'type'
  | 'enum'
  | 'enumDidYouMean'
  | 'const'
  | 'pattern'
  | 'empty'
  | 'other';

/** What each pattern in the schema means, since a regular expression is no message. */
const PATTERN_WORDS: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'lowercase letters and digits, words joined by single hyphens (e.g. `fraud-detection`)',
  '^[A-Za-z][A-Za-z0-9_-]*$': 'a letter followed by letters, digits, `_` or `-` (e.g. `feature_store`)',
};

function decodePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The instance path of an ajv error as a data path; array indices become numbers. */
function dataPathOf(error: ErrorObject, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = data;
  for (const part of decodePointer(error.instancePath)) {
    const segment = Array.isArray(node) && /^\d+$/.test(String(part)) ? Number(part) : part;
    path.push(segment);
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  return path;
}

function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function schemaAt(schema: unknown, schemaPath: string): unknown {
  let node = schema;
  for (const part of decodePointer(schemaPath.replace(/^#/, ''))) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function parentSchemaPath(schemaPath: string): string {
  return schemaPath.slice(0, schemaPath.lastIndexOf('/'));
}

const where = (path: DataPath): string => (path.length === 0 ? 'the design' : `\`${formatPath(path)}\``);

/**
 * Turns ajv's errors into problems a designer understands. Alternatives (`anyOf`) are
 * reported once: through the branch that matches the value's type when there is one,
 * else as "must be A or B".
 */
export function schemaProblems(errors: readonly ErrorObject[], data: unknown, schema: unknown): SchemaProblem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ path: [], key: false, messageId: 'notMapping', data: { got: describeType(data) } }];
  }
  const anyOfErrors = errors.filter((error) => error.keyword === 'anyOf');
  const hidden = new Set<ErrorObject>();
  const replacements = new Map<ErrorObject, SchemaProblem>();
  for (const anyOf of anyOfErrors) {
    const prefix = `${anyOf.schemaPath}/`;
    const branchErrors = errors.filter(
      (error) => error !== anyOf && error.schemaPath.startsWith(prefix) && error.instancePath.startsWith(anyOf.instancePath),
    );
    const path = dataPathOf(anyOf, data);
    const value = valueAt(data, path);
    const branches =
      (schemaAt(schema, anyOf.schemaPath) as { type?: string; enum?: unknown[]; items?: { type?: string } }[] | undefined) ?? [];
    const matching = branches.findIndex((branch) => branchType(branch) !== undefined && jsonType(value) === branchType(branch));
    for (const error of branchErrors) hidden.add(error);
    if (matching >= 0) {
      // Show the matching branch's own errors: the author clearly meant that form.
      for (const error of branchErrors) if (error.schemaPath.startsWith(`${prefix}${matching}/`)) hidden.delete(error);
      hidden.add(anyOf);
    } else {
      const expected = branches.map((branch) =>
        branch.type === 'array' ? `a list of ${itemTypeName(branch)}` : schemaTypeName(branchType(branch) ?? 'value'),
      );
      replacements.set(anyOf, {
        path,
        key: false,
        messageId: 'type',
        data: { where: where(path), expected: expected.join(' or '), got: describeGot(value) },
      });
    }
  }
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    if (hidden.has(error)) continue;
    const replacement = replacements.get(error);
    problems.push(replacement ?? problemOf(error, data, schema));
  }
  return problems;
}

/** The JSON type a branch of `anyOf` takes: its `type`, or that of its `enum` values. */
function branchType(branch: { type?: string; enum?: unknown[] }): string | undefined {
  if (branch.type !== undefined) return branch.type;
  if (branch.enum !== undefined && branch.enum.every((value) => typeof value === 'string')) return 'string';
  return undefined;
}

function itemTypeName(branch: { items?: { type?: string } }): string {
  const type = branch.items?.type;
  return type === 'string' ? 'text' : type ? schemaTypeName(type).replace(/^an? /, '') + 's' : 'values';
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return 'number';
  return typeof value;
}

function describeGot(value: unknown): string {
  const kind = describeType(value);
  return value === null || value === undefined || typeof value === 'object' ? kind : `${kind} \`${quoteValue(value)}\``;
}

function problemOf(error: ErrorObject, data: unknown, schema: unknown): SchemaProblem {
  const path = dataPathOf(error, data);
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return { path, key: false, messageId: 'required', data: { where: where(path), key: missing } };
    }
    case 'additionalProperties': {
      const unknown = String(params.additionalProperty);
      const parent = schemaAt(schema, parentSchemaPath(error.schemaPath)) as { properties?: Record<string, unknown> } | undefined;
      const allowed = Object.keys(parent?.properties ?? {});
      const suggestion = closestMatch(unknown, allowed);
      const keyPath = [...path, unknown];
      const unique =
        suggestion !== undefined && uniqueClosestMatch(unknown, allowed) === suggestion ? { uniqueSuggestion: suggestion } : {};
      return suggestion
        ? { path: keyPath, key: true, messageId: 'unknownKeyDidYouMean', data: { key: unknown, where: where(path), suggestion }, ...unique }
        : { path: keyPath, key: true, messageId: 'unknownKey', data: { key: unknown, where: where(path) } };
    }
    case 'type': {
      const types = Array.isArray(params.type) ? params.type : String(params.type).split(',');
      const owner = schemaAt(schema, parentSchemaPath(error.schemaPath)) as { items?: { type?: string } } | undefined;
      const expected = types
        .map((type) => (type === 'array' && owner?.items?.type ? `a list of ${itemTypeName(owner)}` : schemaTypeName(String(type))))
        .join(' or ');
      return { path, key: false, messageId: 'type', data: { where: where(path), expected, got: describeGot(value) } };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      const base = { where: where(path), allowed: allowed.join(', '), got: quoteValue(value) };
      return suggestion
        ? { path, key: false, messageId: 'enumDidYouMean', data: { ...base, suggestion } }
        : { path, key: false, messageId: 'enum', data: base };
    }
    case 'const':
      return {
        path,
        key: false,
        messageId: 'const',
        data: { where: where(path), expected: quoteValue(params.allowedValue), got: quoteValue(value) },
      };
    case 'pattern': {
      const pattern = String(params.pattern);
      return {
        path,
        key: false,
        messageId: 'pattern',
        data: { where: where(path), expected: PATTERN_WORDS[pattern] ?? `text matching ${pattern}`, got: quoteValue(value) },
      };
    }
    case 'minLength':
      return { path, key: false, messageId: 'empty', data: { where: where(path) } };
    default:
      return { path, key: false, messageId: 'other', data: { where: where(path), problem: error.message ?? error.keyword } };
  }
}
