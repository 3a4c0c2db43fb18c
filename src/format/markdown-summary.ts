import type { PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { markdownOf } from '../markdown-tree.js';
import type { FileResult, Finding } from '../types.js';
import { relativePath } from './paths.js';
import { plural, SEVERITY_WORD, totalsOf } from './summary.js';
import type { Formatter } from './types.js';

/**
 * A message as inline nodes on one line: text between backticks becomes inline code,
 * the rest plain text, so that remark escapes whatever a design author wrote.
 */
export function inlineMessage(message: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  // One line per table cell; control characters, which no reader wants, shown as U+FFFD.
  // eslint-disable-next-line no-control-regex
  const flat = message.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
  let last = 0;
  for (const match of flat.matchAll(/`([^`]+)`/g)) {
    if (match.index > last) nodes.push({ type: 'text', value: flat.slice(last, match.index) });
    nodes.push({ type: 'inlineCode', value: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < flat.length) nodes.push({ type: 'text', value: flat.slice(last) });
  return nodes;
}

const cell = (...children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });

function table(header: readonly string[], align: Table['align'], rows: TableRow[]): Table {
  return { type: 'table', align, children: [{ type: 'tableRow', children: header.map((title) => cell(text(title))) }, ...rows] };
}

// Words, not emoji: table columns stay aligned for every reader's idea of a character's width.
const verdict = (result: FileResult): string =>
  result.errorCount > 0 ? 'errors' : result.warningCount > 0 ? 'warnings' : result.infoCount > 0 ? 'info only' : 'clean';

function summaryRow(result: FileResult, file: string): TableRow {
  return {
    type: 'tableRow',
    children: [
      cell(code(file)),
      cell(text(verdict(result))),
      cell(text(String(result.errorCount))),
      cell(text(String(result.warningCount))),
      cell(text(String(result.infoCount))),
    ],
  };
}

function ruleCell(finding: Finding): TableCell {
  if (finding.ruleId === null) return cell(text('inline directive'));
  return finding.url ? cell({ type: 'link', url: finding.url, children: [code(finding.ruleId)] }) : cell(code(finding.ruleId));
}

function findingRow(finding: Finding): TableRow {
  return {
    type: 'tableRow',
    children: [
      cell(text(`${finding.line}:${finding.column}`)),
      cell(text(SEVERITY_WORD[finding.severity])),
      ruleCell(finding),
      cell(...inlineMessage(finding.message)),
    ],
  };
}

/**
 * The most findings listed: a summary is read by a person, and GitHub refuses a job summary
 * over 1 MiB (and a comment over 65,536 characters), which a few thousand rows reach.
 */
export const MOST_FINDING_ROWS = 1000;

/**
 * A Markdown summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: totals, a
 * table of designs with their counts, then each design's findings.
 */
export const markdown: Formatter = (results, context) => {
  const totals = totalsOf(results);
  const problems = totals.errors + totals.warnings + totals.infos;
  const failing = results.filter((result) => result.findings.length > 0);
  const parts = [
    plural(totals.errors, 'error'),
    plural(totals.warnings, 'warning'),
    ...(totals.infos > 0 ? [plural(totals.infos, 'info')] : []),
  ];
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text('mlsys-lint')] },
    {
      type: 'paragraph',
      children:
        problems === 0
          ? [text(`✅ No problems in ${plural(results.length, 'design')}.`)]
          : [
              { type: 'strong', children: [text(`${totals.errors > 0 ? '❌' : '⚠️'} ${plural(problems, 'problem')}`)] },
              text(` (${parts.join(', ')}) in ${failing.length} of ${plural(results.length, 'design')}.`),
            ],
    },
  ];
  if (results.length > 0) {
    children.push(
      table(
        ['Design', 'Result', 'Errors', 'Warnings', 'Info'],
        ['left', 'left', 'right', 'right', 'right'],
        results.map((result) => summaryRow(result, relativePath(context.cwd, result.filePath))),
      ),
    );
  }
  let rowsLeft = MOST_FINDING_ROWS;
  for (const result of failing) {
    if (rowsLeft === 0) break;
    const shown = result.findings.length <= rowsLeft ? result.findings : result.findings.slice(0, rowsLeft);
    rowsLeft -= shown.length;
    children.push(
      { type: 'heading', depth: 2, children: [code(relativePath(context.cwd, result.filePath))] },
      table(['Line', 'Severity', 'Rule', 'Message'], ['right', 'left', 'left', 'left'], shown.map(findingRow)),
    );
  }
  const findings = failing.reduce((sum, result) => sum + result.findings.length, 0);
  if (findings > MOST_FINDING_ROWS) {
    children.push({
      type: 'paragraph',
      children: [
        text(
          `Only the first ${MOST_FINDING_ROWS.toLocaleString('en-US')} of ${findings.toLocaleString('en-US')} findings are listed ` +
            '(a job summary holds at most 1 MiB); the table of designs above counts them all, and ',
        ),
        code('-f json'),
        text(' lists every one.'),
      ],
    });
  }
  return markdownOf({ type: 'root', children });
};

export default markdown;
