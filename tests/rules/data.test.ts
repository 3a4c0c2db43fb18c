import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const SOURCES = 'no data sources: list where the data comes from in `data.sources`';
const VALIDATION = 'no data validation: say how data is verified (schema, null rates, ranges, freshness) in `data.validation`';
const SKEW_ADVICE =
  'training and serving may compute them differently (training–serving skew): name a feature store in `data.feature_store` (or add a ' +
    '`feature-store` component), or say that both use the same feature definitions';
const skew = (mode: string) => `${mode} serving with features but no feature store or shared feature definitions: ${SKEW_ADVICE}`;
const skewFlow = (mode: string, from: string) =>
  `${mode} serving reads features from \`${from}\` but no feature store or shared feature definitions are declared: ${SKEW_ADVICE}`;
const store = (mode: string) =>
  `${mode} serving with features and shared feature definitions but no feature store: name one in \`data.feature_store\` (or add a ` +
    `\`feature-store\` component) so features are served fresh within the latency budget and training sets are built point-in-time`;

describe('data/sources and data/validation', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['data/sources', 'data/validation']);

  it('have their catalogue severities and point at line 1 without data', () => {
    const findings = lintYaml('mlsys: 1\n', ['data/sources', 'data/validation']);
    expect(findings.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }))).toEqual([
      { ruleId: 'data/sources', severity: 'error', line: 1, column: 1, message: SOURCES },
      { ruleId: 'data/validation', severity: 'warn', line: 1, column: 1, message: VALIDATION },
    ]);
  });

  it('accept single strings', () => {
    expect(lint('data: {sources: Clicks, validation: Great Expectations suite}\n')).toEqual([]);
  });

  it('point at the data key, or at empty values in a flow mapping', () => {
    expect(lint('mlsys: 1\ndata:\n  features: [Age]\n')).toEqual([
      { ruleId: 'data/sources', line: 2, column: 1, message: SOURCES },
      { ruleId: 'data/validation', line: 2, column: 1, message: VALIDATION },
    ]);
    expect(lint('data: {sources: [" "], validation: []}\n')).toEqual([
      { ruleId: 'data/sources', line: 1, column: 17, message: SOURCES },
      { ruleId: 'data/validation', line: 1, column: 36, message: VALIDATION },
    ]);
  });

  it('do not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toHaveLength(2);
    expect(lint('data: [a]\n')).toEqual([
      { ruleId: 'data/sources', line: 1, column: 7, message: SOURCES },
      { ruleId: 'data/validation', line: 1, column: 7, message: VALIDATION },
    ]);
  });
});

