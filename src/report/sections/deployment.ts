import type { RootContent } from 'mdast';
import { latencySlo, peakLoad } from '../../design/index.js';
import { QUANTITY_PARSERS, formatQuantity, parsePerSecond, type QuantityKind } from '../../quantity/index.js';
import { USUAL_SLO_RANGES, isAbove, isWithin, type UsualRange } from '../../design/slo-ranges.js';
import { valueAt } from '../../design/values.js';
import type { DataPath, Finding } from '../../types.js';
import type { DesignReport } from '../model.js';
import { messagePhrasing, paragraph, plain, table, text, type Cell } from '../text.js';
import { fieldList, stepStatus } from './step.js';

/**
 * The SLO rows: where the target is, the usual range, which way is better (so that only a
 * target worse than usual is flagged), and the design's own requirement it must meet.
 */
const SLO_ROWS: readonly {
  label: string;
  path: DataPath;
  percentile?: 'p50' | 'p99';
  usual: string;
  better: 'lower' | 'higher';
  requirement?: DataPath;
}[] = [
  {
    label: 'Latency p50',
    path: ['deployment', 'slo', 'latency_p50'],
    percentile: 'p50',
    usual: 'below 50ms',
    better: 'lower',
    requirement: ['requirements', 'latency'],
  },
  {
    label: 'Latency p99',
    path: ['deployment', 'slo', 'latency_p99'],
    percentile: 'p99',
    usual: 'below 200ms',
    better: 'lower',
    requirement: ['requirements', 'latency'],
  },
  {
    label: 'Throughput',
    path: ['deployment', 'slo', 'throughput'],
    usual: '1K–100K RPS',
    better: 'higher',
    requirement: ['requirements', 'scale', 'peak_rps'],
  },
  {
    label: 'Availability',
    path: ['deployment', 'slo', 'availability'],
    usual: '99.9%–99.99%',
    better: 'higher',
    requirement: ['requirements', 'availability'],
  },
  { label: 'Cost per prediction', path: ['deployment', 'slo', 'cost_per_prediction'], usual: '$0.001–$0.01', better: 'lower' },
];

const pathKey = (path: DataPath): string => path.join('.');
const RANGES = new Map<string, UsualRange>(USUAL_SLO_RANGES.map((range) => [pathKey(range.path), range]));

/** A value as written, with its normalised form beside it when that reads differently (`1M/min (16.6667K rps)`). */
function written(value: unknown, kind: QuantityKind): string {
  const shown = plain(value);
  if (shown === '') return '—';
  const parsed = QUANTITY_PARSERS[kind](value);
  if (!parsed.ok) return shown;
  const normalised = formatQuantity(parsed.quantity);
  return normalised.replace(/\s/g, '').toLowerCase() ===
    shown
      .replace(/^[<>=~\s]+/, '')
      .replace(/\s/g, '')
      .toLowerCase()
    ? shown
    : `${shown} (${normalised})`;
}

/** How a target compares with the usual range: only a target worse than usual is flagged. */
function assessQuantity(value: unknown, range: UsualRange, better: 'lower' | 'higher'): string {
  if (value === undefined || value === null || plain(value) === '') return '— not set';
  const parsed = QUANTITY_PARSERS[range.kind as QuantityKind](value);
  if (!parsed.ok) return '❌ does not parse';
  if (range.currency !== undefined && parsed.quantity.currency !== range.currency) return '— not compared (other currency)';
  const number = parsed.quantity.value;
  const worse =
    better === 'lower' ? range.max !== undefined && isAbove(number, range.max) : range.min !== undefined && isAbove(range.min, number);
  if (worse) return '⚠️ worse than usual';
  const typical = TYPICAL.get(pathKey(range.path));
  const betterThanTypical = typical !== undefined && (better === 'lower' ? isAbove(typical[0], number) : isAbove(number, typical[1]));
  return betterThanTypical || !isWithin(number, range) ? '✅ better than usual' : '✅ usual';
}

/**
 * The framework's typical band where the rules judge only the worse side: a target past its
 * better end (a $0.00001 prediction, 99.999% availability) is shown as better than usual.
 */
const TYPICAL = new Map<string, readonly [number, number]>([
  ['deployment.slo.availability', [99.9, 99.99]],
  ['deployment.slo.cost_per_prediction', [0.001, 0.01]],
]);

