import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'serving/mode',
  meta: {
    description: 'The design does not say how predictions are served.',
    severity: 'warn',
    rationale:
      'Step 6 of the framework starts with how predictions reach users: online (request/response while someone waits), batch ' +
        '(precomputed on a schedule), streaming (on events as they arrive) or edge (on the device). The mode decides everything after ' +
        'it: whether a latency SLO is needed, what throughput means, whether features must be served online, and what a fallback looks ' +
        'like.',
    details:
      'Reports when `deployment.mode` is absent or empty. A value outside `online`, `batch`, `streaming`, `edge` is a schema error ' +
        '(`schema/invalid`), not this rule.',
    messages: { missing: 'no serving mode: say how predictions are served (online, batch, streaming or edge) in `deployment.mode`' },
    traditionalMessages: { missing: 'no serving mode: say how answers are served (online, batch, streaming or edge) in `deployment.mode`' },
    examples: {
      valid: [{ title: 'Online serving', yaml: 'deployment:\n  mode: online\n', findings: [] }],
      invalid: [
        {
          title: 'A deployment without a mode',
          yaml: 'deployment:\n  strategy: Precomputed scores in Redis\n',
          findings: [
            {
              line: 1,
              column: 1,
              message: 'no serving mode: say how predictions are served (online, batch, streaming or edge) in `deployment.mode`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['deployment', 'mode'], 'missing');
  },
});
