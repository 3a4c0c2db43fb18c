import type { Rule } from '../rules/index.js';
import type { FileResult } from '../types.js';

/** What a formatter may know besides the results; it never reads the environment itself. */
export interface FormatContext {
  /** Working directory: paths in the output are shown relative to it where the format allows. */
  cwd: string;
  /** Whether to use ANSI colours. */
  color: boolean;
  /** Every rule the run knew, for formats that describe rules (SARIF). */
  rules: readonly Rule[];
  /** Version of mlsys-lint, for formats that name the tool. */
  toolVersion: string;
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
