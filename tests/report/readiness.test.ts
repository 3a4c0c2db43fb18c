import { describe, expect, it } from 'vitest';
import { resultOf } from '../../src/engine/lint-files.js';
import { readinessOf, stepOfFinding, stepShare, type StepStatus } from '../../src/report/readiness.js';
import { statusCell } from '../../src/report/sections/readiness.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding, Severity } from '../../src/types.js';

const finding = (ruleId: string | null, path: (string | number)[], severity: Severity = 'warn', extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity,
  message: 'm',
  messageId: 'm',
  path,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  ...extra,
});

describe('stepOfFinding', () => {
  it('uses the first segment of the data path when it is a step', () => {
    expect(stepOfFinding(finding('schema/invalid', ['deployment', 'slo', 'latency_p99']))).toBe('deployment');
    expect(stepOfFinding(finding('traceability/success-metric', ['requirements', 'success_metrics', 0]))).toBe('requirements');
    expect(stepOfFinding(finding('design/missing-step', ['monitoring']))).toBe('monitoring');
  });

  it('falls back to the rule group, and to no step for groups outside the 7 steps', () => {
    expect(stepOfFinding(finding('decision/traits-missing', ['problem']))).toBe('framing');
    expect(stepOfFinding(finding('serving/latency-slo', []))).toBe('deployment');
    expect(stepOfFinding(finding('traceability/success-metric', []))).toBe('requirements');
    expect(stepOfFinding(finding('meta/owners', []))).toBeUndefined();
    expect(stepOfFinding(finding('architecture/orphan-component', ['architecture', 'components', 0]))).toBeUndefined();
    expect(stepOfFinding(finding(null, []))).toBeUndefined();
  });
});

describe('readinessOf', () => {
  it('gives each step its status, findings and share of passing checks; overall is the weakest step', () => {
    const result = resultOf('/d.yaml', [
      finding('monitoring/alerts', ['monitoring'], 'warn'),
      finding('monitoring/drift', ['monitoring'], 'warn'),
      finding('monitoring/drift', ['monitoring', 'data'], 'warn'),
      finding('serving/slo-range', ['deployment', 'slo', 'throughput'], 'info'),
      finding('serving/latency-slo', ['deployment'], 'error'),
      finding('meta/owners', [], 'warn'),
    ]);
    const readiness = readinessOf(result, RULES);
    const byKey = Object.fromEntries(readiness.steps.map((step) => [step.key, step]));
    const monitoringRules = RULES.filter((rule) => rule.id.startsWith('monitoring/')).length;
    const servingRules = RULES.filter((rule) => rule.id.startsWith('serving/')).length;
    expect(byKey.monitoring).toMatchObject({ status: 'warn', checks: monitoringRules + 1, passing: monitoringRules - 1 });
    expect(byKey.monitoring!.findings).toHaveLength(3);
    // The info finding fails no check: only the error does.
    expect(byKey.deployment).toMatchObject({ status: 'fail', checks: servingRules + 1, passing: servingRules });
    expect(byKey.requirements).toMatchObject({ status: 'pass', share: 1 });
    expect(readiness.overall).toBe(Math.min(...readiness.steps.map((step) => step.share)));
    expect(readiness.weakest).toBe(byKey.deployment!.share < byKey.monitoring!.share ? 'deployment' : 'monitoring');
  });

  it('counts a rule from outside the step that reported in it as one more failing check', () => {
    const readiness = readinessOf(resultOf('/d.yaml', [finding('schema/invalid', ['data', 'sources'], 'error')]), RULES);
    const data = readiness.steps.find((step) => step.key === 'data')!;
    const dataRules = RULES.filter((rule) => rule.id.startsWith('data/')).length;
    expect(data).toMatchObject({ status: 'fail', checks: dataRules + 2, passing: dataRules + 1 });
  });

  it('passes nothing in a file that could not be parsed', () => {
    const readiness = readinessOf(resultOf('/d.yaml', [finding('yaml/syntax', [], 'error', { fatal: true })]), RULES);
    expect(readiness.steps.every((step) => step.status === 'fail' && step.passing === 0)).toBe(true);
    expect(readiness.overall).toBe(0);
  });
});

describe('readiness formula', () => {
  // [findings in the Deployment step, expected status, expected readiness of the step]
  const servingRules = RULES.filter((rule) => rule.id.startsWith('serving/')).length;
  const checks = servingRules + 1;
  const cases: [string, Finding[], StepStatus, number, string][] = [
    ['no findings', [], 'pass', 1, '✅ ready'],
    ['info only: informs, lowers nothing', [finding('serving/slo-range', ['deployment', 'slo'], 'info')], 'pass', 1, '✅ ready (1 info)'],
    [
      'one warning',
      [finding('serving/slo-range', ['deployment', 'slo'], 'warn')],
      'warn',
      0.5 + 0.5 * ((checks - 1) / checks),
      '⚠️ 1 warning',
    ],
    [
      'two warnings of one rule',
      [finding('serving/slo-range', ['deployment', 'slo'], 'warn'), finding('serving/slo-range', ['deployment', 'slo', 'x'], 'warn')],
      'warn',
      0.5 + 0.5 * ((checks - 1) / checks),
      '⚠️ 2 warnings',
    ],
    ['one error', [finding('serving/latency-slo', ['deployment'], 'error')], 'fail', 0.5 * ((checks - 1) / checks), '❌ 1 error'],
    [
      'two errors and a warning and an info',
      [
        finding('serving/latency-slo', ['deployment'], 'error'),
        finding('serving/rollout', ['deployment'], 'error'),
        finding('serving/slo-range', ['deployment'], 'warn'),
        finding('serving/scaling', ['deployment'], 'info'),
      ],
      'fail',
      0.5 * ((checks - 3) / checks),
      '❌ 2 errors, 1 warning (1 info)',
    ],
  ];
  for (const [name, findings, status, share, cell] of cases) {
    it(`${name}: ${status}, ${Math.round(share * 100)}%, "${cell}"`, () => {
      const step = readinessOf(resultOf('/d.yaml', findings), RULES).steps.find((candidate) => candidate.key === 'deployment')!;
      expect(step.status).toBe(status);
      expect(step.share).toBeCloseTo(share, 10);
      expect(statusCell(step)).toBe(cell);
    });
  }

  it('never ranks a step with an error above a step with only warnings, however many warnings', () => {
    for (let checks = 1; checks <= 30; checks++) {
      for (let passing = 0; passing < checks; passing++) {
        expect(stepShare('fail', checks - 1, checks)).toBeLessThan(stepShare('warn', passing, checks));
        expect(stepShare('warn', passing, checks)).toBeLessThan(1);
      }
    }
  });

  it('names the step with the error the weakest, even with fewer failing checks than a step with warnings', () => {
    const readiness = readinessOf(
      resultOf('/d.yaml', [
        finding('serving/latency-slo', ['deployment'], 'error'),
        finding('monitoring/alerts', ['monitoring'], 'warn'),
        finding('monitoring/drift', ['monitoring'], 'warn'),
        finding('monitoring/retraining', ['monitoring'], 'warn'),
      ]),
      RULES,
    );
    expect(readiness.weakest).toBe('deployment');
    expect(readiness.overall).toBeLessThan(0.5);
  });
});
