import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const BASELINE = 'no baseline: name the simple or non-ML approach the model must beat in `model.baseline`';
const TRAINING = 'no training cadence: say how and how often the model is trained in `model.training`';
const REGISTRY = 'no model registry: say where model versions are kept in `model.registry` (or add a `registry` component)';
const RULE_IDS = ['model/baseline', 'model/training', 'model/registry'];

describe('model rules', () => {
  const lint = (yaml: string) => lintChecked(yaml, RULE_IDS);

  it('are warnings at line 1 without a model section', () => {
    const findings = lintYaml('mlsys: 1\n', RULE_IDS);
    expect(findings.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }))).toEqual([
      { ruleId: 'model/baseline', severity: 'warn', line: 1, column: 1, message: BASELINE },
      { ruleId: 'model/registry', severity: 'warn', line: 1, column: 1, message: REGISTRY },
      { ruleId: 'model/training', severity: 'warn', line: 1, column: 1, message: TRAINING },
    ]);
  });

  it('say nothing for a complete model section', () => {
    expect(lint('model: {baseline: Logistic regression, training: Weekly, registry: MLflow}\n')).toEqual([]);
  });

  it('point at the model key, and at empty values', () => {
    expect(lint('mlsys: 1\nmodel:\n  architecture: GBDT\n  training: ""\n')).toEqual([
      { ruleId: 'model/baseline', line: 2, column: 1, message: BASELINE },
      { ruleId: 'model/registry', line: 2, column: 1, message: REGISTRY },
      { ruleId: 'model/training', line: 4, column: 13, message: TRAINING },
    ]);
  });

  it('point at the value when model is not a mapping', () => {
    expect(lint('model: "x"\n')).toEqual([
      { ruleId: 'model/baseline', line: 1, column: 8, message: BASELINE },
      { ruleId: 'model/registry', line: 1, column: 8, message: REGISTRY },
      { ruleId: 'model/training', line: 1, column: 8, message: TRAINING },
    ]);
  });

  it('do not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toHaveLength(3);
  });
});

describe('model/registry', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['model/registry']);

  it('counts a registry component in the architecture', () => {
    expect(lint('model: {architecture: GBDT}\narchitecture:\n  components:\n    - {id: reg, kind: registry, tech: MLflow}\n')).toEqual([]);
  });

  it('does not count other kinds or malformed components', () => {
    expect(lint('model: {architecture: GBDT}\narchitecture: {components: [registry, {kind: Registry}, {kind: storage}, null]}\n')).toEqual([
      { ruleId: 'model/registry', line: 1, column: 8, message: REGISTRY },
    ]);
    expect(lint('architecture: {components: {kind: registry}}\n')).toEqual([
      { ruleId: 'model/registry', line: 1, column: 1, message: REGISTRY },
    ]);
  });
});
