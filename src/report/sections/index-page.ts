import type { Link, RootContent } from 'mdast';
import { STEPS } from '../../design.js';
import { valueAt } from '../../design/values.js';
import type { DesignReport, IndexModel } from '../model.js';
import { STATUS_SYMBOL } from '../readiness.js';
import { SIMILARITY_THRESHOLD } from '../similarity.js';
import { count, link, list, paragraph, percent, plain, table, text, userText } from '../text.js';

const designLink = (design: DesignReport): Link => link(`${design.slug}.md`, userText(design.name));

const VERDICT_TEXT = { ml: 'ML', traditional: 'traditional', 'consider-both': 'consider both' } as const;

/** How many designs, and how many findings in all. */
export function summary(index: IndexModel): RootContent[] {
  const { designs } = index;
  if (designs.length === 0) return [paragraph(text('No designs were found.'))];
  const errors = designs.reduce((sum, design) => sum + design.result.errorCount, 0);
  const warnings = designs.reduce((sum, design) => sum + design.result.warningCount, 0);
  return [
    paragraph(
      text(
        `${count(designs.length, 'design')}, with ${count(errors, 'error')} and ${count(warnings, 'warning')} in all. Each name links to ` +
          `the design's report.`,
      ),
    ),
  ];
}

/** One row per design: status, verdict, readiness and counts. */
export function designs(index: IndexModel): RootContent[] {
  if (index.designs.length === 0) return [];
  return [
    table(
      ['Design', 'Status', 'Verdict', 'Readiness', 'Errors', 'Warnings'],
      index.designs.map((design) => [
        [designLink(design)],
        plain(valueAt(design.design, ['status'])) || '—',
        design.readable
          ? `${VERDICT_TEXT[design.verdict.recommendation]} (${design.verdict.mlScore} : ${design.verdict.traditionalScore})`
          : '—',
        percent(design.readiness.overall),
        String(design.result.errorCount),
        String(design.result.warningCount),
      ]),
      ['left', 'left', 'left', 'right', 'right', 'right'],
    ),
    paragraph(
      text(
        "Verdict: the should-use-ML recommendation with ML : traditional points. Readiness: that of the weakest step (see each report's " +
          'readiness section).',
      ),
    ),
  ];
}

/** Designs × the 7 steps. */
export function coverage(index: IndexModel): RootContent[] {
  if (index.designs.length === 0) return [];
  return [
    table(
      ['Design', ...STEPS.map((step) => `${step.number} ${step.title}`)],
      index.designs.map((design) => [[designLink(design)], ...design.readiness.steps.map((step) => STATUS_SYMBOL[step.status])]),
      ['left', ...STEPS.map(() => 'center' as const)],
    ),
    paragraph(text('✅ no error and no warning (info findings only inform), ⚠️ warnings, ❌ at least one error.')),
  ];
}

/** Each design's nearest neighbours, with the similarity and what the two share. */
export function similar(index: IndexModel): RootContent[] {
  if (index.designs.length < 2) return [paragraph(text('Similar designs need at least two designs to compare.'))];
  return [
    paragraph(
      text(
        'Up to 3 designs worth reading beside each one: cosine similarity of their task, serving, components, technologies and ' +
          `monitoring (1 = the same profile; none below ${SIMILARITY_THRESHOLD.toFixed(2)}), with what they share:`,
      ),
    ),
    list(
      index.designs.map((design, position) => {
        const neighbours = index.similar[position] ?? [];
        if (neighbours.length === 0) return [designLink(design), text(': no similar design')];
        return {
          blocks: [
            paragraph(designLink(design)),
            list(
              neighbours.map((neighbour) => [
                designLink(index.designs[neighbour.index]!),
                text(` (${neighbour.similarity.toFixed(2)}${sharedText(neighbour.shared)})`),
              ]),
            ),
          ],
        };
      }),
    ),
  ];
}

const sharedText = (shared: readonly string[]): string => (shared.length === 0 ? '' : `: both ${shared.join(', ')}`);
