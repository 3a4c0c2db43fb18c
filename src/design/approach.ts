/** Which approach a design takes, declared or, failing that, as the should-use-ML scorer judges it. */
import { valueAt } from './values.js';

export type Approach = 'ml' | 'hybrid' | 'traditional';

export const APPROACHES: readonly Approach[] = ['ml', 'hybrid', 'traditional'];

/** The approach the design declares, when it declares a known one. */
export function declaredApproach(design: unknown): Approach | undefined {
  const approach = valueAt(design, ['approach']);
  return approach === 'ml' || approach === 'traditional' || approach === 'hybrid' ? approach : undefined;
}

/** The values each of the scorer's traits takes. */
const TRAIT_VALUES: Record<string, readonly unknown[]> = {
  has_patterns: [true, false],
  data_size: ['small', 'medium', 'large'],
  rule_complexity: ['low', 'high'],
  needs_generalization: [true, false],
  needs_interpretability: [true, false],
};

/** Whether the design declares at least one of the scorer's traits with a value it takes. */
function declaresTraits(design: unknown): boolean {
  return Object.entries(TRAIT_VALUES).some(([trait, values]) => values.includes(valueAt(design, ['problem', trait])));
}

/**
 * The approach the rules judge a design by: the declared one; else the scorer's verdict on
 * the declared traits (`consider-both` is hybrid); else, with neither, `ml`, so that every
 * rule applies to a design that says nothing about itself.
 */
export function effectiveApproach(design: unknown, recommendation: () => 'ml' | 'traditional' | 'consider-both'): Approach {
  const declared = declaredApproach(design);
  if (declared !== undefined) return declared;
  if (!declaresTraits(design)) return 'ml';
  const verdict = recommendation();
  return verdict === 'consider-both' ? 'hybrid' : verdict;
}
