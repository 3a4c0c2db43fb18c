export { loadDesign, decodeDesignBytes, unreadableDesign, DEFAULT_MAX_ALIAS_COUNT } from './load-design.js';
export { loadJsonOrDesign } from './load-json.js';
export type { LoadedDesign, LoadProblem, LoadOptions, ParserChoice } from './load-design.js';
export { START_OF_FILE, LineIndex, TreeSourceMap } from './source-map.js';
export type { SourceMap, LocateOptions } from './source-map.js';
