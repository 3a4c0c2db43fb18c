import { describe, expect, it } from 'vitest';
import junit, { CLEAN_TEST_CASE, escapeAttribute, escapeText } from '../../src/format/junit.js';
import { CONTEXT, fixtureResults } from './fixture-results.js';
import { parseJunit, parseJunitDom } from './junit-parse.js';
import { xsdErrors } from './junit-xsd.js';

const TIMED = { ...CONTEXT, startedAt: new Date('2026-03-04T05:06:07.890Z'), elapsedMs: 300 };

describe('junit format', () => {
  const results = fixtureResults();
  const text = junit(results, TIMED);
  const { suites } = parseJunit(text);

  it('matches the golden file', async () => {
    await expect(text).toMatchFileSnapshot('../fixtures/format/results.junit.xml');
  });

  it('is valid against the common JUnit XSD, also with failing warnings, no findings or no designs', () => {
    expect(xsdErrors(text)).toBe('');
    expect(xsdErrors(junit(results, { ...TIMED, maxWarnings: 0 }))).toBe('');
    expect(xsdErrors(junit([], TIMED))).toBe('');
  });

  it('reads the same with two independent parsers', () => {
    expect(parseJunitDom(text)).toEqual(suites);
    const failing = junit(results, { ...TIMED, maxWarnings: 0 });
    expect(parseJunitDom(failing)).toEqual(parseJunit(failing).suites);
  });

  it('has a testsuite per design and a testcase per finding, named by rule and place, classed by file', () => {
    expect(suites.map((suite) => suite.name)).toEqual(['designs/recs.yaml', 'designs/clean.yaml', 'designs/odd, name: 100%.yaml']);
    expect(suites[0]!.testCases.map((testCase) => [testCase.name, testCase.classname])).toEqual([
      ['serving/latency-slo at 12:3', 'designs/recs.yaml'],
      ['monitoring/alerts at 20:1', 'designs/recs.yaml'],
      ['serving/slo-range at 14:17', 'designs/recs.yaml'],
      ['mlsys-lint/directives at 2:23', 'designs/recs.yaml'],
    ]);
    expect(suites[1]!.testCases.map((testCase) => testCase.name)).toEqual([CLEAN_TEST_CASE]);
  });

  it('fails a test case with one failure per error; warnings and info pass, listed in the suite output', () => {
    const failed = (suite: (typeof suites)[number]) =>
      suite.testCases.filter((testCase) => testCase.failures.length > 0).map((testCase) => testCase.name);
    expect(failed(suites[0]!)).toEqual(['serving/latency-slo at 12:3', 'mlsys-lint/directives at 2:23']);
    expect(suites.every((suite) => suite.testCases.every((testCase) => testCase.failures.length <= 1))).toBe(true);
    expect(suites[0]!.testCases[0]!.failures[0]!.type).toBe('error');
    expect(suites[0]!.systemOut).toContain('designs/recs.yaml:20:1 warning: no alerts: 100% of <incidents>');
    expect(suites[0]!.systemOut).toContain('designs/recs.yaml:14:17 info: `deployment.slo.throughput` 500 rps');
  });

  it('fails warnings too, as type "warning", once there are more than --max-warnings', () => {
    const within = parseJunit(junit(results, { ...TIMED, maxWarnings: 1 })).suites[0]!;
    expect(within.failures).toBe(2);
    const over = parseJunit(junit(results, { ...TIMED, maxWarnings: 0 })).suites[0]!;
    expect(over.failures).toBe(3);
    const alerts = over.testCases.find((testCase) => testCase.name === 'monitoring/alerts at 20:1')!;
    expect(alerts.failures[0]!.type).toBe('warning');
    expect(over.systemOut).not.toContain('warning:');
  });

  it('a design with warnings only fails nothing, at any level', () => {
    const warned = [{ ...results[0]!, findings: results[0]!.findings.filter((finding) => finding.severity !== 'error'), errorCount: 0 }];
    const [suite] = parseJunit(junit(warned, TIMED)).suites;
    expect([suite!.tests, suite!.failures, suite!.errors, suite!.skipped]).toEqual([2, 0, 0, 0]);
  });

  it('keeps counts consistent with the test cases, and fills timestamp and time', () => {
    for (const suite of suites) {
      expect(suite.tests).toBe(suite.testCases.length);
      expect(suite.failures).toBe(suite.testCases.filter((testCase) => testCase.failures.length > 0).length);
      expect([suite.errors, suite.skipped]).toEqual([0, 0]);
      expect(suite.timestamp).toBe('2026-03-04T05:06:07');
      expect(suite.time).toBe(0.1);
      expect(suite.testCases.reduce((sum, testCase) => sum + testCase.time, 0)).toBeCloseTo(suite.time, 2);
    }
  });

  it('keeps messages exact through escaping: on one line in the attribute, whole in the text', () => {
    const directive = suites[0]!.testCases[3]!;
    expect(directive.failures[0]!.message).toBe(
      '2:23 unknown rule `serving/latncy` in mlsys-lint-disable directive; did you mean `serving/latency-slo`?',
    );
    const warned = parseJunit(junit(results, { ...TIMED, maxWarnings: 0 })).suites[0]!.testCases[1]!;
    expect(warned.failures[0]!.message).toBe('20:1 no alerts: 100% of <incidents> & "outages" go | unnoticed *at all* second line third');
    expect(warned.failures[0]!.text).toContain('*at all*\nsecond line\nthird');
    expect(warned.failures[0]!.text).toContain('100% of <incidents> & "outages" go | unnoticed');
  });

  it('replaces characters XML cannot hold', () => {
    expect(suites[2]!.testCases[0]!.failures[0]!.message).toBe('3:1 YAML syntax error: bad\uFFFD indentation <here>');
  });

  it('escapes text and attributes', () => {
    expect(escapeText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(escapeAttribute('say "hi"\r\n\tnow <b>')).toBe('say &quot;hi&quot;  now &lt;b&gt;');
    expect(escapeText('\uD800 lone \uDFFF')).toBe('\uFFFD lone \uFFFD');
    expect(escapeText('pair 😀')).toBe('pair 😀');
  });

  it('is a valid empty report for no designs', () => {
    expect(parseJunit(junit([], TIMED)).suites).toEqual([]);
  });
});
