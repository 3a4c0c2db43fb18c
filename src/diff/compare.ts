import { STEPS, type StepKey } from '../design.js';
import { alertCondition, alertItems, alertSloMismatches, type GuardedSlo } from '../design/alert-thresholds.js';
import { LATENCY_PERCENTILES, latencySlo } from '../design/fields.js';
import { QUANTITY_PARSERS, type QuantityKind } from '../quantity/index.js';
import { comparableName } from '../design/metric-names.js';
import { isPresent, textsOf, valueAt } from '../design/values.js';
import { formatPath } from '../design/path.js';
import { scoreProblem, traitsOf, type Recommendation } from '../scorer/index.js';
import type { DataPath, Finding, Severity } from '../types.js';
import type { DesignSnapshot } from './snapshots.js';

/** What happened to a design between the base revision and the working tree. */
export type DesignStatus = 'added' | 'deleted' | 'renamed' | 'modified' | 'unchanged';

/** A finding as the review shows it: matched across revisions by rule id and data path, never by line. */
export interface ReviewFinding {
  ruleId: string | null;
  severity: Severity;
  message: string;
  /** The data path, e.g. `deployment.slo.latency_p99` (empty for the whole file). */
  path: string;
  /** Where it is in the file it was found in: the working tree for introduced findings, the base for fixed ones. */
  line: number;
  column: number;
}

export type SloDirection = 'tightened' | 'loosened' | 'added' | 'removed' | 'changed';

export interface SloChange {
  /** The data path, e.g. `deployment.slo.latency_p99`. */
  path: string;
  kind: QuantityKind;
  /** The value as written at the base revision, when there was one. */
  before?: string;
  after?: string;
  change: SloDirection;
}

/** An alert left unchanged while the SLO it guards changed, so that the two now disagree. */
export interface StaleAlert {
  /** The alert's data path, e.g. `monitoring.alerts[0]`. */
  path: string;
  text: string;
  /** When it fires, e.g. `p99 > 200ms`. */
  condition: string;
  /** The SLO's data path, e.g. `deployment.slo.latency_p99`. */
  slo: string;
  /** The SLO as written at the base revision, when it was there. */
  before?: string;
  after: string;
  /** `tighter`: the alert now fires while the SLO holds; `looser`: it stays quiet while the SLO is broken. */
  direction: 'tighter' | 'looser';
}

/** A monitor: an item of one of the monitoring lists. */
export interface MonitorItem {
  /** `system`, `data`, `model`, `business`, `alerts` or `dashboards`. */
  category: string;
  text: string;
}

export interface Change<T> {
  before: T;
  after: T;
}

