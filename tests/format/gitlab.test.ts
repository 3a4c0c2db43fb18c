import { describe, expect, it } from 'vitest';
import gitlab from '../../src/format/gitlab.js';
import { CONTEXT, fixtureResults } from './fixture-results.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

describe('gitlab (Code Quality) format', () => {
  const text = gitlab(fixtureResults(), CONTEXT);
  const issues = JSON.parse(text) as Issue[];

  it('matches the golden file', async () => {
    await expect(text).toMatchFileSnapshot('../fixtures/format/results.gitlab.json');
  });

  it('gives one issue per finding with a unique fingerprint', () => {
    const findings = fixtureResults().flatMap((result) => result.findings);
    expect(issues).toHaveLength(findings.length);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect(issues.map((issue) => issue.severity)).toEqual(['major', 'minor', 'info', 'major', 'major']);
    expect(issues[0]!.location).toEqual({ path: 'designs/recs.yaml', lines: { begin: 12, end: 12 } });
  });

  it('keeps fingerprints when lines move', () => {
    const moved = fixtureResults().map((result) => ({
      ...result,
      findings: result.findings.map((finding) => ({ ...finding, line: finding.line + 10, endLine: finding.endLine + 10 })),
    }));
    expect((JSON.parse(gitlab(moved, CONTEXT)) as Issue[]).map((issue) => issue.fingerprint)).toEqual(
      issues.map((issue) => issue.fingerprint),
    );
  });
});
