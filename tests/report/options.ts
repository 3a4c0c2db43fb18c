import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/engine/lint-files.js';
import type { ReportOptions } from '../../src/report/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HOSTILE = 'tests/fixtures/report/hostile';

/** Report options as the CLI builds them, without config files unless asked. */
export function reportOptions(extra: Partial<ReportOptions> = {}): ReportOptions {
  return {
    cwd: ROOT,
    outDir: 'docs/reports',
    useConfigFiles: false,
    cliRules: new Map(),
    reportUnusedDisableDirectives: false,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    ...extra,
  };
}
