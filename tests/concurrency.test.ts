import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.js';

describe('--concurrency', () => {
  it('gives the same results on worker threads as on one thread', async () => {
    // The built package: workers load dist/engine/lint-worker.js.
    const { lintPaths } = await import('mlsys-lint');
    const cwd = tempDir();
    execFileSync(process.execPath, [fileURLToPath(new URL('../bench/generate-corpus.mjs', import.meta.url)), '60', `${cwd}/corpus`]);
    const options = {
      cwd,
      useConfigFiles: false,
      cliRules: new Map(),
      reportUnusedDisableDirectives: false,
      maxFileSize: 5_000_000,
      filesPerThread: 10,
    };
    const one = await lintPaths(['corpus'], { ...options, concurrency: 1 });
    const three = await lintPaths(['corpus'], { ...options, concurrency: 3 });
    expect(one.results).toHaveLength(60);
    expect(JSON.stringify(three.results)).toBe(JSON.stringify(one.results));
  });
});
