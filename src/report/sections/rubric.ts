import type { RootContent } from 'mdast';
import type { DesignReport } from '../model.js';
import { isTraditional, rubricOf, rubricSummary, type RubricStatus } from '../rubric.js';
import { code, count, paragraph, table, text } from '../text.js';

const STATUS_TEXT: Readonly<Record<RubricStatus, string>> = {
  planned: '✅ planned',
  'not planned': '❌ not planned',
  'not assessable': '— not assessable from a design',
  'not applicable': '— not applicable to a rules design',
};

const SECTION_TITLE = { data: 'Data', model: 'Model', infrastructure: 'Infrastructure', monitoring: 'Monitoring' } as const;

/** The ML Test Score rubric: each of its 28 tests, whether the design plans it, and what shows it. */
export default function rubric(report: DesignReport): RootContent[] {
  if (!report.readable) return [paragraph(text('No rubric: the file could not be read as a design.'))];
  const results = rubricOf(report.design);
  const { planned, assessed } = rubricSummary(results);
  return [
    paragraph(
      text(
        `The tests of "The ML Test Score" (Breck et al., 2017) that a design can show: ${planned} of ${count(assessed, 'test')} planned. ` +
          'Tests a design document cannot show (unit tests, tuned hyperparameters) are not assessable, not failed' +
          (isTraditional(report.design) ? '; this is a rules or heuristics design, so tests of learned models do not apply.' : '.'),
      ),
    ),
    table(
      ['Section', '#', 'Test', 'Status', 'Shown by'],
      results.map((result) => [
        SECTION_TITLE[result.test.section],
        String(result.test.number),
        result.test.title,
        STATUS_TEXT[result.status],
        result.evidence.length === 0
          ? ''
          : result.evidence.flatMap((evidence, index) => [
              ...(index > 0 ? [text(result.status === 'planned' ? ', ' : ' or ')] : []),
              evidence.includes('.') ? code(evidence) : text(evidence),
            ]),
      ]),
      ['left', 'right', 'left', 'left', 'left'],
    ),
  ];
}