export interface DesignChange {
  id: string;
  status: DesignStatus;
  /** Path at the base revision (relative to the working directory), unless added. */
  basePath?: string;
  /** Path in the working tree, unless deleted. */
  headPath?: string;
  /** Whether the file's text differs between the sides (a pure rename keeps it). */
  textChanged: boolean;
  /**
   * Whether both sides parse, so that their content could be compared; when one does
   * not, only findings are compared (a syntax error would otherwise look like every
   * SLO, monitor and step removed).
   */
  comparable: boolean;
  /** The sides on which the design does not parse. */
  unparsable: ('base' | 'head')[];
  introduced: ReviewFinding[];
  fixed: ReviewFinding[];
  /** Findings at each side, by severity. */
  counts: { base?: SeverityCounts; head?: SeverityCounts };
  designStatus?: Change<string | null>;
  approach?: Change<string | null>;
  verdict?: Change<{ recommendation: Recommendation; mlScore: number; traditionalScore: number }>;
  slos: SloChange[];
  /** Alerts that an SLO change left behind. */
  staleAlerts: StaleAlert[];
  monitors: { added: MonitorItem[]; removed: MonitorItem[] };
  steps: { added: StepKey[]; removed: StepKey[] };
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * The quantities a review compares, with which way is tighter. Latency targets are listed
 * flat; one written under `latency:` (`latency: {p99: 200ms}`) is compared as the same target.
 */
export const REVIEWED_QUANTITIES: readonly { path: DataPath; kind: QuantityKind; tighter: 'lower' | 'higher' }[] = [
  { path: ['requirements', 'latency'], kind: 'duration', tighter: 'lower' },
  ...LATENCY_PERCENTILES.map((percentile) => ({
    path: ['deployment', 'slo', percentile.flat],
    kind: 'duration' as const,
    tighter: 'lower' as const,
  })),
  { path: ['deployment', 'slo', 'throughput'], kind: 'rate', tighter: 'higher' },
  { path: ['deployment', 'slo', 'availability'], kind: 'percentage', tighter: 'higher' },
  { path: ['deployment', 'slo', 'cost_per_prediction'], kind: 'money', tighter: 'lower' },
];

export const MONITOR_CATEGORIES = ['system', 'data', 'model', 'business', 'alerts', 'dashboards'] as const;

const written = (value: unknown): string => (typeof value === 'string' ? value.trim() : JSON.stringify(value) ?? String(value));

function countsOf(findings: readonly Finding[]): SeverityCounts {
  return {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warn').length,
    infos: findings.filter((finding) => finding.severity === 'info').length,
  };
}

const reviewFinding = (finding: Finding): ReviewFinding => ({
  ruleId: finding.ruleId,
  severity: finding.severity,
  message: finding.message,
  path: formatPath(finding.path),
  line: finding.line,
  column: finding.column,
});

/**
 * Findings introduced and fixed, matched by rule id and data path so that moving lines
 * changes nothing. Within one rule and path, findings of the same severity pair up
 * (same message first); a warning that became an error counts as one fixed, one new.
 */
export function matchFindings(base: readonly Finding[], head: readonly Finding[]): { introduced: ReviewFinding[]; fixed: ReviewFinding[] } {
  const keyOf = (finding: Finding): string => `${finding.ruleId ?? ''}\u0000${formatPath(finding.path)}\u0000${finding.severity}`;
  const unmatched = new Map<string, Finding[]>();
  for (const finding of base) unmatched.set(keyOf(finding), [...(unmatched.get(keyOf(finding)) ?? []), finding]);
  const introduced: Finding[] = [];
  const pending: Finding[] = [];
  // Exact messages pair first, so that the finding left over is the one that really changed.
  for (const finding of head) {
    const candidates = unmatched.get(keyOf(finding)) ?? [];
    const same = candidates.findIndex((candidate) => candidate.message === finding.message);
    if (same === -1) pending.push(finding);
    else candidates.splice(same, 1);
  }
  for (const finding of pending) {
    const candidates = unmatched.get(keyOf(finding)) ?? [];
    if (candidates.length > 0) candidates.shift();
    else introduced.push(finding);
  }
  const fixed = [...unmatched.values()].flat();
  const order = (a: Finding, b: Finding): number => a.line - b.line || a.column - b.column;
  return { introduced: introduced.sort(order).map(reviewFinding), fixed: fixed.sort(order).map(reviewFinding) };
}

/** How one quantity moved; undefined when it did not. */
export function compareQuantity(
  before: unknown,
  after: unknown,
  kind: QuantityKind,
  tighter: 'lower' | 'higher',
): SloDirection | undefined {
  const had = isPresent(before);
  const has = isPresent(after);
  if (!had && !has) return undefined;
  if (!had) return 'added';
  if (!has) return 'removed';
  const parse = QUANTITY_PARSERS[kind];
  const old = parse(before);
  const now = parse(after);
  if (!old.ok || !now.ok || old.quantity.currency !== now.quantity.currency)
    return written(before) === written(after) ? undefined : 'changed';
  const a = old.quantity.value;
  const b = now.quantity.value;
  // Floating-point noise is no change: `0.2s` is `200ms`.
  if (Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))) return undefined;
  return b < a === (tighter === 'lower') ? 'tightened' : 'loosened';
}

/** A reviewed quantity on one side: a latency target wherever it was written (flat or nested), anything else at its path. */
function reviewedValue(design: unknown, path: DataPath): { value: unknown; path: DataPath } {
  const percentile = LATENCY_PERCENTILES.find((candidate) => path.length === 3 && path[2] === candidate.flat);
  const slo = percentile && latencySlo(design, percentile.name);
  return slo ? { value: slo.value, path: slo.path } : { value: valueAt(design, path), path };
}

