import { describe, expect, it } from 'vitest';
import { scoreProblem, type ProblemTraits } from '../src/scorer/index.js';

// The framework's decision function, transcribed independently from the table in
// docs/rules.md#the-should-use-ml-scorer, to check the product against on every combination
// of trait values.
function frameworkScores(traits: ProblemTraits): { ml: number; traditional: number } {
  let ml = 0;
  let traditional = 0;
  if (traits.has_patterns === true) ml += 2;
  else traditional += 2;
  if (traits.data_size === 'large') ml += 2;
  else if (traits.data_size === 'medium') ml += 1;
  else traditional += 2;
  if (traits.rule_complexity === 'high') ml += 2;
  else traditional += 1;
  if (traits.needs_generalization === true) ml += 2;
  else traditional += 1;
  if (traits.needs_interpretability === true) traditional += 1;
  return { ml, traditional };
}

const COMBINATIONS: ProblemTraits[] = [];
for (const has_patterns of [true, false])
  for (const data_size of ['small', 'medium', 'large'])
    for (const rule_complexity of ['low', 'high'])
      for (const needs_generalization of [true, false])
        for (const needs_interpretability of [true, false])
          COMBINATIONS.push({ has_patterns, data_size, rule_complexity, needs_generalization, needs_interpretability });

describe('scoreProblem', () => {
  it('covers all 48 combinations of trait values', () => {
    expect(COMBINATIONS).toHaveLength(48);
  });

  for (const traits of COMBINATIONS) {
    it(`matches the framework on ${JSON.stringify(traits)}`, () => {
      const { ml, traditional } = frameworkScores(traits);
      const verdict = scoreProblem(traits);
      expect(verdict.mlScore).toBe(ml);
      expect(verdict.traditionalScore).toBe(traditional);
      expect(verdict.recommendation).toBe(ml > traditional ? 'ml' : traditional > ml ? 'traditional' : 'consider-both');
      expect(verdict.missingTraits).toEqual([]);
      // One reason per trait that added points, in table order; they add up to the scores.
      expect(verdict.reasons.map((reason) => reason.trait)).toEqual([
        'has_patterns',
        'data_size',
        'rule_complexity',
        'needs_generalization',
        ...(traits.needs_interpretability ? ['needs_interpretability'] : []),
      ]);
      expect(verdict.reasons.filter((r) => r.favors === 'ml').reduce((sum, r) => sum + r.points, 0)).toBe(ml);
      expect(verdict.reasons.filter((r) => r.favors === 'traditional').reduce((sum, r) => sum + r.points, 0)).toBe(traditional);
    });
  }

  it('email spam detection: ML 8 : 0, ml', () => {
    const verdict = scoreProblem({
      has_patterns: true,
      data_size: 'large',
      rule_complexity: 'high',
      needs_generalization: true,
      needs_interpretability: false,
    });
    expect([verdict.mlScore, verdict.traditionalScore, verdict.recommendation]).toEqual([8, 0, 'ml']);
  });

  it('tax calculation: ML 0 : 7, traditional', () => {
    const verdict = scoreProblem({
      has_patterns: false,
      data_size: 'small',
      rule_complexity: 'low',
      needs_generalization: false,
      needs_interpretability: true,
    });
    expect([verdict.mlScore, verdict.traditionalScore, verdict.recommendation]).toEqual([0, 7, 'traditional']);
    expect(verdict.reasons).toEqual([
      { trait: 'has_patterns', favors: 'traditional', points: 2, text: 'No clear patterns: rules might work better' },
      { trait: 'data_size', favors: 'traditional', points: 2, text: 'A small dataset: ML may overfit' },
      { trait: 'rule_complexity', favors: 'traditional', points: 1, text: 'Simple rules might suffice' },
      { trait: 'needs_generalization', favors: 'traditional', points: 1, text: 'Known cases can be handled with rules' },
      {
        trait: 'needs_interpretability',
        favors: 'traditional',
        points: 1,
        text: 'Every decision must be explained: consider simple models or rules',
      },
    ]);
  });

  it('image classification: ml', () => {
    expect(
      scoreProblem({
        has_patterns: true,
        data_size: 'large',
        rule_complexity: 'high',
        needs_generalization: true,
        needs_interpretability: false,
      }).recommendation,
    ).toBe('ml');
  });

  it('scores absent traits with the defaults and lists them as missing', () => {
    const verdict = scoreProblem({ has_patterns: true });
    expect([verdict.mlScore, verdict.traditionalScore, verdict.recommendation]).toEqual([2, 4, 'traditional']);
    expect(verdict.missingTraits).toEqual(['data_size', 'rule_complexity', 'needs_generalization', 'needs_interpretability']);
  });

  it('treats values other than the favourable ones as the default branch', () => {
    const verdict = scoreProblem({ has_patterns: 'yes' as never, data_size: 'huge', rule_complexity: 'HIGH' });
    expect([verdict.mlScore, verdict.traditionalScore]).toEqual([0, 6]);
  });

  it('gives consider-both on a tie', () => {
    // patterns +2 ML, medium +1 ML, low +1 T, no generalisation +1 T, interpretability +1 T → 3 : 3.
    expect(
      scoreProblem({
        has_patterns: true,
        data_size: 'medium',
        rule_complexity: 'low',
        needs_generalization: false,
        needs_interpretability: true,
      }).recommendation,
    ).toBe('consider-both');
  });
});
