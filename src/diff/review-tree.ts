import type { List, ListItem, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { STEPS, type StepKey } from '../design.js';
import { inlineMessage } from '../format/markdown-summary.js';
import { plural } from '../format/summary.js';
import type { Change, DesignChange, ReviewFinding, SloChange, StaleAlert } from './compare.js';
import type { DesignReview } from './review.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
const cell = (...children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): RootContent => ({ type: 'heading', depth, children });

function table(header: readonly string[], align: Table['align'], rows: TableCell[][]): Table {
  const row = (cells: TableCell[]): TableRow => ({ type: 'tableRow', children: cells });
  return { type: 'table', align, children: [row(header.map((title) => cell(text(title)))), ...rows.map(row)] };
}

function list(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
  };
}

const SEVERITY = { error: 'error', warn: 'warning', info: 'info' } as const;

const STATUS_WORD: Record<DesignChange['status'], string> = {
  added: 'added',
  deleted: 'deleted',
  renamed: 'renamed',
  modified: 'modified',
  unchanged: 'unchanged',
};

const stepName = (key: StepKey): string => {
  const step = STEPS.find((candidate) => candidate.key === key)!;
  return `${step.number}. ${step.title}`;
};

const orNone = (value: string | null | undefined): PhrasingContent =>
  value === null || value === undefined ? text('(none)') : code(value);

function findingsTable(findings: readonly ReviewFinding[]): Table {
  return table(
    ['Severity', 'Rule', 'Where', 'Message'],
    ['left', 'left', 'left', 'left'],
    findings.map((finding) => [
      cell(text(SEVERITY[finding.severity])),
      cell(finding.ruleId === null ? text('inline directive') : code(finding.ruleId)),
      cell(...(finding.path === '' ? [] : [code(finding.path), text(' ')]), text(`line ${finding.line}`)),
      cell(...inlineMessage(finding.message)),
    ]),
  );
}

function changeLine(label: string, change: Change<string | null>): PhrasingContent[] {
  return [strong(text(`${label}:`)), text(' '), orNone(change.before), text(' → '), orNone(change.after)];
}

/** One SLO's change, values as written: `deployment.slo.latency_p99` **loosened**: 200ms → 300ms. */
function sloLine(slo: SloChange): PhrasingContent[] {
  const head: PhrasingContent[] = [code(slo.path), text(' '), strong(text(slo.change))];
  if (slo.change === 'added') return [...head, text(`: ${slo.after ?? ''}`)];
  if (slo.change === 'removed') return [...head, text(` (was ${slo.before ?? ''})`)];
  return [...head, text(`: ${slo.before ?? ''} → ${slo.after ?? ''}`)];
}

/**
 * One stale alert: `monitoring.alerts[0]` (p99 latency > 200ms …) fires at p99 > 200ms, but
 * `deployment.slo.latency_p99` is now 300ms (was 200ms): …
 */
function staleAlertLine(alert: StaleAlert): PhrasingContent[] {
  const was = alert.before === undefined ? ' (it was not set)' : ` (was ${alert.before})`;
  return [
    code(alert.path),
    text(` (${alert.text}) fires at `),
    code(alert.condition),
    text(', but '),
    code(alert.slo),
    text(` is now ${alert.after}${was}: the unchanged alert is `),
    strong(text(alert.direction)),
    text(' than the SLO it guards — update one of them'),
  ];
}

