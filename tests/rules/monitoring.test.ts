import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const SYSTEM =
  "no system metrics: list what shows the service's health (CPU/GPU, memory, latency, error rates, throughput) in `monitoring.system`";
const DATA =
  "no data metrics: list what watches the model's inputs (distribution, missing values, freshness, schema violations) in `monitoring.data`";
const MODEL =
  'no model metrics: list what watches the predictions (distribution, confidence, online accuracy, drift) in `monitoring.model`';
const BUSINESS =
  'no business metrics: list what shows the system still serves the business goal (CTR, conversion, revenue, engagement) in ' +
    '`monitoring.business`';
const ALERTS = 'no alerts: say which conditions page whom in `monitoring.alerts`';
const RETRAINING =
  'no retraining plan: say when the model is retrained (a cadence, a trigger such as drift, or both) in `monitoring.retraining`';
const DRIFT =
  'nothing watches drift: add a drift check (e.g. feature drift by PSI, a KS test on inputs, prediction drift) to `monitoring.data` or ' +
    '`monitoring.model`';

const PRESENCE_RULES = [
  'monitoring/system-metrics',
  'monitoring/data-metrics',
  'monitoring/model-metrics',
  'monitoring/business-metrics',
  'monitoring/alerts',
  'monitoring/retraining',
];
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
    const yaml =
      'monitoring:\n  system: [Latency]\n  data: [Feature drift]\n  model: Prediction distribution\n  business: [CTR]\n  alerts: [Error ' +
        'rate > 1% pages on-call]\n  retraining: Weekly\n';
    expect(lintChecked(yaml, ALL_RULES)).toEqual([]);
  });

  it('point at the monitoring key, or at empty values', () => {
    expect(
      lint(
        'mlsys: 1\nmonitoring:\n  system: []\n  data: [Missing values]\n  model:\n  business: ""\n  alerts: [p99 > 200ms pages on-call]\n',
      ),
    ).toEqual([
      { ruleId: 'monitoring/retraining', line: 2, column: 1, message: RETRAINING },
      { ruleId: 'monitoring/system-metrics', line: 3, column: 11, message: SYSTEM },
      { ruleId: 'monitoring/model-metrics', line: 5, column: 3, message: MODEL },
      { ruleId: 'monitoring/business-metrics', line: 6, column: 13, message: BUSINESS },
    ]);
  });

  it('point into a flow mapping', () => {
    expect(
      lint('monitoring: {system: [Latency], data: [], model: [Confidence], business: [CTR], alerts: [p99 > 1s], retraining: Daily}\n'),
    ).toEqual([{ ruleId: 'monitoring/data-metrics', line: 1, column: 39, message: DATA }]);
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
    for (const yaml of [
      ...WRONGLY_TYPED_DESIGNS,
      'monitoring: [system, data]\n',
      'monitoring: {system: {a: }, data: [[]], retraining: [1]}\n',
    ])
      lint(yaml);
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
    // A statement that it is done is no negation.
    'Drift is monitored with PSI',
    'Feature drift is tracked weekly',
  ])('counts %s', (text) => {
    expect(lint(`monitoring:\n  data: [${JSON.stringify(text)}]\n`)).toEqual([]);
  });

  it('does not count a drift label with nothing after it', () => {
    const labelsOnly = 'monitoring:\n  data: ["Drift: TBD", "PSI: none yet"]\n';
    expect(lint(labelsOnly)).toEqual([{ ruleId: 'monitoring/drift', line: 2, column: 9, message: DRIFT }]);
  });

  it('looks in data, model, alerts and retraining, as one text or a list', () => {
    expect(lint('monitoring:\n  model: Prediction drift\n')).toEqual([]);
    expect(lint('monitoring:\n  alerts: [PSI > 0.25 pages the ML team]\n')).toEqual([]);
    expect(lint('monitoring:\n  retraining: Weekly, or when a KS test fails\n')).toEqual([]);
  });

  it.each([
    'Prediction distribution',
    'Input data distribution',
    'Thanks to the SRE team',
    'Skills coverage',
    'Machine squares',
    'Shift in traffic',
    'Data skew in Spark joins',
  ])('does not count %s', (text) => {
    expect(lint(`monitoring:\n  data: [${text}]\n`)).toEqual([{ ruleId: 'monitoring/drift', line: 2, column: 9, message: DRIFT }]);
  });

  it('does not count drift in system or business metrics, dashboards or other steps', () => {
    const yaml =
      'data:\n  validation: [PSI checks]\nmonitoring:\n  system: [Latency drift]\n  business: [Revenue drift]\n  dashboards: [Drift ' +
        'board]\n';
    expect(lint(yaml)).toEqual([{ ruleId: 'monitoring/drift', line: 3, column: 1, message: DRIFT }]);
  });

  it('points at monitoring.data in block style, and at line 1 without monitoring', () => {
    expect(lint('monitoring:\n  data:\n    - Missing values\n    - Freshness\n')).toEqual([
      { ruleId: 'monitoring/drift', line: 2, column: 3, message: DRIFT },
    ]);
    expect(lint('mlsys: 1\n')).toEqual([{ ruleId: 'monitoring/drift', line: 1, column: 1, message: DRIFT }]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of [...WRONGLY_TYPED_DESIGNS, 'monitoring: {data: {drift: true}, model: [[drift]], alerts: 3}\n']) {
      expect(lint(yaml)).toHaveLength(1);
    }
  });
});

