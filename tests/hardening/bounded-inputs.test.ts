import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../cli/run-cli.js';
import { tempDir } from '../temp-dir.js';
import { CAN_RUN_AS_NOBODY, IS_ROOT, runAsNobody } from './nobody.js';

const DESIGN = 'mlsys: 1\nname: Somewhere\n';
const NOT_REGULAR = 'it is not a regular file (a pipe, socket or device)';

/** A folder with a design, a named pipe `pipe` and, for root, our own /dev/zero as `zero`. */
function withSpecialFiles(): string {
  const cwd = tempDir({ 'd/a.yaml': DESIGN });
  execFileSync('mkfifo', [join(cwd, 'pipe')]);
  if (IS_ROOT) execFileSync('mknod', [join(cwd, 'zero'), 'c', '1', '5']);
  return cwd;
}

describe('config, baseline, template and cache are read as bounded regular files', () => {
  const specials = IS_ROOT ? ['pipe', 'zero'] : ['pipe'];

  it.each(specials)('a %s given as the config, baseline or template is a one-line error, at once', async (name) => {
    const cwd = withSpecialFiles();
    const started = Date.now();
    expect(await runInProcess(['d', '-c', name], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsys-lint: invalid configuration: ${join(cwd, name)}:1:1: cannot read the config file: ${NOT_REGULAR}\n`,
    });
    expect(await runInProcess(['d', '--baseline', name], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsys-lint: invalid configuration: ${join(cwd, name)}:1:1: cannot read the baseline: ${NOT_REGULAR}\n`,
    });
    expect(await runInProcess(['report', 'd', '-o', 'out', '--template', name], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsys-lint: cannot read the template ${name}: ${NOT_REGULAR}\n`,
    });
    expect(await runInProcess(['report', 'd', '-o', 'out', '--index-template', name], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsys-lint: cannot read the template ${name}: ${NOT_REGULAR}\n`,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('neither reads nor waits on a named pipe given as the cache', async () => {
    const cwd = withSpecialFiles();
    const run = await runInProcess(['d', '--cache', '--cache-location', 'pipe'], cwd);
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 1,
      stderr:
        `mlsys-lint: warning: the cache was not saved: cannot write \`${join(cwd, 'pipe')}\`: no process is reading from it (a ` +
        `pipe or socket)\n`,
    });
  });

  it('refuses config files over 5 MB and a folder given as the config', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN, 'big.yaml': `# ${'x'.repeat(5 * 1024 * 1024)}\n` });
    expect((await runInProcess(['d', '-c', 'big.yaml'], cwd)).stderr).toBe(
      `mlsys-lint: invalid configuration: ${join(cwd, 'big.yaml')}:1:1: cannot read the config file: the file is ${5 * 1024 * 1024 + 3} ` +
        `bytes, more than the limit of ${5 * 1024 * 1024}\n`,
    );
    expect((await runInProcess(['d', '-c', 'd'], cwd)).stderr).toBe(
      `mlsys-lint: invalid configuration: ${join(cwd, 'd')}:1:1: cannot read the config file: it is a folder, not a file\n`,
    );
  });
});

describe('nothing is passed over in silence', () => {
  it('warns about a file named on the command line that `ignore` matches', async () => {
    const cwd = tempDir({ 'd/a.yaml': `${DESIGN}bogus: 1\n`, '.mlsys-lint.yaml': 'ignore: [d/a.yaml]\n' });
    expect(await runInProcess(['d/a.yaml'], cwd)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'mlsys-lint: warning: `d/a.yaml`: File ignored because of a matching ignore pattern (`ignore` in the config file)\n',
    });
  });

  it('stops at a package.json that is not valid JSON, at its line and column', async () => {
    const cwd = tempDir({ 'p/package.json': '{\n  "name": "x",\n  "mlsys-lint": { "rules": {} ,\n}\n', 'p/d/a.yaml': DESIGN });
    const run = await runInProcess(['p/d'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `^mlsys-lint: invalid configuration: ${join(cwd, 'p', 'package.json')}:4:1: package.json is not valid JSON \\(it might hold the ` +
          `mlsys-lint config\\): .+\\n$`,
      ),
    );
  });

  it('rejects an empty glob in `ignore` or `overrides`, and an empty path argument', async () => {
    const cwd = tempDir({
      'd/a.yaml': DESIGN,
      '.mlsys-lint.yaml': 'ignore: [""]\n',
      'o.yaml': 'overrides:\n  - files: ""\n    rules: {}\n',
    });
    expect(await runInProcess(['d'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `mlsys-lint: invalid configuration: ${join(cwd, '.mlsys-lint.yaml')}:1:10: an empty glob matches nothing; remove it or ` +
        `write a pattern such as \`drafts/**\`\n`,
    });
    expect((await runInProcess(['d', '-c', 'o.yaml'], cwd)).stderr).toBe(
      `mlsys-lint: invalid configuration: ${join(cwd, 'o.yaml')}:2:12: an empty glob matches nothing; remove it or write a pattern such ` +
        `as \`drafts/**\`\n`,
    );
    expect(await runInProcess(['', '--no-config'], cwd)).toMatchObject({
      code: 2,
      stderr: 'mlsys-lint: an empty path argument names nothing: give a file, a folder or a glob\n',
    });
  });
});

