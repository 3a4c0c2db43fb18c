import { validateDesignData } from '../../schema/index.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'schema/invalid',
  meta: {
    description: 'The design breaks the JSON Schema of the format.',
    severity: 'error',
    rationale:
      'The schema (`schemas/ml-system-design.schema.json`) is the contract that reports, the scorer and other tools rely on. Each ' +
        'violation is one finding at the offending value, in words rather than schema jargon. Unknown keys get a "did you mean" ' +
        'suggestion when an allowed key is close; keys starting with `x-` are always allowed for team-specific extensions.',
    messages: {
      notMapping: 'a design must be a mapping of keys (`mlsys`, `name`, the 7 steps…); got {{got}}',
      required: '{{where}} is missing the required key `{{key}}`',
      unknownKey: 'unknown key `{{key}}` in {{where}} (extensions must start with `x-`)',
      unknownKeyDidYouMean: 'unknown key `{{key}}` in {{where}}; did you mean `{{suggestion}}`?',
      type: '{{where}} must be {{expected}}; got {{got}}',
      enum: '{{where}} must be one of {{allowed}}; got `{{got}}`',
      enumDidYouMean: '{{where}} must be one of {{allowed}}; got `{{got}}`; did you mean `{{suggestion}}`?',
      const: '{{where}} must be {{expected}}; got `{{got}}`',
      pattern: '{{where}} must be {{expected}}; got `{{got}}`',
      empty: '{{where}} must not be empty',
      other: '{{where}} {{problem}}',
    },
    examples: {
      valid: [
        {
          title: 'Only known keys, right types',
          yaml: 'mlsys: 1\nname: Fraud detection\ndeployment:\n  mode: online\nx-cost-center: 4711\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A misspelled step and an unknown serving mode',
          yaml: 'mlsys: 1\nname: Fraud detection\nmonitorng:\n  system: [Latency]\ndeployment:\n  mode: realtime\n',
          findings: [
            { line: 3, column: 1, message: 'unknown key `monitorng` in the design; did you mean `monitoring`?' },
            {
              line: 6,
              column: 9,
              message:
                '`deployment.mode` must be one of online, real-time, batch, streaming, edge; got `realtime`; did you mean `real-time`?',
            },
          ],
        },
        {
          title: 'A missing name and a list item of the wrong type',
          yaml: 'mlsys: 1\nowners: [risk-team, 42]\n',
          findings: [
            { line: 1, column: 1, message: 'the design is missing the required key `name`' },
            { line: 2, column: 21, message: '`owners[1]` must be text; got a number `42`' },
          ],
        },
      ],
    },
  },
  check(context) {
    for (const problem of validateDesignData(context.design)) {
      // A misspelled key stands for the key it suggests: rules say nothing of that key missing.
      const standsFor = problem.messageId === 'unknownKeyDidYouMean' ? [...problem.path.slice(0, -1), problem.data.suggestion!] : undefined;
      context.report({
        messageId: problem.messageId,
        data: problem.data,
        path: problem.path,
        key: problem.key,
        ...(standsFor ? { standsFor } : {}),
      });
    }
  },
});
