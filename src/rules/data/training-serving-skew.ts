import type { Concept } from '../../design/index.js';
import { oncePerDesign } from '../../design/once-per-design.js';
import { phrasingDocs } from '../../design/phrases.js';
import { quoteValue } from '../../design/describe.js';
import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import {
  componentsOf,
  flowsOf,
  hasComponentOfKind,
  isPresent,
  mentionsConcept,
  saysSomething,
  servingModes,
  valueAt,
} from '../functions/index.js';
import { proseOf } from '../functions/design-prose.js';

/** Ways of saying that training and serving compute features from one definition. Keep them English; the docs list them from here. */
export const SHARED_FEATURES: Concept = {
  name: 'shared feature definitions',
  phrasings: [
    {
      doc:
        '`shared` feature definitions, code, logic, library, transformations or pipeline ("feature definitions shared by training and ' +
        'serving")',
      patterns: [
        /\bshared\s+feature\s+(?:definitions?|code|logic|librar(?:y|ies)|transform\w*|pipelines?|specs?)\b|\bfeature\s+(?:definitions?|code|logic|librar(?:y|ies)|transform\w*|pipelines?|specs?)\s+(?:are\s+|is\s+)?shared\b/i,
      ],
    },
    {
      doc:
        'the `same`, `one`, a `single`, `common`, `identical` or `unified` feature definitions, code, logic, library or ' +
        'transformations, said of training and serving ("the same feature code for training and serving")',
      patterns: [
        /\b(?:same|one|single|common|identical|unified)\s+(?:\w+\s+){0,2}?(?:feature\s+)?(?:definitions?|code|logic|librar(?:y|ies)|transform\w*|specs?)\b/i,
        /\btrain\w*/i,
        /\b(?:serv\w*|online|inference|prediction|request)\b/i,
      ],
    },
    {
      doc:
        'features `logged` at serving, prediction, inference or request time, for training to read ("train on features logged at ' +
        'serving time")',
      patterns: [
        /\blog(?:ged|s|ging)?\b/i,
        /\bfeatures?\b/i,
        /\b(?:serving|prediction|inference|request|scoring)[\s-]time\b|\bat\s+(?:serving|prediction|inference|request|scoring)\b/i,
      ],
    },
    {
      doc: 'a `feature platform`, `feature registry` or `feature catalogue`',
      patterns: [/\bfeature\s+(?:platform|registry|catalog(?:ue)?)\b/i],
    },
  ],
};

/** Component kinds whose output is features. */
const FEATURE_PRODUCERS = new Set<unknown>(['data-processing', 'feature-store']);

/** What shows that serving reads features: the path to report at and, for a flow, the component it reads from. */
export type FeatureReading = { path: DataPath; from?: string };

/**
 * How online or streaming serving reads features, if it does: `data.features` stated, or a
 * flow from a feature-producing component to a serving component. Undefined for other modes.
 */
export function realTimeFeatureReading(design: unknown): { mode: string; reading: FeatureReading } | undefined {
  const mode = servingModes(design).find((candidate) => candidate === 'online' || candidate === 'streaming');
  if (mode === undefined) return undefined;
  if (isPresent(valueAt(design, ['data', 'features']))) return { mode, reading: { path: ['data', 'feature_store'] } };
  const kinds = new Map<string, unknown>();
  for (const { id, kind } of componentsOf(design)) if (id !== undefined && !kinds.has(id)) kinds.set(id, kind);
  for (const flow of flowsOf(design)) {
    if (flow.from === undefined || flow.to === undefined) continue;
    if (FEATURE_PRODUCERS.has(kinds.get(flow.from)) && kinds.get(flow.to) === 'serving')
      return { mode, reading: { path: flow.path, from: flow.from } };
  }
  return undefined;
}

/** Whether the design has a feature store: `data.feature_store` says something, or a `feature-store` component. */
export function declaresFeatureStore(design: unknown): boolean {
  return saysSomething(valueAt(design, ['data', 'feature_store'])) || hasComponentOfKind(design, 'feature-store');
}

/** Whether any text of the design says that training and serving share their feature definitions. */
// Once per design: this rule and data/feature-store both ask, and the prose is read in full.
export const declaresSharedFeatures: (design: unknown) => boolean = oncePerDesign((design) =>
  proseOf(design).some((text) => mentionsConcept(text, SHARED_FEATURES)),
);

