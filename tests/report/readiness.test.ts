import { describe, expect, it } from 'vitest';
import { resultOf } from '../../src/engine/lint-files.js';
import { readinessOf, stepOfFinding } from '../../src/report/readiness.js';
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
    expect(byKey.deployment).toMatchObject({ status: 'fail', checks: servingRules + 1, passing: servingRules - 1 });
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
