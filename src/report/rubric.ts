import { componentsOf } from '../design/architecture-graph.js';
import { declaredApproach as approachOf, isPresent, valueAt } from '../design/index.js';
import { scoreProblem, traitsOf } from '../scorer/index.js';
import type { DataPath } from '../types.js';

/**
 * The production-readiness rubric: the 28 tests of "The ML Test Score" (Breck et al., 2017),
 * each mapped to what in a design shows it is planned. A design document cannot show every
 * test (unit tests, tuned hyperparameters...); those are "not assessable from a design", never
 * failed. The table is the rubric: docs/reports.md is generated from it.
 */

export type RubricSection = 'data' | 'model' | 'infrastructure' | 'monitoring';

/** What shows a test is planned: a field with a value, or a component of a kind. */
export type Evidence = { field: DataPath } | { componentKind: string };

export interface RubricTest {
  section: RubricSection;
  /** The test's number within its section, as in the paper. */
  number: number;
  title: string;
  /** Any one of these shows it planned; empty when a design cannot show it. */
  evidence: readonly Evidence[];
  /** Only about learned models: not applicable to a rules or heuristics design. */
  mlOnly: boolean;
}

const field = (...path: DataPath): Evidence => ({ field: path });

export const RUBRIC: readonly RubricTest[] = [
  {
    section: 'data',
    number: 1,
    title: 'Feature expectations are captured in a schema',
    evidence: [field('data', 'validation')],
    mlOnly: false,
  },
  { section: 'data', number: 2, title: 'All features are beneficial', evidence: [], mlOnly: true },
  { section: 'data', number: 3, title: "No feature's cost is too much", evidence: [], mlOnly: true },
  { section: 'data', number: 4, title: 'Features adhere to meta-level requirements', evidence: [field('data', 'privacy')], mlOnly: false },
  {
    section: 'data',
    number: 5,
    title: 'The data pipeline has appropriate privacy controls',
    evidence: [field('data', 'privacy')],
    mlOnly: false,
  },
  {
    section: 'data',
    number: 6,
    title: 'New features can be added quickly',
    evidence: [field('data', 'feature_store'), { componentKind: 'feature-store' }],
    mlOnly: true,
  },
  { section: 'data', number: 7, title: 'All input feature code is tested', evidence: [], mlOnly: false },
  {
    section: 'model',
    number: 1,
    title: 'Model specs are reviewed and submitted',
    evidence: [field('model', 'registry'), { componentKind: 'registry' }],
    mlOnly: true,
  },
  {
    section: 'model',
    number: 2,
    title: 'Offline and online metrics correlate',
    evidence: [field('evaluation', 'online_metrics')],
    mlOnly: false,
  },
  { section: 'model', number: 3, title: 'All hyperparameters have been tuned', evidence: [], mlOnly: true },
  {
    section: 'model',
    number: 4,
    title: 'The impact of model staleness is known',
    evidence: [field('monitoring', 'retraining')],
    mlOnly: true,
  },
  { section: 'model', number: 5, title: 'A simpler model is not better', evidence: [field('model', 'baseline')], mlOnly: true },
  { section: 'model', number: 6, title: 'Model quality is sufficient on important data slices', evidence: [], mlOnly: false },
  { section: 'model', number: 7, title: 'The model is tested for considerations of inclusion', evidence: [], mlOnly: true },
  { section: 'infrastructure', number: 1, title: 'Training is reproducible', evidence: [], mlOnly: true },
  { section: 'infrastructure', number: 2, title: 'Model specs are unit tested', evidence: [], mlOnly: true },
  { section: 'infrastructure', number: 3, title: 'The ML pipeline is integration tested', evidence: [], mlOnly: false },
  {
    section: 'infrastructure',
    number: 4,
    title: 'Model quality is validated before serving',
    evidence: [field('evaluation', 'offline_metrics')],
    mlOnly: false,
  },
  { section: 'infrastructure', number: 5, title: 'The model is debuggable', evidence: [], mlOnly: false },
  {
    section: 'infrastructure',
    number: 6,
    title: 'Models are canaried before serving',
    evidence: [field('deployment', 'rollout')],
    mlOnly: false,
  },
  {
    section: 'infrastructure',
    number: 7,
    title: 'Serving models can be rolled back',
    evidence: [field('deployment', 'rollout')],
    mlOnly: false,
  },
  {
    section: 'monitoring',
    number: 1,
    title: 'Dependency changes result in notification',
    evidence: [field('monitoring', 'alerts')],
    mlOnly: false,
  },
  { section: 'monitoring', number: 2, title: 'Data invariants hold for inputs', evidence: [field('monitoring', 'data')], mlOnly: false },
  // The lead wires data/training-serving-skew in here once it exists: quiet, it shows this test planned too.
  {
    section: 'monitoring',
    number: 3,
    title: 'Training and serving are not skewed',
    evidence: [field('data', 'feature_store'), { componentKind: 'feature-store' }],
    mlOnly: true,
  },
  { section: 'monitoring', number: 4, title: 'Models are not too stale', evidence: [field('monitoring', 'retraining')], mlOnly: true },
  { section: 'monitoring', number: 5, title: 'Models are numerically stable', evidence: [field('monitoring', 'model')], mlOnly: true },
  {
    section: 'monitoring',
    number: 6,
    title: 'Computing performance has not regressed',
    evidence: [field('monitoring', 'system')],
    mlOnly: false,
  },
  {
    section: 'monitoring',
    number: 7,
    title: 'Prediction quality has not regressed',
    evidence: [field('monitoring', 'model'), field('monitoring', 'business')],
    mlOnly: false,
  },
];

