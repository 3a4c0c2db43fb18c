import type { Finding } from '../types.js';
import { relativePath } from './paths.js';
import { SEVERITY_WORD } from './summary.js';
import type { Formatter } from './types.js';

/** Name of the test case that holds problems with inline directives, which belong to no rule. */
export const DIRECTIVES_TEST_CASE = 'mlsys-lint/directives';

// Characters XML 1.0 cannot hold at all, even escaped: most C0 controls, lone surrogates, U+FFFE and U+FFFF.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content, escaped; characters XML cannot hold become U+FFFD. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An attribute value in double quotes. Line breaks and tabs become spaces: parsers
 * normalise them anyway, and not all of them decode character references.
 */
export function escapeAttribute(text: string): string {
  return escapeText(text.replace(/\r\n|[\r\n\t]/g, ' ')).replace(/"/g, '&quot;');
}

const attributes = (values: Record<string, string | number>): string =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');

/** A finding as a test case's name: rule and place, e.g. `monitoring/alerts at 20:1`. */
const testCaseName = (finding: Finding): string => `${finding.ruleId ?? DIRECTIVES_TEST_CASE} at ${finding.line}:${finding.column}`;

const place = (file: string, finding: Finding): string => `${file}:${finding.line}:${finding.column}`;

/** A finding as a line of text: place, severity, message, rule docs. */
const detailOf = (file: string, finding: Finding): string => {
  const rule = finding.ruleId ? ` (${finding.ruleId})` : '';
  return `${place(file, finding)} ${SEVERITY_WORD[finding.severity]}: ${finding.message}${rule}${finding.url ? `\n${finding.url}` : ''}`;
};

/** Name of the test case a design with no findings gets, so that it shows as a passed test rather than an empty suite. */
export const CLEAN_TEST_CASE = 'no problems found';

/** Seconds, as JUnit's `time` attributes have them. */
const seconds = (milliseconds: number): string => (milliseconds / 1000).toFixed(3);

/**
 * One test case per finding: an error fails it (one `<failure type="error">`); a warning
 * fails it (`type="warning"`) only when there are more warnings than `--max-warnings`,
 * as the exit code does; otherwise it passes, and so does an info finding, both written
 * out in the suite's `<system-out>` (Ant's schema has no output per test case).
 */
function testCaseXml(file: string, finding: Finding, warningsFail: boolean, time: string): { xml: string; failed: boolean } {
  const open = `    <testcase${attributes({ name: testCaseName(finding), classname: file, time })}`;
  const failed = finding.severity === 'error' || (finding.severity === 'warn' && warningsFail);
  if (!failed) return { xml: `${open}/>`, failed };
  const failureAttributes = attributes({
    message: `${finding.line}:${finding.column} ${finding.message}`,
    type: finding.severity === 'error' ? 'error' : 'warning',
  });
  const failure = `      <failure${failureAttributes}>${escapeText(detailOf(file, finding))}</failure>`;
  return { xml: `${open}>\n${failure}\n    </testcase>`, failed };
}

/**
 * JUnit XML for CI test reports, valid against Apache Ant's JUnit schema (which Jenkins,
 * GitLab and Azure read; tests/fixtures/junit/): a testsuite per design, a testcase per
 * finding (one passing case for a design without any), at most one `<failure>` per case.
 * `tests` and `failures` count test cases; `timestamp` is when the run started (UTC, as
 * the schema has it without a zone) and `time` the run's duration shared evenly among
 * the designs, which are linted in one pass. Warnings and info findings that do not fail
 * are listed in the suite's `<system-out>`.
 */
export const junit: Formatter = (results, context) => {
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const warningsFail = context.maxWarnings !== undefined && warnings > context.maxWarnings;
  const timestamp = (context.startedAt ?? new Date(0)).toISOString().replace(/\.\d{3}Z$/, '');
  const suiteTime = results.length === 0 ? 0 : (context.elapsedMs ?? 0) / results.length;
  const suites: string[] = [];
  results.forEach((result, id) => {
    const file = relativePath(context.cwd, result.filePath);
    const caseTime = seconds(suiteTime / Math.max(1, result.findings.length));
    const cases = result.findings.map((finding) => testCaseXml(file, finding, warningsFail, caseTime));
    if (cases.length === 0)
      cases.push({ xml: `    <testcase${attributes({ name: CLEAN_TEST_CASE, classname: file, time: caseTime })}/>`, failed: false });
    const failures = cases.filter((testCase) => testCase.failed).length;
    const passed = result.findings.filter((finding) => finding.severity === 'info' || (finding.severity === 'warn' && !warningsFail));
    const out = passed.map((finding) => detailOf(file, finding)).join('\n');
    const suiteAttributes = attributes({
      name: file,
      timestamp,
      hostname: 'localhost',
      tests: cases.length,
      failures,
      errors: 0,
      skipped: 0,
      time: seconds(suiteTime),
      package: 'mlsys-lint',
      id,
    });
    const header = `  <testsuite${suiteAttributes}>`;
    suites.push(
      [
        header,
        '    <properties/>',
        ...cases.map((testCase) => testCase.xml),
        `    <system-out>${escapeText(out)}</system-out>`,
        '    <system-err/>',
        '  </testsuite>',
      ].join('\n'),
    );
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>', ...suites, '</testsuites>', ''].join('\n');
};

export default junit;
