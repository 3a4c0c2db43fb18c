import { DEFAULT_MAX_FILE_SIZE, type LintOptions } from '../engine/lint-files.js';
import { cliRuleSeverities } from './rule-flags.js';
import { parseCount } from './args.js';

/**
 * The flags that decide how one file is linted: which config applies and which rules are
 * on. `lint` and `lsp` both take them, so that an editor shows what the command line says.
 */
export const LINT_CONFIG_FLAGS = {
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'report-unused-disable-directives': { type: 'boolean' },
  'max-file-size': { type: 'string' },
} as const;

/** The values of {@link LINT_CONFIG_FLAGS} after parsing. */
export interface LintConfigFlagValues {
  config?: string | undefined;
  'no-config'?: boolean | undefined;
  rule?: string[] | undefined;
  'report-unused-disable-directives'?: boolean | undefined;
  'max-file-size'?: string | undefined;
}

/** The options for the engine that the config flags give, for files looked up from `cwd`. */
export function lintConfigOptions(values: LintConfigFlagValues, cwd: string): LintOptions {
  return {
    cwd,
    useConfigFiles: values['no-config'] !== true,
    ...(values.config ? { configFile: values.config } : {}),
    cliRules: cliRuleSeverities(values.rule),
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] === true,
    maxFileSize: parseCount(values['max-file-size'], '--max-file-size') ?? DEFAULT_MAX_FILE_SIZE,
  };
}
