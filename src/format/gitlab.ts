import { createHash } from 'node:crypto';
import { formatPath } from '../design/path.js';
import type { Severity } from '../types.js';
import { relativePath } from './paths.js';
import type { Formatter } from './types.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warn: 'minor', info: 'info' };

/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of issues. The
 * fingerprint hashes file, rule, data path and message id, not the line, so an issue
 * keeps its identity when lines move; repeats are told apart by their rank.
 */
export const gitlab: Formatter = (results, context) => {
  const issues: object[] = [];
  const seen = new Map<string, number>();
  for (const result of results) {
    const path = relativePath(context.cwd, result.filePath);
    for (const finding of result.findings) {
      const identity = [path, finding.ruleId ?? 'directive', formatPath(finding.path), finding.messageId].join('\u0000');
      const rank = seen.get(identity) ?? 0;
      seen.set(identity, rank + 1);
      issues.push({
        type: 'issue',
        description: finding.message,
        check_name: finding.ruleId ?? 'mlsys-lint/directives',
        fingerprint: createHash('sha256').update(`${identity}\u0000${rank}`).digest('hex'),
        severity: SEVERITY[finding.severity],
        location: { path, lines: { begin: finding.line, end: finding.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};

export default gitlab;
