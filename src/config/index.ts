export { ConfigError, readConfigFile, parseSeverity, SEVERITY_VALUES } from './config-file.js';
export type { ConfigFile, ConfigOverride } from './config-file.js';
export { ConfigResolver, CONFIG_FILE_NAMES } from './resolve-config.js';
export type { ConfigOptions } from './resolve-config.js';
export { PRESET_NAMES, presetSeverities } from './presets.js';
export { applyDirectives, parseDirectives } from './directives.js';
export { applyBaseline, baselineText, readBaseline } from './baseline.js';
export type { Baseline } from './baseline.js';
