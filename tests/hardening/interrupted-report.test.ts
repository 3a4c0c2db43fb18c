import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { BIN } from '../cli/run-cli.js';

const GENERATOR = fileURLToPath(new URL('../../bench/generate-corpus.mjs', import.meta.url));

function reportsIn(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('a report run killed while it writes', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`leaves every report either old or new (${signal}), and the next run cleans up`, async () => {
      const cwd = tempDir();
      execFileSync(process.execPath, [GENERATOR, '300', join(cwd, 'designs')]);
      execFileSync(process.execPath, [BIN, 'report', 'designs', '-o', 'old'], { cwd, stdio: 'ignore' });
      execFileSync(process.execPath, [BIN, 'report', 'designs', '-o', 'out'], { cwd, stdio: 'ignore' });
      const old = reportsIn(join(cwd, 'out'));
      // New content for every report: every design gets another owner.
      for (const folder of readdirSync(join(cwd, 'designs'))) {
        for (const name of readdirSync(join(cwd, 'designs', folder))) {
          const path = join(cwd, 'designs', folder, name);
          writeFileSync(path, readFileSync(path, 'utf8').replace('owners: [', 'owners: [new-team, '));
        }
      }
      execFileSync(process.execPath, [BIN, 'report', 'designs', '-o', 'new'], { cwd, stdio: 'ignore' });
      const fresh = reportsIn(join(cwd, 'new'));
      // Kill the run as soon as it renames its first new report into place.
      const watcher = watch(join(cwd, 'out'));
      const child = spawn(process.execPath, [BIN, 'report', 'designs', '-o', 'out'], { cwd, stdio: 'ignore' });
      const exited = new Promise<void>((done) => child.on('exit', () => done()));
      watcher.on('change', (_event, name) => {
        if (String(name).endsWith('.md')) {
          child.kill(signal);
          watcher.close();
        }
      });
      await exited;
      watcher.close();
      const after = reportsIn(join(cwd, 'out'));
      expect([...after.keys()].sort()).toEqual([...old.keys()].sort());
      for (const [name, content] of after) expect(content === old.get(name) || content === fresh.get(name), name).toBe(true);
      execFileSync(process.execPath, [BIN, 'report', 'designs', '-o', 'out'], { cwd, stdio: 'ignore' });
      expect(readdirSync(join(cwd, 'out')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      expect(reportsIn(join(cwd, 'out'))).toEqual(fresh);
    }, 120_000);
  }
});
