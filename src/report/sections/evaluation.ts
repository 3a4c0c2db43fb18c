import type { RootContent } from 'mdast';
import { textsOf, valueAt } from '../../design/values.js';
import type { DesignReport } from '../model.js';
import { paragraph, plain, table, text } from '../text.js';
import { fieldList, stepStatus } from './step.js';

/** Offline metrics beside online metrics, then the rest of the step. */
export default function evaluation(report: DesignReport): RootContent[] {
  const offline = textsOf(valueAt(report.design, ['evaluation', 'offline_metrics'])).map(plain);
  const online = textsOf(valueAt(report.design, ['evaluation', 'online_metrics'])).map(plain);
  const nodes = stepStatus(report, 'evaluation');
  if (offline.length + online.length > 0) {
    const rows = Array.from({ length: Math.max(offline.length, online.length) }, (_, index) => [offline[index] ?? '', online[index] ?? '']);
    nodes.push(
      paragraph(text('Offline evaluation (before release) against online evaluation (on live traffic):')),
      table(['Offline metrics', 'Online metrics'], rows),
    );
  }
  return [...nodes, ...fieldList(report, 'evaluation', ['offline_metrics', 'online_metrics'])];
}
