import { pathToFileURL } from 'node:url';
import type { Rule } from '../rules/index.js';
import { docsUrlOf, ruleDocsUrl } from '../rules/index.js';
import { formatPath } from '../schema/describe.js';
import type { FileResult, Finding, Severity } from '../types.js';
import { isInside, relativePath } from './paths.js';
import type { Formatter } from './types.js';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/mlsys-lint/mlsys-lint';
/** The base id that relative artifact uris are resolved against: the working directory. */
const SOURCE_ROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, Level> = { error: 'error', warn: 'warning', info: 'note' };

/** A relative uri reference for a posix path: each segment percent-encoded. */
const uriOf = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** Where a file is, as a SARIF artifactLocation: relative to the source root when it lies inside the working directory. */
function artifactLocation(cwd: string, filePath: string): { uri: string; uriBaseId?: string } {
  if (isInside(cwd, filePath)) return { uri: uriOf(relativePath(cwd, filePath)), uriBaseId: SOURCE_ROOT };
  return { uri: pathToFileURL(filePath).href };
}

function reportingDescriptor(rule: Rule): object {
  const url = docsUrlOf(rule, ruleDocsUrl);
  return {
    id: rule.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.rationale },
    // A team's rule without docs of its own has no help link.
    ...(url === undefined
      ? { help: { text: rule.meta.rationale, markdown: rule.meta.rationale } }
      : { helpUri: url, help: { text: `${rule.meta.rationale}\n\nDocumentation: ${url}`, markdown: `${rule.meta.rationale}\n\n[Documentation](${url})` } }),
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
    properties: { tags: [rule.id.split('/')[0]!] },
  };
}

/** A region never starts before 1:1 and never ends before it starts. */
function regionOf(finding: Finding): object {
  const startLine = Math.max(1, finding.line);
  const startColumn = Math.max(1, finding.column);
  const endLine = Math.max(startLine, finding.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, finding.endColumn) : Math.max(1, finding.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function resultOf(finding: Finding, location: object, artifactIndex: number, ruleIndex: ReadonlyMap<string, number>): object {
  const index = finding.ruleId === null ? undefined : ruleIndex.get(finding.ruleId);
  return {
    // Problems with inline directives belong to no rule: such a result carries no ruleId, as in ESLint's SARIF.
    ...(finding.ruleId === null ? {} : { ruleId: finding.ruleId }),
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { ...location, index: artifactIndex }, region: regionOf(finding) } }],
    // Stable across edits that move lines: the same problem at the same place in the data.
    partialFingerprints: { 'mlsysLintDataPath/v1': `${finding.ruleId ?? 'directive'}|${formatPath(finding.path)}|${finding.messageId}` },
  };
}

/**
 * SARIF 2.1.0 for code scanning: one reportingDescriptor per rule the run knew, one
 * result per finding (info findings as `note`), uris relative to the working directory.
 */
export const sarif: Formatter = (results, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const artifacts: object[] = [];
  const sarifResults: object[] = [];
  results.forEach((result: FileResult, artifactIndex) => {
    const location = artifactLocation(context.cwd, result.filePath);
    artifacts.push({ location });
    for (const finding of result.findings) sarifResults.push(resultOf(finding, location, artifactIndex, ruleIndex));
  });
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mlsys-lint',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: INFORMATION_URI,
            rules: context.rules.map(reportingDescriptor),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
