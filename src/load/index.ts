export { loadDesign, decodeDesignBytes, unreadableDesign, DEFAULT_LOAD_LIMITS } from './load-design.js';
export type { LoadedDesign, LoadProblem, LoadLimits } from './load-design.js';
export { START_OF_FILE, YamlSourceMap } from './source-map.js';
export type { SourceMap, LocateOptions } from './source-map.js';
