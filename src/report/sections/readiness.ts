import type { RootContent } from 'mdast';
import { STEPS } from '../../design.js';
import type { DesignReport } from '../model.js';
import { STATUS_SYMBOL, type StepReadiness } from '../readiness.js';
import { paragraph, percent, table, text } from '../text.js';
import { diagramBlock } from './diagram.js';

const STATUS_TEXT = { pass: 'ready', warn: 'warnings', fail: 'errors' } as const;

export const statusCell = (step: StepReadiness): string => `${STATUS_SYMBOL[step.status]} ${STATUS_TEXT[step.status]}`;

/** The readiness table, the overall readiness and the readiness chart. */
export default function readiness(report: DesignReport): RootContent[] {
  const { steps, overall, weakest } = report.readiness;
  const weakestTitle = STEPS.find((step) => step.key === weakest)!.title;
  return [
    table(
      ['#', 'Step', 'Status', 'Findings', 'Checks passing'],
      steps.map((step) => [String(step.number), step.title, statusCell(step), String(step.findings.length), `${step.passing} of ${step.checks} (${percent(step.share)})`]),
      ['right', 'left', 'left', 'right', 'right'],
    ),
    paragraph(
      text(
        overall === 1
          ? 'Overall readiness: 100%. Every check of every step passes.'
          : `Overall readiness: ${percent(overall)}, the share of passing checks in the weakest step (${weakestTitle}). As in the ML Test Score, a system is only as ready as its weakest step.`,
      ),
    ),
    diagramBlock(report.diagrams.readiness),
  ];
}
