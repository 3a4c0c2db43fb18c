import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/util/write-atomic.js';
import { runInProcess } from '../cli/run-cli.js';
import { tempDir } from '../temp-dir.js';
import { repositoryWith } from '../diff/git-repo.js';
import { CAN_RUN_AS_NOBODY, IS_ROOT, runAsNobody } from './nobody.js';

const DESIGN = 'mlsys: 1\nname: Somewhere\nbogus: 1\n';

/** Every file under a folder with its bytes, to show that a refused run changed nothing. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        files[path.slice(root.length + 1)] = entry.isSymbolicLink()
          ? `-> ${readlinkSync(path)}`
          : entry.isFile()
            ? readFileSync(path, 'latin1')
            : 'special';
    }
  };
  walk(root);
  return files;
}

describe('writing an output', () => {
  it('replaces a regular file atomically, keeping its mode', () => {
    const cwd = tempDir({ 'out.json': 'old' });
    chmodSync(join(cwd, 'out.json'), 0o600);
    writeFileAtomic(join(cwd, 'out.json'), 'new');
    expect(readFileSync(join(cwd, 'out.json'), 'utf8')).toBe('new');
    expect(statSync(join(cwd, 'out.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(cwd)).toEqual(['out.json']);
  });

  it('writes through a symbolic link, which stays a link', () => {
    const cwd = tempDir({ 'target.json': 'old' });
    symlinkSync(join(cwd, 'target.json'), join(cwd, 'link.json'));
    writeFileAtomic(join(cwd, 'link.json'), 'new');
    expect(lstatSync(join(cwd, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(cwd, 'target.json'), 'utf8')).toBe('new');
  });

  it.runIf(IS_ROOT)('writes through a character device, which stays one', () => {
    const cwd = tempDir();
    // Our own /dev/null, never the machine's.
    execFileSync('mknod', [join(cwd, 'null'), 'c', '1', '3']);
    writeFileAtomic(join(cwd, 'null'), 'discarded');
    expect(statSync(join(cwd, 'null')).isCharacterDevice()).toBe(true);
    expect(readdirSync(cwd)).toEqual(['null']);
  });

  it.runIf(IS_ROOT)('init writes through a character device rather than refusing it as an existing file', async () => {
    const cwd = tempDir();
    execFileSync('mknod', [join(cwd, 'null'), 'c', '1', '3']);
    const run = await runInProcess(['init', 'x', '-o', 'null'], cwd);
    expect(run.code).toBe(0);
    expect(statSync(join(cwd, 'null')).isCharacterDevice()).toBe(true);
    expect(readdirSync(cwd)).toEqual(['null']);
  });

  it('writes through a named pipe that is read, and refuses one nobody reads, without hanging', async () => {
    const cwd = tempDir();
    const fifo = join(cwd, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(() => writeFileAtomic(fifo, 'x')).toThrow(
      new WriteError(`cannot write \`${fifo}\`: no process is reading from it (a pipe or socket)`),
    );
    const { spawn } = await import('node:child_process');
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => void (read += chunk.toString()));
    const done = new Promise((resolve) => reader.on('close', resolve));
    // Opening a pipe's writing end without blocking fails until the reader has it open.
    for (let tries = 0; ; tries++) {
      try {
        writeFileAtomic(fifo, 'through the pipe');
        break;
      } catch (error) {
        if (tries > 200) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    await done;
    expect(read).toBe('through the pipe');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a folder', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'dir'));
    expect(() => writeFileAtomic(join(cwd, 'dir'), 'x')).toThrow(new WriteError(`cannot write \`${join(cwd, 'dir')}\`: it is a folder`));
  });

  it('writes a file whose name is as long as names may be (the temporary name is never longer)', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    const name = `${'o'.repeat(250)}.json`;
    const run = await runInProcess(['d', '-f', `json:${name}`, '--baseline', `${'b'.repeat(250)}.json`, '--write-baseline'], cwd);
    expect(run.code).toBe(0);
    expect(existsSync(join(cwd, `${'b'.repeat(250)}.json`))).toBe(true);
    const output = await runInProcess(['d', '-f', `json:${name}`, '--cache', '--cache-location', `${'c'.repeat(251)}`], cwd);
    expect({ code: output.code, stderr: output.stderr }).toEqual({ code: 1, stderr: '' });
    expect(JSON.parse(readFileSync(join(cwd, name), 'utf8'))).toHaveLength(1);
    expect(existsSync(join(cwd, 'c'.repeat(251)))).toBe(true);
    expect(readdirSync(cwd).filter((entry) => entry.endsWith('.tmp'))).toEqual([]);
  });

  it('takes - as standard output everywhere', async () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    const json = await runInProcess(['d', '-f', 'json', '-o', '-'], cwd);
    expect(JSON.parse(json.stdout)).toHaveLength(1);
    const named = await runInProcess(['d', '-f', 'json:-', '-f', 'compact:-'], cwd);
    expect(named.stdout).toContain('"filePath"');
    expect(named.stdout).toContain('bogus');
    const baseline = await runInProcess(['d', '--write-baseline', '--baseline', '-'], cwd);
    expect(JSON.parse(baseline.stdout).findings).toContainEqual({ file: 'd/a.yaml', ruleId: 'schema/invalid', path: 'bogus', count: 1 });
    expect(readdirSync(cwd)).toEqual(['d']);
    expect(await runInProcess(['d', '--cache', '--cache-location', '-'], cwd)).toMatchObject({
      code: 2,
      stderr: 'mlsys-lint: --cache-location: the cache cannot be standard output; give a folder or a file\n',
    });
    expect(await runInProcess(['report', 'd', '-o', '-'], cwd)).toMatchObject({
      code: 2,
      stderr: 'mlsys-lint: report writes a folder of files: -o DIR, not standard output\n',
    });
  });
});

describe.runIf(CAN_RUN_AS_NOBODY)('outputs for an unprivileged user', () => {
  it('writes to /dev/null and /dev/stdout, and a symbolic link to standard output, leaving them as they were', () => {
    const cwd = tempDir({ 'd/a.yaml': DESIGN });
    chmodSync(join(cwd, 'd'), 0o755);
    chmodSync(join(cwd, 'd', 'a.yaml'), 0o644);
    symlinkSync('/proc/self/fd/1', join(cwd, 'to-stdout'));
    const devNull = runAsNobody(['d', '-o', '/dev/null'], cwd);
    expect(devNull).toEqual({ code: 1, stdout: '', stderr: '' });
    const stdout = runAsNobody(['d', '-f', 'json:/dev/stdout'], cwd);
    expect({ code: stdout.code, stderr: stdout.stderr }).toEqual({ code: 1, stderr: '' });
    expect(JSON.parse(stdout.stdout)).toHaveLength(1);
    const linked = runAsNobody(['d', '-f', 'json:to-stdout'], cwd);
    expect(JSON.parse(linked.stdout)).toHaveLength(1);
    expect(readlinkSync(join(cwd, 'to-stdout'))).toBe('/proc/self/fd/1');
    const dash = runAsNobody(['d', '-f', 'json', '-o', '-'], cwd);
    expect(JSON.parse(dash.stdout)).toHaveLength(1);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(cwd).sort()).toEqual(['d', 'to-stdout']);
  });
});

describe('an output that would land on an input or on another output', () => {
  const files = { 'c1/a.yaml': DESIGN, 'c1/b.yaml': 'mlsys: 1\nname: B\n', '.mlsys-lint.yaml': 'rules: {}\n' };

  it.each([
    [['c1', '-f', 'json:c1/b.yaml'], 'the -f json output `c1/b.yaml` is a design being linted: nothing was written; choose another file'],
    [['c1', '-o', 'c1/a.yaml'], 'the -f stylish output `c1/a.yaml` is a design being linted: nothing was written; choose another file'],
    [
      ['c1', '-f', 'json:o1.json', '-f', 'sarif:o1.json'],
      'the -f sarif output `o1.json` is the -f json output: nothing was written; choose another file',
    ],
    [
      ['c1', '-f', 'json:o1.json', '-f', 'sarif:./x/../o1.json'],
      'the -f sarif output `o1.json` is the -f json output: nothing was written; choose another file',
    ],
    [
      ['c1', '--cache', '--cache-location', 'c1/b.yaml'],
      'the cache `c1/b.yaml` is a design being linted: nothing was written; choose another file',
    ],
    [
      ['c1', '--write-baseline', '--baseline', 'c1/b.yaml'],
      'the baseline being written `c1/b.yaml` is a design being linted: nothing was written; choose another file',
    ],
    [
      ['c1', '-f', 'json:.mlsys-lint.yaml'],
      'the -f json output `.mlsys-lint.yaml` is a config file in use: nothing was written; choose another file',
    ],
    [
      ['c1', '-c', 'other.yaml', '-f', 'json:other.yaml'],
      'the -f json output `other.yaml` is a config file in use: nothing was written; choose another file',
    ],
    [
      ['c1', '--baseline', 'base.json', '-f', 'json:base.json'],
      'the -f json output `base.json` is the baseline being read: nothing was written; choose another file',
    ],
    [
      ['c1', '-f', 'json:link-to-b.yaml'],
      'the -f json output `link-to-b.yaml` is a design being linted `c1/b.yaml`: nothing was written; choose another file',
    ],
    [
      ['c1', '-f', 'json:hard-link.yaml'],
      'the -f json output `hard-link.yaml` is a design being linted `c1/a.yaml`: nothing was written; choose another file',
    ],
    // With --cache the designs are checked as the cache looks them up.
    [
      ['c1', '--cache', '--cache-location', '.cache/', '-f', 'json:hard-link.yaml'],
      'the -f json output `hard-link.yaml` is a design being linted `c1/a.yaml`: nothing was written; choose another file',
    ],
    [
      ['c1', '--cache', '--cache-location', '.cache/', '-f', 'json:link-to-b.yaml'],
      'the -f json output `link-to-b.yaml` is a design being linted `c1/b.yaml`: nothing was written; choose another file',
    ],
    [
      ['c1', '--cache', '--cache-location', '.cache/', '-f', 'json:.mlsys-lint.yaml'],
      'the -f json output `.mlsys-lint.yaml` is a config file in use: nothing was written; choose another file',
    ],
  ])('%j is a usage error naming both, and writes nothing', async (args, message) => {
    const cwd = tempDir({ ...files, 'other.yaml': 'rules: {}\n', 'base.json': '{"version":1,"findings":[]}\n' });
    symlinkSync(join(cwd, 'c1', 'b.yaml'), join(cwd, 'link-to-b.yaml'));
    execFileSync('ln', [join(cwd, 'c1', 'a.yaml'), join(cwd, 'hard-link.yaml')]);
    const before = snapshot(cwd);
    const run = await runInProcess(args, cwd);
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 2, stdout: '', stderr: `mlsys-lint: ${message}\n` });
    expect(snapshot(cwd)).toEqual(before);
  });

  it('refuses a diff output onto a design of the working tree, and writes - to standard output', async () => {
    const cwd = repositoryWith({ 'designs/a.yaml': 'mlsys: 1\nname: A\n' });
    const before = readFileSync(join(cwd, 'designs', 'a.yaml'), 'utf8');
    const run = await runInProcess(['diff', 'HEAD', '-o', 'designs/a.yaml'], cwd);
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 2,
      stderr: 'mlsys-lint: the diff output `designs/a.yaml` is a design being reviewed: nothing was written; choose another file\n',
    });
    expect(readFileSync(join(cwd, 'designs', 'a.yaml'), 'utf8')).toBe(before);
    const dash = await runInProcess(['diff', 'HEAD', '-f', 'json', '-o', '-'], cwd);
    expect(JSON.parse(dash.stdout)).toMatchObject({ totals: { changedDesigns: 0 } });
  });

  it('lets several formats share standard output or a device', async () => {
    const cwd = tempDir(files);
    const run = await runInProcess(['c1', '-f', 'json:-', '-f', 'sarif:-'], cwd);
    expect(run.code).toBe(1);
  });

  it('refuses a report folder where a report would replace a design or the template, and writes nothing', async () => {
    const cwd = tempDir({
      'c1/index.md': DESIGN,
      'c1/a.yaml': 'mlsys: 1\nname: A\n',
      't/a.md': '# Report\n\n::report-section{section="header"}\n',
    });
    const before = snapshot(cwd);
    const design = await runInProcess(['report', 'c1/index.md', 'c1/a.yaml', '-o', 'c1'], cwd);
    expect({ code: design.code, stderr: design.stderr }).toEqual({
      code: 2,
      stderr: 'mlsys-lint: the report file `c1/index.md` is a design being reported on: nothing was written; choose another file\n',
    });
    const template = await runInProcess(['report', 'c1/a.yaml', '-o', 't', '--template', 't/a.md'], cwd);
    expect({ code: template.code, stderr: template.stderr }).toEqual({
      code: 2,
      stderr: 'mlsys-lint: the report file `t/a.md` is the report template: nothing was written; choose another file\n',
    });
    expect(snapshot(cwd)).toEqual(before);
  });

  it('leaves files in the report folder that are not its reports alone', async () => {
    const cwd = tempDir({ 'c1/a.yaml': 'mlsys: 1\nname: A\n', 'out/notes.txt': 'mine', 'out/.hidden': 'mine too' });
    const run = await runInProcess(['report', 'c1', '-o', 'out'], cwd);
    expect(run.code).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['.hidden', 'a.md', 'index.md', 'notes.txt']);
  });

  it('writes a report for a design whose id is 240 characters long', async () => {
    const id = 'a'.repeat(240);
    const cwd = tempDir({ 'c1/x.yaml': `mlsys: 1\nid: ${id}\nname: Long\n` });
    const run = await runInProcess(['report', 'c1', '-o', 'out'], cwd);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: 'mlsys-lint: wrote 2 files to out\n' });
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual([`${id}.md`, 'index.md']);
  });
});
