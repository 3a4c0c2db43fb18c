// The plugin's rule against its own examples, with node's test runner:
//   node --test examples/team-rules/tools/*.test.js
import { describe, it } from 'node:test';
import { RuleTester } from 'mlsys-lint/rule-tester';
import plugin from './mlsys-rules.js';

const tester = new RuleTester({ describe, it });
tester.run(plugin.rules['gpu-serving-cost']);
tester.run(plugin.rules['gpu-serving-cost'], {
  invalid: [
    {
      title: 'an H100 pool named in a longer sentence',
      yaml: 'deployment:\n  mode: online\n  infrastructure: Dedicated H100 pool behind the gateway\n',
      findings: [{ line: 1, column: 1, message: 'serving runs on GPUs (Dedicated H100 pool behind the gateway): state the cost per ' +
        'prediction in `deployment.slo.cost_per_prediction`' }],
    },
  ],
});
