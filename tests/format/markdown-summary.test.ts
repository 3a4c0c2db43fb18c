import { describe, expect, it } from 'vitest';
import markdown, { inlineMessage } from '../../src/format/markdown-summary.js';
import { CONTEXT, fixtureResults } from './fixture-results.js';
import { tablesOf } from './markdown-parse.js';

describe('markdown format', () => {
  const results = fixtureResults();
  const text = markdown(results, CONTEXT);
  const [summary, ...findingTables] = tablesOf(text);

  it('matches the golden file', async () => {
    await expect(text).toMatchFileSnapshot('../fixtures/format/results.md');
  });

  it('has a summary table with each design and its counts', () => {
    expect(summary![0]).toEqual(['Design', 'Result', 'Errors', 'Warnings', 'Info']);
    expect(summary!.slice(1).map((row) => [row[0], Number(row[2]), Number(row[3]), Number(row[4])])).toEqual(
      results.map((result) => [result.filePath.replace('/project/', ''), result.errorCount, result.warningCount, result.infoCount]),
    );
  });

  it('lists the findings of each design that has any, one row each', () => {
    const withFindings = results.filter((result) => result.findings.length > 0);
    expect(findingTables).toHaveLength(withFindings.length);
    expect(findingTables.map((table) => table.length - 1)).toEqual(withFindings.map((result) => result.findings.length));
    expect(findingTables[0]![1]).toEqual([
      '12:3',
      'error',
      'serving/latency-slo',
      'online serving without a latency SLO: set deployment.slo.latency_p99',
    ]);
  });

  it('escapes what designs say: pipes, emphasis and HTML stay text', () => {
    const row = findingTables[0]!.find((cells) => cells[2] === 'monitoring/alerts')!;
    expect(row[3]).toBe('no alerts: 100% of <incidents> & "outages" go | unnoticed *at all* second line third');
    expect(text).not.toMatch(/(^|[^\\])<incidents>/);
  });

  it('turns backquoted parts of messages into inline code', () => {
    expect(inlineMessage('set `a.b` to `1`, now')).toEqual([
      { type: 'text', value: 'set ' },
      { type: 'inlineCode', value: 'a.b' },
      { type: 'text', value: ' to ' },
      { type: 'inlineCode', value: '1' },
      { type: 'text', value: ', now' },
    ]);
  });

  it('says so when there is nothing to report', () => {
    expect(markdown([results[1]!], CONTEXT)).toContain('✅ No problems in 1 design.');
  });
});