function sloChanges(base: unknown, head: unknown): SloChange[] {
  const changes: SloChange[] = [];
  for (const { path, kind, tighter } of REVIEWED_QUANTITIES) {
    const before = reviewedValue(base, path);
    const after = reviewedValue(head, path);
    const change = compareQuantity(before.value, after.value, kind, tighter);
    if (!change) continue;
    // Where the target is now, or was when it is gone.
    const shown = isPresent(after.value) ? after.path : before.path;
    changes.push({
      path: formatPath(shown),
      kind,
      ...(isPresent(before.value) ? { before: written(before.value) } : {}),
      ...(isPresent(after.value) ? { after: written(after.value) } : {}),
      change,
    });
  }
  return changes;
}

/** The path of the SLO an alert guards, as the review compares it. */
const guardedPath = (slo: GuardedSlo): DataPath =>
  slo === 'availability'
    ? ['deployment', 'slo', 'availability']
    : ['deployment', 'slo', LATENCY_PERCENTILES.find((percentile) => percentile.name === slo)!.flat];

/**
 * Alerts that disagree with their SLO in the working tree, whose text did not change while
 * the SLO did: the change moved the SLO and left the alert behind. An alert that was edited
 * too is the author's own decision, and `monitoring/alert-slo` still reports the mismatch.
 */
function staleAlerts(base: unknown, head: unknown): StaleAlert[] {
  const alertsBefore = new Set(alertItems(base).map((alert) => comparableName(alert.text)));
  const stale: StaleAlert[] = [];
  for (const mismatch of alertSloMismatches(head)) {
    if (!alertsBefore.has(comparableName(mismatch.alert.text))) continue;
    const kind: QuantityKind = mismatch.threshold.slo === 'availability' ? 'percentage' : 'duration';
    const before = reviewedValue(base, guardedPath(mismatch.threshold.slo)).value;
    const after = valueAt(head, mismatch.target.path);
    if (!compareQuantity(before, after, kind, 'lower')) continue;
    stale.push({
      path: formatPath(mismatch.alert.path),
      text: mismatch.alert.text.trim(),
      condition: alertCondition(mismatch.threshold),
      slo: formatPath(mismatch.target.path),
      ...(isPresent(before) ? { before: written(before) } : {}),
      after: mismatch.target.written,
      direction: mismatch.direction,
    });
  }
  return stale;
}

function monitorsOf(design: unknown): MonitorItem[] {
  return MONITOR_CATEGORIES.flatMap((category) =>
    textsOf(valueAt(design, ['monitoring', category])).map((text) => ({ category, text: text.trim() })),
  );
}

/** Monitors added and removed; names compared without case, punctuation or spacing, so rewording the case is no change. */
function monitorChanges(base: unknown, head: unknown): DesignChange['monitors'] {
  const keyOf = (item: MonitorItem): string => `${item.category}\u0000${comparableName(item.text)}`;
  const left = new Map<string, MonitorItem[]>();
  for (const item of monitorsOf(base)) left.set(keyOf(item), [...(left.get(keyOf(item)) ?? []), item]);
  const added: MonitorItem[] = [];
  for (const item of monitorsOf(head)) {
    const same = left.get(keyOf(item));
    if (same && same.length > 0) same.shift();
    else added.push(item);
  }
  return { added, removed: [...left.values()].flat() };
}

const stepsOf = (design: unknown): Set<StepKey> =>
  new Set(STEPS.filter((step) => isPresent(valueAt(design, [step.key]))).map((step) => step.key));

const textAt = (design: unknown, key: string): string | null => {
  const value = valueAt(design, [key]);
  return typeof value === 'string' ? value : null;
};

function verdictOf(design: unknown): { recommendation: Recommendation; mlScore: number; traditionalScore: number } {
  const { recommendation, mlScore, traditionalScore } = scoreProblem(traitsOf(design));
  return { recommendation, mlScore, traditionalScore };
}

