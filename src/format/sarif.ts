import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../rules/index.js';
import { docsUrlOf, ruleDocsUrl } from '../rules/index.js';
import { formatPath } from '../design/path.js';
import type { FileResult, Finding, Severity, TextEdit } from '../types.js';
import { isInside, relativePath } from './paths.js';
import { PART_SIZE, type FormatContext, type Formatter } from './types.js';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/mlsys-lint/mlsys-lint';
/** The base id that relative artifact uris are resolved against: the repository's top level (or the working directory). */
const SOURCE_ROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, Level> = { error: 'error', warn: 'warning', info: 'note' };

/** A relative uri reference for a posix path: each segment percent-encoded. */
const uriOf = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** Where a file is, as a SARIF artifactLocation: relative to the source root when it lies inside it. */
function artifactLocation(root: string, filePath: string): { uri: string; uriBaseId?: string } {
  if (isInside(root, filePath)) return { uri: uriOf(relativePath(root, filePath)), uriBaseId: SOURCE_ROOT };
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
      : {
          helpUri: url,
          help: { text: `${rule.meta.rationale}\n\nDocumentation: ${url}`, markdown: `${rule.meta.rationale}\n\n[Documentation](${url})` },
        }),
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

/**
 * What tells a finding apart from the others in its file, without its line number, so
 * that code scanning keeps an alert's identity when unrelated edits move lines: rule,
 * data path and message id; where the data path says little (findings about the YAML
 * text, or at the document's root), also the message and the text of the line.
 */
function identityOf(finding: Finding, filePath: string, context: FormatContext): string {
  const parts = [finding.ruleId ?? 'directive', formatPath(finding.path), finding.messageId];
  if (finding.ruleId?.startsWith('yaml/') || finding.path.length === 0)
    parts.push(finding.message, (context.sourceLine?.(filePath, finding.line) ?? '').trim());
  return parts.join('\u0000');
}

function resultOf(
  finding: Finding,
  location: object,
  artifactIndex: number,
  ruleIndex: ReadonlyMap<string, number>,
  fingerprint: string,
): object {
  const index = finding.ruleId === null ? undefined : ruleIndex.get(finding.ruleId);
  return {
    // Problems with inline directives belong to no rule: such a result carries no ruleId, as in ESLint's SARIF.
    ...(finding.ruleId === null ? {} : { ruleId: finding.ruleId }),
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { ...location, index: artifactIndex }, region: regionOf(finding) } }],
    partialFingerprints: { 'mlsysLintFinding/v2': fingerprint },
    ...(finding.fix ? { fixes: [fixOf(finding.fix, location, artifactIndex)] } : {}),
  };
}

/**
 * A finding's fix as a SARIF fix: one replacement in the file, its region in characters of
 * the text (after a byte-order mark), as `columnKind` says (docs/fixes.md).
 */
function fixOf(fix: TextEdit, location: object, artifactIndex: number): object {
  return {
    description: { text: 'Apply the fix (mlsys-lint --fix)' },
    artifactChanges: [
      {
        artifactLocation: { ...location, index: artifactIndex },
        replacements: [
          { deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] }, insertedContent: { text: fix.text } },
        ],
      },
    ],
  };
}

/** Stands in the log for its results, which are written after it one by one (see {@link sarifParts}). */
const RESULTS_PLACEHOLDER = '\u0000mlsys-lint results\u0000';

/**
 * SARIF 2.1.0 for code scanning, in parts: one reportingDescriptor per rule the run knew,
 * one result per finding (info findings as `note`), uris relative to the repository's top
 * level (`sourceRoot`), partial fingerprints unique per finding in a file. The text is what
 * `JSON.stringify(log, null, 2)` gives, with each result serialised on its own, so that no
 * single string holds them all.
 */
function* sarifParts(results: readonly FileResult[], context: FormatContext): Generator<string> {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const root = context.sourceRoot ?? context.cwd;
  const locations = results.map((result) => artifactLocation(root, result.filePath));
  const findings = results.reduce((sum, result) => sum + result.findings.length, 0);
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
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(root.endsWith('/') ? root : `${root}/`).href } },
        artifacts: locations.map((location) => ({ location })),
        results: findings === 0 ? [] : [RESULTS_PLACEHOLDER],
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  const text = `${JSON.stringify(log, null, 2)}\n`;
  // The last occurrence: only `columnKind` follows the results, while rule texts (a plugin's) come before.
  const placeholder = text.lastIndexOf(JSON.stringify(RESULTS_PLACEHOLDER));
  if (placeholder === -1) {
    yield text;
    return;
  }
  // The placeholder's own line gives the indentation of every result.
  const lineStart = text.lastIndexOf('\n', placeholder) + 1;
  const indent = text.slice(lineStart, placeholder);
  let part = text.slice(0, lineStart);
  let first = true;
  for (let artifactIndex = 0; artifactIndex < results.length; artifactIndex++) {
    const result = results[artifactIndex]!;
    // Identical identities in one file are told apart by their rank, so every fingerprint is unique.
    const seen = new Map<string, number>();
    for (const finding of result.findings) {
      const identity = identityOf(finding, result.filePath, context);
      const rank = seen.get(identity) ?? 0;
      seen.set(identity, rank + 1);
      const fingerprint = createHash('sha256').update(`${identity}\u0000${rank}`).digest('hex');
      const json = JSON.stringify(resultOf(finding, locations[artifactIndex]!, artifactIndex, ruleIndex, fingerprint), null, 2);
      part += `${first ? '' : ',\n'}${indent}${json.replaceAll('\n', `\n${indent}`)}`;
      first = false;
      if (part.length >= PART_SIZE) {
        yield part;
        part = '';
      }
    }
  }
  yield part + text.slice(placeholder + JSON.stringify(RESULTS_PLACEHOLDER).length);
}

export const sarif: Formatter = Object.assign(
  (results: readonly FileResult[], context: FormatContext) => [...sarifParts(results, context)].join(''),
  {
    parts: sarifParts,
  },
);

export default sarif;
