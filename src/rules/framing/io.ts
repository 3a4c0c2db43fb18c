import { defineRule } from '../define-rule.js';
import { requirePresent } from '../functions/index.js';

export default defineRule({
  id: 'framing/io',
  meta: {
    description: "The framing lacks the model's inputs or its output.",
    severity: 'error',
    rationale:
      'An I/O specification is a key output of step 2 of the framework: what the system reads at prediction time (e.g. user features, ' +
        'movie features, context) and what it returns (e.g. a ranked list of movies). The inputs decide which data must be available, ' +
        'fresh and consistent at serving time; the output decides the task type, the metrics and the contract with the product that ' +
        'consumes it. A design missing either cannot be built or reviewed, so this rule is an error. Each missing half is reported on ' +
        'its own.',
    messages: {
      inputs: 'no inputs: list what the system reads at prediction time in `framing.inputs`',
      output: 'no output: say what the system returns in `framing.output`',
    },
    examples: {
      valid: [
        {
          title: 'Inputs and output stated',
          yaml: 'framing:\n  inputs: [User features, Movie features, Context]\n  output: Ranked list of movies\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Output without inputs',
          yaml: 'framing:\n  output: Ranked list of movies\n',
          findings: [{ line: 1, column: 1, message: 'no inputs: list what the system reads at prediction time in `framing.inputs`' }],
        },
        {
          title: 'Neither, in a flow mapping',
          yaml: 'mlsys: 1\nframing: {task_type: ranking}\n',
          findings: [
            { line: 2, column: 10, message: 'no inputs: list what the system reads at prediction time in `framing.inputs`' },
            { line: 2, column: 10, message: 'no output: say what the system returns in `framing.output`' },
          ],
        },
      ],
    },
  },
  check(context) {
    requirePresent(context, ['framing', 'inputs'], 'inputs');
    requirePresent(context, ['framing', 'output'], 'output');
  },
});
