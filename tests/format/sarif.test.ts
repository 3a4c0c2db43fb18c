import { describe, expect, it } from 'vitest';
import sarif from '../../src/format/sarif.js';
import { CONTEXT, fixtureResults, TEST_RULES } from './fixture-results.js';
import { sarifSchemaErrors } from './sarif-schema.js';

interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region: Record<string, number> } }[];
}

const run = (text: string) =>
  (JSON.parse(text) as { runs: { tool: { driver: { rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } }; results: SarifResult[]; artifacts: { location: { uri: string } }[] }[] }).runs[0]!;

describe('sarif format', () => {
  const text = sarif(fixtureResults(), CONTEXT);

  it('matches the golden file', async () => {
    await expect(text).toMatchFileSnapshot('../fixtures/format/results.sarif');
  });

  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(JSON.parse(text))).toEqual([]);
  });

  it('is valid with no results and with no files', () => {
    expect(sarifSchemaErrors(JSON.parse(sarif([], CONTEXT)))).toEqual([]);
    expect(sarifSchemaErrors(JSON.parse(sarif([fixtureResults()[1]!], CONTEXT)))).toEqual([]);
  });

  it('describes every rule once, with its docs and default level', () => {
    const { rules } = run(text).tool.driver;
    expect(rules.map((rule) => rule.id)).toEqual(TEST_RULES.map((rule) => rule.id));
    expect(rules.map((rule) => rule.defaultConfiguration.level)).toEqual(['error', 'error', 'warning', 'note']);
    expect(rules[1]!.helpUri).toBe('https://github.com/mlsys-lint/mlsys-lint/blob/main/docs/rules/serving/latency-slo.md');
  });

  it('gives one result per finding, with level, rule index and a region', () => {
    const { results } = run(text);
    const findings = fixtureResults().flatMap((result) => result.findings);
    expect(results).toHaveLength(findings.length);
    expect(results.map((result) => result.level)).toEqual(findings.map((finding) => ({ error: 'error', warn: 'warning', info: 'note' })[finding.severity]));
    const [slo] = results;
    expect(slo).toMatchObject({ ruleId: 'serving/latency-slo', ruleIndex: 1 });
    expect(slo!.locations[0]!.physicalLocation.region).toEqual({ startLine: 12, startColumn: 3, endLine: 12, endColumn: 8 });
  });

  it('leaves out ruleId for a problem that belongs to no rule', () => {
    const directive = run(text).results.find((result) => result.message.text.startsWith('unknown rule'));
    expect(directive).toBeDefined();
    expect(directive).not.toHaveProperty('ruleId');
    expect(directive).not.toHaveProperty('ruleIndex');
  });

  it('names files by uris relative to the working directory, percent-encoded', () => {
    const { results, artifacts } = run(text);
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'designs/recs.yaml', uriBaseId: '%SRCROOT%', index: 0 });
    expect(artifacts.map((artifact) => artifact.location.uri)).toEqual(['designs/recs.yaml', 'designs/clean.yaml', 'designs/odd%2C%20name%3A%20100%25.yaml']);
  });

  it('names a file outside the working directory by its absolute file uri', () => {
    const [result] = fixtureResults();
    const outside = sarif([{ ...result!, filePath: '/elsewhere/design.yaml' }], CONTEXT);
    expect(run(outside).artifacts[0]!.location).toEqual({ uri: 'file:///elsewhere/design.yaml' });
    expect(sarifSchemaErrors(JSON.parse(outside))).toEqual([]);
  });
});
