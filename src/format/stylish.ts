import { relative } from 'node:path';
import { palette, visibleLength } from './color.js';
import { SEVERITY_WORD, plural, totalsOf } from './summary.js';
import { piecewiseFormatter, type Formatter } from './types.js';

/** ESLint's default look: findings grouped by file, aligned columns, a summary line. Nothing at all when clean. */
export const stylish: Formatter = piecewiseFormatter({
  // Paths are shown relative to the working directory, and colour changes every line.
  pieceKey: (context) => JSON.stringify(['stylish', context.color, context.cwd]),
  piece(result, context) {
    if (result.findings.length === 0) return '';
    const paint = palette(context.color);
    const lines = ['', paint.underline(relative(context.cwd, result.filePath) || result.filePath)];
    const rows = result.findings.map((finding) => {
      const severity = SEVERITY_WORD[finding.severity];
      const painted = finding.severity === 'error' ? paint.red(severity) : finding.severity === 'warn' ? paint.yellow(severity) : paint.cyan(severity);
      return [paint.dim(`${finding.line}:${finding.column}`), painted, finding.message.replace(/\s*\n\s*/g, ' '), paint.dim(finding.ruleId ?? '')];
    });
    // A loop, not Math.max(...rows): spreading a million findings as arguments overflows the stack.
    const widths = [0, 0, 0];
    for (const row of rows) for (let column = 0; column < 3; column++) widths[column] = Math.max(widths[column]!, visibleLength(row[column]!));
    for (const row of rows) {
      const cells = row.map((cell, column) => (column < 3 ? cell + ' '.repeat(widths[column]! - visibleLength(cell)) : cell));
      lines.push(`  ${cells.join('  ').trimEnd()}`);
    }
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
    const painted = totals.errors > 0 ? paint.red(paint.bold(summary)) : totals.warnings > 0 ? paint.yellow(paint.bold(summary)) : paint.bold(summary);
    return { head: '', separator: '\n', tail: `\n\n${painted}\n` };
  },
});

export default stylish;