describe('monitoring/alert-slo', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['monitoring/alert-slo']);
  const mismatch = (alert: string, slo: string, target: string, direction: 'tighter' | 'looser') =>
    `alert fires at ${alert} but the ${slo} SLO is ${target}: the alert is ${direction} than the SLO it guards — update one of them`;
  const design = (slo: string, alerts: readonly string[]) =>
    `deployment:\n  slo: {${slo}}\nmonitoring:\n  alerts:\n${alerts.map((alert) => `    - "${alert}"\n`).join('')}`;

  it('is a warning', () => {
    expect(lintYaml(design('latency_p99: 180ms', ['p99 > 120ms']), ['monitoring/alert-slo']).map(({ severity }) => severity)).toEqual([
      'warn',
    ]);
  });

  it.each([
    ['p99 latency > 120ms for 5 min pages on-call', 'latency_p99: 180ms', mismatch('p99 > 120ms', 'p99', '180ms', 'tighter')],
    ['p99 latency > 250ms for 5 min pages on-call', 'latency_p99: 180ms', mismatch('p99 > 250ms', 'p99', '180ms', 'looser')],
    ['Latency p95 above 200 ms', 'latency_p95: 150ms', mismatch('p95 > 200 ms', 'p95', '150ms', 'looser')],
    ['p99 > 0.3s', 'latency_p99: "< 200ms"', mismatch('p99 > 0.3s', 'p99', '< 200ms', 'looser')],
    ['Median latency over 40ms', 'latency_p50: 50ms', mismatch('p50 > 40ms', 'p50', '50ms', 'tighter')],
    ['99th percentile response time exceeds 1.5 s', 'latency_p99: 1s', mismatch('p99 > 1.5 s', 'p99', '1s', 'looser')],
    ['p99.9 latency > 400ms', 'latency_p999: 500ms', mismatch('p999 > 400ms', 'p999', '500ms', 'tighter')],
    ['p99 latency > 150ms warns, > 250ms pages', 'latency_p99: 200ms', mismatch('p99 > 150ms', 'p99', '200ms', 'tighter')],
    ['availability < 99.9% over 1h', 'availability: 99.95%', mismatch('availability < 99.9%', 'availability', '99.95%', 'looser')],
    ['Uptime below 99.99% for 30 min', 'availability: 99.9%', mismatch('availability < 99.99%', 'availability', '99.9%', 'tighter')],
  ])('reports "%s" under %s', (alert, slo, message) => {
    expect(lint(design(slo, ['Error rate > 1% for 5 min', alert]))).toEqual([
      { ruleId: 'monitoring/alert-slo', line: 6, column: 7, message },
    ]);
  });

  it.each([
    ['an equal threshold in another unit', 'latency_p99: 200ms', 'p99 > 0.2s for 5 min'],
    ['an equal availability', 'availability: 99.9%', 'availability < 99.9% over 1h'],
    ['an alert with levels, one at the SLO', 'latency_p99: 200ms', 'p99 latency > 150ms warns, > 200ms pages on-call'],
    ['an alert on latency with no percentile', 'latency_p99: 200ms', 'Latency > 150ms for 10 min'],
    ['an alert naming two percentiles', 'latency_p50: 50ms, latency_p99: 200ms', 'p50 and p99 latency > 100ms'],
    ['a percentile the SLOs do not state', 'latency_p99: 200ms', 'p95 latency > 120ms'],
    ['a percentile of something else than latency', 'latency_p99: 200ms', 'p99 Kafka consumer lag > 2 min'],
    ['an error-rate alert', 'availability: 99.9%', 'Error rate > 1% for 5 min'],
    ['an error-budget burn-rate alert', 'availability: 99.9%', 'Availability error budget burn rate > 14.4x over 1h (99.9%)'],
    ['a negated alert', 'latency_p99: 200ms', 'No p99 > 100ms alert yet'],
    ['an unreadable SLO', 'latency_p99: fast', 'p99 > 100ms'],
    ['a latency alert that fires below a value', 'latency_p99: 200ms', 'p99 latency < 10ms means the cache is bypassed'],
  ])('accepts %s', (_title, slo, alert) => {
    expect(lint(design(slo, [alert]))).toEqual([]);
  });

  it('compares with nested latency targets and a single alert text', () => {
    expect(
      lint('deployment:\n  slo:\n    latency: {p50: 40ms, p99: 150ms}\nmonitoring:\n  alerts: p99 latency > 100ms pages on-call\n'),
    ).toEqual([{ ruleId: 'monitoring/alert-slo', line: 5, column: 11, message: mismatch('p99 > 100ms', 'p99', '150ms', 'tighter') }]);
  });

  it('is quiet on the example designs', () => {
    for (const name of ['netflix-recommendations', 'fraud-detection', 'search-ranking', 'content-moderation', 'tax-calculation']) {
      expect(lint(readFileSync(new URL(`../../designs/${name}.yaml`, import.meta.url), 'utf8'))).toEqual([]);
    }
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of [
      ...WRONGLY_TYPED_DESIGNS,
      'deployment: {slo: {latency_p99: [1], latency: 3}}\nmonitoring: {alerts: [{p99: 1}, 3, null, "p99 > 1s"]}\n',
    ])
      lint(yaml);
    expect(lint('deployment: {slo: {latency_p99: 2s}}\nmonitoring: {alerts: [{p99: 1}, 3, null, "p99 > 1s"]}\n')).toEqual([
      { ruleId: 'monitoring/alert-slo', line: 2, column: 42, message: mismatch('p99 > 1s', 'p99', '2s', 'tighter') },
    ]);
  });
});

