import { defineRule } from '../define-rule.js';
import { declaresPart, isPresent, servingModes, valueAt } from '../functions/index.js';

export default defineRule({
  id: 'data/feature-store',
  meta: {
    description: 'Online serving with features but no feature store (training/serving skew risk).',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      'When features are computed once in a batch job for training and again in the request path for serving, the two implementations drift apart and the model sees at serving time something other than what it was trained on (training/serving skew), which no offline metric reveals. The framework\'s feature store exists for this: a central repository that keeps features consistent between training and serving, versions them and serves them in real time (Feast, Tecton, Hopsworks). Batch designs compute both sides in the same job and are not asked for one.',
    details:
      'Reports when `deployment.mode` is `online` or `streaming`, `data.features` is present, and the design has no feature store. A feature store counts when `data.feature_store` is present **or** `architecture.components` has a component of kind `feature-store`. The finding points at `data.feature_store` (or, when it is absent, at `data`).',
    messages: {
      missing: '{{mode}} serving with features but no feature store: name one in `data.feature_store` (or add a `feature-store` component) so training and serving compute features the same way',
    },
    examples: {
      valid: [
        {
          title: 'A feature store named',
          yaml: 'deployment: {mode: online}\ndata:\n  features: [Spend velocity, Merchant risk]\n  feature_store: Feast\n',
          findings: [],
        },
        {
          title: 'A feature-store component in the architecture',
          yaml: 'deployment: {mode: online}\ndata:\n  features: [Spend velocity]\narchitecture:\n  components:\n    - {id: store, name: Features, kind: feature-store, tech: Tecton}\n',
          findings: [],
        },
        { title: 'Batch scoring needs none', yaml: 'deployment: {mode: batch}\ndata:\n  features: [Tenure, Plan]\n', findings: [] },
      ],
      invalid: [
        {
          title: 'Online features with nothing to keep them consistent',
          yaml: 'deployment: {mode: online}\ndata:\n  sources: [Card transactions]\n  features: [Spend velocity, Merchant risk]\n',
          findings: [
            {
              line: 2,
              column: 1,
              message:
                'online serving with features but no feature store: name one in `data.feature_store` (or add a `feature-store` component) so training and serving compute features the same way',
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
    if (declaresPart(context.design, ['data', 'feature_store'], 'feature-store')) return;
    context.report({ messageId: 'missing', data: { mode }, path: ['data', 'feature_store'] });
  },
});