const ADVICE =
  'training and serving may compute them differently (training–serving skew): name a feature store in `data.feature_store` (or add a ' +
  '`feature-store` component), or say that both use the same feature definitions';

export default defineRule({
  id: 'data/training-serving-skew',
  meta: {
    description: 'Online serving reads features, but no feature store or shared feature definitions are declared.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      'When features are computed once in a batch job for training and again in the request path for serving, the two implementations ' +
      'drift apart and the model sees at serving time something other than what it was trained on. This training–serving skew is one ' +
      'of the debts "Hidden Technical Debt in Machine Learning Systems" (on the framework\'s reading list) names, and no offline ' +
      "metric reveals it: the model is evaluated on the training-side features. The framework's feature store exists for this, " +
      'keeping features consistent between training and serving; one set of feature definitions run on both sides, or features logged ' +
      'at serving time and trained on, does the same job. Batch designs compute both sides in the same job and are not asked.',
    details: [
      'Applies when `deployment.mode` is `online` or `streaming` (or a list with one of them) and serving reads features: ' +
        '`data.features` is stated, or a flow goes from a `data-processing` or `feature-store` component to a `serving` component. ' +
        'Reports when the design declares neither a feature store — `data.feature_store` saying something (not `None` or `TBD`) or a ' +
        'component of kind `feature-store` — nor shared feature definitions, written anywhere in the design in one of these ways ' +
        '(case-insensitive, English):',
      '',
      phrasingDocs(SHARED_FEATURES),
      '',
      'An item that negates it ("no shared feature code yet") does not count. The finding points at `data.feature_store` (or, when it is ' +
        'absent, at `data`) when `data.features` is stated, else at the flow into serving. `data/feature-store` covers the design that ' +
        'shares its definitions but still has no store; the two never report the same design.',
    ].join('\n'),
    messages: {
      features: `{{mode}} serving with features but no feature store or shared feature definitions: ${ADVICE}`,
      flow: `{{mode}} serving reads features from \`{{from}}\` but no feature store or shared feature definitions are declared: ${ADVICE}`,
    },
    examples: {
      valid: [
        {
          title: 'A feature store named',
          yaml: 'deployment: {mode: online}\ndata:\n  features: [Spend velocity, Merchant risk]\n  feature_store: Feast\n',
          findings: [],
        },
        {
          title: 'One feature library for both sides',
          yaml:
            'deployment: {mode: online}\ndata:\n  features: [Spend velocity]\n  pipeline: The same feature definitions run in the ' +
            'Spark backfill for training and in the scoring service\n',
          findings: [],
        },
        {
          title: 'Batch scoring computes both sides in one job',
          yaml: 'deployment: {mode: batch}\ndata:\n  features: [Tenure, Plan]\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Online features with nothing to keep them consistent',
          yaml: 'deployment: {mode: online}\ndata:\n  sources: [Card transactions]\n  features: [Spend velocity, Merchant risk]\n',
          findings: [
            { line: 2, column: 1, message: `online serving with features but no feature store or shared feature definitions: ${ADVICE}` },
          ],
        },
        {
          title: 'A streaming job feeds the scorer directly',
          yaml:
            'deployment: {mode: streaming}\narchitecture:\n  components:\n    - {id: agg, kind: data-processing}\n    - {id: score, ' +
            'kind: serving}\n  flows:\n    - {from: agg, to: score}\n',
          findings: [
            {
              line: 7,
              column: 7,
              message:
                `streaming serving reads features from \`agg\` but no feature store or shared feature definitions are ` +
                `declared: ${ADVICE}`,
            },
          ],
        },
        {
          title: 'A feature store that is not there',
          yaml: 'deployment: {mode: online}\ndata:\n  features: [Spend velocity]\n  feature_store: None\n',
          findings: [
            { line: 4, column: 18, message: `online serving with features but no feature store or shared feature definitions: ${ADVICE}` },
          ],
        },
      ],
    },
  },
  check(context) {
    const found = realTimeFeatureReading(context.design);
    if (found === undefined) return;
    if (declaresFeatureStore(context.design) || declaresSharedFeatures(context.design)) return;
    const { mode, reading } = found;
    if (reading.from === undefined) context.report({ messageId: 'features', path: reading.path, data: { mode } });
    else context.report({ messageId: 'flow', path: reading.path, data: { mode, from: quoteValue(reading.from) } });
  },
});
