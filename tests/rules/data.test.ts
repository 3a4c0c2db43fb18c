import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const SOURCES = 'no data sources: list where the data comes from in `data.sources`';
const VALIDATION = 'no data validation: say how data is verified (schema, null rates, ranges, freshness) in `data.validation`';
const store = (mode: string) =>
  `${mode} serving with features but no feature store: name one in \`data.feature_store\` (or add a \`feature-store\` component) so training and serving compute features the same way`;

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

describe('data/feature-store', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['data/feature-store']);
  const ONLINE_FEATURES = 'deployment: {mode: online}\ndata:\n  features: [Spend velocity]\n';

  it('is a warning at the data key', () => {
    expect(lintYaml(ONLINE_FEATURES, ['data/feature-store'])[0]).toMatchObject({
      severity: 'warn',
      line: 2,
      column: 1,
      message: store('online'),
      path: ['data', 'feature_store'],
    });
  });

  it('covers streaming serving and features given as one string', () => {
    expect(lint('deployment: {mode: streaming}\ndata: {features: Spend velocity}\n')).toEqual([{ ruleId: 'data/feature-store', line: 2, column: 7, message: store('streaming') }]);
  });

  it('points at an empty feature store', () => {
    expect(lint(`${ONLINE_FEATURES}  feature_store: ""\n`)).toEqual([{ ruleId: 'data/feature-store', line: 4, column: 18, message: store('online') }]);
  });

  it('counts a feature-store component in the architecture', () => {
    expect(lint(`${ONLINE_FEATURES}architecture:\n  components:\n    - {id: fs, kind: feature-store}\n`)).toEqual([]);
  });

  it('does not count components of other kinds, or malformed ones', () => {
    const components = '[1, null, "feature-store", [feature-store], {kind: Feature-Store}, {kind: storage}, {name: feature-store}]';
    expect(lint(`${ONLINE_FEATURES}architecture: {components: ${components}}\n`)).toEqual([{ ruleId: 'data/feature-store', line: 2, column: 1, message: store('online') }]);
    expect(lint(`${ONLINE_FEATURES}architecture: {components: {kind: feature-store}}\n`)).toHaveLength(1);
    expect(lint(`${ONLINE_FEATURES}architecture: yes\n`)).toHaveLength(1);
  });

  it('asks nothing without features, or of batch, edge and unknown modes', () => {
    expect(lint('deployment: {mode: online}\ndata: {sources: [Clicks], features: []}\n')).toEqual([]);
    expect(lint('deployment: {mode: online}\n')).toEqual([]);
    for (const mode of ['batch', 'edge', 'realtime', '[batch, edge]', '{online: 1}']) expect(lint(`deployment: {mode: ${mode}}\ndata: {features: [Age]}\n`)).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toEqual([]);
    expect(lint('deployment: {mode: online}\ndata: {features: {a: 1}, feature_store: 7}\n')).toEqual([]);
  });
});
