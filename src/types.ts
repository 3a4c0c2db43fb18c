/** Shared vocabulary of the linter: severities, data paths, positions and findings. */

/** How much a finding matters. `info` never fails a run and is left out of ESLint-style JSON. */
export type Severity = 'error' | 'warn' | 'info';

/** A severity as a user configures it: `off` turns a rule off. */
export type ConfiguredSeverity = Severity | 'off';

/** A path into the design's data, e.g. `['deployment', 'slo', 'latency_p99']`. */
export type DataPath = readonly (string | number)[];

/** A 1-based position range in a file, as editors show it; `endColumn` points just past the end. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One problem found in one file, fully decorated by the engine. */
export interface Finding extends SourceRange {
  /** Null for problems with inline directives themselves, as in ESLint. */
  ruleId: string | null;
  severity: Severity;
  message: string;
  /** Where in the data the rule pointed (also what baselines match on). */
  path: DataPath;
  /** The message key inside the rule, for tests and tools that must not depend on wording. */
  messageId: string;
  /** True when the file could not be analysed further (YAML syntax errors). */
  fatal?: boolean;
  /** Link to the rule's documentation. */
  url?: string;
  /** A safe edit that removes the problem, applied by `--fix` (as in ESLint's JSON). */
  fix?: TextEdit;
  /** Edits a person must choose between; never applied by `--fix` (docs/fixes.md). */
  suggestions?: Suggestion[];
}

/**
 * A change to a file's text: replace the characters from `range[0]` up to `range[1]`
 * (string offsets into the text as loaded, without a byte-order mark) with `text`.
 */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/** One suggested change, in ESLint's shape: what it does, and the edit. */
export interface Suggestion {
  desc: string;
  fix: TextEdit;
}

/** Everything linting one file produced. */
export interface FileResult {
  /** Absolute path of the file. */
  filePath: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
  /** Ids of the rules switched on for this file, in catalogue order; absent when the result was not made by the engine. */
  checkedRules?: readonly string[];
}
