import type { RootContent } from 'mdast';
import { QUANTITY_PARSERS, type QuantityKind } from '../../quantity/index.js';
import { USUAL_SLO_RANGES, isWithin, valueAt, type UsualRange } from '../../rules/functions/index.js';
import type { DataPath } from '../../types.js';
import type { DesignReport } from '../model.js';
import { paragraph, plain, table, text } from '../text.js';
import { fieldList, stepStatus } from './step.js';

const SLO_ROWS: readonly { label: string; path: DataPath; usual: string }[] = [
  { label: 'Latency p50', path: ['deployment', 'slo', 'latency_p50'], usual: 'below 50ms' },
  { label: 'Latency p99', path: ['deployment', 'slo', 'latency_p99'], usual: 'below 200ms' },
  { label: 'Throughput', path: ['deployment', 'slo', 'throughput'], usual: '1K–100K RPS' },
  { label: 'Availability', path: ['deployment', 'slo', 'availability'], usual: '99.9%–99.99%' },
  { label: 'Cost per prediction', path: ['deployment', 'slo', 'cost_per_prediction'], usual: '$0.001–$0.01' },
];

const pathKey = (path: DataPath): string => path.join('.');
const RANGES = new Map<string, UsualRange>(USUAL_SLO_RANGES.map((range) => [pathKey(range.path), range]));

/** How a target compares with the usual range. */
function assessQuantity(value: unknown, range: UsualRange): string {
  if (value === undefined || value === null || plain(value) === '') return '— not set';
  const parsed = QUANTITY_PARSERS[range.kind as QuantityKind](value);
  if (!parsed.ok) return '❌ does not parse';
  if (range.currency !== undefined && parsed.quantity.currency !== range.currency) return '— not compared (other currency)';
  return isWithin(parsed.quantity.value, range) ? '✅ usual' : '⚠️ outside the usual range';
}

// `2-10x`, `3x to 12x`, or a single `5x`: the most the design scales out.
const SCALE_RANGE = /(\d+(?:\.\d+)?)\s*[x×]?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*[x×]/i;
const SCALE_SINGLE = /(\d+(?:\.\d+)?)\s*[x×](?![a-z])/i;

/** How an autoscaling plan compares with the usual 2–10x. */
function assessScaling(value: unknown): string {
  const scaling = plain(value);
  if (scaling === '') return '— not set';
  const range = SCALE_RANGE.exec(scaling);
  const single = range ? undefined : SCALE_SINGLE.exec(scaling);
  const most = range ? Number(range[2]) : single ? Number(single[1]) : undefined;
  if (most === undefined) return '— no factor to compare';
  return most >= 2 && most <= 10 ? '✅ usual' : '⚠️ outside the usual range';
}

/** The serving plan, with an SLO table beside the usual targets. */
export default function deployment(report: DesignReport): RootContent[] {
  const rows = SLO_ROWS.map((row) => {
    const value = valueAt(report.design, row.path);
    return [row.label, plain(value) || '—', row.usual, assessQuantity(value, RANGES.get(pathKey(row.path))!)];
  });
  const scaling = valueAt(report.design, ['deployment', 'scaling']);
  rows.push(['Autoscaling', plain(scaling) || '—', '2–10x', assessScaling(scaling)]);
  return [
    ...stepStatus(report, 'deployment'),
    paragraph(text('Service level objectives beside the usual targets of ML serving:')),
    table(['Target', 'This design', 'Usual', 'Assessment'], rows),
    ...fieldList(report, 'deployment', ['slo', 'scaling']),
  ];
}
