import { describe, expect, it } from 'vitest';
import junit, { DIRECTIVES_TEST_CASE, escapeAttribute, escapeText } from '../../src/format/junit.js';
import { CONTEXT, fixtureResults, TEST_RULES } from './fixture-results.js';
import { parseJunit } from './junit-parse.js';

describe('junit format', () => {
  const results = fixtureResults();
  const text = junit(results, CONTEXT);
  const { root, suites } = parseJunit(text);

  it('matches the golden file', async () => {
    await expect(text).toMatchFileSnapshot('../fixtures/format/results.junit.xml');
  });

  it('is well-formed XML with a testsuite per design', () => {
    expect(suites.map((suite) => suite.name)).toEqual(['designs/recs.yaml', 'designs/clean.yaml', 'designs/odd, name: 100%.yaml']);
  });

  it('has a testcase per rule checked, plus one for directive problems', () => {
    const ruleIds = TEST_RULES.map((rule) => rule.id);
    expect(suites[0]!.testCases.map((testCase) => testCase.name)).toEqual([...ruleIds, DIRECTIVES_TEST_CASE]);
    expect(suites[1]!.testCases.map((testCase) => testCase.name)).toEqual(ruleIds);
    expect(suites.every((suite) => suite.tests === suite.testCases.length)).toBe(true);
  });

  it('has a failure per error or warning; info findings go to system-out', () => {
    const failures = suites.flatMap((suite) => suite.testCases.flatMap((testCase) => testCase.failures));
    const expected = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
    expect(failures).toHaveLength(expected);
    expect(suites.map((suite) => suite.failures)).toEqual(results.map((result) => result.errorCount + result.warningCount));
    expect(Number(root.failures)).toBe(expected);
    const range = suites[0]!.testCases.find((testCase) => testCase.name === 'serving/slo-range')!;
    expect(range.failures).toEqual([]);
    expect(range.systemOut).toContain('designs/recs.yaml:14:17 info: `deployment.slo.throughput` 500 rps');
  });

  it('keeps messages exact through escaping: on one line in the attribute, whole in the text', () => {
    const alerts = suites[0]!.testCases.find((testCase) => testCase.name === 'monitoring/alerts')!;
    expect(alerts.failures[0]!.message).toBe('20:1 no alerts: 100% of <incidents> & "outages" go | unnoticed *at all* second line third');
    expect(alerts.failures[0]!.text).toContain('*at all*\nsecond line\nthird');
    expect(alerts.failures[0]!.type).toBe('warning');
    expect(alerts.failures[0]!.text).toContain('100% of <incidents> & "outages" go | unnoticed');
  });

  it('skips the rules that could not run on a file that does not parse, and replaces characters XML cannot hold', () => {
    const odd = suites[2]!;
    expect(odd.testCases.filter((testCase) => testCase.skipped).map((testCase) => testCase.name)).toEqual(['serving/latency-slo', 'monitoring/alerts', 'serving/slo-range']);
    expect(odd.skipped).toBe(3);
    expect(odd.testCases[0]!.failures[0]!.message).toBe('3:1 YAML syntax error: bad\uFFFD indentation <here>');
  });

  it('escapes text and attributes', () => {
    expect(escapeText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(escapeAttribute('say "hi"\r\n\tnow <b>')).toBe('say &quot;hi&quot;  now &lt;b&gt;');
    expect(escapeText('\uD800 lone \uDFFF')).toBe('\uFFFD lone \uFFFD');
    expect(escapeText('pair 😀')).toBe('pair 😀');
  });

  it('is a valid empty report for no designs', () => {
    expect(parseJunit(junit([], CONTEXT)).suites).toEqual([]);
  });
});
