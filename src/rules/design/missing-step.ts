import { STEPS } from '../../design.js';
import { defineRule } from '../define-rule.js';
import { isPresent, valueAt } from '../functions/index.js';

export default defineRule({
  id: 'design/missing-step',
  meta: {
    description: 'One of the 7 steps of the framework is absent.',
    severity: 'error',
    rationale:
      'The framework exists so that no step is skipped: a model with no monitoring, or a system with no stated requirements, is how ML ' +
        'projects fail in production. Each absent (or empty) step is reported once, with its number and title. Teams that want drafts to ' +
        'pass can lower this rule for `status: draft` in an override.',
    messages: { missing: 'step {{number}} "{{title}}" is missing: add the `{{key}}` section' },
    examples: {
      valid: [
        {
          title: 'All 7 steps present',
          yaml: 'mlsys: 1\nname: Search ranking\nrequirements: {business_goal: Revenue}\nframing: {output: Ranked products}\ndata: ' +
            '{sources: [Clicks]}\nmodel: {architecture: LambdaMART}\nevaluation: {offline_metrics: [NDCG@10]}\ndeployment: {mode: ' +
            'online}\nmonitoring: {system: [Latency]}\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Deployment and monitoring left out',
          yaml: 'mlsys: 1\nname: Search ranking\nrequirements: {business_goal: Revenue}\nframing: {output: Ranked products}\ndata: ' +
            '{sources: [Clicks]}\nmodel: {architecture: LambdaMART}\nevaluation: {offline_metrics: [NDCG@10]}\n',
          findings: [
            { line: 1, column: 1, message: 'step 6 "Deployment" is missing: add the `deployment` section' },
            { line: 1, column: 1, message: 'step 7 "Monitoring" is missing: add the `monitoring` section' },
          ],
        },
      ],
    },
  },
  check(context) {
    for (const step of STEPS) {
      if (isPresent(valueAt(context.design, [step.key]))) continue;
      context.report({ messageId: 'missing', path: [step.key], data: { number: step.number, title: step.title, key: step.key } });
    }
  },
});
