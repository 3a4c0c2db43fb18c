import type { Severity } from '../types.js';
import { relativePath } from './paths.js';
import type { Formatter } from './types.js';
import { visibleLines, visibleText } from './visible-text.js';

const COMMAND: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

/** Escapes a workflow command's message, as GitHub's runner unescapes it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one per finding, which GitHub shows as annotations
 * on the pull request's files: errors as `::error`, warnings as `::warning`, info as `::notice`.
 */
export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    // Control characters would act on the log viewer: shown as escapes (line breaks as %0A).
    const file = visibleText(relativePath(context.cwd, result.filePath));
    for (const finding of result.findings) {
      const properties = [
        ['file', file],
        ['line', String(finding.line)],
        ['col', String(finding.column)],
        ['endLine', String(finding.endLine)],
        ['endColumn', String(finding.endColumn)],
        ['title', finding.ruleId ?? 'mlsys-lint'],
      ]
        .map(([name, value]) => `${name}=${escapeProperty(value!)}`)
        .join(',');
      lines.push(`::${COMMAND[finding.severity]} ${properties}::${escapeData(visibleLines(finding.message))}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

export default github;
