import type { FileResult } from '../types.js';
import type { Formatter } from './types.js';

/** One file in ESLint's JSON shape. Info findings are left out: ESLint has no such level. */
export function eslintResult(result: FileResult): object {
  // A plain loop: over tens of thousands of files, filter/map/spread copies add up.
  const messages: object[] = [];
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
    messages.push(message);
  }
  return {
    filePath: result.filePath,
    messages,
    suppressedMessages: [],
    errorCount: result.errorCount,
    fatalErrorCount: result.fatalErrorCount,
    warningCount: result.warningCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

// Files serialised per stringify call: the ESLint-shaped copies of a chunk are garbage as soon
// as it is written, rather than all alive until one call over tens of thousands of files ends
// (the garbage collector then copies each of them twice).
const CHUNK = 500;

/** ESLint's JSON formatter shape, so that tools reading ESLint JSON read ours. */
export const json: Formatter = (results) => {
  if (results.length <= CHUNK) return JSON.stringify(results.map(eslintResult));
  const chunks: string[] = [];
  for (let start = 0; start < results.length; start += CHUNK) {
    const chunk = JSON.stringify(results.slice(start, start + CHUNK).map(eslintResult));
    chunks.push(chunk.slice(1, -1));
  }
  return `[${chunks.join(',')}]`;
};

export default json;
