import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'serving/scaling',
  meta: {
    description: 'No scaling plan.',
    severity: 'warn',
    rationale:
      'Load is never flat: launches, campaigns and daily peaks move traffic by several times. The framework lists scalability, the ' +
        'ability to handle load spikes, among the serving requirements, typically as auto-scaling over 2–10x. A design that does not say ' +
        'how capacity follows load either pays for the peak all day or misses its latency SLO at the peak.',
    details: 'Reports when `deployment.scaling` is absent or empty, whatever the serving mode.',
    messages: { missing: 'no scaling plan: say how capacity follows load, e.g. auto-scaling 2-10x, in `deployment.scaling`' },
    examples: {
      valid: [{ title: 'Auto-scaling', yaml: 'deployment:\n  scaling: Auto-scaling 2-10x on CPU\n', findings: [] }],
      invalid: [
        {
          title: 'A deployment without scaling',
          yaml: 'deployment:\n  mode: online\n',
          findings: [
            {
              line: 1,
              column: 1,
              message: 'no scaling plan: say how capacity follows load, e.g. auto-scaling 2-10x, in `deployment.scaling`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['deployment', 'scaling'], 'missing');
  },
});
