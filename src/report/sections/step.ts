import type { PhrasingContent, RootContent } from 'mdast';
import type { StepKey } from '../../design.js';
import { isPresent, mappingAt, valueAt } from '../../design/values.js';
import type { DesignReport } from '../model.js';
import { STATUS_SYMBOL } from '../readiness.js';
import { count, list, paragraph, plain, strong, text, userText } from '../text.js';

/** Field labels where turning the key into words is not enough. */
const LABELS: Readonly<Record<string, string>> = {
  ml_objective: 'ML objective',
  peak_rps: 'Peak RPS',
  latency_p50: 'Latency p50',
  latency_p99: 'Latency p99',
  slo: 'SLOs',
};

/** The label of a field key: `business_goal` → `Business goal`. Extension keys (`x-…`) stay as written. */
export function fieldLabel(key: string): string {
  if (LABELS[key] !== undefined) return LABELS[key];
  if (key.startsWith('x-')) return key;
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A scalar, or a small mapping or list written inline. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return value.map(inline).filter((item) => item !== '').join(', ');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item]) => `${fieldLabel(key)}: ${inline(item)}`)
      .join('; ');
  }
  return plain(value);
}

/** A field as a list item: `**Label**: value`, or the label over a nested list. */
function fieldItem(key: string, value: unknown): PhrasingContent[] | { blocks: RootContent[] } {
  const label = strong(fieldLabel(key));
  if (Array.isArray(value)) {
    const items = value.map(inline).filter((item) => item !== '');
    if (items.length > 1) return { blocks: [paragraph(label), list(items.map((item) => userText(item)))] };
    return [label, text(': '), ...userText(items[0] ?? '')];
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => isPresent(item));
    return {
      blocks: [
        paragraph(label),
        list(entries.map(([itemKey, item]) => [strong(fieldLabel(itemKey)), text(': '), ...userText(inline(item))])),
      ],
    };
  }
  return [label, text(': '), ...userText(inline(value))];
}

/**
 * The fields of a step as a list, in the order the design gives them, leaving out those
 * another part of the section shows.
 */
export function fieldList(report: DesignReport, key: StepKey, shownElsewhere: readonly string[] = []): RootContent[] {
  const fields = Object.entries(mappingAt(report.design, [key]) ?? {}).filter(
    ([field, value]) => !shownElsewhere.includes(field) && isPresent(value),
  );
  return fields.length === 0 ? [] : [list(fields.map(([field, value]) => fieldItem(field, value)))];
}

/** The step's readiness in one line, or that the step is absent. */
export function stepStatus(report: DesignReport, key: StepKey): RootContent[] {
  const step = report.readiness.steps.find((candidate) => candidate.key === key)!;
  const severities = [
    count(step.findings.filter((finding) => finding.severity === 'error').length, 'error'),
    count(step.findings.filter((finding) => finding.severity === 'warn').length, 'warning'),
    count(step.findings.filter((finding) => finding.severity === 'info').length, 'info', 'info'),
  ].filter((part) => !part.startsWith('0 '));
  const findings = severities.length === 0 ? 'no findings' : severities.join(', ');
  const nodes: RootContent[] = [
    paragraph(
      text(
        `${STATUS_SYMBOL[step.status]} ${findings.charAt(0).toUpperCase()}${findings.slice(1)}; ${step.passing} of ${step.checks} checks ` +
          `pass.`,
      ),
    ),
  ];
  if (!isPresent(valueAt(report.design, [key]))) nodes.push(paragraph(text('The design does not fill in this step yet.')));
  return nodes;
}

/** A step with nothing special to show: its status and its fields. */
export const plainStep =
  (key: StepKey) =>
    (report: DesignReport): RootContent[] => [...stepStatus(report, key), ...fieldList(report, key)];