describe.runIf(CAN_RUN_AS_NOBODY)('unreadable files and folders, for an unprivileged user', () => {
  it('is exit code 2 with a message when named, and a warning when met during a walk', () => {
    const cwd = tempDir({ 'd/ok/a.yaml': DESIGN, 'd/locked/b.yaml': DESIGN, 'f.yaml': DESIGN });
    for (const folder of ['d', 'd/ok']) chmodSync(join(cwd, folder), 0o755);
    chmodSync(join(cwd, 'd/ok/a.yaml'), 0o644);
    chmodSync(join(cwd, 'd/locked'), 0o000);
    chmodSync(join(cwd, 'f.yaml'), 0o000);
    expect(runAsNobody(['d/locked'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mlsys-lint: cannot read `d/locked`: permission denied\n',
    });
    expect(runAsNobody(['f.yaml'], cwd)).toEqual({ code: 2, stdout: '', stderr: 'mlsys-lint: cannot read `f.yaml`: permission denied\n' });
    const walk = runAsNobody(['d', '-f', 'json'], cwd);
    expect({ code: walk.code, stderr: walk.stderr }).toEqual({
      code: 1,
      stderr: 'mlsys-lint: warning: cannot read the folder `d/locked`: permission denied; nothing in it was linted\n',
    });
    expect(JSON.parse(walk.stdout)).toHaveLength(1);
    const report = runAsNobody(['report', 'd/locked', '-o', 'out'], cwd);
    expect(report).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mlsys-lint: cannot read `d/locked`: permission denied\nmlsys-lint: no report was written\n',
    });
  });
});

