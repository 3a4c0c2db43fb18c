import { defineRule, type RuleContext } from '../define-rule.js';
import { isAbove, quantityAt, requirePresent } from '../functions/index.js';

/** From this availability up, a missing fallback is an error: 99.99% leaves about 4 minutes of downtime a month. */
const HIGH_AVAILABILITY = 99.99;

export default defineRule({
  id: 'serving/fallback',
  meta: {
    description: 'No fallback for when the model is unavailable or wrong.',
    severity: 'warn',
    rationale:
      'Models time out, fail to load, and sometimes start predicting nonsense. "What happens if the model is wrong?" is one of the ' +
        'framework\'s questions for every system. A fallback (popular items, a rule-based score, the last good model, a cached answer) ' +
        'keeps the product working and is what the availability target really rests on.',
    details: [
      'Reports when `deployment.fallback` is absent, empty or hollow, whatever the serving mode.',
      '',
      `**Escalated to an error** when \`deployment.slo.availability\` is ${HIGH_AVAILABILITY}% or more: about four minutes of downtime a ` +
        `month is less than one model rollback, a cold start or a dependency outage takes, so such a target is met only with a fallback. ` +
        `The finding is then an error unless the rule is configured \`off\` or \`info\` (a rule set to \`warn\`, as in the ` +
        `\`recommended\` preset, reports it as an error).`,
    ].join('\n'),
    messages: { missing: 'no fallback: say what is served when the model is unavailable or wrong in `deployment.fallback`' },
    traditionalMessages: {
      missing: 'no fallback: say what is served when the service is unavailable or a rule release is wrong in `deployment.fallback`',
    },
    examples: {
      valid: [
        {
          title: 'A fallback to popular titles',
          yaml: 'deployment:\n  fallback: Popular titles when the ranker is unavailable\n',
          findings: [],
        },
        {
          title: 'A 99.99% target resting on a fallback',
          yaml: 'deployment:\n  slo: {availability: 99.99%}\n  fallback: The legacy rules engine decides when scoring times out\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'No fallback under a 99.99% availability target (an error)',
          yaml: 'deployment:\n  mode: online\n  slo: {availability: 99.99%}\n',
          findings: [
            {
              line: 1,
              column: 1,
              message: 'no fallback: say what is served when the model is unavailable or wrong in `deployment.fallback`',
            },
          ],
        },
        {
          title: 'A deployment without a fallback',
          yaml: 'deployment:\n  mode: online\n',
          findings: [
            {
              line: 1,
              column: 1,
              message: 'no fallback: say what is served when the model is unavailable or wrong in `deployment.fallback`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const availability = quantityAt(context.design, ['deployment', 'slo', 'availability'], 'percentage');
    const escalated = availability !== undefined && !isAbove(HIGH_AVAILABILITY, availability.value);
    const reporting: RuleContext<'missing'> = escalated
      ? { ...context, report: (report) => context.report({ ...report, escalate: true }) }
      : context;
    requirePresent(reporting, ['deployment', 'fallback'], 'missing');
  },
});
