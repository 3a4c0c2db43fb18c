import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';
import { WRONGLY_TYPED_DESIGNS, lintChecked } from './lint-checked.js';

const untraced = (metric: string) =>
  `success metric \`${metric}\` is neither an online metric (\`evaluation.online_metrics\`) nor a business metric ` +
    `(\`monitoring.business\`): measure it after launch`;

const partly = (metric: string, near: string, field: string, missing: string) =>
  `${untraced(metric)}; \`${near}\` in \`${field}\` is another quantity without ${missing}`;

describe('traceability/success-metric', () => {
  const lint = (yaml: string) => lintChecked(yaml, ['traceability/success-metric']);

  it('is a warning', () => {
    expect(lintYaml('requirements: {success_metrics: Revenue}\n', ['traceability/success-metric']).map(({ severity }) => severity)).toEqual(
      ['warn'],
    );
  });

  it('matches names ignoring case, punctuation, white space and filler words', () => {
    const yaml =
      'requirements:\n  success_metrics: [Click-through rate, "Revenue / user", Retention (D30), Churn]\nevaluation:\n  online_metrics: ' +
        '[click through rate]\nmonitoring:\n  business: [revenue per user, retention-d30]\n';
    expect(lint(yaml)).toEqual([{ ruleId: 'traceability/success-metric', line: 2, column: 76, message: untraced('Churn') }]);
  });

  it('takes initials for the name, but not a synonym', () => {
    expect(
      lint(
        'requirements: {success_metrics: [Click-through rate, Daily active users]}\nevaluation: {online_metrics: [CTR]}\nmonitoring: ' +
          '{business: [DAU]}\n',
      ),
    ).toEqual([]);
    expect(lint('requirements: {success_metrics: [Churn]}\nmonitoring: {business: [Retention]}\n')).toEqual([
      { ruleId: 'traceability/success-metric', line: 1, column: 34, message: untraced('Churn') },
    ]);
  });

  it('matches when every word of the success metric is in the other (the framework\'s Netflix example), not the reverse', () => {
    const yaml =
      'requirements:\n  success_metrics: [Time spent watching, Subscriber retention]\nevaluation:\n  online_metrics: [CTR, Watch time, ' +
        'Retention]\n';
    expect(lint(yaml)).toEqual([]);
    // "Late" is a qualifier that makes another quantity; "Subscriber" only says whose retention it is.
    expect(
      lint(
        'requirements:\n  success_metrics: [Time spent watching, Late delivery rate]\nevaluation:\n  online_metrics: [CTR, Watch time, ' +
          'Delivery rate]\n',
      ),
    ).toEqual([
      {
        ruleId: 'traceability/success-metric',
        line: 2,
        column: 42,
        message: partly('Late delivery rate', 'Delivery rate', 'evaluation.online_metrics[2]', '`Late`'),
      },
    ]);
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
    const yaml =
      'requirements:\n  success_metrics:\n    - Fraud losses\n    - Watch time\n    - Subscriber retention\nevaluation:\n  ' +
        'online_metrics:\n    - Watch time\n';
    expect(lint(yaml)).toEqual([
      { ruleId: 'traceability/success-metric', line: 3, column: 7, message: untraced('Fraud losses') },
      { ruleId: 'traceability/success-metric', line: 5, column: 7, message: untraced('Subscriber retention') },
    ]);
  });

  it('says nothing without success metrics, and skips items that are not text or say nothing', () => {
    expect(lint('mlsys: 1\n')).toEqual([]);
    expect(lint('requirements: {success_metrics: [[Retention], null, "", "!!!", TBD, {name: n/a}, {target: 3%}]}\n')).toEqual([]);
  });

  it('reads success metrics written as {name, target} and reports them at the name', () => {
    expect(lint('requirements: {success_metrics: [{name: Revenue}, Retention]}\n')).toEqual([
      { ruleId: 'traceability/success-metric', line: 1, column: 41, message: untraced('Revenue') },
      { ruleId: 'traceability/success-metric', line: 1, column: 51, message: untraced('Retention') },
    ]);
    const yaml =
      'requirements:\n  success_metrics:\n    - name: False decline rate\n      target: "< 0.5%"\n    - {name: Fraud losses, target: ' +
        '-20%}\nmonitoring:\n  business: [Decline rate, Fraud loss ($)]\n';
    expect(lint(yaml)).toEqual([
      {
        ruleId: 'traceability/success-metric',
        line: 3,
        column: 13,
        message: partly('False decline rate', 'Decline rate', 'monitoring.business[0]', '`False`'),
      },
    ]);
  });

  it('never traces by an item that says the metric is not measured', () => {
    const negated = ['Revenue is not tracked', 'No revenue dashboard yet', 'Revenue (not yet tracked)', 'Revenue: not monitored'];
    for (const item of negated) {
      expect(lint(`requirements: {success_metrics: [Revenue]}\nmonitoring: {business: ["${item}"]}\n`), item).toEqual([
        { ruleId: 'traceability/success-metric', line: 1, column: 34, message: untraced('Revenue') },
      ]);
    }
    expect(lint('requirements: {success_metrics: [Revenue]}\nmonitoring: {business: ["Revenue, not margin"]}\n')).toEqual([]);
  });

  it('names the item that lacks a qualifier, and each missing word', () => {
    expect(lint('requirements: {success_metrics: [Late delivery rate]}\nevaluation: {online_metrics: Delivery rate}\n')).toEqual([
      {
        ruleId: 'traceability/success-metric',
        line: 1,
        column: 34,
        message: partly('Late delivery rate', 'Delivery rate', 'evaluation.online_metrics', '`Late`'),
      },
    ]);
    expect(lint('requirements: {success_metrics: [Weekly late delivery rate]}\nmonitoring: {business: [CTR, Delivery rate]}\n')).toEqual([
      {
        ruleId: 'traceability/success-metric',
        line: 1,
        column: 34,
        message: partly('Weekly late delivery rate', 'Delivery rate', 'monitoring.business[1]', '`Weekly` and `late`'),
      },
    ]);
  });

  it('follows a success metric that lists several quantities when each one is followed', () => {
    expect(
      lint(
        'requirements: {success_metrics: ["CTR and watch time"]}\nevaluation: {online_metrics: [Click-through rate]}\nmonitoring: ' +
          '{business: [Watch time per member]}\n',
      ),
    ).toEqual([]);
    expect(
      lint('requirements: {success_metrics: ["Late deliveries, refunds"]}\nmonitoring: {business: [Late delivery rate, Refund rate]}\n'),
    ).toEqual([]);
    expect(
      lint('requirements: {success_metrics: ["Late deliveries & refunds"]}\nmonitoring: {business: [Delivery rate, Refund rate]}\n'),
    ).toEqual([{ ruleId: 'traceability/success-metric', line: 1, column: 34, message: untraced('Late deliveries & refunds') }]);
    // A slash divides, it does not list: revenue per user is not traced by revenue and users.
    expect(lint('requirements: {success_metrics: ["Revenue / user"]}\nmonitoring: {business: [Revenue, Daily active users]}\n')).toEqual([
      {
        ruleId: 'traceability/success-metric',
        line: 1,
        column: 34,
        message: partly('Revenue / user', 'Revenue', 'monitoring.business[0]', '`user`'),
      },
    ]);
  });

  // Pairs of (success metric, online or business metric): whether the second names the first.
  // Each pair is tried both ways round; `reverse` says whether the swapped pair traces.
  const PAIRS: { success: string; followed: string; traced: boolean; reverse: boolean }[] = [
    { success: 'Late delivery rate', followed: 'Delivery rate', traced: false, reverse: true },
    { success: 'False decline rate', followed: 'Decline rate', traced: false, reverse: true },
    { success: 'Subscriber retention', followed: 'Retention', traced: true, reverse: true },
    { success: 'Customer satisfaction', followed: 'CSAT', traced: true, reverse: true },
    { success: 'Driver cancellation rate', followed: 'Cancellation rate', traced: false, reverse: true },
    { success: 'Daily active users', followed: 'Daily active', traced: false, reverse: true },
    { success: 'Revenue per user', followed: 'Revenue', traced: false, reverse: true },
    { success: 'Watch time', followed: 'Time spent watching', traced: true, reverse: true },
    { success: 'Watch time', followed: 'Watch time per member', traced: true, reverse: false },
    { success: 'CTR', followed: 'Click-through rate', traced: true, reverse: true },
    { success: 'CTR', followed: 'Clickthrough rate (home page)', traced: true, reverse: false },
    { success: 'GMV', followed: 'Gross merchandise value', traced: true, reverse: true },
    { success: 'MAE of delivery time', followed: 'Delivery time mean absolute error', traced: true, reverse: true },
    { success: 'Daily active users', followed: 'DAU', traced: true, reverse: true },
    { success: 'MAU', followed: 'Monthly active users', traced: true, reverse: true },
    { success: 'DAU', followed: 'MAU', traced: false, reverse: false },
    { success: 'Average order value', followed: 'AOV', traced: true, reverse: true },
    { success: 'Avg order value', followed: 'Average order value', traced: true, reverse: true },
    { success: 'NPS', followed: 'Net promoter score', traced: true, reverse: true },
    { success: 'ARPU', followed: 'Average revenue per user', traced: true, reverse: true },
    { success: 'ARPU', followed: 'Revenue per user', traced: false, reverse: true },
    { success: 'Customer LTV', followed: 'Customer lifetime value', traced: true, reverse: true },
    { success: 'Total revenue', followed: 'Revenue', traced: true, reverse: true },
    { success: 'Number of orders', followed: 'Orders per day', traced: true, reverse: false },
    { success: 'Deliveries', followed: 'Delivery count', traced: true, reverse: true },
    { success: 'Fraud losses', followed: 'Fraud loss ($)', traced: true, reverse: true },
    { success: 'Purchases', followed: 'Purchased items', traced: true, reverse: false },
    { success: 'Conversion rate', followed: 'CVR', traced: true, reverse: true },
    { success: 'Conversion rate', followed: 'Error rate', traced: false, reverse: false },
    { success: 'Churn', followed: 'Retention', traced: false, reverse: false },
    { success: 'Revenue', followed: 'Revenue per user', traced: true, reverse: false },
    { success: 'Chargeback rate', followed: 'Chargebacks', traced: false, reverse: true },
    { success: 'Late delivery rate', followed: 'LDR', traced: true, reverse: true },
    // Targets written into the name are not part of the quantity.
    { success: 'Late delivery rate below 3%', followed: 'Late delivery rate', traced: true, reverse: true },
    { success: 'Reduce late deliveries by 20%', followed: 'Late delivery rate', traced: true, reverse: false },
    { success: 'CTR +5% vs baseline', followed: 'Click-through rate', traced: true, reverse: true },
    { success: 'Fraud rate (%)', followed: 'Fraud rate', traced: true, reverse: true },
    { success: 'p99 latency under 200ms', followed: 'p99 latency', traced: true, reverse: true },
    { success: 'p99 latency', followed: 'Latency', traced: false, reverse: true },
    { success: 'D30 retention', followed: 'Retention', traced: false, reverse: true },
  ];

  it('decides each pair of a table, both ways round', () => {
    const traced = (success: string, followed: string) =>
      lint(`requirements: {success_metrics: ["${success}"]}\nevaluation: {online_metrics: ["${followed}"]}\n`).length === 0;
    for (const { success, followed, traced: forward, reverse } of PAIRS) {
      expect(traced(success, followed), `${success} ← ${followed}`).toBe(forward);
      expect(traced(followed, success), `${followed} ← ${success}`).toBe(reverse);
    }
  });

  it('does not match items of other fields', () => {
    expect(lint('requirements: {success_metrics: [NDCG]}\nevaluation: {offline_metrics: [NDCG]}\nmonitoring: {model: [NDCG]}\n')).toEqual([
      { ruleId: 'traceability/success-metric', line: 1, column: 34, message: untraced('NDCG') },
    ]);
  });

  it('does not throw on wrongly typed designs', () => {
    for (const yaml of [
      ...WRONGLY_TYPED_DESIGNS,
      'requirements: {success_metrics: {a: 1}}\nevaluation: [1]\nmonitoring: {business: {CTR: 1}}\n',
    ]) {
      expect(lint(yaml)).toEqual([]);
    }
    expect(lint('requirements: {success_metrics: [CTR]}\nevaluation: {online_metrics: {CTR: 1}}\nmonitoring: "CTR"\n')).toHaveLength(1);
  });
});