/** Everything a reviewer wants to know about one design's change. Pure. */
export function compareDesign(base: DesignSnapshot | undefined, head: DesignSnapshot | undefined): DesignChange {
  const id = (head ?? base)!.id;
  const status: DesignStatus = !base
    ? 'added'
    : !head
        ? 'deleted'
        : base.path !== head.path
          ? 'renamed'
          : base.text === head.text
            ? 'unchanged'
            : 'modified';
  const counts = { ...(base ? { base: countsOf(base.findings) } : {}), ...(head ? { head: countsOf(head.findings) } : {}) };
  const paths = { ...(base ? { basePath: base.path } : {}), ...(head ? { headPath: head.path } : {}) };
  const textChanged = !base || !head || base.text !== head.text;
  const comparable = base !== undefined && head !== undefined && base.data !== undefined && head.data !== undefined;
  const unparsable = [
    ...(base && base.data === undefined ? ['base' as const] : []),
    ...(head && head.data === undefined ? ['head' as const] : []),
  ];
  const change: DesignChange = {
    id,
    status,
    ...paths,
    textChanged,
    comparable,
    unparsable,
    introduced: [],
    fixed: [],
    counts,
    slos: [],
    staleAlerts: [],
    monitors: { added: [], removed: [] },
    steps: { added: [], removed: [] },
  };
  // A deleted design's findings are gone with it, not fixed; an added one's are all new.
  if (!head) return change;
  const { introduced, fixed } = matchFindings(base?.findings ?? [], head.findings);
  change.introduced = introduced;
  change.fixed = fixed;
  if (!base || !comparable) return change;
  const before = { status: textAt(base.data, 'status'), approach: textAt(base.data, 'approach') };
  const after = { status: textAt(head.data, 'status'), approach: textAt(head.data, 'approach') };
  if (before.status !== after.status) change.designStatus = { before: before.status, after: after.status };
  if (before.approach !== after.approach) change.approach = { before: before.approach, after: after.approach };
  const verdict = { before: verdictOf(base.data), after: verdictOf(head.data) };
  if (
    verdict.before.recommendation !== verdict.after.recommendation ||
    verdict.before.mlScore !== verdict.after.mlScore ||
    verdict.before.traditionalScore !== verdict.after.traditionalScore
  ) {
    change.verdict = verdict;
  }
  change.slos = sloChanges(base.data, head.data);
  change.staleAlerts = staleAlerts(base.data, head.data);
  change.monitors = monitorChanges(base.data, head.data);
  const stepsBefore = stepsOf(base.data);
  const stepsAfter = stepsOf(head.data);
  change.steps = {
    added: STEPS.map((step) => step.key).filter((key) => stepsAfter.has(key) && !stepsBefore.has(key)),
    removed: STEPS.map((step) => step.key).filter((key) => stepsBefore.has(key) && !stepsAfter.has(key)),
  };
  return change;
}

/**
 * Pairs the designs of the two sides: by id and path, then by id (a renamed file), then
 * by path (a changed id); the rest are added or deleted.
 */
export function pairDesigns(
  base: readonly DesignSnapshot[],
  head: readonly DesignSnapshot[],
): [DesignSnapshot | undefined, DesignSnapshot | undefined][] {
  const pairs: [DesignSnapshot | undefined, DesignSnapshot | undefined][] = [];
  const leftBase = new Set(base);
  const leftHead = new Set(head);
  const pairBy = (same: (a: DesignSnapshot, b: DesignSnapshot) => boolean, unique: boolean): void => {
    for (const b of [...leftBase]) {
      const matches = [...leftHead].filter((h) => same(b, h));
      // Two designs claiming one id cannot be told apart by id alone.
      if (matches.length === 0 || (unique && (matches.length > 1 || [...leftBase].filter((other) => same(other, matches[0]!)).length > 1)))
        continue;
      pairs.push([b, matches[0]]);
      leftBase.delete(b);
      leftHead.delete(matches[0]!);
    }
  };
  pairBy((b, h) => b.id === h.id && b.path === h.path, false);
  pairBy((b, h) => b.id === h.id, true);
  pairBy((b, h) => b.path === h.path, true);
  for (const b of leftBase) pairs.push([b, undefined]);
  for (const h of leftHead) pairs.push([undefined, h]);
  const pathOf = ([b, h]: [DesignSnapshot | undefined, DesignSnapshot | undefined]): string => (h ?? b)!.path;
  return pairs.sort((x, y) => (pathOf(x) < pathOf(y) ? -1 : pathOf(x) > pathOf(y) ? 1 : 0));
}

/** The review of every design the two sides hold. */
export function compareSnapshots(base: readonly DesignSnapshot[], head: readonly DesignSnapshot[]): DesignChange[] {
  return pairDesigns(base, head).map(([b, h]) => compareDesign(b, h));
}
