import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sarif from '../../src/format/sarif.js';
import { PART_SIZE } from '../../src/format/types.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir } from '../temp-dir.js';
import { CONTEXT, fixtureResults, TEST_RULES, unknownKeyResults } from './fixture-results.js';
import { sarifSchemaErrors } from './sarif-schema.js';

interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region: Record<string, number> };
  }[];
  partialFingerprints: Record<string, string>;
}

const run = (text: string) =>
  (
    JSON.parse(text) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
        results: SarifResult[];
        artifacts: { location: { uri: string } }[];
        originalUriBaseIds: Record<string, { uri: string }>;
      }[];
    }
  ).runs[0]!;

const fingerprints = (text: string): string[] => run(text).results.map((result) => Object.values(result.partialFingerprints).join());

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
    expect(results.map((result) => result.level)).toEqual(
      findings.map((finding) => ({ error: 'error', warn: 'warning', info: 'note' })[finding.severity]),
    );
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
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'designs/recs.yaml',
      uriBaseId: '%SRCROOT%',
      index: 0,
    });
    expect(artifacts.map((artifact) => artifact.location.uri)).toEqual([
      'designs/recs.yaml',
      'designs/clean.yaml',
      'designs/odd%2C%20name%3A%20100%25.yaml',
    ]);
  });

  it('names a file outside the working directory by its absolute file uri', () => {
    const [result] = fixtureResults();
    const outside = sarif([{ ...result!, filePath: '/elsewhere/design.yaml' }], CONTEXT);
    expect(run(outside).artifacts[0]!.location).toEqual({ uri: 'file:///elsewhere/design.yaml' });
    expect(sarifSchemaErrors(JSON.parse(outside))).toEqual([]);
  });

  it('gives every finding its own fingerprint, also several of one rule in one file, and keeps them when lines move', () => {
    const [result] = fixtureResults();
    const [first] = result!.findings;
    // Three findings of one rule, at one data path, with one message id: told apart by their rank.
    const repeated = { ...result!, findings: [first!, { ...first!, line: 30 }, { ...first!, line: 40 }, ...result!.findings.slice(1)] };
    const prints = fingerprints(sarif([repeated], CONTEXT));
    expect(new Set(prints).size).toBe(prints.length);
    const moved = {
      ...repeated,
      findings: repeated.findings.map((finding) => ({ ...finding, line: finding.line + 7, endLine: finding.endLine + 7 })),
    };
    expect(fingerprints(sarif([moved], CONTEXT))).toEqual(prints);
  });

  it('tells yaml/syntax results apart by their message and the text of their line', () => {
    const syntax = fixtureResults()[2]!.findings[0]!;
    const lines: Record<number, string> = { 3: '  name: [oops', 9: '  team: [x', 12: '  team: [x' };
    const context = { ...CONTEXT, sourceLine: (_file: string, line: number) => lines[line] };
    const file = {
      ...fixtureResults()[2]!,
      findings: [syntax, { ...syntax, line: 9 }, { ...syntax, line: 12, message: 'YAML syntax error: other' }],
    };
    const prints = fingerprints(sarif([file], context));
    expect(new Set(prints).size).toBe(3);
    // An unrelated line inserted above moves them all: each keeps its fingerprint.
    const shifted = { ...file, findings: file.findings.map((finding) => ({ ...finding, line: finding.line + 1 })) };
    const shiftedLines: Record<number, string> = { 4: lines[3]!, 10: lines[9]!, 13: lines[12]! };
    expect(fingerprints(sarif([shifted], { ...CONTEXT, sourceLine: (_file: string, line: number) => shiftedLines[line] }))).toEqual(prints);
  });
});

describe('sarif in parts', () => {
  const findingsIn = (count: number) => unknownKeyResults(count, `${CONTEXT.cwd}/designs/a.yaml`);

  it('are, joined, the log as JSON.stringify indents it, with or without results', () => {
    for (const results of [fixtureResults(), findingsIn(0), findingsIn(3)]) {
      const text = [...sarif.parts!(results, CONTEXT)].join('');
      expect(text).toBe(sarif(results, CONTEXT));
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('keep every part near 16 KB, so that no string holds a million results (about 800 MB)', () => {
    const parts = [...sarif.parts!(findingsIn(20_000), CONTEXT)];
    expect(parts.length).toBeGreaterThan(5);
    // The head holds every rule's description; after it, parts of about PART_SIZE.
    for (const part of parts.slice(1, -1)) expect(part.length).toBeGreaterThanOrEqual(PART_SIZE);
    for (const part of parts.slice(1)) expect(part.length).toBeLessThan(PART_SIZE + 10_000);
    expect(run(parts.join('')).results).toHaveLength(20_000);
  });
});

describe('sarif from the command line, run from a subfolder of a git repository', () => {
  it('has uris relative to the repository root, unique fingerprints, and is valid SARIF 2.1.0', () => {
    const root = tempDir();
    execFileSync('git', ['init', '-q'], { cwd: root });
    mkdirSync(join(root, 'designs'));
    // Two syntax errors and two schema problems of one kind in one file.
    writeFileSync(join(root, 'designs/typo.yaml'), 'mlsys: 1\nname: [oops\nowners: [a\nb: ]]\n');
    writeFileSync(join(root, 'designs/two.yaml'), 'mlsys: 1\nname: x\nproblem: {statement: 1}\nrequirements: {functional: [1, 2]}\n');
    const cli = runCli(['-f', 'sarif', '.'], { cwd: join(root, 'designs') });
    expect(cli.code).toBe(1);
    const log = JSON.parse(cli.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const sarifRun = run(cli.stdout);
    expect(sarifRun.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${root}/`);
    expect(sarifRun.artifacts.map((artifact) => artifact.location.uri).sort()).toEqual(['designs/two.yaml', 'designs/typo.yaml']);
    for (const uri of new Set(sarifRun.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri))) {
      const prints = sarifRun.results
        .filter((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === uri)
        .map((result) => Object.values(result.partialFingerprints).join());
      expect(new Set(prints).size, uri).toBe(prints.length);
    }
    const byRule = new Map<string, number>();
    for (const result of sarifRun.results)
      byRule.set(
        `${result.locations[0]!.physicalLocation.artifactLocation.uri} ${result.ruleId}`,
        (byRule.get(`${result.locations[0]!.physicalLocation.artifactLocation.uri} ${result.ruleId}`) ?? 0) + 1,
      );
    expect(Math.max(...byRule.values()), JSON.stringify([...byRule])).toBeGreaterThan(1);
    // Outside a repository: relative to the working directory.
    const plain = tempDir({ 'd/x.yaml': readFileSync(join(root, 'designs/typo.yaml'), 'utf8') });
    expect(run(runCli(['-f', 'sarif', 'x.yaml'], { cwd: join(plain, 'd') }).stdout).artifacts[0]!.location.uri).toBe('x.yaml');
  });
});
