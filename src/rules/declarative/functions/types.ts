/**
 * A check function of declarative rules (Spectral's model): it reads its options once,
 * when the config is read, and returns the test each matched value goes through.
 */
export interface CheckFunction {
  /** One line for the docs: what a value must be to pass. */
  description: string;
  /** The options it takes (`functionOptions`); others are a config error. */
  options: readonly string[];
  /**
   * Checks the options and prepares the test (patterns compiled once, here). `problem`
   * reports a bad option at that option's place in the config.
   */
  prepare(options: Readonly<Record<string, unknown>>, problem: OptionProblem): ValueTest;
}

export type OptionProblem = (option: string | null, reason: string) => never;

/**
 * What is wrong with one matched value (becomes `{{error}}` in the message), or undefined
 * when it passes. `value` is undefined where the path leads to nothing.
 */
export type ValueTest = (value: unknown) => string | undefined;

/** Text for a value in a message: scalars as written, others as short JSON. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
