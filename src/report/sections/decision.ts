import type { RootContent } from 'mdast';
import { declaredApproach as approachOf } from '../../design/index.js';
import { TRAIT_NAMES, traitsOf, type ProblemTraits, type Recommendation, type TraitName } from '../../scorer/index.js';
import type { DesignReport } from '../model.js';
import { count, messagePhrasing, paragraph, strong, table, text } from '../text.js';

const RECOMMENDATION_TEXT: Readonly<Record<Recommendation, string>> = {
  ml: 'use ML',
  traditional: 'use a traditional (rules or heuristics) approach',
  'consider-both': 'consider both: the points are tied',
};

const SIDE = { ml: 'ML', traditional: 'Traditional' } as const;

/** The framework's decision matrix (docs/rules.md#the-decision-matrix), with the trait that speaks to each criterion. */
const MATRIX: readonly {
  criterion: string;
  ml: string;
  traditional: string;
  side: (traits: ProblemTraits) => 'ml' | 'traditional' | undefined;
}[] = [
  {
    criterion: 'Pattern complexity',
    ml: 'Complex, non-linear patterns',
    traditional: 'Simple, well-defined rules',
    side: (t) => (t.has_patterns === undefined ? undefined : t.has_patterns === true ? 'ml' : 'traditional'),
  },
  {
    criterion: 'Data availability',
    ml: 'Large amounts of labeled data',
    traditional: 'Limited or no data',
    side: (t) => (t.data_size === undefined ? undefined : t.data_size === 'large' || t.data_size === 'medium' ? 'ml' : 'traditional'),
  },
  {
    criterion: 'Need for generalization',
    ml: 'Must handle unseen cases',
    traditional: 'Known, finite set of cases',
    side: (t) => (t.needs_generalization === undefined ? undefined : t.needs_generalization === true ? 'ml' : 'traditional'),
  },
  {
    criterion: 'Rule maintainability',
    ml: 'Rules would be hard to maintain',
    traditional: 'Rules are simple and stable',
    side: (t) => (t.rule_complexity === undefined ? undefined : t.rule_complexity === 'high' ? 'ml' : 'traditional'),
  },
  {
    criterion: 'Interpretability requirement',
    ml: 'Black-box acceptable',
    traditional: 'Must explain every decision',
    side: (t) => (t.needs_interpretability === undefined ? undefined : t.needs_interpretability === true ? 'traditional' : 'ml'),
  },
  { criterion: 'Accuracy requirement', ml: 'High accuracy critical', traditional: 'Good enough is sufficient', side: () => undefined },
];

const traitValue = (traits: ProblemTraits, trait: TraitName): string => {
  const value = traits[trait];
  return value === undefined || value === null ? 'not declared' : String(value);
};

/** Whether the chosen approach contradicts the verdict, as `decision/approach-mismatch` judges it. */
function agreement(approach: string | undefined, recommendation: Recommendation): string {
  if (approach === undefined) return 'No approach is chosen yet (`approach` is absent).';
  const contradicts = (approach === 'ml' && recommendation === 'traditional') || (approach === 'traditional' && recommendation === 'ml');
  return contradicts
    ? `The chosen approach, ${approach}, disagrees with the verdict: the scorer recommends ${recommendation}.`
    : `The chosen approach, ${approach}, agrees with the verdict.`;
}

/** "Should we use ML?": verdict, points, reasons, the decision matrix and whether the approach agrees. */
export default function decision(report: DesignReport): RootContent[] {
  const { verdict } = report;
  if (!report.readable) return [paragraph(text('No verdict: the file could not be read as a design.'))];
  const traits = traitsOf(report.design);
  const nodes: RootContent[] = [
    paragraph(
      strong('Verdict'),
      text(
        `: ${RECOMMENDATION_TEXT[verdict.recommendation]}. ML ${count(verdict.mlScore, 'point')}, ` +
          `traditional ${count(verdict.traditionalScore, 'point')}.`,
      ),
    ),
    table(
      ['Trait', 'Value', 'Favours', 'Points', 'Reason'],
      TRAIT_NAMES.map((trait) => {
        const reason = verdict.reasons.find((candidate) => candidate.trait === trait);
        return [
          trait,
          traitValue(traits, trait),
          reason ? SIDE[reason.favors] : 'neither',
          reason ? `+${reason.points}` : '0',
          reason ? reason.text : 'No interpretability requirement',
        ];
      }),
      ['left', 'left', 'left', 'right', 'left'],
    ),
  ];
  if (verdict.missingTraits.length > 0) {
    nodes.push(paragraph(text(`Not declared, so scored with the framework's defaults: ${verdict.missingTraits.join(', ')}.`)));
  }
  nodes.push(
    paragraph(text('The decision matrix behind the scorer, and where this design stands on each criterion:')),
    table(
      ['Criterion', 'Favours ML', 'Favours traditional', 'This design'],
      MATRIX.map((row) => {
        const side = row.side(traits);
        return [
          row.criterion,
          row.ml,
          row.traditional,
          side === undefined ? (row.criterion === 'Accuracy requirement' ? 'not scored' : 'not declared') : SIDE[side],
        ];
      }),
    ),
    paragraph(...messagePhrasing(agreement(approachOf(report.design), verdict.recommendation))),
  );
  return nodes;
}
