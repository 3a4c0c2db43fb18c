export { validateDesignData, designSchema, DESIGN_SCHEMA_URL } from './validate-design.js';
export type { SchemaProblem, SchemaMessageId } from './schema-problems.js';
export { closestMatch, editDistance, uniqueClosestMatch } from '../util/closest-match.js';
export { formatPath, describeType, quoteValue } from '../design/describe.js';
