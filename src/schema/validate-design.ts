import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import { schemaProblems, type SchemaProblem } from './schema-problems.js';

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const require = createRequire(import.meta.url);

/** Where the design schema lives, relative to both `src/schema` and `dist/schema`. */
export const DESIGN_SCHEMA_URL = new URL('../../schemas/ml-system-design.schema.json', import.meta.url);

/** Options the schema is compiled with, at build time and at run time alike. */
// Scale's known dimensions also match its pattern for any snake_case dimension, on purpose.
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, allowMatchingProperties: true } as const;

let schema: unknown;
let validator: Validator | undefined;

/** The design JSON Schema, parsed once. */
export function designSchema(): unknown {
  schema ??= JSON.parse(readFileSync(DESIGN_SCHEMA_URL, 'utf8'));
  return schema;
}

/**
 * The schema validator: the one `npm run build` precompiled (fast start-up), or, when
 * running from source, one compiled now.
 */
function designValidator(): Validator {
  if (validator) return validator;
  try {
    // Resolved from the package's dist/schema folder, also when this module is bundled elsewhere in dist/.
    validator = require(fileURLToPath(new URL('../schema/compiled-validator.cjs', import.meta.url))) as Validator;
  } catch {
    const Ajv2020 = (require('ajv/dist/2020.js') as { default: new (options: object) => { compile(schema: unknown): Validator } }).default;
    validator = new Ajv2020(AJV_OPTIONS).compile(designSchema());
  }
  return validator;
}

/** Validates design data against the schema; no problems means valid. */
export function validateDesignData(data: unknown): SchemaProblem[] {
  const validate = designValidator();
  if (validate(data)) return [];
  return schemaProblems(validate.errors ?? [], data, designSchema());
}
