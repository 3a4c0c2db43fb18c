import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const SYSTEM = "no system metrics: list what shows the service's health (CPU/GPU, memory, latency, error rates, throughput) in `monitoring.system`";
const DATA = "no data metrics: list what watches the model's inputs (distribution, missing values, freshness, schema violations) in `monitoring.data`";
const MODEL = 'no model metrics: list what watches the predictions (distribution, confidence, online accuracy, drift) in `monitoring.model`';
const BUSINESS = 'no business metrics: list what shows the system still serves the business goal (CTR, conversion, revenue, engagement) in `monitoring.business`';
const ALERTS = 'no alerts: say which conditions page whom in `monitoring.alerts`';
const RETRAINING = 'no retraining plan: say when the model is retrained (a cadence, a trigger such as drift, or both) in `monitoring.retraining`';
const DRIFT = 'nothing watches drift: add a drift check (e.g. feature drift by PSI, a KS test on inputs, prediction drift) to `monitoring.data` or `monitoring.model`';

const PRESENCE_RULES = ['monitoring/system-metrics', 'monitoring/data-metrics', 'monitoring/model-metrics', 'monitoring/business-metrics', 'monitoring/alerts', 'monitoring/retraining'];
const ALL_RULES = [...PRESENCE_RULES, 'monitoring/drift'];

describe('monitoring presence rules', () => {
  const lint = (yaml: string) => lintChecked(yaml, PRESENCE_RULES);

  it('are warnings', () => {
    expect(lintYaml('mlsys: 1\n', ALL_RULES).map(({ ruleId, severity }) => [ruleId, severity])).toEqual([
      ['monitoring/alerts', 'warn'],
      ['monitoring/business-metrics', 'warn'],
      ['monitoring/data-metrics', 'warn'],
      ['monitoring/drift', 'warn'],
      ['monitoring/model-metrics', 'warn'],
      ['monitoring/retraining', 'warn'],
      ['monitoring/system-metrics', 'warn'],
    ]);
  });

  it('say nothing for complete monitoring', () => {
    const yaml = 'monitoring:\n  system: [Latency]\n  data: [Feature drift]\n  model: Prediction distribution\n  business: [CTR]\n  alerts: [Error rate > 1% pages on-call]\n  retraining: Weekly\n';
    expect(lintChecked(yaml, ALL_RULES)).toEqual([]);
  });

  it('point at the monitoring key, or at empty values', () => {
    expect(lint('mlsys: 1\nmonitoring:\n  system: []\n  data: [Missing values]\n  model:\n  business: ""\n  alerts: [p99 > 200ms pages on-call]\n')).toEqual([
      { ruleId: 'monitoring/retraining', line: 2, column: 1, message: RETRAINING },
      { ruleId: 'monitoring/system-metrics', line: 3, column: 11, message: SYSTEM },
      { ruleId: 'monitoring/model-metrics', line: 5, column: 3, message: MODEL },
      { ruleId: 'monitoring/business-metrics', line: 6, column: 13, message: BUSINESS },
    ]);
  });

  it('point into a flow mapping', () => {
    expect(lint('monitoring: {system: [Latency], data: [], model: [Confidence], business: [CTR], alerts: [p99 > 1s], retraining: Daily}\n')).toEqual([
      { ruleId: 'monitoring/data-metrics', line: 1, column: 39, message: DATA },
    ]);
  });

  it('point at line 1 when there is no monitoring at all', () => {
    expect(lint('mlsys: 1\nname: Fraud\n')).toEqual([
      { ruleId: 'monitoring/alerts', line: 1, column: 1, message: ALERTS },
      { ruleId: 'monitoring/business-metrics', line: 1, column: 1, message: BUSINESS },
      { ruleId: 'monitoring/data-metrics', line: 1, column: 1, message: DATA },
      { ruleId: 'monitoring/model-metrics', line: 1, column: 1, message: MODEL },
      { ruleId: 'monitoring/retraining', line: 1, column: 1, message: RETRAINING },
      { ruleId: 'monitoring/system-metrics', line: 1, column: 1, message: SYSTEM },
    ]);
  });

  it('do not throw on wrongly typed designs', () => {
    for (const yaml of [...WRONGLY_TYPED_DESIGNS, 'monitoring: [system, data]\n', 'monitoring: {system: {a: }, data: [[]], retraining: [1]}\n']) lint(yaml);
    expect(lint('monitoring: "yes"\n')).toHaveLength(6);
  });
});

describe('monitoring/drift', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['monitoring/drift']);

  it.each([
    'Feature drift',
    'Concept-drift detector',
    'Drifting inputs',
    'PSI > 0.2',
    'Population Stability Index per feature',
    'KS test on each feature',
    'Kolmogorov-Smirnov statistic',
    'KL divergence of predictions',
    'Kullback–Leibler divergence',
    'Jensen-Shannon divergence',
    'Wasserstein distance',
    "Earth mover's distance",
    'Chi-square test on categories',
    'chi squared on countries',
    'χ² on categories',
    'Distribution shift',
    'Distributional skew',
    'Covariate shift',
    'Label shift',
    'Training-serving skew',
  ])('counts %s', (text) => {
    expect(lint(`monitoring:\n  data: [${JSON.stringify(text)}]\n`)).toEqual([]);
  });

  it('looks in data, model, alerts and retraining, as one text or a list', () => {
    expect(lint('monitoring:\n  model: Prediction drift\n')).toEqual([]);
    expect(lint('monitoring:\n  alerts: [PSI > 0.25 pages the ML team]\n')).toEqual([]);
    expect(lint('monitoring:\n  retraining: Weekly, or when a KS test fails\n')).toEqual([]);
  });

  it.each(['Prediction distribution', 'Input data distribution', 'Thanks to the SRE team', 'Skills coverage', 'Machine squares', 'Shift in traffic', 'Data skew in Spark joins'])(
    'does not count %s',
    (text) => {
      expect(lint(`monitoring:\n  data: [${text}]\n`)).toEqual([{ ruleId: 'monitoring/drift', line: 2, column: 9, message: DRIFT }]);
    },
  );

  it('does not count drift in system or business metrics, dashboards or other steps', () => {
    const yaml = 'data:\n  validation: [PSI checks]\nmonitoring:\n  system: [Latency drift]\n  business: [Revenue drift]\n  dashboards: [Drift board]\n';
    expect(lint(yaml)).toEqual([{ ruleId: 'monitoring/drift', line: 3, column: 1, message: DRIFT }]);
  });

  it('points at monitoring.data in block style, and at line 1 without monitoring', () => {
    expect(lint('monitoring:\n  data:\n    - Missing values\n    - Freshness\n')).toEqual([{ ruleId: 'monitoring/drift', line: 2, column: 3, message: DRIFT }]);
    expect(lint('mlsys: 1\n')).toEqual([{ ruleId: 'monitoring/drift', line: 1, column: 1, message: DRIFT }]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of [...WRONGLY_TYPED_DESIGNS, 'monitoring: {data: {drift: true}, model: [[drift]], alerts: 3}\n']) {
      expect(lint(yaml)).toHaveLength(1);
    }
  });
});