describe('clear messages instead of internal errors', () => {
  it('names an undefined alias at its place', async () => {
    const cwd = tempDir({ 'a.yaml': 'mlsys: 1\nname: *nope\n' });
    const run = await runInProcess(['a.yaml', '-f', 'compact'], cwd);
    expect(run.stdout).toContain(
      'a.yaml: line 2, col 7, Error - YAML syntax error: alias `*nope` is not defined (an anchor `&nope` must come before it) ' +
        '(yaml/syntax)',
    );
  });

  it('decodes UTF-16 and UTF-32 with a byte-order mark, and says what to do without one', async () => {
    const text = 'mlsys: 1\nname: Wide\nbogus: 1\n';
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    const utf32le = Buffer.alloc(text.length * 4);
    [...text].forEach((character, index) => utf32le.writeUInt32LE(character.codePointAt(0)!, index * 4));
    const utf32be = Buffer.alloc(text.length * 4);
    [...text].forEach((character, index) => utf32be.writeUInt32BE(character.codePointAt(0)!, index * 4));
    const cwd = tempDir();
    const files: Record<string, Buffer> = {
      'le16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be16.yaml': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
      'le32.yaml': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le]),
      'be32.yaml': Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32be]),
      'bare16.yaml': Buffer.from(text, 'utf16le'),
      'bare32.yaml': utf32le,
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(cwd, name), bytes);
    for (const name of ['le16', 'be16', 'le32', 'be32']) {
      expect((await runInProcess([`${name}.yaml`, '-f', 'compact', '--no-config'], cwd)).stdout).toContain(
        `${name}.yaml: line 3, col 1, Error - unknown key \`bogus\` in the design`,
      );
    }
    expect((await runInProcess(['bare16.yaml', '-f', 'compact'], cwd)).stdout).toContain(
      'Error - cannot read the design: UTF-16 is not supported without a byte-order mark: save the file as UTF-8 (yaml/syntax)',
    );
    expect((await runInProcess(['bare32.yaml', '-f', 'compact'], cwd)).stdout).toContain(
      'Error - cannot read the design: UTF-32 is not supported without a byte-order mark: save the file as UTF-8 (yaml/syntax)',
    );
  });

  it('spells .nan, .inf and numbers too large as YAML does', async () => {
    const cwd = tempDir({
      'a.yaml': 'mlsys: 1\nname: X\ndeployment:\n  slo:\n    availability: .nan\n    throughput: -.inf\n    cost_per_prediction: 1e400\n',
    });
    const run = await runInProcess(['a.yaml', '-f', 'compact'], cwd);
    expect(run.stdout).toContain(
      'line 5, col 19, Error - `deployment.slo.availability` must be text or a number; got not-a-number `.nan` (schema/invalid)',
    );
    expect(run.stdout).toContain(
      'line 6, col 17, Error - `deployment.slo.throughput` must be text or a number; got an infinite number (or one too large) `-.inf` ' +
        '(schema/invalid)',
    );
    expect(run.stdout).toContain(
      'line 7, col 26, Error - `deployment.slo.cost_per_prediction` must be text or a number; got an infinite number (or one too large) ' +
        '`.inf` (schema/invalid)',
    );
    expect(run.stdout).not.toContain('`null`');
  });

  it('makes a list or mapping used as a key a finding, with nothing on stderr', () => {
    const cwd = tempDir({ 'a.yaml': 'mlsys: 1\nname: X\n? [a, b]\n: 1\n{x: 1}: 2\n' });
    const run = runCli(['a.yaml', '-f', 'compact'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Error - unknown key `[ a, b ]` in the design');
    expect(run.stdout).toContain("a.yaml: line 3, col 3, Error - a list used as a key: a design's keys are names");
    expect(run.stdout).toContain("a.yaml: line 5, col 1, Error - a mapping used as a key: a design's keys are names");
  });

  it('makes a collection key inside an `x-` extension a finding too, though extensions are never checked', () => {
    const cwd = tempDir({ 'a.yaml': 'mlsys: 1\nname: X\nx-team:\n  ? [a, b]\n  : 1\n' });
    const run = runCli(['a.yaml', '-f', 'compact', '--rule', 'design/missing-step:off'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      "a.yaml: line 4, col 5, Error - a list used as a key: a design's keys are names, so write a plain key (YAML allows this key, " +
        'JSON and the design format do not) (yaml/syntax)',
    );
  });

  it('takes global flags before the command', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    const rules = await runInProcess(['--no-color', 'rules'], cwd);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toBe((await runInProcess(['rules'], cwd)).stdout);
    expect((await runInProcess(['--debug', '--no-color', 'score', 'd'], cwd)).code).toBe(0);
    expect((await runInProcess(['rules', '--color'], cwd)).code).toBe(0);
    expect((await runInProcess(['--help', 'rules'], cwd)).stdout).toMatch(/^Usage: mlsys-lint rules/);
  });
});

describe('symbolic links in a walked folder', () => {
  it('are not followed to folders outside the linted folders, nor into /proc', async () => {
    const cwd = tempDir({ 'inside/a.yaml': DESIGN, 'outside/b.yaml': DESIGN, 'inside/sub/c.yaml': DESIGN });
    symlinkSync(join(cwd, 'outside'), join(cwd, 'inside', 'to-outside'));
    symlinkSync('/', join(cwd, 'inside', 'to-root'));
    symlinkSync('/proc', join(cwd, 'inside', 'to-proc'));
    symlinkSync(join(cwd, 'inside', 'sub'), join(cwd, 'inside', 'to-sub'));
    const run = await runInProcess(['inside', '-f', 'json', '--no-config'], cwd);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(cwd.length + 1))).toEqual([
      'inside/a.yaml',
      'inside/sub/c.yaml',
    ]);
    // Named on the command line, the outside folder is walked as itself.
    const both = await runInProcess(['inside', 'outside', '-f', 'json', '--no-config'], cwd);
    expect((JSON.parse(both.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(cwd.length + 1))).toEqual([
      'inside/a.yaml',
      'inside/sub/c.yaml',
      'outside/b.yaml',
    ]);
  });

  it('lint a design linked inside the tree once', async () => {
    const cwd = tempDir({ 'd/a.yaml': `${DESIGN}bogus: 1\n` });
    symlinkSync(join(cwd, 'd', 'a.yaml'), join(cwd, 'd', 'b.yaml'));
    mkdirSync(join(cwd, 'd', 'e'));
    symlinkSync('../a.yaml', join(cwd, 'd', 'e', 'c.yaml'));
    const run = await runInProcess(['d', '-f', 'json', '--no-config'], cwd);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(cwd.length + 1))).toEqual(['d/a.yaml']);
  });
});
