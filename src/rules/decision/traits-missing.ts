import type { TraitName } from '../../scorer/index.js';
import { defineRule } from '../define-rule.js';

/** What the should-use-ML scorer takes an absent trait to be (docs/rules.md#the-should-use-ml-scorer). */
const ASSUMED: Record<TraitName, string> = {
  has_patterns: 'false',
  data_size: 'small',
  rule_complexity: 'low',
  needs_generalization: 'false',
  needs_interpretability: 'false',
};

export default defineRule({
  id: 'decision/traits-missing',
  meta: {
    description: 'One or more traits read by the should-use-ML scorer are absent.',
    severity: 'warn',
    rationale:
      'Not every problem needs ML. The framework decides with five traits of the problem: whether it has patterns to learn, how much ' +
        'data there is, whether rules would be too complex, whether it must generalise to unseen cases, and whether every decision must ' +
        "be explained. A trait left out is scored with the framework's default, and every default leans towards a traditional approach, " +
        'so an incomplete `problem` section quietly skews the verdict. One finding lists every absent trait with the value the scorer ' +
        'assumed.',
    details:
      'A trait is absent when its key is missing or empty (`has_patterns:` with no value). A `problem` that is not a mapping counts as ' +
        'declaring no trait. The defaults assumed are:\n\n| trait | assumed |\n|---|---|\n| `has_patterns` | `false` (traditional +2) ' +
        '|\n| `data_size` | `small` (traditional +2) |\n| `rule_complexity` | `low` (traditional +1) |\n| `needs_generalization` | ' +
        '`false` (traditional +1) |\n| `needs_interpretability` | `false` (no points) |\n\nA trait that is present but of the wrong type ' +
        'is reported by `schema/invalid`, not here.',
    messages: { missing: 'the should-use-ML scorer assumed {{assumed}} for undeclared traits; declare the real values under `problem`' },
    examples: {
      valid: [
        {
          title: 'All five traits declared',
          yaml: 'problem:\n  has_patterns: true\n  data_size: large\n  rule_complexity: high\n  needs_generalization: true\n  ' +
            'needs_interpretability: false\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Three traits left out',
          yaml: 'approach: ml\nproblem:\n  has_patterns: true\n  data_size: large\n',
          findings: [
            {
              line: 2,
              column: 1,
              message:
                'the should-use-ML scorer assumed `rule_complexity: low`, `needs_generalization: false`, `needs_interpretability: false` ' +
                  'for undeclared traits; declare the real values under `problem`',
            },
          ],
        },
        {
          title: 'No `problem` section at all',
          yaml: 'mlsys: 1\nname: Tax calculation\n',
          findings: [
            {
              line: 1,
              column: 1,
              message:
                'the should-use-ML scorer assumed `has_patterns: false`, `data_size: small`, `rule_complexity: low`, ' +
                  '`needs_generalization: false`, `needs_interpretability: false` for undeclared traits; declare the real values under ' +
                  '`problem`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const { missingTraits } = context.verdict();
    if (missingTraits.length === 0) return;
    const assumed = missingTraits.map((trait) => `\`${trait}: ${ASSUMED[trait]}\``).join(', ');
    context.report({ messageId: 'missing', data: { assumed }, path: ['problem'] });
  },
});
