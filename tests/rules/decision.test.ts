import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const ALL_TRAITS =
  'has_patterns: true\n  data_size: large\n  rule_complexity: high\n  needs_generalization: true\n  needs_interpretability: false\n';
const assumed = (list: string) =>
  `the should-use-ML scorer assumed ${list} for undeclared traits; declare the real values under \`problem\``;
const EVERY_DEFAULT =
  '`has_patterns: false`, `data_size: small`, `rule_complexity: low`, `needs_generalization: false`, `needs_interpretability: false`';

describe('decision/traits-missing', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['decision/traits-missing']);

  it('says nothing when all five traits are declared, even false ones', () => {
    expect(lint(`problem:\n  ${ALL_TRAITS}`)).toEqual([]);
    expect(
      lint(
        'problem: {has_patterns: false, data_size: small, rule_complexity: low, needs_generalization: false, needs_interpretability: ' +
          'false}\n',
      ),
    ).toEqual([]);
  });

  it('is one warning naming each absent trait with its default, in scoring order', () => {
    const findings = lintYaml('problem:\n  needs_interpretability: true\n  has_patterns: true\n', ['decision/traits-missing']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warn',
      line: 1,
      column: 1,
      path: ['problem'],
      message: assumed('`data_size: small`, `rule_complexity: low`, `needs_generalization: false`'),
    });
  });

  it('names a single absent trait', () => {
    expect(lint('problem: {has_patterns: true, data_size: medium, rule_complexity: high, needs_generalization: true}\n')).toEqual([
      { ruleId: 'decision/traits-missing', line: 1, column: 10, message: assumed('`needs_interpretability: false`') },
    ]);
  });

  it('counts a key with no value as absent', () => {
    expect(
      lint(
        'mlsys: 1\nproblem:\n  has_patterns:\n  data_size: large\n  rule_complexity: high\n  needs_generalization: true\n  ' +
          'needs_interpretability: false\n',
      ),
    ).toEqual([{ ruleId: 'decision/traits-missing', line: 2, column: 1, message: assumed('`has_patterns: false`') }]);
  });

  it('does not call a present but wrongly typed trait absent (the schema reports it)', () => {
    expect(
      lint('problem: {has_patterns: "yes", data_size: huge, rule_complexity: 3, needs_generalization: 1, needs_interpretability: no}\n'),
    ).toEqual([]);
  });

  it('reports at line 1 without a problem section, and at the value when it is not a mapping', () => {
    expect(lint('mlsys: 1\n')).toEqual([{ ruleId: 'decision/traits-missing', line: 1, column: 1, message: assumed(EVERY_DEFAULT) }]);
    expect(lint('mlsys: 1\nproblem: [1]\n')).toEqual([
      { ruleId: 'decision/traits-missing', line: 2, column: 10, message: assumed(EVERY_DEFAULT) },
    ]);
    expect(lint('mlsys: 1\nproblem: "yes"\n')).toEqual([
      { ruleId: 'decision/traits-missing', line: 2, column: 10, message: assumed(EVERY_DEFAULT) },
    ]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toHaveLength(1);
  });
});

describe('decision/approach-missing', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['decision/approach-missing']);
  const MESSAGE = 'no approach: say whether the team builds `ml`, `traditional` or `hybrid` in `approach`';

  it('is a warning at line 1 when absent', () => {
    expect(lintYaml('mlsys: 1\n', ['decision/approach-missing'])[0]).toMatchObject({
      severity: 'warn',
      line: 1,
      column: 1,
      message: MESSAGE,
      path: ['approach'],
    });
  });

  it('points at an empty value', () => {
    expect(lint('mlsys: 1\napproach: ""\n')).toEqual([{ ruleId: 'decision/approach-missing', line: 2, column: 11, message: MESSAGE }]);
    expect(lint('mlsys: 1\napproach:\n')).toEqual([{ ruleId: 'decision/approach-missing', line: 2, column: 1, message: MESSAGE }]);
  });

  it('leaves unknown or wrongly typed approaches to the schema', () => {
    expect(lint('approach: neural\n')).toEqual([]);
    expect(lint('approach: 42\n')).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) lint(yaml);
  });
});

describe('decision/approach-mismatch', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['decision/approach-mismatch']);
  const SPAM = `problem:\n  ${ALL_TRAITS}`;
  const TAX =
    'problem: {has_patterns: false, data_size: small, rule_complexity: low, needs_generalization: false, needs_interpretability: true}\n';
  // ML 3 (patterns 2, medium data 1) : traditional 3 (low complexity, no generalisation, interpretability).
  const TIE =
    'problem: {has_patterns: true, data_size: medium, rule_complexity: low, needs_generalization: false, needs_interpretability: true}\n';

  it('is a warning at the approach value, with both scores', () => {
    const findings = lintYaml(`approach: traditional\n${SPAM}`, ['decision/approach-mismatch']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warn',
      line: 1,
      column: 11,
      path: ['approach'],
      message: 'approach `traditional` but the should-use-ML scorer recommends `ml` (ML 8 : traditional 0)',
    });
  });

  it('agrees with the scorer silently', () => {
    expect(lint(`approach: ml\n${SPAM}`)).toEqual([]);
    expect(lint(`approach: traditional\n${TAX}`)).toEqual([]);
  });

  it('never reports hybrid, nor a tie', () => {
    expect(lint(`approach: hybrid\n${SPAM}`)).toEqual([]);
    expect(lint(`approach: hybrid\n${TAX}`)).toEqual([]);
    expect(lint(`approach: ml\n${TIE}`)).toEqual([]);
    expect(lint(`approach: traditional\n${TIE}`)).toEqual([]);
  });

  it('scores absent traits with the defaults (no points for absent interpretability)', () => {
    expect(lint('mlsys: 1\napproach: ml\n')).toEqual([
      {
        ruleId: 'decision/approach-mismatch',
        line: 2,
        column: 11,
        message: 'approach `ml` but the should-use-ML scorer recommends `traditional` (ML 0 : traditional 6)',
      },
    ]);
  });

  it('finds the approach in a flow mapping', () => {
    expect(lint(`{name: Tax, approach: ml, ${TAX.slice(0, -1)}}\n`)).toEqual([
      {
        ruleId: 'decision/approach-mismatch',
        line: 1,
        column: 23,
        message: 'approach `ml` but the should-use-ML scorer recommends `traditional` (ML 0 : traditional 7)',
      },
    ]);
  });

  it('ignores absent, unknown and wrongly typed approaches', () => {
    expect(lint(TAX)).toEqual([]);
    expect(lint(`approach: ML\n${TAX}`)).toEqual([]);
    expect(lint(`approach: [ml]\n${TAX}`)).toEqual([]);
    expect(lint(`approach: 42\n${TAX}`)).toEqual([]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of WRONGLY_TYPED_DESIGNS) expect(lint(yaml)).toEqual([]);
  });
});
