import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigError, ConfigResolver, readBaseline, baselineText } from '../../src/config/index.js';
import { RULES } from '../../src/rules/index.js';
import { lintPaths, type LintOptions } from '../../src/engine/lint-files.js';
import { tempDir } from '../temp-dir.js';

const OWNERLESS = 'mlsys: 1\nname: Demo\nstatus: draft\n';

function options(cwd: string, extra: Partial<LintOptions> = {}): LintOptions {
  return { cwd, useConfigFiles: true, cliRules: new Map(), reportUnusedDisableDirectives: false, maxFileSize: 5_000_000, ...extra };
}

const severityOf = (run: Awaited<ReturnType<typeof lintPaths>>, ruleId: string) =>
  run.results.flatMap((result) => result.findings).filter((finding) => finding.ruleId === ruleId).map((finding) => finding.severity);

describe('configuration files', () => {
  it('applies the nearest config found upwards from each file', async () => {
    const cwd = tempDir({
      '.mlsys-lint.yaml': 'rules:\n  meta/owners: error\n',
      'team/.mlsys-lint.json': '{"rules": {"meta/owners": "off"}}',
      'a.yaml': OWNERLESS,
      'team/b.yaml': OWNERLESS,
    });
    const run = await lintPaths(['.'], options(cwd));
    expect(run.results.map((result) => result.findings.filter((f) => f.ruleId === 'meta/owners').map((f) => f.severity))).toEqual([
      ['error'],
      [],
    ]);
  });

  it('finds the same config for a path however it is written', () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': 'rules: {}\n', 'team/.mlsys-lint.yaml': 'rules: {}\n', 'team/sub/x.yaml': '' });
    const resolver = new ConfigResolver(RULES, { cwd, useConfigFiles: true, cliRules: new Map() });
    const configOf = (path: string) => resolver.configFor(path)?.filePath.slice(cwd.length + 1);
    const cases: [string, string][] = [
      [join(cwd, 'team', 'b.yaml'), 'team/.mlsys-lint.yaml'],
      [`${cwd}/team/../a.yaml`, '.mlsys-lint.yaml'],
      [`${cwd}/team/sub/../c.yaml`, 'team/.mlsys-lint.yaml'],
      [`${cwd}/team/.`, '.mlsys-lint.yaml'],
      [`${cwd}/team/sub/..`, '.mlsys-lint.yaml'],
      [`${cwd}/team/`, '.mlsys-lint.yaml'],
      [`${cwd}/team//sub/x.yaml`, 'team/.mlsys-lint.yaml'],
      [join(cwd, 'a.yaml'), '.mlsys-lint.yaml'],
    ];
    // Twice over, so that answers remembered from one spelling of a folder serve no other.
    for (const [path, expected] of [...cases, ...cases]) expect([path, configOf(path)]).toEqual([path, expected]);
  });

  it('matches ignore globs against the path below the config however the path is written', () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': 'ignore: ["drafts/**", "legacy/*.yaml"]\n' });
    const resolver = new ConfigResolver(RULES, { cwd, useConfigFiles: true, cliRules: new Map() });
    const cases: [string, boolean][] = [
      [`${cwd}/drafts/a.yaml`, true],
      [`${cwd}/drafts/deep/b.yaml`, true],
      [`${cwd}/x/../drafts/a.yaml`, true],
      [`${cwd}/./drafts/a.yaml`, true],
      [`${cwd}//drafts/a.yaml`, true],
      [`${cwd}/legacy/c.yaml`, true],
      [`${cwd}/legacy/deeper/c.yaml`, false],
      [`${cwd}/designs/drafts.yaml`, false],
      [`${cwd}/drafts/../designs/a.yaml`, false],
      [`${cwd}/.hidden/drafts/a.yaml`, false],
    ];
    for (const [path, ignored] of [...cases, ...cases]) expect([path, resolver.isIgnored(path)]).toEqual([path, ignored]);
  });

  it('reads the "mlsys-lint" key of package.json', async () => {
    const cwd = tempDir({ 'package.json': '{"name": "x", "mlsys-lint": {"extends": "strict"}}', 'a.yaml': OWNERLESS });
    expect(severityOf(await lintPaths(['a.yaml'], options(cwd)), 'meta/owners')).toEqual(['error']);
  });

  it('strict makes every rule an error; overrides by status and by glob; --rule wins last', async () => {
    const cwd = tempDir({
      '.mlsys-lint.yaml': [
        'extends: strict',
        'overrides:',
        '  - status: draft',
        '    rules: {meta/owners: warn}',
        '  - files: ["legacy/**"]',
        '    rules: {meta/owners: off}',
      ].join('\n'),
      'draft.yaml': OWNERLESS,
      'approved.yaml': OWNERLESS.replace('draft', 'approved'),
      'legacy/old.yaml': OWNERLESS,
    });
    const run = await lintPaths(['.'], options(cwd));
    expect(
      run.results.map((result) => [
        result.filePath.slice(cwd.length + 1),
        result.findings.filter((f) => f.ruleId === 'meta/owners').map((f) => f.severity),
      ]),
    ).toEqual([
      ['approved.yaml', ['error']],
      ['draft.yaml', ['warn']],
      ['legacy/old.yaml', []],
    ]);
    const cli = await lintPaths(['draft.yaml'], options(cwd, { cliRules: new Map([['meta/owners', 'info']]) }));
    expect(severityOf(cli, 'meta/owners')).toEqual(['info']);
  });

  it('ignores files matched by `ignore`, and folders named there', async () => {
    const cwd = tempDir({
      '.mlsys-lint.yaml': 'ignore: [archive, "*.draft.yaml"]\n',
      'archive/old.yaml': OWNERLESS,
      'x.draft.yaml': OWNERLESS,
      'keep.yaml': OWNERLESS,
    });
    const run = await lintPaths(['.'], options(cwd));
    expect(run.results.map((result) => result.filePath.slice(cwd.length + 1))).toEqual(['keep.yaml']);
  });

  it('--no-config ignores config files; --config uses the given one', async () => {
    const cwd = tempDir({
      '.mlsys-lint.yaml': 'rules: {meta/owners: off}\n',
      'other.yaml': 'rules: {meta/owners: error}\n',
      'a.yaml': OWNERLESS,
    });
    expect(severityOf(await lintPaths(['a.yaml'], options(cwd, { useConfigFiles: false })), 'meta/owners')).toEqual(['warn']);
    expect(severityOf(await lintPaths(['a.yaml'], options(cwd, { configFile: 'other.yaml' })), 'meta/owners')).toEqual(['error']);
  });

  it.each([
    ['rules:\n  meta/owner: warn\n', '2:3', 'unknown rule `meta/owner`; did you mean `meta/owners`?'],
    ['rules:\n  meta/owners: loud\n', '2:16', 'rule `meta/owners`: severity must be one of off, info, warn, error; got `loud`'],
    ['extends: recomended\n', '1:10', 'unknown preset `recomended`; use one of recommended, strict, all (did you mean `recommended`?)'],
    ['rulez: {}\n', '1:1', 'unknown key `rulez`; did you mean `rules`?'],
    ['rules: [a\n', '2:1', 'not valid YAML or JSON: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['overrides:\n  - rules: {meta/owners: off}\n', '2:5', 'an override needs `status` or `files` to say which designs it applies to'],
    ['overrides:\n  - status: final\n    rules: {}\n', '2:13', 'unknown status `final`; use one of draft, in-review, approved, deprecated'],
  ])('rejects an invalid config with its own position: %j', async (config, position, reason) => {
    const cwd = tempDir({ '.mlsys-lint.yaml': config, 'a.yaml': OWNERLESS });
    const error = await lintPaths(['a.yaml'], options(cwd)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    const { line, column, reason: actual } = error as ConfigError;
    expect([`${line}:${column}`, actual]).toEqual([position, reason]);
  });
});

