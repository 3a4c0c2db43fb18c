import { defineRule } from '../define-rule.js';
import { approachOf } from '../functions/index.js';

export default defineRule({
  id: 'decision/approach-mismatch',
  meta: {
    description: 'The chosen approach contradicts the should-use-ML scorer.',
    severity: 'warn',
    rationale:
      "The framework's decision function weighs the problem's traits (patterns to learn, data available, rule complexity, need to " +
        'generalise, need to explain every decision) into points for ML and for a traditional approach. Building ML where the traits ' +
        'favour rules means paying for data pipelines, training, serving and monitoring that a few hand-written rules would have ' +
        'avoided; building rules where the traits favour ML means maintaining rules that cannot keep up with complex, changing patterns. ' +
        'Either the traits under `problem` are wrong, or the choice deserves a second look (a `hybrid` is often the honest answer).',
    details:
      'Reports approach `ml` when the scorer recommends `traditional`, and approach `traditional` when it recommends `ml`. Approach ' +
        '`hybrid` and a `consider-both` verdict (a tie) never mismatch; an absent or unknown approach is left to ' +
        "`decision/approach-missing` and `schema/invalid`. Absent traits are scored with the framework's defaults (see " +
        '`decision/traits-missing`), so declaring them may change the verdict.',
    messages: {
      mismatch:
        'approach `{{approach}}` but the should-use-ML scorer recommends `{{recommendation}}` (ML {{mlScore}} : traditional ' +
          '{{traditionalScore}})',
    },
    examples: {
      valid: [
        {
          title: 'ML for spam detection, as the scorer recommends',
          yaml: 'approach: ml\nproblem:\n  has_patterns: true\n  data_size: large\n  rule_complexity: high\n  needs_generalization: ' +
            'true\n  needs_interpretability: false\n',
          findings: [],
        },
        {
          title: 'A hybrid never mismatches',
          yaml: 'approach: hybrid\nproblem: {has_patterns: false, data_size: small, rule_complexity: low, needs_generalization: false, ' +
            'needs_interpretability: true}\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'ML for tax calculation',
          yaml: 'approach: ml\nproblem:\n  has_patterns: false\n  data_size: small\n  rule_complexity: low\n  needs_generalization: ' +
            'false\n  needs_interpretability: true\n',
          findings: [
            { line: 1, column: 11, message: 'approach `ml` but the should-use-ML scorer recommends `traditional` (ML 0 : traditional 7)' },
          ],
        },
        {
          title: 'Rules for image classification',
          yaml: 'approach: traditional\nproblem: {has_patterns: true, data_size: large, rule_complexity: high, needs_generalization: ' +
            'true, needs_interpretability: false}\n',
          findings: [
            { line: 1, column: 11, message: 'approach `traditional` but the should-use-ML scorer recommends `ml` (ML 8 : traditional 0)' },
          ],
        },
      ],
    },
  },
  check(context) {
    const approach = approachOf(context.design);
    if (approach !== 'ml' && approach !== 'traditional') return;
    const verdict = context.verdict();
    const opposite = approach === 'ml' ? 'traditional' : 'ml';
    if (verdict.recommendation !== opposite) return;
    context.report({
      messageId: 'mismatch',
      data: { approach, recommendation: verdict.recommendation, mlScore: verdict.mlScore, traditionalScore: verdict.traditionalScore },
      path: ['approach'],
    });
  },
});
