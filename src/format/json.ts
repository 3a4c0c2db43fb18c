import type { FileResult } from '../types.js';
import { piecewiseFormatter, type Formatter } from './types.js';

/** One file in ESLint's JSON shape. Info findings are left out: ESLint has no such level. */
export function eslintResult(result: FileResult): object {
  // A plain loop: over tens of thousands of files, filter/map/spread copies add up.
  const messages: object[] = [];
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const finding of result.findings) {
    if (finding.severity === 'info') continue;
    const message: Record<string, unknown> = {
      ruleId: finding.ruleId,
      severity: finding.severity === 'error' ? 2 : 1,
      message: finding.message,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
    };
    if (finding.fatal) message.fatal = true;
    // As ESLint writes them: the edit in offsets of the file's text (docs/fixes.md).
    if (finding.fix) {
      message.fix = finding.fix;
      if (finding.severity === 'error') fixableErrorCount++;
      else fixableWarningCount++;
    }
    if (finding.suggestions) message.suggestions = finding.suggestions;
    messages.push(message);
  }
  return {
    filePath: result.filePath,
    messages,
    suppressedMessages: [],
    errorCount: result.errorCount,
    fatalErrorCount: result.fatalErrorCount,
    warningCount: result.warningCount,
    fixableErrorCount,
    fixableWarningCount,
    usedDeprecatedRules: [],
  };
}

/**
 * ESLint's JSON formatter shape, so that tools reading ESLint JSON read ours. A file's
 * piece is its own JSON: the ESLint-shaped copy is garbage as soon as it is serialised,
 * rather than every copy alive until one call over tens of thousands of files ends.
 */
export const json: Formatter = piecewiseFormatter({
  piece: (result) => JSON.stringify(eslintResult(result)),
  frame: () => ({ head: '[', separator: ',', tail: ']' }),
});

export default json;