describe('monitoring/retraining-trigger', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['monitoring/retraining-trigger']);
  const unwatched = (metric: string) =>
    `retraining triggers on ${metric}, but nothing in \`monitoring\` watches it: add it to \`monitoring.model\` (or another list) or ` +
      `trigger on a metric that is watched`;
  const design = (monitors: string, retraining: string) => `approach: ml\nmonitoring:\n${monitors}  retraining: "${retraining}"\n`;

  it('is a warning for ml and hybrid designs only', () => {
    const yaml = (approach: string) => `approach: ${approach}\nmonitoring:\n  retraining: when CTR falls 5%\n`;
    expect(lintYaml(yaml('ml'), ['monitoring/retraining-trigger']).map(({ severity }) => severity)).toEqual(['warn']);
    expect(lintYaml(yaml('hybrid'), ['monitoring/retraining-trigger'])).toHaveLength(1);
    expect(lintYaml(yaml('traditional'), ['monitoring/retraining-trigger'])).toEqual([]);
  });

  it.each([
    ['feature drift PSI > 0.2', '  data: [Feature drift (PSI)]\n'],
    ['when feature drift PSI > 0.2', '  data: [Feature drift]\n'],
    ['when PSI > 0.25 on a top-10 feature', '  alerts: [PSI > 0.25 on any top-20 feature notifies fraud-ml]\n'],
    ['if online precision drops below 0.9', '  model: [Online precision@10]\n'],
    ['whenever CTR falls 5%', '  business: [Click-through rate]\n'],
    ['whenever click-through rate falls 5%', '  business: [CTR@10]\n'],
    ['when the appeal overturn rate of a policy exceeds 10%', '  business: [Appeal overturn rate]\n'],
    ['recall on matured labels drops 10% below validation', '  model: [Calibration and recall on matured labels]\n'],
    ['emergency retrain when online NDCG drops 3% below its 7-day mean', '  model: [Online NDCG from clicks]\n'],
    ['if mean absolute error rises more than 15% over baseline', '  model: [MAE vs actual arrival]\n'],
    ['when the score distribution shifts (KS p < 0.01)', '  model: [Score distribution]\n'],
    ['when calibration drifts beyond 5%', '  model: [Calibration (predicted/observed)]\n'],
    ['when AUC < 0.8', '  dashboards: [AUC and log loss by week]\n'],
    ['when PSI > 0.2 on any feature', '  data: [Compare feature histograms with the training set weekly]\n'],
  ])('accepts "%s" when it is watched', (retraining, monitors) => {
    expect(lint(design(monitors, `Weekly; ${retraining}`))).toEqual([]);
  });

  it.each([
    ['Weekly'],
    ['Daily at 02:00 UTC'],
    ['Weekly, or when a new abuse pattern is declared'],
    ['when 1M new labels have arrived, or when more than 50K labels are corrected'],
    ['once the training set size grows by 20%'],
    ['when model age > 30 days'],
    ['Retrain weekly on the last 90 days, takes under 2 hours'],
    ['Weekly; promote only if AUC improves by more than 0.5% over the production model'],
    ['Weekly; skip the run unless fewer than 10K new labels arrived'],
  ])('does not check a cadence or a data-volume trigger: %s', (retraining) => {
    expect(lint(design('  model: [Prediction distribution]\n', retraining))).toEqual([]);
  });

  it('reports each unwatched metric once, at monitoring.retraining', () => {
    const yaml = design(
      '  model: [Prediction distribution]\n  data: [No drift check yet]\n',
      'Weekly; when feature drift PSI > 0.2, or if online precision drops below 0.9 or precision < 0.85',
    );
    expect(lint(yaml)).toEqual([
      { ruleId: 'monitoring/retraining-trigger', line: 5, column: 15, message: unwatched('feature drift PSI') },
      { ruleId: 'monitoring/retraining-trigger', line: 5, column: 15, message: unwatched('online precision') },
    ]);
  });

  it('carries an opener to the alternatives after it, and reads a trigger scoped after the threshold', () => {
    expect(
      lint(design('  model: [Prediction distribution]\n', 'Weekly; when PSI > 0.2 after a release or recall drops 10% below validation')),
    ).toEqual([
      { ruleId: 'monitoring/retraining-trigger', line: 4, column: 15, message: unwatched('PSI') },
      { ruleId: 'monitoring/retraining-trigger', line: 4, column: 15, message: unwatched('recall') },
    ]);
  });

  it('needs every word of the metric watched by one monitor', () => {
    expect(lint(design('  business: [Conversion rate, Appeal volume]\n', 'when the appeal overturn rate exceeds 10%'))).toEqual([
      { ruleId: 'monitoring/retraining-trigger', line: 4, column: 15, message: unwatched('the appeal overturn rate') },
    ]);
  });

  it('reads a list of retraining texts', () => {
    expect(lint('approach: ml\nmonitoring:\n  system: [Latency]\n  retraining:\n    - Weekly\n    - when CTR falls 5%\n')).toEqual([
      { ruleId: 'monitoring/retraining-trigger', line: 6, column: 7, message: unwatched('CTR') },
    ]);
  });

  it('is quiet on the example designs', () => {
    for (const name of ['netflix-recommendations', 'fraud-detection', 'search-ranking', 'content-moderation', 'tax-calculation']) {
      expect(lint(readFileSync(new URL(`../../designs/${name}.yaml`, import.meta.url), 'utf8'))).toEqual([]);
    }
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of [
      ...WRONGLY_TYPED_DESIGNS,
      'approach: ml\nmonitoring: {retraining: [3, {a: 1}, "when CTR < 1%"], model: {a: 1}, business: [[CTR]]}\n',
    ])
      lint(yaml);
  });
});
