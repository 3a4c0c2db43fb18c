import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const OFFLINE = 'no offline metrics: list the metrics computed on held-out data before deployment in `evaluation.offline_metrics`';
const ONLINE = 'no online metrics: list the metrics measured on live traffic (e.g. CTR, conversion) in `evaluation.online_metrics`';
const EXPERIMENT =
  'online metrics but no experiment plan: say how online impact is tested (A/B test, holdout, interleaving) in `evaluation.experiment`';

describe('evaluation/offline-metrics and evaluation/online-metrics', () => {
  const RULE_IDS = ['evaluation/offline-metrics', 'evaluation/online-metrics'];
  const lint = (yaml: string) => lintChecked(yaml, RULE_IDS);

  it('have their catalogue severities and point at line 1 without evaluation', () => {
    const findings = lintYaml('mlsys: 1\n', RULE_IDS);
    expect(findings.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }))).toEqual([
      { ruleId: 'evaluation/offline-metrics', severity: 'error', line: 1, column: 1, message: OFFLINE },
      { ruleId: 'evaluation/online-metrics', severity: 'warn', line: 1, column: 1, message: ONLINE },
    ]);
  });

  it('accept single strings', () => {
    expect(lint('evaluation: {offline_metrics: AUC, online_metrics: CTR}\n')).toEqual([]);
  });

  it('point at the evaluation key, and at empty values', () => {
    expect(lint('mlsys: 1\nevaluation:\n  experiment: A/B test\n')).toEqual([
      { ruleId: 'evaluation/offline-metrics', line: 2, column: 1, message: OFFLINE },
      { ruleId: 'evaluation/online-metrics', line: 2, column: 1, message: ONLINE },
    ]);
    expect(lint('evaluation:\n  offline_metrics:\n    - ""\n  online_metrics: [null]\n')).toEqual([
      { ruleId: 'evaluation/offline-metrics', line: 2, column: 3, message: OFFLINE },
      { ruleId: 'evaluation/online-metrics', line: 4, column: 19, message: ONLINE },
    ]);
  });

  it('do not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toHaveLength(2);
    expect(lint('evaluation: true\n')).toEqual([
      { ruleId: 'evaluation/offline-metrics', line: 1, column: 13, message: OFFLINE },
      { ruleId: 'evaluation/online-metrics', line: 1, column: 13, message: ONLINE },
    ]);
  });
});

describe('evaluation/experiment', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['evaluation/experiment']);

  it('is a warning at the evaluation key', () => {
    expect(lintYaml('evaluation:\n  online_metrics: CTR\n', ['evaluation/experiment'])[0]).toMatchObject({
      severity: 'warn',
      line: 1,
      column: 1,
      message: EXPERIMENT,
      path: ['evaluation', 'experiment'],
    });
  });

  it('points into a flow mapping, and at an empty plan', () => {
    expect(lint('mlsys: 1\nevaluation: {online_metrics: [CTR]}\n')).toEqual([
      { ruleId: 'evaluation/experiment', line: 2, column: 13, message: EXPERIMENT },
    ]);
    expect(lint('evaluation: {online_metrics: [CTR], experiment: ""}\n')).toEqual([
      { ruleId: 'evaluation/experiment', line: 1, column: 49, message: EXPERIMENT },
    ]);
  });

  it('asks nothing without online metrics', () => {
    expect(lint('mlsys: 1\n')).toEqual([]);
    expect(lint('evaluation: {offline_metrics: [AUC], online_metrics: ["", null]}\n')).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toEqual([]);
    expect(lint('evaluation: {online_metrics: {a: 1}, experiment: [1]}\n')).toEqual([]);
  });
});