/** The sections of one design that changed. */
function designSections(design: DesignChange): RootContent[] {
  const nodes: RootContent[] = [heading(2, code(design.id), text(` (${STATUS_WORD[design.status]})`))];
  const where: PhrasingContent[] =
    design.status === 'renamed'
      ? [code(design.basePath!), text(' → '), code(design.headPath!)]
      : [code((design.headPath ?? design.basePath)!)];
  nodes.push(paragraph(...where));
  if (design.status === 'deleted') {
    const counts = design.counts.base!;
    nodes.push(
      paragraph(text(`Deleted; at the base revision it had ${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')}.`)),
    );
    return nodes;
  }
  if (design.unparsable.length > 0) {
    const sentence =
      design.unparsable.length === 2
        ? 'The design parses neither at the base revision nor in the working tree'
        : `The design does not parse ${design.unparsable[0] === 'base' ? 'at the base revision' : 'in the working tree'}`;
    nodes.push(paragraph(text(`${sentence}, so only its findings are compared.`)));
  }
  const facts: PhrasingContent[][] = [];
  if (design.designStatus) facts.push(changeLine('Status', design.designStatus));
  if (design.approach) facts.push(changeLine('Approach', design.approach));
  if (design.verdict) {
    const side = (verdict: typeof design.verdict.before): PhrasingContent[] => [
      code(verdict.recommendation),
      text(` (ML ${verdict.mlScore} : ${verdict.traditionalScore} traditional)`),
    ];
    facts.push([strong(text('Should we use ML?')), text(' '), ...side(design.verdict.before), text(' → '), ...side(design.verdict.after)]);
  }
  if (facts.length > 0) nodes.push(list(facts));
  if (design.introduced.length > 0)
    nodes.push(heading(3, text(`Findings introduced (${design.introduced.length})`)), findingsTable(design.introduced));
  if (design.fixed.length > 0) nodes.push(heading(3, text(`Findings fixed (${design.fixed.length})`)), findingsTable(design.fixed));
  if (design.slos.length > 0) nodes.push(heading(3, text('SLOs')), list(design.slos.map(sloLine)));
  if (design.staleAlerts.length > 0)
    nodes.push(heading(3, text(`Stale alerts (${design.staleAlerts.length})`)), list(design.staleAlerts.map(staleAlertLine)));
  const monitors: PhrasingContent[][] = [
    ...design.monitors.removed.map((item) => [
      strong(text('Removed')),
      text(' from '),
      code(`monitoring.${item.category}`),
      text(`: ${item.text}`),
    ]),
    ...design.monitors.added.map((item) => [
      strong(text('Added')),
      text(' to '),
      code(`monitoring.${item.category}`),
      text(`: ${item.text}`),
    ]),
  ];
  if (monitors.length > 0) nodes.push(heading(3, text('Monitors')), list(monitors));
  const steps: PhrasingContent[][] = [
    ...design.steps.added.map((key) => [strong(text('Added:')), text(` ${stepName(key)}`)]),
    ...design.steps.removed.map((key) => [strong(text('Removed:')), text(` ${stepName(key)}`)]),
  ];
  if (steps.length > 0) nodes.push(heading(3, text('Steps')), list(steps));
  if (nodes.length === 2) {
    nodes.push(
      paragraph(
        text(
          design.textChanged
            ? 'The text changed; findings, verdict, SLOs, monitors and steps did not.'
            : 'Only the file moved; its content did not change.',
        ),
      ),
    );
  }
  return nodes;
}

/** The review as Markdown (mdast), for a pull-request comment or `$GITHUB_STEP_SUMMARY`. */
export function reviewTree(review: DesignReview): Root {
  const { totals } = review;
  const changed = review.designs.filter((design) => design.status !== 'unchanged');
  const unchanged = review.designs.length - changed.length;
  const children: RootContent[] = [
    heading(1, text('Design review: '), code(review.base.revision), text(` (${review.base.commit.slice(0, 12)}) → working tree`)),
  ];
  if (changed.length === 0) {
    children.push(paragraph(text(`✅ No design changed (${plural(review.designs.length, 'design')} compared).`)));
    return { type: 'root', children };
  }
  const summary = `${plural(totals.introducedErrors, 'new ' +
    'error')}, ${plural(totals.introducedWarnings, 'new warning')} and ${plural(totals.fixed, 'fixed finding')}`;
  children.push(
    paragraph(
      text(totals.introducedErrors > 0 ? '❌ ' : '✅ '),
      strong(text(summary)),
      text(` in ${plural(changed.length, 'changed design')}${unchanged > 0 ? ` (${unchanged} unchanged)` : ''}.`),
    ),
    table(
      ['Design', 'Change', 'New errors', 'New warnings', 'Fixed'],
      ['left', 'left', 'right', 'right', 'right'],
      changed.map((design) => {
        const count = (severity: ReviewFinding['severity']): string =>
          String(design.introduced.filter((finding) => finding.severity === severity).length);
        return [
          cell(code(design.id)),
          cell(text(STATUS_WORD[design.status])),
          cell(text(count('error'))),
          cell(text(count('warn'))),
          cell(text(String(design.fixed.length))),
        ];
      }),
    ),
  );
  for (const design of changed) children.push(...designSections(design));
  return { type: 'root', children };
}
