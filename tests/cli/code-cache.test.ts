import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { CODE_CACHE_SUFFIX, codeCacheFile, codeCacheFor } from '../../bin/load-bundle.js';
import { tempDir } from '../temp-dir.js';

// The command line runs dist/bundle/main.cjs with the V8 code cache the build made
// (bin/load-bundle.js, scripts/code-cache.mjs). These tests run the build.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = join(ROOT, 'dist/bundle/main.cjs');
const MINIMAL = join(ROOT, 'templates/designs/minimal.yaml');
const FALLBACK_MESSAGE = 'no fallback: say what is served';

/** A copy of the built package (bin, dist, schemas, templates) that a test may change. */
function packageCopy(): string {
  const root = tempDir();
  for (const part of ['bin', 'dist/bundle', 'dist/schema', 'schemas', 'templates', 'package.json'])
    cpSync(join(ROOT, part), join(root, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

function lintMinimal(root: string) {
  return spawnSync(process.execPath, [join(root, 'bin/mlsys-lint.js'), MINIMAL, '--no-config', '-f', 'json'], { encoding: 'utf8' });
}

describe('the code cache file', () => {
  const source = Buffer.from('exports.answer = 42;\n');
  const v8Data = Buffer.from([1, 2, 3, 4, 5]);

  it("gives V8's data back only for the source it was made from", () => {
    const file = codeCacheFile(source, v8Data);
    expect(codeCacheFor(source, file)).toEqual(v8Data);
    // Same length, one byte changed: V8 itself would only compare the lengths.
    expect(codeCacheFor(Buffer.from('exports.answer = 43;\n'), file)).toBeUndefined();
    expect(codeCacheFor(Buffer.from('exports.answer = 4;\n'), file)).toBeUndefined();
    expect(codeCacheFor(source, file.subarray(0, 4 + source.length))).toBeUndefined();
    expect(codeCacheFor(source, Buffer.alloc(2))).toBeUndefined();
    expect(codeCacheFor(source, undefined)).toBeUndefined();
  });

  it('made by the build is taken by V8 under the flags the command line sets', () => {
    const script = [
      "import { setFlagsFromString } from 'node:v8';",
      "import { v8FlagsFor } from './bin/v8-flags.js';",
      "import { loadBundle } from './bin/load-bundle.js';",
      'for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag);',
      `const { exports, cacheRejected } = loadBundle(${JSON.stringify(BUNDLE)});`,
      'console.log(typeof exports.main, cacheRejected);',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('function false\n');
  });

  it('is not used for a bundle changed since, even one of the same length', () => {
    const root = packageCopy();
    const bundle = join(root, 'dist/bundle/main.cjs');
    const original = readFileSync(bundle, 'utf8');
    expect(original).toContain(FALLBACK_MESSAGE);
    writeFileSync(bundle, original.replace(FALLBACK_MESSAGE, FALLBACK_MESSAGE.toUpperCase()));
    const run = lintMinimal(root);
    expect(run.stderr).toBe('');
    // Compiled from the cache, the bundle would still say what it said when the cache was made.
    expect(run.stdout).toContain(FALLBACK_MESSAGE.toUpperCase());
    expect(run.stdout).not.toContain(FALLBACK_MESSAGE);
  });

  it('that is damaged or missing changes nothing but the speed', () => {
    const expected = lintMinimal(ROOT);
    expect(expected.stdout).toContain(FALLBACK_MESSAGE);
    const root = packageCopy();
    const cache = join(root, `dist/bundle/main.cjs${CODE_CACHE_SUFFIX}`);
    const intact = readFileSync(cache);
    // V8's part cut short, V8's part overwritten, then no cache at all.
    for (const damaged of [
      intact.subarray(0, intact.length - 1000),
      Buffer.concat([intact.subarray(0, intact.length - 1000), Buffer.alloc(1000, 0xa5)]),
      Buffer.alloc(0),
    ]) {
      writeFileSync(cache, damaged);
      const run = lintMinimal(root);
      expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
        code: expected.status,
        stdout: expected.stdout,
        stderr: '',
      });
    }
  });
});

describe("the command line's lint worker", () => {
  it('lints its share as the main thread does', async () => {
    const { lintFiles } = await import('mlsys-lint');
    const files = [MINIMAL, join(ROOT, 'designs/fraud-detection.yaml')];
    const options = { cwd: ROOT, useConfigFiles: false, cliRules: new Map(), reportUnusedDisableDirectives: false, maxFileSize: 5_000_000 };
    const worker = new Worker(join(ROOT, 'dist/bundle/lint-worker.cjs'), { workerData: { files, options } });
    const reply = await new Promise<{ results: unknown[]; crashes: unknown[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply.crashes).toEqual([]);
    expect(JSON.stringify(reply.results)).toBe(JSON.stringify(lintFiles(files, options).results));
  });
});
