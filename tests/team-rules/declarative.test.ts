import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { lintPaths, type LintOptions } from '../../src/engine/lint-files.js';
import { tempDir } from '../temp-dir.js';

function options(cwd: string, extra: Partial<LintOptions> = {}): LintOptions {
  return { cwd, useConfigFiles: true, cliRules: new Map(), reportUnusedDisableDirectives: false, maxFileSize: 5_000_000, ...extra };
}

const teamFindings = (run: Awaited<ReturnType<typeof lintPaths>>) =>
  run.results.flatMap((result) =>
    result.findings
      .filter((finding) => finding.ruleId?.startsWith('acme/'))
      .map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message })),
  );

const DESIGN = `mlsys: 1
name: Fraud scoring
status: approved
deployment:
  mode: online
  cost_per_prediction: $0.05
monitoring:
  alerts:
    - name: latency
      pager_rotation: ml-oncall
    - name: drift
      pager_rotation: TBD
    - name: errors
`;

async function lintWith(config: string, design = DESIGN) {
  const cwd = tempDir({ '.mlsys-lint.yaml': config, 'designs/fraud.yaml': design });
  return lintPaths(['designs'], options(cwd));
}

describe('declarative rules in the config', () => {
  it('reports each matched value that fails, at its own line, with the team id and message', async () => {
    const run = await lintWith(`custom-rules:
  acme/alerts-name-rotation:
    description: Every alert names a pager rotation
    message: "alert {{path}} names no pager rotation ({{error}})"
    severity: error
    given: monitoring.alerts[*]
    then:
      field: pager_rotation
      function: truthy
`);
    expect(teamFindings(run)).toEqual([
      {
        ruleId: 'acme/alerts-name-rotation',
        severity: 'error',
        line: 12,
        column: 23,
        message: 'alert monitoring.alerts[1].pager_rotation names no pager rotation (says nothing (`TBD`))',
      },
      {
        ruleId: 'acme/alerts-name-rotation',
        severity: 'error',
        line: 13,
        column: 7,
        message: 'alert monitoring.alerts[2].pager_rotation names no pager rotation (is missing)',
      },
    ]);
    expect(run.rules.some((rule) => rule.id === 'acme/alerts-name-rotation')).toBe(true);
  });

  it('applies `when` conditions, quantity bounds, patterns, enumerations and lengths', async () => {
    const run = await lintWith(`custom-rules:
  acme/cost-cap:
    description: Online serving costs at most a cent per prediction
    message: "{{path}} is {{value}}: {{error}}"
    given: deployment.cost_per_prediction
    when: { status: approved, deployment.mode: online }
    then: { function: quantity, functionOptions: { max: $0.01 } }
  acme/alert-names:
    description: Alert names are kebab-case
    given: monitoring.alerts[*].name
    then: { function: pattern, functionOptions: { match: "^[a-z]+(-[a-z]+)*$", notMatch: "/^ERR/i" } }
  acme/mode:
    description: Serving mode is one the platform runs
    given: deployment.mode
    then: { function: enumeration, functionOptions: { values: [online, batch] } }
  acme/enough-alerts:
    description: Three alerts or more
    severity: info
    given: monitoring.alerts
    then: { function: length, functionOptions: { min: 4 } }
  acme/not-in-draft:
    description: only drafts
    given: deployment
    when: { status: draft }
    then: { function: falsy }
`);
    expect(teamFindings(run)).toEqual([
      {
        ruleId: 'acme/cost-cap',
        severity: 'warn',
        line: 6,
        column: 24,
        message: 'deployment.cost_per_prediction is $0.05: must be at most $0.01 (it is `$0.05`)',
      },
      {
        ruleId: 'acme/enough-alerts',
        severity: 'info',
        line: 8,
        column: 3,
        message: 'Three alerts or more: `monitoring.alerts` must have at least 4 items (it has 3)',
      },
      {
        ruleId: 'acme/alert-names',
        severity: 'warn',
        line: 13,
        column: 13,
        message: 'Alert names are kebab-case: `monitoring.alerts[2].name` must not match `/^ERR/i` (it is `errors`)',
      },
    ]);
  });

  it('honours the config: rules severities, overrides and inline directives', async () => {
    const config = `custom-rules:
  acme/alerts-name-rotation:
    description: Every alert names a pager rotation
    given: monitoring.alerts[*].pager_rotation
    then: { function: truthy }
rules:
  acme/alerts-name-rotation: error
overrides:
  - status: draft
    rules: { acme/alerts-name-rotation: off }
`;
    const withDirective = DESIGN.replace(
      '    - name: errors\n',
      '    # mlsys-lint-disable-next-line acme/alerts-name-rotation -- owned by SRE\n    - name: errors\n',
    );
    const run = await lintWith(config, withDirective);
    expect(teamFindings(run).map((finding) => [finding.line, finding.severity])).toEqual([[12, 'error']]);
    const draft = await lintWith(config, DESIGN.replace('status: approved', 'status: draft'));
    expect(teamFindings(draft)).toEqual([]);
  });

  it.each([
    ['custom-rules:\n  alerts: {}\n', '2:3', 'custom rule id `alerts` must be `team/rule-name`'],
    [
      'custom-rules:\n  monitoring/x: { description: d, given: a, then: { function: truthy } }\n',
      '2:3',
      'uses the built-in group `monitoring`',
    ],
    [
      'custom-rules:\n  acme/x:\n    description: d\n    given: a\n    then: { function: truthie }\n',
      '5:23',
      'unknown function `truthie`; use one of truthy, falsy, pattern, enumeration, length, quantity, schema',
    ],
    ['custom-rules:\n  acme/x:\n    description: d\n    given: "a..[0]"\n    then: { function: truthy }\n', '4:12', 'bad path `a..[0]`'],
    ['custom-rules:\n  acme/x:\n    description: d\n    given: "a b"\n    then: { function: truthy }\n', '4:12', 'bad path `a b`'],
    [
      'custom-rules:\n  acme/x:\n    description: d\n    given: a\n    then: { function: pattern, functionOptions: { match: "(a" } }\n',
      '5:58',
      'the pattern `(a` does not compile',
    ],
    [
      'custom-rules:\n  acme/x:\n    description: d\n    given: a\n    then: { function: pattern, functionOptions: { match: ' +
        '"(a)\\\\1" } }\n',
      '5:58',
      'no backreferences or lookaround',
    ],
    [
      'custom-rules:\n  acme/x:\n    description: d\n    given: a\n    then: { function: quantity, functionOptions: { max: soon } }\n',
      '5:57',
      '`soon` is not a quantity',
    ],
    [
      'custom-rules:\n  acme/x:\n    description: d\n    given: a\n    then: { function: truthy, functionOptions: { max: 1 } }\n',
      '5:50',
      '`truthy` takes no option `max`',
    ],
    [
      'custom-rules:\n  acme/x:\n    description: d\n    given: a\n    then: { function: schema, functionOptions: { schema: { type: ' +
        'nonsense } } }\n',
      '5:58',
      'the schema does not compile',
    ],
    ['custom-rules:\n  acme/x:\n    given: a\n    then: { function: truthy }\n', '2:3', 'custom rule `acme/x` needs `description`'],
    ['rules:\n  acme/y: error\n', '2:3', 'unknown rule `acme/y`'],
  ])('reports a broken custom rule at its place: %#', async (config, position, reason) => {
    const error = await lintWith(config).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const { line, column, reason: said } = error as ConfigError;
    expect({ at: `${line}:${column}`, said: said.includes(reason) ? reason : said }).toEqual({ at: position, said: reason });
  });

  it('runs a pattern that would backtrack catastrophically in linear time', async () => {
    const started = performance.now();
    const run = await lintWith(
      `custom-rules:\n  acme/x:\n    description: d\n    given: name\n    then: { function: pattern, functionOptions: { match: "^(a+)+$" ` +
        `} }\n`,
      DESIGN.replace('name: Fraud scoring', `name: "${'a'.repeat(5000)}!"`),
    );
    expect(teamFindings(run)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
