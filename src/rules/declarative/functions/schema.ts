import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { shown, type CheckFunction } from './types.js';

// ajv is loaded only when a config uses `schema`: most runs never need it.
const require = createRequire(import.meta.url);

function compileSchema(schema: object): ValidateFunction {
  const Ajv = (require('ajv') as { default: new (options: object) => { compile(schema: object): ValidateFunction } }).default;
  return new Ajv({ allErrors: false, strict: false }).compile(schema);
}

const describe = (error: ErrorObject): string =>
  `${error.instancePath === '' ? '' : `${error.instancePath.slice(1).replace(/\//g, '.')} `}${error.message ?? 'is not valid'}`;

/** The value is valid against a JSON Schema fragment (`schema`). A missing value passes. */
export const schema: CheckFunction = {
  description: 'the value is valid against the JSON Schema fragment in `schema`; a missing value passes',
  options: ['schema'],
  prepare(options, problem) {
    const fragment = options.schema;
    if (fragment === null || typeof fragment !== 'object' || Array.isArray(fragment))
      return problem('schema', '`schema` must be a JSON Schema, written as a mapping');
    let validate: ValidateFunction;
    try {
      validate = compileSchema(fragment);
    } catch (error) {
      return problem('schema', `the schema does not compile: ${error instanceof Error ? error.message : String(error)}`);
    }
    return (value) => {
      if (value === undefined) return undefined;
      return validate(value) ? undefined : `${describe(validate.errors![0]!)} (it is \`${shown(value)}\`)`;
    };
  },
};
