/**
 * mlsys-lint as a library: everything the command line does, as typed functions.
 * The heavy parts (reports, diff, init) are separate entry points loaded on demand:
 * `mlsys-lint/report`, `mlsys-lint/diff`, `mlsys-lint/init`.
 */
export { lintPaths, lintFiles, lintText, lintLoadedDesigns, readDesignFile, resultOf, DEFAULT_MAX_FILE_SIZE } from './engine/lint-files.js';
export type { LintOptions, LintRun } from './engine/lint-files.js';
export { findingsForDesign, compareFindings, RuleCrash } from './engine/findings-for-design.js';
export { findDesignFiles } from './engine/find-files.js';
export { loadDesign, decodeDesignBytes } from './load/index.js';
export type { LoadedDesign, LoadOptions, SourceMap, LocateOptions } from './load/index.js';
export { validateDesignData, designSchema, DESIGN_SCHEMA_URL } from './schema/index.js';
export { scoreProblem, traitsOf, TRAIT_NAMES } from './scorer/index.js';
export type { ProblemTraits, Verdict, ScoreReason, Recommendation, TraitName } from './scorer/index.js';
export { parseDuration, parseRate, parsePercentage, parseMoney, parseCount, formatQuantity } from './quantity/index.js';
export type { Quantity, QuantityKind, QuantityResult } from './quantity/index.js';
export { RULES, ruleById, ruleDocsUrl, defineRule } from './rules/index.js';
export type { Rule, RuleMeta, RuleContext, RuleExample, RuleReport, RuleOrigin, ExpectedFinding } from './rules/index.js';
export type { Approach } from './design/index.js';
/** A plugin module's shape: `export default { name, rules, presets }` (docs/rules.md, "Writing your own rules"). */
export type { MlsysLintPlugin } from './config/plugins.js';
export { ConfigResolver, ConfigError, readBaseline, baselineText, PRESET_NAMES } from './config/index.js';
export { loadFormatter, FORMAT_NAMES } from './format/index.js';
export type { Formatter, FormatContext } from './format/index.js';
export { STEPS, designId } from './design.js';
export type * from './types.js';
