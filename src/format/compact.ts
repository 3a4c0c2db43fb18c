import { plural, totalsOf } from './summary.js';
import type { Formatter } from './types.js';
import { oneLineMessage, visibleText } from './visible-text.js';

const WORD = { error: 'Error', warn: 'Warning', info: 'Info' } as const;

/** ESLint's compact format: one finding per line, easy to grep and for editors' problem matchers. */
export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const finding of result.findings) {
      const rule = finding.ruleId ? ` (${finding.ruleId})` : '';
      lines.push(
        `${visibleText(result.filePath)}: line ${finding.line}, col ${finding.column}, ${WORD[finding.severity]} ` +
          `- ${oneLineMessage(finding.message)}${rule}`,
      );
    }
  }
  const totals = totalsOf(results);
  const problems = totals.errors + totals.warnings + totals.infos;
  if (problems === 0) return '';
  return `${lines.join('\n')}\n\n${plural(problems, 'problem')}\n`;
};

export default compact;
