import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'yaml/duplicate-key',
  meta: {
    description: 'A mapping repeats a key.',
    severity: 'error',
    rationale:
      'YAML parsers disagree on repeated keys: most silently keep the last value, so the first one is lost without a word. A repeated ' +
        'key is almost always a merge or copy-paste mistake. The finding points at the second occurrence.',
    messages: { duplicate: 'duplicate key `{{key}}`; the earlier value is silently replaced' },
    examples: {
      valid: [{ title: 'Each key once', yaml: 'mlsys: 1\nname: Search ranking\nowners: [search]\n', findings: [] }],
      invalid: [
        {
          title: 'A step written twice',
          yaml: 'mlsys: 1\nname: Search ranking\nmonitoring:\n  system: [Latency]\nmonitoring:\n  business: [Conversion rate]\n',
          findings: [{ line: 5, column: 1, message: 'duplicate key `monitoring`; the earlier value is silently replaced' }],
        },
      ],
    },
  },
  check(context) {
    for (const problem of context.source.problems) {
      if (problem.ruleId !== 'yaml/duplicate-key') continue;
      context.report({ messageId: 'duplicate', data: problem.data, range: problem.range, path: problem.path });
    }
  },
});
