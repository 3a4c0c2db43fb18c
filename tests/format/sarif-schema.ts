import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
}

interface Validate {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** The official SARIF 2.1.0 JSON schema (draft-04), as shipped in `@microsoft/jest-sarif`. */
export const SARIF_SCHEMA = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;

// The schema is draft-04, which needs Ajv's draft-04 class; formats (uri, date-time) are checked too.
const Ajv04 = (require('ajv-draft-04') as { default: new (options: object) => { compile(schema: object): Validate } }).default;
const addFormats = (require('ajv-formats') as { default: (ajv: object) => void }).default;
// The schema's language-code pattern is not valid as a Unicode regular expression.
const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(SARIF_SCHEMA);

/** The schema violations of a SARIF log, as `path: message` lines; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
}
