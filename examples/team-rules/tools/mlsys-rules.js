// Acme's plugin: rules that need code rather than a path and a function.
// The config names it as "./tools/mlsys-rules.js"; its rules are acme/<name>.
import { defineRule, parseMoney } from 'mlsys-lint';

const GPU = /\b(?:gpus?|a100|h100|l4|t4|triton)\b/i;

const gpuServingCost = defineRule({
  id: 'gpu-serving-cost',
  meta: {
    description: 'Serving on GPUs states a cost per prediction',
    severity: 'warn',
    rationale: 'GPU serving is the largest line of most ML bills; Acme approves it only with a cost per prediction to watch.',
    messages: {
      missing: 'serving runs on GPUs ({{infrastructure}}): state the cost per prediction in `deployment.slo.cost_per_prediction`',
      notMoney: '`deployment.slo.cost_per_prediction` is `{{written}}`: write an amount such as `$0.002`',
    },
    examples: {
      valid: [
        { title: 'GPU serving with its cost', yaml: 'deployment:\n  infrastructure: Triton on GPU nodes\n  slo: {cost_per_prediction: ' +
          '$0.002}\n', findings: [] },
        { title: 'CPU serving', yaml: 'deployment:\n  infrastructure: ONNX Runtime on Kubernetes\n', findings: [] },
      ],
      invalid: [
        {
          title: 'GPU serving without a cost',
          yaml: 'deployment:\n  infrastructure: Triton on GPU nodes\n',
          findings: [{ line: 1, column: 1, message: 'serving runs on GPUs (Triton on GPU nodes): state the cost per prediction in ' +
            '`deployment.slo.cost_per_prediction`' }],
        },
        {
          title: 'a cost that is not an amount',
          yaml: 'deployment:\n  infrastructure: A100 pool\n  slo:\n    cost_per_prediction: cheap\n',
          findings: [{ line: 4, column: 26, message: '`deployment.slo.cost_per_prediction` is `cheap`: write an amount such as `$0.002`' }],
        },
      ],
    },
  },
  check(context) {
    const deployment = context.design?.deployment;
    const infrastructure = typeof deployment?.infrastructure === 'string' ? deployment.infrastructure : '';
    if (!GPU.test(infrastructure)) return;
    const cost = deployment.slo?.cost_per_prediction;
    if (cost === undefined || cost === null) {
      context.report({ messageId: 'missing', data: { infrastructure }, path: ['deployment', 'slo', 'cost_per_prediction'] });
    } else if (!parseMoney(cost).ok) {
      context.report({ messageId: 'notMoney', data: { written: String(cost) }, path: ['deployment', 'slo', 'cost_per_prediction'] });
    }
  },
});

export default {
  name: 'acme',
  rules: { 'gpu-serving-cost': gpuServingCost },
  presets: { recommended: { rules: { 'acme/gpu-serving-cost': 'error' } } },
};