describe('inline directives', () => {
  const design = [
    '# mlsys-lint-disable decision/traits-missing -- traits under discussion',
    'mlsys: 1',
    'name: Demo',
    'owners: [a]',
    'approach: ml',
    'deployment:',
    '  mode: online',
    '  slo:',
    '    latency_p99: 200 # mlsys-lint-disable-line serving/slo-consistency -- legacy value',
    '    # mlsys-lint-disable-next-line serving/slo-range',
    '    availability: 99%',
    '    throughput: 10 # mlsys-lint-disable-line meta/owners',
    '# mlsys-lint-disable-next-line serving/rolout',
  ].join('\n');

  it('suppress what they name, where they say; unknown rule ids are errors', async () => {
    const cwd = tempDir({ 'a.yaml': design });
    const run = await lintPaths(['a.yaml'], options(cwd));
    const ids = run.results[0]!.findings.map((f) => `${f.line}:${f.column} ${f.ruleId ?? 'directive'}`);
    expect(ids).not.toContain('1:1 decision/traits-missing');
    expect(ids).not.toContain('9:18 serving/slo-consistency');
    expect(ids).not.toContain('11:19 serving/slo-range');
    expect(ids).toContain('12:17 serving/slo-consistency');
    const directiveProblems = run.results[0]!.findings.filter((f) => f.ruleId === null).map(
      (f) => `${f.line}:${f.column} ${f.severity} ${f.message}`,
    );
    expect(directiveProblems).toEqual([
      '13:32 error unknown rule `serving/rolout` in mlsys-lint-disable-next-line directive; did you mean `serving/rollout`?',
    ]);
  });

  it('--report-unused-disable-directives reports directives that suppressed nothing', async () => {
    const cwd = tempDir({ 'a.yaml': design });
    const run = await lintPaths(['a.yaml'], options(cwd, { reportUnusedDisableDirectives: true }));
    const unused = run.results[0]!.findings.filter((f) => f.ruleId === null && f.message.startsWith('unused')).map(
      (f) => `${f.line}:${f.column} ${f.message}`,
    );
    expect(unused).toEqual(['12:20 unused mlsys-lint-disable-line directive for `meta/owners`: no problem was reported there']);
  });

  it('disable holds until enable', async () => {
    const cwd = tempDir({
      'a.yaml': [
        'mlsys: 1',
        'name: Demo',
        '# mlsys-lint-disable schema/invalid',
        'bogus: 1',
        '# mlsys-lint-enable schema/invalid',
        'other: 2',
        '',
      ].join('\n'),
    });
    const run = await lintPaths(['a.yaml'], options(cwd));
    expect(run.results[0]!.findings.filter((f) => f.ruleId === 'schema/invalid').map((f) => f.line)).toEqual([6]);
  });
});

describe('baseline', () => {
  it('hides recorded findings by file, rule and path, even when lines move', async () => {
    const cwd = tempDir({ 'designs/a.yaml': OWNERLESS });
    const first = await lintPaths(['designs'], options(cwd));
    const baselinePath = `${cwd}/.mlsys-lint-baseline.json`;
    const text = baselineText(first.results, baselinePath);
    expect(JSON.parse(text).findings).toContainEqual({ file: 'designs/a.yaml', ruleId: 'meta/owners', path: 'owners', count: 1 });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(baselinePath, text);
    // The design gains lines above every finding and one new problem.
    writeFileSync(`${cwd}/designs/a.yaml`, `# moved\n\n${OWNERLESS}bogus: 1\n`);
    const second = await lintPaths(['designs'], options(cwd, { baseline: readBaseline(baselinePath) }));
    expect(second.results[0]!.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(['6:1 schema/invalid']);
  });

  it('rejects a broken baseline file', () => {
    const cwd = tempDir({ 'b.json': '{"findings": [{"file": 1}]}' });
    expect(() => readBaseline(`${cwd}/b.json`)).toThrow(ConfigError);
  });
});
