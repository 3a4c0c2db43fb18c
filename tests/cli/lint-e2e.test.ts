import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { runCli } from './run-cli.js';

const BROKEN = [
  'mlsys: 1',
  'name: Broken design',
  'owners: [risk]',
  'monitorng:',
  '  alerts: [page on-call]',
  'deployment:',
  '  mode: realtime',
  '  slo:',
  '    latency_p99: 200',
  '',
].join('\n');

describe('mlsys-lint (the built binary)', () => {
  it('lints the example designs cleanly: exit 0, no output', () => {
    const { code, stdout, stderr } = runCli(['designs/']);
    expect([code, stdout, stderr]).toEqual([0, '', '']);
  });

  it('defaults to designs/ when no path is given', () => {
    expect(runCli([]).code).toBe(0);
  });

  it('prints stylish findings with line:column and exits 1 on errors', () => {
    const cwd = tempDir({ 'broken.yaml': BROKEN });
    const { code, stdout } = runCli(['broken.yaml', '--rule', 'design/missing-step:off', '--no-config'], { cwd });
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[1]).toBe('broken.yaml');
    expect(stdout).toMatch(/^ {2}4:1 {3}error {4}unknown key `monitorng` in the design; did you mean `monitoring`\? +schema\/invalid$/m);
    expect(stdout).toMatch(
      /^ {2}7:9 {3}error {4}`deployment.mode` must be one of online, real-time, batch, streaming, edge; got `realtime`; did you mean `real-time`\? +schema\/invalid$/m,
    );
    expect(stdout).toMatch(
      /^ {2}9:18 {2}error {4}`deployment.slo.latency_p99`: `200` has no unit; write `200ms` \(or s, us\) +serving\/slo-consistency$/m,
    );
    expect(stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)\n$/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('writes ESLint-shaped JSON', () => {
    const cwd = tempDir({ 'broken.yaml': BROKEN, 'bad-syntax.yaml': 'mlsys: 1\nname: [oops\n' });
    const { code, stdout } = runCli(['.', '-f', 'json'], { cwd });
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as Record<string, unknown>[];
    expect(results.map((result) => Object.keys(result).sort())).toEqual(
      Array(2).fill([
        'errorCount',
        'fatalErrorCount',
        'filePath',
        'fixableErrorCount',
        'fixableWarningCount',
        'messages',
        'suppressedMessages',
        'usedDeprecatedRules',
        'warningCount',
      ]),
    );
    const [syntax, broken] = results as {
      filePath: string;
      messages: Record<string, unknown>[];
      errorCount: number;
      warningCount: number;
      fatalErrorCount: number;
    }[];
    expect(syntax!.filePath).toBe(`${cwd}/bad-syntax.yaml`);
    expect(syntax!.messages).toEqual([
      {
        ruleId: 'yaml/syntax',
        severity: 2,
        message: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 1,
        fatal: true,
      },
    ]);
    expect([syntax!.errorCount, syntax!.warningCount, syntax!.fatalErrorCount]).toEqual([1, 0, 1]);
    const unknownKey = broken!.messages.find((message) => message.ruleId === 'schema/invalid');
    // The rename is a safe fix, carried as ESLint carries one (docs/fixes.md).
    expect(unknownKey).toEqual({
      ruleId: 'schema/invalid',
      severity: 2,
      message: 'unknown key `monitorng` in the design; did you mean `monitoring`?',
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: 10,
      fix: { range: [44, 53], text: 'monitoring' },
    });
    expect(broken!.errorCount).toBe(broken!.messages.filter((message) => message.severity === 2).length);
    expect(broken!.warningCount).toBe(broken!.messages.filter((message) => message.severity === 1).length);
  });

  it('exits 2 with one clear line for a missing path, and still lints the rest', () => {
    const { code, stdout, stderr } = runCli(['designs/netflix-recommendations.yaml', 'no/such/dir']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('mlsys-lint: cannot read `no/such/dir`: no such file or directory\n');
  });

  it('exits 2 on an unknown flag or format, without a stack trace', () => {
    expect(runCli(['--frobnicate'])).toMatchObject({
      code: 2,
      stderr: "mlsys-lint: unknown option '--frobnicate' (see `mlsys-lint --help`)\n",
    });
    expect(runCli(['-f', 'jsn'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^mlsys-lint: unknown format `jsn`; use one of .*\(did you mean `json`\?\)\n$/),
    });
  });

  it('exits 2 on an invalid config, naming its file:line:column', () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': 'rules:\n  serving/costs: off\n', 'a.yaml': 'mlsys: 1\nname: A\n' });
    const { code, stderr } = runCli(['a.yaml'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe(
      `mlsys-lint: invalid configuration: ${cwd}/.mlsys-lint.yaml:2:3: unknown rule \`serving/costs\`; did you mean \`serving/cost\`?\n`,
    );
  });

  it('--quiet shows errors only; --max-warnings fails on too many warnings', () => {
    const cwd = tempDir({ 'a.yaml': 'mlsys: 1\nname: A\n' });
    const quiet = runCli(['a.yaml', '--quiet', '-f', 'json'], { cwd });
    expect(
      (JSON.parse(quiet.stdout) as { messages: { severity: number }[] }[])[0]!.messages.every((message) => message.severity === 2),
    ).toBe(true);
    const warnOnly = [
      '--rule',
      'design/missing-step:off',
      '--rule',
      'framing/io:warn',
      '--rule',
      'requirements/success-metrics:warn',
      '--rule',
      'data/sources:warn',
      '--rule',
      'evaluation/offline-metrics:warn',
    ];
    expect(runCli(['a.yaml', ...warnOnly, '--max-warnings', '1000'], { cwd }).code).toBe(0);
    const tooMany = runCli(['a.yaml', ...warnOnly, '--max-warnings', '2'], { cwd });
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toMatch(/^mlsys-lint: too many warnings \(\d+\); at most 2 allowed \(--max-warnings\)\n$/);
  });

  it('colours only when asked: FORCE_COLOR and --color on, NO_COLOR and --no-color off', () => {
    const cwd = tempDir({ 'a.yaml': 'mlsys: 1\nname: A\n' });
    expect(runCli(['a.yaml'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(runCli(['a.yaml', '--color'], { cwd }).stdout).toContain('\u001b[31m');
    expect(runCli(['a.yaml'], { cwd, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(runCli(['a.yaml'], { cwd, env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli(['a.yaml', '--no-color'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('writes several formats in one run, files atomically', () => {
    const cwd = tempDir({ 'a.yaml': 'mlsys: 1\nname: A\n' });
    const { stdout } = runCli(['a.yaml', '-f', 'compact', '-f', 'json:out/result.json'], { cwd });
    expect(stdout).toMatch(/^.*a\.yaml: line 1, col 1, Error - step 1 "Clarify Requirements" is missing/m);
    expect(JSON.parse(readFileSync(`${cwd}/out/result.json`, 'utf8'))).toHaveLength(1);
  });

  it('--write-baseline then --baseline: only new findings fail', () => {
    const cwd = tempDir({ 'a.yaml': 'mlsys: 1\nname: A\n' });
    const write = runCli(['a.yaml', '--write-baseline'], { cwd });
    expect(write.code).toBe(0);
    expect(write.stderr).toMatch(/^mlsys-lint: recorded \d+ findings in \.mlsys-lint-baseline\.json\n$/);
    expect(runCli(['a.yaml', '--baseline', '.mlsys-lint-baseline.json'], { cwd })).toMatchObject({ code: 0, stdout: '' });
  });

  it('--version and --help', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(runCli(['--help']).stdout).toMatch(/^Usage: mlsys-lint \[command\] \[options\] \[paths\.\.\.\]/);
    expect(runCli(['lint', '--help']).stdout).toContain('--max-warnings N');
  });
});

describe('--rule', () => {
  const config = `custom-rules:
  acme/cost-owner:
    description: Approved designs name a cost owner
    message: "no cost owner"
    given: x-cost-owner
    then: { function: truthy }
`;

  it('sets the severity of a team rule, and takes a space after the colon', () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': config, 'a.yaml': 'mlsys: 1\nname: A\n' });
    const on = runCli(['a.yaml', '-f', 'compact'], { cwd });
    expect(on.stdout).toContain('a.yaml: line 1, col 1, Warning - no cost owner (acme/cost-owner)');
    const off = runCli(['a.yaml', '-f', 'compact', '--rule', 'acme/cost-owner: off', '--rule', 'design/missing-step : off'], { cwd });
    expect(off.stderr).toBe('');
    expect(off.stdout).not.toContain('acme/cost-owner');
    expect(off.stdout).not.toContain('design/missing-step');
  });

  it('refuses a team id that no config in use defines, writing nothing', () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': config, 'a.yaml': 'mlsys: 1\nname: A\n' });
    const run = runCli(['a.yaml', '--rule', 'acme/cost-owners:off', '-o', 'out.txt'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'mlsys-lint: --rule: unknown rule `acme/cost-owners`: no config in use defines it (custom-rules or a plugin)\n',
    );
    expect(existsSync(join(cwd, 'out.txt'))).toBe(false);
  });

  it('still refuses an unknown id in a built-in group, with a suggestion', () => {
    const run = runCli(['designs/', '--rule', 'serving/costs:off']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('mlsys-lint: --rule: unknown rule `serving/costs`; did you mean `serving/cost`?\n');
  });

  it('refuses at once an id that is neither built in nor shaped like `team/rule-name`', () => {
    for (const [flag, id] of [[':off', ''], ['acme/: off', 'acme/'], ['/x:off', '/x'], ['nonsense:off', 'nonsense']]) {
      const run = runCli(['designs/', '--rule', flag!]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`mlsys-lint: --rule: unknown rule \`${id}\`\n`);
    }
  });
});
