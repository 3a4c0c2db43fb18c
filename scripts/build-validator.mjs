// Precompiles the design schema into a standalone validator so that the CLI does not
// pay for compiling the schema at every start (about 300 ms; see docs/performance.md).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS } from '../dist/schema/validate-design.js';

const schema = JSON.parse(readFileSync(new URL('../schemas/ml-system-design.schema.json', import.meta.url), 'utf8'));
// The same options as the run-time fallback, so that both validators behave alike.
const ajv = new Ajv2020.default({ ...AJV_OPTIONS, code: { source: true } });
const code = standaloneCode.default(ajv, ajv.compile(schema));
mkdirSync(new URL('../dist/schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/schema/compiled-validator.cjs', import.meta.url), code);