describe('data/training-serving-skew', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['data/training-serving-skew']);
  const ONLINE_FEATURES = 'deployment: {mode: online}\ndata:\n  features: [Spend velocity]\n';

  it('is a warning at the data key', () => {
    expect(lintYaml(ONLINE_FEATURES, ['data/training-serving-skew'])[0]).toMatchObject({
      severity: 'warn',
      line: 2,
      column: 1,
      message: skew('online'),
      path: ['data', 'feature_store'],
    });
  });

  it('covers streaming serving, mode lists and features given as one string', () => {
    expect(lint('deployment: {mode: streaming}\ndata: {features: Spend velocity}\n')).toEqual([
      { ruleId: 'data/training-serving-skew', line: 2, column: 7, message: skew('streaming') },
    ]);
    expect(lint('deployment: {mode: [batch, real-time]}\ndata: {features: Spend velocity}\n')).toEqual([
      { ruleId: 'data/training-serving-skew', line: 2, column: 7, message: skew('online') },
    ]);
  });

  it('points at an empty or hollow feature store', () => {
    expect(lint(`${ONLINE_FEATURES}  feature_store: ""\n`)).toEqual([
      { ruleId: 'data/training-serving-skew', line: 4, column: 18, message: skew('online') },
    ]);
    expect(lint(`${ONLINE_FEATURES}  feature_store: TBD\n`)).toEqual([
      { ruleId: 'data/training-serving-skew', line: 4, column: 18, message: skew('online') },
    ]);
  });

  it('counts a feature-store component in the architecture', () => {
    expect(lint(`${ONLINE_FEATURES}architecture:\n  components:\n    - {id: fs, kind: feature-store}\n`)).toEqual([]);
  });

  it('does not count components of other kinds, or malformed ones', () => {
    const components = '[1, null, "feature-store", [feature-store], {kind: Feature-Store}, {kind: storage}, {name: feature-store}]';
    expect(lint(`${ONLINE_FEATURES}architecture: {components: ${components}}\n`)).toEqual([
      { ruleId: 'data/training-serving-skew', line: 2, column: 1, message: skew('online') },
    ]);
    expect(lint(`${ONLINE_FEATURES}architecture: {components: {kind: feature-store}}\n`)).toHaveLength(1);
    expect(lint(`${ONLINE_FEATURES}architecture: yes\n`)).toHaveLength(1);
  });

  it('reads features from a flow out of a processing component into serving, and reports at that flow', () => {
    const yaml = [
      'deployment: {mode: online}',
      'architecture:',
      '  components:',
      '    - {id: events, kind: data-source}',
      '    - {id: jobs, kind: data-processing}',
      '    - {id: serve, kind: serving}',
      '  flows:',
      '    - {from: events, to: serve}',
      '    - {from: jobs, to: serve, label: aggregates}',
      '',
    ].join('\n');
    expect(lint(yaml)).toEqual([{ ruleId: 'data/training-serving-skew', line: 9, column: 7, message: skewFlow('online', 'jobs') }]);
    expect(lint(yaml.replace('    - {from: jobs, to: serve, label: aggregates}\n', ''))).toEqual([]);
    expect(lint(yaml.replace('mode: online', 'mode: batch'))).toEqual([]);
  });

  it('is quiet when the design says that training and serving share their feature definitions', () => {
    const shared = [
      '  pipeline: Shared feature definitions\n',
      '  pipeline: Feature transformations are shared between the Spark backfill and the service\n',
      '  pipeline: The same feature code runs in training and in the online service\n',
      '  pipeline: ["One feature library, imported by training and by the inference service"]\n',
      '  labels: Training on features logged at serving time\n',
      '  pipeline: Definitions live in the feature registry\n',
    ];
    for (const text of shared) expect(lint(`${ONLINE_FEATURES}${text}`), text).toEqual([]);
    const architecture =
      'architecture:\n  components:\n    - {id: lib, name: Feature definitions shared by training and serving, kind: other}\n';
    expect(lint(`${ONLINE_FEATURES}${architecture}`)).toEqual([]);
  });

  it('does not take a negated or partial statement for shared definitions', () => {
    const notShared = [
      '  pipeline: No shared feature code yet\n',
      '  pipeline: The same Spark cluster runs training and serving jobs\n',
      '  pipeline: Features are logged\n',
      '  pipeline: Feature definitions are not shared; the service reimplements them\n',
    ];
    for (const text of notShared)
      expect(lint(`${ONLINE_FEATURES}${text}`), text).toEqual([
        { ruleId: 'data/training-serving-skew', line: 2, column: 1, message: skew('online') },
      ]);
  });

  it('asks nothing without features, of batch, edge and unknown modes, or of a rules engine', () => {
    expect(lint('deployment: {mode: online}\ndata: {sources: [Clicks], features: []}\n')).toEqual([]);
    expect(lint('deployment: {mode: online}\n')).toEqual([]);
    for (const mode of ['batch', 'edge', 'realtime', '[batch, edge]', '{online: 1}'])
      expect(lint(`deployment: {mode: ${mode}}\ndata: {features: [Age]}\n`)).toEqual([]);
    expect(lint(`approach: traditional\n${ONLINE_FEATURES}`)).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toEqual([]);
    expect(lint('deployment: {mode: online}\ndata: {features: {a: 1}, feature_store: 7}\n')).toEqual([]);
  });
});

