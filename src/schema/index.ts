export { validateDesignData, designSchema, DESIGN_SCHEMA_URL } from './validate-design.js';
export type { SchemaProblem, SchemaMessageId } from './schema-problems.js';
export { closestMatch, editDistance, uniqueClosestMatch } from './suggest.js';
export { formatPath, describeType, quoteValue } from './describe.js';
