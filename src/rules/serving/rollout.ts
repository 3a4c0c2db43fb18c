import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'serving/rollout',
  meta: {
    description: 'No rollout or rollback plan.',
    severity: 'warn',
    rationale:
      'Offline metrics do not guarantee online behaviour, so a new model should meet real traffic gradually: in shadow, as a canary on a ' +
        'small share, or blue-green with a switch back. The plan says how far it goes at each stage, what is watched, and how it is ' +
        'rolled back, so that a bad model costs minutes of a small share of traffic rather than a day of all of it.',
    details: 'Reports when `deployment.rollout` is absent or empty, whatever the serving mode.',
    messages: {
      missing:
        'no rollout plan: say how a new model reaches traffic and is rolled back (canary, shadow, blue-green) in `deployment.rollout`',
    },
    traditionalMessages: {
      missing:
        'no rollout plan: say how a new rule release reaches traffic and is rolled back (canary, shadow, blue-green) in ' +
          '`deployment.rollout`',
    },
    examples: {
      valid: [
        { title: 'A canary rollout', yaml: 'deployment:\n  rollout: Canary 5% then 50%, automatic rollback on SLO breach\n', findings: [] },
      ],
      invalid: [
        {
          title: 'A deployment without a rollout plan',
          yaml: 'deployment:\n  mode: online\n',
          findings: [
            {
              line: 1,
              column: 1,
              message:
                'no rollout plan: say how a new model reaches traffic and is rolled back (canary, shadow, blue-green) in ' +
                  '`deployment.rollout`',
            },
          ],
        },
        {
          title: 'A rollout left for later',
          yaml: 'deployment:\n  rollout: to be decided later\n',
          findings: [
            {
              line: 2,
              column: 12,
              message:
                '`deployment.rollout` is `to be decided later`: say how a new model reaches traffic and is rolled back (canary, shadow, ' +
                  'blue-green)',
            },
          ],
        },
        {
          title: 'A rules engine without a rollout plan, in its own words',
          yaml: 'approach: traditional\ndeployment:\n  mode: online\n',
          findings: [
            {
              line: 2,
              column: 1,
              message:
                'no rollout plan: say how a new rule release reaches traffic and is rolled back (canary, shadow, blue-green) in ' +
                  '`deployment.rollout`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['deployment', 'rollout'], 'missing');
  },
});
