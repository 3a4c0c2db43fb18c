import { lintText, type LintOptions } from '../../src/engine/lint-files.js';
import eslintJson from '../../src/format/json.js';
import sarif from '../../src/format/sarif.js';
import { RULES } from '../../src/rules/index.js';
import type { FileResult } from '../../src/types.js';

/** Cases per property: a small budget in `npm test`, `FUZZ_RUNS` in `npm run fuzz`. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

const OPTIONS: LintOptions = {
  cwd: '/fuzz',
  useConfigFiles: false,
  cliRules: new Map(),
  reportUnusedDisableDirectives: true,
  maxFileSize: 5_000_000,
};

/** Lints text the way the CLI does (all rules, directives) and checks the invariants every result must keep. */
export function lintAndCheck(text: string): FileResult {
  const { result, crashes } = lintText(text, '/fuzz/design.yaml', OPTIONS);
  if (crashes.length > 0) throw crashes[0]!.original;
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  for (const finding of result.findings) {
    const line = lines[finding.line - 1];
    if (line === undefined && !(finding.line === 1 && lines.length <= 1))
      throw new Error(`finding at line ${finding.line} of a ${lines.length}-line file: ${finding.message}`);
    const width = (line ?? '').length + 1;
    if (finding.column < 1 || finding.column > width)
      throw new Error(`finding at ${finding.line}:${finding.column} outside a line of ${width - 1} characters`);
    if (finding.endLine < finding.line || (finding.endLine === finding.line && finding.endColumn < finding.column))
      throw new Error(`finding ends before it starts: ${JSON.stringify(finding)}`);
  }
  const context = { cwd: '/fuzz', color: false, rules: RULES, toolVersion: '0.0.0' };
  JSON.parse(eslintJson([result], context));
  JSON.parse(sarif([result], context));
  const again = lintText(text, '/fuzz/design.yaml', OPTIONS).result;
  if (JSON.stringify(again) !== JSON.stringify(result)) throw new Error('two runs on the same text differ');
  return result;
}
