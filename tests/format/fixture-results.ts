import { resultOf } from '../../src/engine/lint-files.js';
import type { FormatContext } from '../../src/format/index.js';
import { defineRule, type Rule } from '../../src/rules/index.js';
import type { FileResult, Finding, Severity } from '../../src/types.js';

/** Rules with fixed wording, so that golden files change only when a format does. */
function rule(id: string, severity: Severity, description: string): Rule {
  return defineRule({
    id,
    meta: {
      description,
      severity,
      rationale: `Why \`${id}\` matters, in *Markdown*.`,
      messages: { found: description },
      examples: { valid: [], invalid: [] },
    },
    check: () => undefined,
  });
}

export const TEST_RULES: readonly Rule[] = [
  rule('yaml/syntax', 'error', 'The file is not valid YAML.'),
  rule('serving/latency-slo', 'error', 'Online serving has no latency SLO.'),
  rule('monitoring/alerts', 'warn', 'No alerts are defined.'),
  rule('serving/slo-range', 'info', 'A target is outside the usual range.'),
];

export const CWD = '/project';

export const CONTEXT: FormatContext = { cwd: CWD, color: false, rules: TEST_RULES, toolVersion: '1.2.3' };

function finding(
  ruleId: string | null,
  severity: Severity,
  message: string,
  path: (string | number)[],
  line: number,
  column: number,
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId,
    severity,
    message,
    messageId: ruleId === null ? 'directive' : 'found',
    path,
    line,
    column,
    endLine: line,
    endColumn: column + 5,
    ...(ruleId === null ? {} : { url: `https://github.com/mlsys-lint/mlsys-lint/blob/main/docs/rules/${ruleId}.md` }),
    ...extra,
  };
}

/**
 * Results that exercise every format: all severities, a problem without a rule, text
 * that each format must escape (`%`, line breaks, `:` and `,` in a file name, XML and
 * Markdown specials, a control character), a clean file, and a file that does not parse.
 */
export function fixtureResults(): FileResult[] {
  const recs = resultOf('/project/designs/recs.yaml', [
    finding(
      'serving/latency-slo',
      'error',
      'online serving without a latency SLO: set `deployment.slo.latency_p99`',
      ['deployment', 'slo'],
      12,
      3,
    ),
    finding(
      'monitoring/alerts',
      'warn',
      'no alerts: 100% of <incidents> & "outages" go | unnoticed *at all*\nsecond line\r\nthird',
      ['monitoring', 'alerts'],
      20,
      1,
    ),
    finding(
      'serving/slo-range',
      'info',
      '`deployment.slo.throughput` 500 rps is outside the usual range (1K–100K rps)',
      ['deployment', 'slo', 'throughput'],
      14,
      17,
    ),
    finding(null, 'error', 'unknown rule `serving/latncy` in mlsys-lint-disable directive; did you mean `serving/latency-slo`?', [], 2, 23),
  ]);
  const clean = resultOf('/project/designs/clean.yaml', []);
  const odd = resultOf('/project/designs/odd, name: 100%.yaml', [
    finding('yaml/syntax', 'error', 'YAML syntax error: bad\u0007 indentation <here>', [], 3, 1, { fatal: true, endColumn: 1 }),
  ]);
  return [
    { ...recs, checkedRules: TEST_RULES.map((candidate) => candidate.id) },
    clean,
    odd,
  ];
}

/** One file with `count` unknown-key errors, `k0` to `k{count-1}` from line 3: output of every size, for the formatters' limits. */
export function unknownKeyResults(count: number, filePath: string): FileResult[] {
  const findings = Array.from({ length: count }, (_, index): Finding => ({
    ruleId: 'schema/invalid',
    severity: 'error',
    message: `unknown key \`k${index}\``,
    messageId: 'unknownKey',
    path: [`k${index}`],
    line: index + 3,
    column: 1,
    endLine: index + 3,
    endColumn: 3,
  }));
  return [{ filePath, findings, errorCount: count, warningCount: 0, infoCount: 0, fatalErrorCount: 0 }];
}
