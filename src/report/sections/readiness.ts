import type { RootContent } from 'mdast';
import { STEPS } from '../../design.js';
import type { DesignReport } from '../model.js';
import { STATUS_SYMBOL, type StepReadiness } from '../readiness.js';
import { count, paragraph, percent, table, text } from '../text.js';
import { diagramBlock } from './diagram.js';

/** The step's status in words that match its counts: `❌ 2 errors, 1 warning`, `⚠️ 3 warnings`, `✅ ready (1 info)`. */
export const statusCell = (step: StepReadiness): string => {
  const errors = step.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = step.findings.filter((finding) => finding.severity === 'warn').length;
  const infos = step.findings.filter((finding) => finding.severity === 'info').length;
  const counted = [errors > 0 ? count(errors, 'error') : '', warnings > 0 ? count(warnings, 'warning') : ''].filter((part) => part !== '');
  if (step.status === 'fail' && counted.length === 0) return `${STATUS_SYMBOL.fail} not readable`;
  const info = infos > 0 ? ` (${count(infos, 'info', 'info')})` : '';
  return counted.length === 0 ? `${STATUS_SYMBOL.pass} ready${info}` : `${STATUS_SYMBOL[step.status]} ${counted.join(', ')}${info}`;
};

/** The readiness table, the overall readiness and the readiness chart. */
export default function readiness(report: DesignReport): RootContent[] {
  const { steps, overall, weakest } = report.readiness;
  const weakestTitle = STEPS.find((step) => step.key === weakest)!.title;
  return [
    table(
      ['#', 'Step', 'Status', 'Checks passing', 'Readiness'],
      steps.map((step) => [String(step.number), step.title, statusCell(step), `${step.passing} of ${step.checks}`, percent(step.share)]),
      ['right', 'left', 'left', 'right', 'right'],
    ),
    paragraph(
      text(
        overall === 1
          ? 'Overall readiness: 100%. No step has an error or a warning.'
          : `Overall readiness: ${percent(overall)}, that of the weakest step (${weakestTitle}). As in the ML Test Score, a system is ` +
            `only as ready as its weakest step. A step with an error scores below 50%, one with only warnings from 50% to 99%; info ` +
            `findings do not count.`,
      ),
    ),
    diagramBlock(report.diagrams.readiness),
  ];
}
