import { defineRule } from '../define-rule.js';
import { isPresent, servingModes, valueAt } from '../functions/index.js';
import { declaresFeatureStore, declaresSharedFeatures } from './training-serving-skew.js';

export default defineRule({
  id: 'data/feature-store',
  meta: {
    description: 'Online features share their definitions with training, but no feature store is named.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      "The framework's feature store is a central repository that keeps features consistent between training and serving, versions them, " +
        'serves them in real time at low latency and lets the training side read them as they were at each past moment (point-in-time ' +
        'joins, so no label leaks into a feature). Shared feature definitions remove the first risk, training–serving skew, but not the ' +
        'others: without a store every request recomputes its features inside the latency budget, and every training set rebuilds ' +
        'history by hand. Batch designs compute both sides in the same job and are not asked for one.',
    details:
      'Reports when `deployment.mode` is `online` or `streaming`, `data.features` is present, the design says that training and serving ' +
        'share their feature definitions (the phrasings of [`data/training-serving-skew`](training-serving-skew.md)), and it has no ' +
        'feature store. A feature store counts when `data.feature_store` says something (not `None` or `TBD`) **or** ' +
        '`architecture.components` has a component of kind `feature-store`. The same design without shared definitions is reported by ' +
        '`data/training-serving-skew` instead, which names the greater risk; the two never report the same design. The finding points at ' +
        '`data.feature_store` (or, when it is absent, at `data`).',
    messages: {
      missing:
        '{{mode}} serving with features and shared feature definitions but no feature store: name one in `data.feature_store` (or add a ' +
          '`feature-store` component) so features are served fresh within the latency budget and training sets are built point-in-time',
    },
    examples: {
      valid: [
        {
          title: 'A feature store named',
          yaml: 'deployment: {mode: online}\ndata:\n  features: [Spend velocity, Merchant risk]\n  pipeline: Shared feature definitions ' +
            'for training and serving\n  feature_store: Feast\n',
          findings: [],
        },
        {
          title: 'A feature-store component in the architecture',
          yaml: 'deployment: {mode: online}\ndata:\n  features: [Spend velocity]\n  pipeline: Shared feature definitions for training ' +
            'and serving\narchitecture:\n  components:\n    - {id: store, name: Features, kind: feature-store, tech: Tecton}\n',
          findings: [],
        },
        { title: 'Batch scoring needs none', yaml: 'deployment: {mode: batch}\ndata:\n  features: [Tenure, Plan]\n', findings: [] },
        {
          title: 'Nothing keeps the features consistent: data/training-serving-skew reports it, not this rule',
          yaml: 'deployment: {mode: online}\ndata:\n  features: [Spend velocity, Merchant risk]\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Shared definitions, recomputed on every request',
          yaml: 'deployment: {mode: online}\ndata:\n  sources: [Card transactions]\n  features: [Spend velocity, Merchant risk]\n  ' +
            'pipeline: One feature library, imported by the training job and the scoring service\n',
          findings: [
            {
              line: 2,
              column: 1,
              message:
                'online serving with features and shared feature definitions but no feature store: name one in `data.feature_store` (or ' +
                  'add a `feature-store` component) so features are served fresh within the latency budget and training sets are built ' +
                  'point-in-time',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const mode = servingModes(context.design).find((candidate) => candidate === 'online' || candidate === 'streaming');
    if (mode === undefined) return;
    if (!isPresent(valueAt(context.design, ['data', 'features']))) return;
    if (declaresFeatureStore(context.design)) return;
    // Without shared definitions, the risk is skew, and data/training-serving-skew says so.
    if (!declaresSharedFeatures(context.design)) return;
    context.report({ messageId: 'missing', data: { mode }, path: ['data', 'feature_store'] });
  },
});
