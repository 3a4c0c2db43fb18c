import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/cli/output.js';
import type { CliIO } from '../../src/cli/io.js';
import { tempDir } from '../temp-dir.js';
import { BIN } from './run-cli.js';

const GENERATOR = fileURLToPath(new URL('../../bench/generate-corpus.mjs', import.meta.url));

describe('output in parts to standard output', () => {
  it('waits for standard output to take a part it queued before writing the next', async () => {
    const events: string[] = [];
    let release: (() => void) | undefined;
    const io = {
      // Every second part is queued.
      stdout: (text: string | Uint8Array) => {
        events.push(`write ${String(text)}`);
        return events.filter((event) => event.startsWith('write')).length % 2 === 1;
      },
      drained: () => {
        events.push('wait');
        return new Promise<void>((resolve) => (release = resolve));
      },
    } as unknown as CliIO;
    const written = writeOutput(io, '-', ['a', 'b', 'c', 'd', 'e']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Stopped after the second part, until the queue is taken.
    expect(events).toEqual(['write a', 'write b', 'wait']);
    release!();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(['write a', 'write b', 'wait', 'write c', 'write d', 'wait']);
    release!();
    await written;
    expect(events).toEqual(['write a', 'write b', 'wait', 'write c', 'write d', 'wait', 'write e']);
  });

  it('writes without waiting where nothing says when writes are taken', async () => {
    const parts: string[] = [];
    const io = { stdout: (text: string) => void parts.push(text) } as unknown as CliIO;
    await writeOutput(io, '-', ['a', 'b']);
    expect(parts).toEqual(['a', 'b']);
  });

  it('gives a reader that reads late every byte, and a reader that stops early an exit without error', async () => {
    const cwd = tempDir();
    execFileSync(process.execPath, [GENERATOR, '300', join(cwd, 'designs')]);
    const args = [BIN, 'designs', '-f', 'json', '--no-config'];
    const expected = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 }).stdout;
    expect(expected.length).toBeGreaterThan(256 * 1024);
    // A pipe not read for a while: the run waits for it rather than queueing its output.
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((done) => child.on('close', done));
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stdout.resume();
    expect(await exited).toBe(1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
    // `| head -c 100`: the reader goes away; the run ends as if it had finished.
    const head = spawnSync('sh', ['-c', `"${process.execPath}" ${args.map((arg) => `'${arg}'`).join(' ')} | head -c 100`], {
      cwd,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(head.stdout).toBe(expected.slice(0, 100));
    expect(head.stderr).toBe('');
    expect(head.status).toBe(0);
  }, 60_000);
});