/**
 * Whether a target meets the design's own requirement: a latency at most the required one, a
 * throughput at least the peak load, an availability at least the required one.
 */
function assessRequirement(value: unknown, requirement: unknown, kind: QuantityKind, better: 'lower' | 'higher', label: string): string {
  const required = QUANTITY_PARSERS[kind](requirement);
  if (!required.ok) return '— requirement does not parse';
  const target = QUANTITY_PARSERS[kind](value);
  if (!target.ok) return plain(value) === '' ? '❌ no target for this requirement' : '— not compared';
  const breaks =
    better === 'lower' ? isAbove(target.quantity.value, required.quantity.value) : isAbove(required.quantity.value, target.quantity.value);
  if (!breaks) return '✅ meets it';
  return better === 'lower'
    ? `❌ ${label} ${formatQuantity(target.quantity)} is above the required ${formatQuantity(required.quantity)}`
    : kind === 'rate'
      ? `❌ ${label} ${formatQuantity(target.quantity)} is below the peak load of ${formatQuantity(required.quantity)}`
      : `❌ ${label} ${formatQuantity(target.quantity)} is below the required ${formatQuantity(required.quantity)}`;
}

/** The messages of `serving/slo-consistency` that say a target breaks the design's own requirement. */
const REQUIREMENT_MESSAGES = new Set(['looserThanRequirement', 'throughputBelowPeak', 'availabilityBelowRequirement']);

/**
 * The finding that says the target at `path` breaks the requirement, when the linter made
 * one: the table then quotes it, so the report and the lint output say the same words.
 */
function requirementFinding(report: DesignReport, path: DataPath): Finding | undefined {
  return report.result.findings.find(
    (finding) =>
      finding.ruleId === 'serving/slo-consistency' &&
      REQUIREMENT_MESSAGES.has(finding.messageId) &&
      finding.path.length === path.length &&
      finding.path.every((key, index) => key === path[index]),
  );
}

// `2-10x`, `3x to 12x`, or a single `5x`: the most the design scales out.
const SCALE_RANGE = /(\d+(?:\.\d+)?)\s*[x×]?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*[x×]/i;
const SCALE_SINGLE = /(\d+(?:\.\d+)?)\s*[x×](?![a-z])/i;

/** A peak load as a rate: `peak_rps: 10K` names its unit in the key. */
function peakAsRate(value: unknown): unknown {
  const parsed = parsePerSecond(value);
  return parsed.ok ? formatQuantity(parsed.quantity) : value;
}

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
  const rows = SLO_ROWS.map((row): Cell[] => {
    // Latency targets may be written nested (`latency: {p99: …}`), peak load under an alias.
    const latency = row.percentile === undefined ? undefined : latencySlo(report.design, row.percentile);
    const value = latency === undefined ? valueAt(report.design, row.path) : latency.value;
    const range = RANGES.get(pathKey(row.path))!;
    const kind = range.kind as QuantityKind;
    const peak = row.label === 'Throughput' ? peakLoad(report.design) : undefined;
    const requirementPath = peak?.path ?? row.requirement;
    const requirement =
      peak !== undefined ? peakAsRate(peak.value) : row.requirement === undefined ? undefined : valueAt(report.design, row.requirement);
    const hasRequirement = row.requirement !== undefined && plain(requirement) !== '';
    const breach = hasRequirement ? requirementFinding(report, latency?.path ?? row.path) : undefined;
    return [
      row.label,
      written(value, kind),
      hasRequirement ? `${written(requirement, kind)} (${requirementPath!.join('.')})` : '—',
      breach !== undefined
        ? [text('❌ '), ...messagePhrasing(breach.message)]
        : hasRequirement
          ? assessRequirement(value, requirement, kind, row.better, row.label)
          : '—',
      row.usual,
      assessQuantity(value, range, row.better),
    ];
  });
  const scaling = valueAt(report.design, ['deployment', 'scaling']);
  rows.push(['Autoscaling', plain(scaling) || '—', '—', '—', '2–10x', assessScaling(scaling)]);
  return [
    ...stepStatus(report, 'deployment'),
    paragraph(
      text(
        "Service level objectives against the design's own requirements, and beside the usual targets of ML serving (only a target worse " +
          'than usual is flagged):',
      ),
    ),
    table(['Target', 'This design', 'Requirement', 'Meets the requirement', 'Usual', 'Against usual'], rows),
    ...fieldList(report, 'deployment', ['slo', 'scaling']),
  ];
}