export type RubricStatus = 'planned' | 'not planned' | 'not assessable' | 'not applicable';

export interface RubricResult {
  test: RubricTest;
  status: RubricStatus;
  /** What shows it planned (`data.validation`, `a feature-store component`), or what would. */
  evidence: string[];
}

export const evidenceText = (evidence: Evidence): string =>
  'field' in evidence ? evidence.field.join('.') : `a ${evidence.componentKind} component`;

/** Whether a design is assessed as a rules or heuristics system: its approach, or the scorer's verdict when it has none. */
export function isTraditional(design: unknown): boolean {
  const approach = approachOf(design);
  return approach === undefined ? scoreProblem(traitsOf(design)).recommendation === 'traditional' : approach === 'traditional';
}

/** Each rubric test's status for a design. */
export function rubricOf(design: unknown): RubricResult[] {
  const traditional = isTraditional(design);
  const kinds = new Set(componentsOf(design).map((component) => component.kind));
  const shows = (evidence: Evidence): boolean =>
    'field' in evidence ? isPresent(valueAt(design, evidence.field)) : kinds.has(evidence.componentKind);
  return RUBRIC.map((test) => {
    if (traditional && test.mlOnly) return { test, status: 'not applicable', evidence: [] };
    if (test.evidence.length === 0) return { test, status: 'not assessable', evidence: [] };
    const found = test.evidence.filter(shows).map(evidenceText);
    return found.length > 0
      ? { test, status: 'planned', evidence: found }
      : { test, status: 'not planned', evidence: test.evidence.map(evidenceText) };
  });
}

/** Counts of planned tests out of those assessed. */
export function rubricSummary(results: readonly RubricResult[]): { planned: number; assessed: number } {
  const assessed = results.filter((result) => result.status === 'planned' || result.status === 'not planned');
  return { planned: assessed.filter((result) => result.status === 'planned').length, assessed: assessed.length };
}

/** The rubric as the Markdown table docs/reports.md shows (a test keeps the two the same). */
export function rubricTableMarkdown(): string {
  const rows = RUBRIC.map((test) => {
    const shownBy =
      test.evidence.length === 0
        ? 'not assessable from a design'
        : test.evidence.map((evidence) => ('field' in evidence ? `\`${evidenceText(evidence)}\`` : evidenceText(evidence))).join(' or ');
    return `| ${test.section} ${test.number} | ${test.title} | ${shownBy} | ${test.mlOnly ? 'not applicable' : 'assessed'} |`;
  });
  return ['| test | ML Test Score test | planned when the design has | for a rules design |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}