describe('data/feature-store', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['data/feature-store']);
  const SHARED =
    'deployment: {mode: online}\ndata:\n  features: [Spend velocity]\n  pipeline: Shared feature definitions for training and serving\n';

  it('is a warning at the data key when features are shared but not stored', () => {
    expect(lintYaml(SHARED, ['data/feature-store'])[0]).toMatchObject({
      severity: 'warn',
      line: 2,
      column: 1,
      message: store('online'),
      path: ['data', 'feature_store'],
    });
    expect(lint('deployment: {mode: streaming}\ndata: {features: Spend velocity, pipeline: Shared feature code}\n')).toEqual([
      { ruleId: 'data/feature-store', line: 2, column: 7, message: store('streaming') },
    ]);
  });

  it('never reports what data/training-serving-skew reports', () => {
    const designs = [
      'deployment: {mode: online}\ndata:\n  features: [Spend velocity]\n',
      'deployment: {mode: online}\ndata:\n  features: [Spend velocity]\n  feature_store: None\n',
      'deployment: {mode: online}\ndata:\n  features: [Spend velocity]\n  pipeline: No shared feature code yet\n',
      SHARED,
      `${SHARED}  feature_store: Feast\n`,
      'deployment: {mode: online}\narchitecture:\n  components: [{id: jobs, kind: data-processing}, {id: serve, kind: serving}]\n  ' +
        'flows: [{from: jobs, to: serve}]\n',
    ];
    for (const yaml of designs) {
      const findings = lintChecked(yaml, ['data/feature-store', 'data/training-serving-skew']);
      expect(findings.length, yaml).toBeLessThanOrEqual(1);
    }
    expect(lintChecked(SHARED, ['data/feature-store', 'data/training-serving-skew']).map(({ ruleId }) => ruleId)).toEqual([
      'data/feature-store',
    ]);
    expect(lintChecked(designs[0]!, ['data/feature-store', 'data/training-serving-skew']).map(({ ruleId }) => ruleId)).toEqual([
      'data/training-serving-skew',
    ]);
  });

  it('points at an empty or hollow feature store', () => {
    expect(lint(`${SHARED}  feature_store: ""\n`)).toEqual([
      { ruleId: 'data/feature-store', line: 5, column: 18, message: store('online') },
    ]);
    expect(lint(`${SHARED}  feature_store: n/a\n`)).toEqual([
      { ruleId: 'data/feature-store', line: 5, column: 18, message: store('online') },
    ]);
  });

  it('counts a feature-store component in the architecture, not components of other kinds', () => {
    expect(lint(`${SHARED}architecture:\n  components:\n    - {id: fs, kind: feature-store}\n`)).toEqual([]);
    const components = '[1, null, "feature-store", [feature-store], {kind: Feature-Store}, {kind: storage}, {name: feature-store}]';
    expect(lint(`${SHARED}architecture: {components: ${components}}\n`)).toEqual([
      { ruleId: 'data/feature-store', line: 2, column: 1, message: store('online') },
    ]);
  });

  it('asks nothing without features, of batch, edge and unknown modes, or of a rules engine', () => {
    expect(lint('deployment: {mode: online}\ndata: {features: [], pipeline: Shared feature code}\n')).toEqual([]);
    for (const mode of ['batch', 'edge', 'realtime', '[batch, edge]', '{online: 1}']) {
      expect(lint(`deployment: {mode: ${mode}}\ndata: {features: [Age], pipeline: Shared feature code}\n`)).toEqual([]);
    }
    expect(lint(`approach: traditional\n${SHARED}`)).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toEqual([]);
    expect(lint('deployment: {mode: online}\ndata: {features: {a: 1}, feature_store: 7, pipeline: [Shared feature code]}\n')).toEqual([]);
  });
});
