import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const untraced = (metric: string) =>
  `success metric \`${metric}\` is neither an online metric (\`evaluation.online_metrics\`) nor a business metric (\`monitoring.business\`): measure it after launch`;

describe('traceability/success-metric', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['traceability/success-metric']);

  it('is a warning', () => {
    expect(lintYaml('requirements: {success_metrics: Revenue}\n', ['traceability/success-metric']).map(({ severity }) => severity)).toEqual(['warn']);
  });

  it('matches names ignoring case, punctuation, white space and filler words', () => {
    const yaml = 'requirements:\n  success_metrics: [Click-through rate, "Revenue / user", Retention (D30), Churn]\nevaluation:\n  online_metrics: [click through rate]\nmonitoring:\n  business: [revenue per user, retention-d30]\n';
    expect(lint(yaml)).toEqual([{ ruleId: 'traceability/success-metric', line: 2, column: 76, message: untraced('Churn') }]);
  });

  it('takes initials for the name, but not a synonym', () => {
    expect(lint('requirements: {success_metrics: [Click-through rate, Daily active users]}\nevaluation: {online_metrics: [CTR]}\nmonitoring: {business: [DAU]}\n')).toEqual([]);
    expect(lint('requirements: {success_metrics: [Churn]}\nmonitoring: {business: [Retention]}\n')).toEqual([
      { ruleId: 'traceability/success-metric', line: 1, column: 34, message: untraced('Churn') },
    ]);
  });

  it('matches a name whose words all appear in the other (the framework\'s Netflix example)', () => {
    const yaml = 'requirements:\n  success_metrics: [Time spent watching, Subscriber retention]\nevaluation:\n  online_metrics: [CTR, Watch time, Retention]\n';
    expect(lint(yaml)).toEqual([]);
    expect(lint('requirements: {success_metrics: [Conversion rate]}\nmonitoring: {business: [Error rate]}\n')).toEqual([
      { ruleId: 'traceability/success-metric', line: 1, column: 34, message: untraced('Conversion rate') },
    ]);
  });

  it('reports a single text at itself, and accepts single texts on the other side', () => {
    expect(lint('requirements:\n  success_metrics: Subscriber retention\n')).toEqual([
      { ruleId: 'traceability/success-metric', line: 2, column: 20, message: untraced('Subscriber retention') },
    ]);
    expect(lint('requirements: {success_metrics: Retention}\nmonitoring: {business: retention}\n')).toEqual([]);
  });

  it('reports each unmatched item of a block list at the item', () => {
    const yaml = 'requirements:\n  success_metrics:\n    - Fraud losses\n    - Watch time\n    - Subscriber retention\nevaluation:\n  online_metrics:\n    - Watch time\n';
    expect(lint(yaml)).toEqual([
      { ruleId: 'traceability/success-metric', line: 3, column: 7, message: untraced('Fraud losses') },
      { ruleId: 'traceability/success-metric', line: 5, column: 7, message: untraced('Subscriber retention') },
    ]);
  });

  it('says nothing without success metrics, and skips items that are not text', () => {
    expect(lint('mlsys: 1\n')).toEqual([]);
    expect(lint('requirements: {success_metrics: [{name: Revenue}, [Retention], null, "", "!!!"]}\n')).toEqual([]);
    expect(lint('requirements: {success_metrics: [{name: Revenue}, Retention]}\n')).toEqual([
      { ruleId: 'traceability/success-metric', line: 1, column: 51, message: untraced('Retention') },
    ]);
  });

  it('does not match items of other fields', () => {
    expect(lint('requirements: {success_metrics: [NDCG]}\nevaluation: {offline_metrics: [NDCG]}\nmonitoring: {model: [NDCG]}\n')).toEqual([
      { ruleId: 'traceability/success-metric', line: 1, column: 34, message: untraced('NDCG') },
    ]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of [...WRONGLY_TYPED_DESIGNS, 'requirements: {success_metrics: {a: 1}}\nevaluation: [1]\nmonitoring: {business: {CTR: 1}}\n']) {
      expect(lint(yaml)).toEqual([]);
    }
    expect(lint('requirements: {success_metrics: [CTR]}\nevaluation: {online_metrics: {CTR: 1}}\nmonitoring: "CTR"\n')).toHaveLength(1);
  });
});
