/** The V8 flags `bin/mlsys-lint.js` sets for a V8 version (see v8-flags.js). */
export function v8FlagsFor(version: string): string[];
