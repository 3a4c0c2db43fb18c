import type { RootContent } from 'mdast';
import { textsOf, valueAt } from '../../design/values.js';
import type { DesignReport } from '../model.js';
import { joined, paragraph, table, text } from '../text.js';
import { fieldList, stepStatus } from './step.js';

/** The framework's four categories of monitoring, with what each one watches. */
const CATEGORIES = [
  { key: 'system', title: 'System', watches: 'CPU/GPU, memory, latency, errors, throughput' },
  { key: 'data', title: 'Data', watches: 'input distribution, missing values, freshness, schema violations' },
  { key: 'model', title: 'Model', watches: 'prediction distribution, confidence, online accuracy, drift' },
  { key: 'business', title: 'Business', watches: 'CTR, conversion, revenue, engagement' },
] as const;

/** Coverage of the four monitoring categories, then alerts, retraining and dashboards. */
export default function monitoring(report: DesignReport): RootContent[] {
  const rows = CATEGORIES.map((category) => {
    const metrics = textsOf(valueAt(report.design, ['monitoring', category.key]));
    return [category.title, category.watches, metrics.length > 0 ? '✅ yes' : '❌ no', joined(metrics)];
  });
  const covered = rows.filter((row) => row[2] === '✅ yes').length;
  return [
    ...stepStatus(report, 'monitoring'),
    paragraph(text(`Coverage: ${covered} of the 4 categories of monitoring.`)),
    table(['Category', 'Usually watches', 'Covered', 'This design watches'], rows),
    ...fieldList(report, 'monitoring', CATEGORIES.map((category) => category.key)),
  ];
}
