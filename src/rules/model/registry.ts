import { defineRule } from '../define-rule.js';
import { declaresPart } from '../functions/index.js';

export default defineRule({
  id: 'model/registry',
  meta: {
    description: 'The design names no model registry or versioning.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      'In the framework\'s architecture, trained models go to a model registry before they are served. Versioning is what makes a ' +
        'rollout reversible, lets a bad model be rolled back in minutes, and ties every prediction to the code, data and hyperparameters ' +
        'that produced it. Without it, "which model is in production?" has no reliable answer.',
    details:
      'A registry counts when `model.registry` is present **or** `architecture.components` has a component of kind `registry`. The ' +
        'finding points at `model.registry` (or, when it is absent, at `model`).',
    messages: { missing: 'no model registry: say where model versions are kept in `model.registry` (or add a `registry` component)' },
    examples: {
      valid: [
        { title: 'A registry named', yaml: 'model:\n  registry: MLflow\n', findings: [] },
        {
          title: 'A registry component in the architecture',
          yaml: 'model:\n  architecture: LambdaMART\narchitecture:\n  components:\n    - {id: registry, name: Model registry, kind: ' +
            'registry, tech: SageMaker}\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'No registry anywhere',
          yaml: 'model:\n  architecture: LambdaMART\n  training: Weekly\n',
          findings: [
            {
              line: 1,
              column: 1,
              message: 'no model registry: say where model versions are kept in `model.registry` (or add a `registry` component)',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    if (!declaresPart(context.design, ['model', 'registry'], 'registry'))
      context.report({ messageId: 'missing', path: ['model', 'registry'] });
  },
});
