import type { FileResult, Finding } from '../types.js';
import { relativePath } from './paths.js';
import { SEVERITY_WORD } from './summary.js';
import type { Formatter } from './types.js';

/** Name of the test case that holds problems with inline directives, which belong to no rule. */
export const DIRECTIVES_TEST_CASE = 'mlsys-lint/directives';

// Characters XML 1.0 cannot hold at all, even escaped: most C0 controls, lone surrogates, U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

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

interface TestCase {
  name: string;
  failures: Finding[];
  infos: Finding[];
  skipped?: string;
}

/** The rules checked on a file, each with its findings; problems without a rule get a case of their own. */
function testCasesOf(result: FileResult, ruleIds: readonly string[]): TestCase[] {
  const fatal = result.fatalErrorCount > 0;
  const cases = new Map<string, TestCase>();
  for (const id of ruleIds) {
    // After a fatal problem only the yaml/* rules ran; the others could not look at the file.
    cases.set(id, { name: id, failures: [], infos: [], ...(fatal && !id.startsWith('yaml/') ? { skipped: 'not checked: the file could not be parsed' } : {}) });
  }
  for (const finding of result.findings) {
    const name = finding.ruleId ?? DIRECTIVES_TEST_CASE;
    let testCase = cases.get(name);
    if (!testCase) cases.set(name, (testCase = { name, failures: [], infos: [] }));
    delete testCase.skipped;
    if (finding.severity === 'info') testCase.infos.push(finding);
    else testCase.failures.push(finding);
  }
  return [...cases.values()];
}

const place = (file: string, finding: Finding): string => `${file}:${finding.line}:${finding.column}`;

function testCaseXml(file: string, testCase: TestCase): string {
  const open = `    <testcase${attributes({ classname: file, name: testCase.name, file })}`;
  const body: string[] = [];
  if (testCase.skipped) body.push(`      <skipped${attributes({ message: testCase.skipped })}/>`);
  for (const finding of testCase.failures) {
    const detail = `${place(file, finding)} ${SEVERITY_WORD[finding.severity]}: ${finding.message}${finding.url ? `\n${finding.url}` : ''}`;
    body.push(`      <failure${attributes({ message: `${finding.line}:${finding.column} ${finding.message}`, type: finding.severity === 'error' ? 'error' : 'warning' })}>${escapeText(detail)}</failure>`);
  }
  if (testCase.infos.length > 0) {
    const text = testCase.infos.map((finding) => `${place(file, finding)} info: ${finding.message}`).join('\n');
    body.push(`      <system-out>${escapeText(text)}</system-out>`);
  }
  return body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`;
}

/**
 * JUnit XML for CI test reports: a testsuite per design, a testcase per rule checked,
 * a `<failure>` per error or warning. Info findings are not failures: they go to the
 * testcase's `<system-out>`. `failures` counts `<failure>` elements.
 */
export const junit: Formatter = (results, context) => {
  const allRuleIds = context.rules.map((rule) => rule.id);
  const suites: string[] = [];
  const totals = { tests: 0, failures: 0, skipped: 0 };
  for (const result of results) {
    const file = relativePath(context.cwd, result.filePath);
    const cases = testCasesOf(result, result.checkedRules ?? allRuleIds);
    const counts = {
      tests: cases.length,
      failures: cases.reduce((sum, testCase) => sum + testCase.failures.length, 0),
      skipped: cases.filter((testCase) => testCase.skipped).length,
    };
    totals.tests += counts.tests;
    totals.failures += counts.failures;
    totals.skipped += counts.skipped;
    const header = `  <testsuite${attributes({ name: file, tests: counts.tests, failures: counts.failures, errors: 0, skipped: counts.skipped, time: 0 })}>`;
    suites.push([header, ...cases.map((testCase) => testCaseXml(file, testCase)), '  </testsuite>'].join('\n'));
  }
  const root = `<testsuites${attributes({ name: 'mlsys-lint', tests: totals.tests, failures: totals.failures, errors: 0, skipped: totals.skipped, time: 0 })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...suites, '</testsuites>', ''].join('\n');
};

export default junit;
