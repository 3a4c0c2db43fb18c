/**
 * The should-use-ML decision function of the 7-step framework: points for ML and for a
 * traditional approach from five problem traits, and a recommendation, as the table in
 * docs/rules.md#the-should-use-ml-scorer gives them.
 */

export type TraitName = 'has_patterns' | 'data_size' | 'rule_complexity' | 'needs_generalization' | 'needs_interpretability';

/** The traits in the order the framework scores them. */
export const TRAIT_NAMES: readonly TraitName[] = [
  'has_patterns',
  'data_size',
  'rule_complexity',
  'needs_generalization',
  'needs_interpretability',
];

export interface ProblemTraits {
  has_patterns?: boolean;
  data_size?: 'small' | 'medium' | 'large' | string;
  rule_complexity?: 'low' | 'high' | string;
  needs_generalization?: boolean;
  needs_interpretability?: boolean;
}

export type Recommendation = 'ml' | 'traditional' | 'consider-both';

export interface ScoreReason {
  trait: TraitName;
  favors: 'ml' | 'traditional';
  points: number;
  text: string;
}

export interface Verdict {
  mlScore: number;
  traditionalScore: number;
  recommendation: Recommendation;
  reasons: ScoreReason[];
  /** Traits the design does not declare, scored with the framework's defaults. */
  missingTraits: TraitName[];
}

const reason = (trait: TraitName, favors: ScoreReason['favors'], points: number, text: string): ScoreReason => ({
  trait,
  favors,
  points,
  text,
});

// Only `true` counts as yes, as in the framework, where anything else takes the "no" branch.
function traitReason(trait: TraitName, traits: ProblemTraits): ScoreReason | null {
  switch (trait) {
    case 'has_patterns':
      return traits.has_patterns === true
        ? reason(trait, 'ml', 2, 'The problem has patterns that can be learned')
        : reason(trait, 'traditional', 2, 'No clear patterns: rules might work better');
    case 'data_size':
      if (traits.data_size === 'large') return reason(trait, 'ml', 2, 'A large dataset is available for training');
      if (traits.data_size === 'medium') return reason(trait, 'ml', 1, 'A medium-sized dataset: simple models may be needed');
      return reason(trait, 'traditional', 2, 'A small dataset: ML may overfit');
    case 'rule_complexity':
      return traits.rule_complexity === 'high'
        ? reason(trait, 'ml', 2, 'Too complex for hand-crafted rules')
        : reason(trait, 'traditional', 1, 'Simple rules might suffice');
    case 'needs_generalization':
      return traits.needs_generalization === true
        ? reason(trait, 'ml', 2, 'Must generalise to new, unseen cases')
        : reason(trait, 'traditional', 1, 'Known cases can be handled with rules');
    case 'needs_interpretability':
      return traits.needs_interpretability === true
        ? reason(trait, 'traditional', 1, 'Every decision must be explained: consider simple models or rules')
        : null;
  }
}

/** Scores a problem's traits exactly as the framework's `should_use_ml` does. Pure. */
export function scoreProblem(traits: ProblemTraits): Verdict {
  const reasons: ScoreReason[] = [];
  for (const trait of TRAIT_NAMES) {
    const found = traitReason(trait, traits);
    if (found) reasons.push(found);
  }
  const total = (side: ScoreReason['favors']): number => reasons.filter((r) => r.favors === side).reduce((sum, r) => sum + r.points, 0);
  const mlScore = total('ml');
  const traditionalScore = total('traditional');
  const recommendation: Recommendation = mlScore > traditionalScore ? 'ml' : traditionalScore > mlScore ? 'traditional' : 'consider-both';
  const missingTraits = TRAIT_NAMES.filter((trait) => traits[trait] === undefined || traits[trait] === null);
  return { mlScore, traditionalScore, recommendation, reasons, missingTraits };
}

/** The traits a design declares, taken from its `problem` mapping whatever its shape. */
export function traitsOf(design: unknown): ProblemTraits {
  const problem = design !== null && typeof design === 'object' ? (design as { problem?: unknown }).problem : undefined;
  if (problem === null || typeof problem !== 'object' || Array.isArray(problem)) return {};
  const traits: ProblemTraits = {};
  for (const trait of TRAIT_NAMES) {
    if (Object.prototype.hasOwnProperty.call(problem, trait)) {
      (traits as Record<string, unknown>)[trait] = (problem as Record<string, unknown>)[trait];
    }
  }
  return traits;
}
