import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { tempDir } from '../temp-dir.js';
import { parseJunit } from './junit-parse.js';
import { xsdErrors } from './junit-xsd.js';
import { tablesOf } from './markdown-parse.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const EXAMPLE = readFileSync(new URL('../../designs/netflix-recommendations.yaml', import.meta.url), 'utf8');

const DESIGNS = {
  'designs/clean.yaml': EXAMPLE,
  'designs/slow.yaml': EXAMPLE.replace('latency_p99: 200ms', 'latency_p99: 300ms').replace(/\n {2}alerts:.*\n(?: {4}- .*\n)*/, '\n'),
  'designs/sparse.yaml': 'mlsys: 1\nname: Sparse design\nmonitorng: {}\ndeployment: {mode: online, slo: {latency_p99: 20ms}}\n',
  'designs/broken.yaml': 'mlsys: 1\nname: [oops\n',
};

interface EslintFile {
  filePath: string;
  messages: { severity: number }[];
  errorCount: number;
  warningCount: number;
}

describe('several formats in one run (the built binary)', () => {
  it('writes GitHub annotations on stdout and SARIF, JUnit and Markdown to files, all agreeing with the JSON', () => {
    const cwd = tempDir(DESIGNS);
    const json = runCli(['designs/', '-f', 'json'], { cwd });
    expect(json.code).toBe(1);
    const reference = JSON.parse(json.stdout) as EslintFile[];
    const errors = reference.reduce((sum, file) => sum + file.errorCount, 0);
    const warnings = reference.reduce((sum, file) => sum + file.warningCount, 0);
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(0);

    const run = runCli(
      [
        'designs/',
        '-f',
        'github',
        '-f',
        'sarif:reports/results.sarif',
        '-f',
        'junit:reports/junit.xml',
        '-f',
        'markdown:reports/summary.md',
      ],
      { cwd },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');

    // stdout holds the annotations and nothing else.
    const lines = run.stdout.split('\n').filter((line) => line !== '');
    expect(
      lines.every((line) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::/.test(line)),
    ).toBe(true);
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(errors);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(warnings);

    const sarif = JSON.parse(readFileSync(join(cwd, 'reports/results.sarif'), 'utf8')) as {
      runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const results = sarif.runs[0]!.results;
    expect(results.filter((result) => result.level === 'error')).toHaveLength(errors);
    expect(results.filter((result) => result.level === 'warning')).toHaveLength(warnings);
    expect(lines.filter((line) => line.startsWith('::notice '))).toHaveLength(results.filter((result) => result.level === 'note').length);
    expect(new Set(results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(
      new Set(['designs/slow.yaml', 'designs/sparse.yaml', 'designs/broken.yaml']),
    );

    // JUnit: a test case per finding (or one for a clean design); only errors fail without --max-warnings.
    const junitText = readFileSync(join(cwd, 'reports/junit.xml'), 'utf8');
    expect(xsdErrors(junitText)).toBe('');
    const junit = parseJunit(junitText);
    expect(junit.suites.map((suite) => suite.name)).toEqual(reference.map((file) => file.filePath.slice(cwd.length + 1)));
    expect(junit.suites.flatMap((suite) => suite.testCases.flatMap((testCase) => testCase.failures))).toHaveLength(errors);
    expect(junit.suites.map((suite) => suite.failures)).toEqual(reference.map((file) => file.errorCount));
    expect(junit.suites.map((suite) => suite.tests)).toEqual(
      reference.map((file) =>
        Math.max(1, results.filter((result) => file.filePath.endsWith(result.locations[0]!.physicalLocation.artifactLocation.uri)).length),
      ),
    );
    expect(junit.suites.every((suite) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(suite.timestamp) && suite.time > 0)).toBe(true);

    const [summary] = tablesOf(readFileSync(join(cwd, 'reports/summary.md'), 'utf8'));
    expect(summary!.slice(1).map((row) => [row[0], Number(row[2]), Number(row[3])])).toEqual(
      reference.map((file) => [file.filePath.slice(cwd.length + 1), file.errorCount, file.warningCount]),
    );

    // Files are written atomically: nothing is left beside them.
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(['junit.xml', 'results.sarif', 'summary.md']);
  });

  it('-o writes the first format that names no file', () => {
    const cwd = tempDir(DESIGNS);
    const run = runCli(['designs/', '-f', 'sarif', '-f', 'github', '-o', 'out/results.sarif'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith('::')).toBe(true);
    expect(sarifSchemaErrors(JSON.parse(readFileSync(join(cwd, 'out/results.sarif'), 'utf8')))).toEqual([]);
  });

  it('passes with exit 0 and a clean summary when every design is clean', () => {
    const cwd = tempDir({ 'designs/clean.yaml': EXAMPLE });
    const run = runCli(['-f', 'github', '-f', 'markdown:summary.md', '-f', 'junit:junit.xml'], { cwd });
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(readFileSync(join(cwd, 'summary.md'), 'utf8')).toContain('✅ No problems in 1 design.');
    expect(parseJunit(readFileSync(join(cwd, 'junit.xml'), 'utf8')).suites[0]!.failures).toBe(0);
  });
});
