import { relative } from 'node:path';
import { palette, visibleLength } from './color.js';
import { SEVERITY_WORD, plural, totalsOf } from './summary.js';
import { piecewiseFormatter, type Formatter } from './types.js';
import { oneLineMessage, visibleText } from './visible-text.js';

/** Below this many columns for the message, wrapping would leave a word or two per line: lines run long instead. */
const NARROWEST_MESSAGE = 20;

/** Splits a message into lines of at most `width` characters, at spaces; a longer word is cut. */
export function wrapMessage(message: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of message.split(' ')) {
    let rest = word;
    while (rest.length > width) {
      if (line !== '') lines.push(line);
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
      line = '';
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * One file's findings. The position and severity columns are aligned. Piped (no
 * terminal width), each message is followed directly by its rule id: lines are as long
 * as their own message, never padded to the longest one, so hooks' and CI logs stay
 * narrow. On a terminal, messages are wrapped to fit its width and rule ids aligned.
 */
function filePiece(lines: string[], rows: [string, string, string, string][], width: number | undefined): void {
  const [positionWidth, severityWidth] = [0, 1].map((column) => largest(rows, (row) => visibleLength(row[column]!)));
  const indent = 2 + positionWidth! + 2 + severityWidth! + 2;
  const ruleWidth = largest(rows, (row) => visibleLength(row[3]));
  const longest = largest(rows, (row) => row[2].length);
  const room = width === undefined ? undefined : width - indent - 2 - ruleWidth;
  const messageWidth = room === undefined || room < NARROWEST_MESSAGE ? undefined : Math.min(room, longest);
  for (const [position, severity, message, rule] of rows) {
    const positionPad = ' '.repeat(positionWidth! - visibleLength(position));
    const severityPad = ' '.repeat(severityWidth! - visibleLength(severity));
    const head = `  ${position}${positionPad}  ${severity}${severityPad}  `;
    if (messageWidth === undefined) {
      lines.push(`${head}${message}  ${rule}`.trimEnd());
      continue;
    }
    const wrapped = wrapMessage(message, messageWidth);
    lines.push(`${head}${wrapped[0]!.padEnd(messageWidth)}  ${rule}`.trimEnd());
    for (const more of wrapped.slice(1)) lines.push(`${' '.repeat(indent)}${more}`);
  }
}

/** ESLint's default look: findings grouped by file, aligned columns, a summary line. Nothing at all when clean. */
export const stylish: Formatter = piecewiseFormatter({
  piece(result, context) {
    if (result.findings.length === 0) return '';
    const paint = palette(context.color);
    const lines = ['', paint.underline(visibleText(relative(context.cwd, result.filePath) || result.filePath))];
    const rows = result.findings.map((finding): [string, string, string, string] => {
      const severity = SEVERITY_WORD[finding.severity];
      const painted =
        finding.severity === 'error' ? paint.red(severity) : finding.severity === 'warn' ? paint.yellow(severity) : paint.cyan(severity);
      return [paint.dim(`${finding.line}:${finding.column}`), painted, oneLineMessage(finding.message), paint.dim(finding.ruleId ?? '')];
    });
    filePiece(lines, rows, context.width);
    return lines.join('\n');
  },
  frame(results, context) {
    const totals = totalsOf(results);
    const problems = totals.errors + totals.warnings + totals.infos;
    if (problems === 0) return undefined;
    const paint = palette(context.color);
    const parts = [plural(totals.errors, 'error'), plural(totals.warnings, 'warning')];
    if (totals.infos > 0) parts.push(plural(totals.infos, 'info'));
    const summary = `✖ ${plural(problems, 'problem')} (${parts.join(', ')})`;
    const painted =
      totals.errors > 0 ? paint.red(paint.bold(summary)) : totals.warnings > 0 ? paint.yellow(paint.bold(summary)) : paint.bold(summary);
    return { head: '', separator: '\n', tail: `\n\n${painted}\n` };
  },
});

export default stylish;

/** The largest measure of any row, by a loop: spreading a million findings as arguments overflows the stack. */
function largest<Row>(rows: readonly Row[], measure: (row: Row) => number): number {
  let result = 0;
  for (const row of rows) result = Math.max(result, measure(row));
  return result;
}
