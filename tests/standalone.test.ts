import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.js';

// standalone/ is committed build output: what the pre-commit hook, the Action and a
// cloned checkout run (docs/ci.md). It must be exactly what scripts/standalone.mjs makes
// from the sources now, or those users run stale code: `npm run standalone` fixes it.

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function filesUnder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path, 'utf8'));
    }
  };
  walk(folder);
  return files;
}

describe('standalone/', () => {
  it('is what `npm run standalone` builds from the sources now', () => {
    const fresh = join(tempDir(), 'standalone');
    execFileSync(process.execPath, ['scripts/standalone.mjs', fresh], { cwd: ROOT });
    const committed = filesUnder(join(ROOT, 'standalone'));
    const built = filesUnder(fresh);
    expect([...committed.keys()].sort(), 'standalone/ is stale: run `npm run standalone`').toEqual([...built.keys()].sort());
    for (const [path, text] of built)
      expect(committed.get(path) === text, `standalone/${path} is stale: run \`npm run standalone\``).toBe(true);
  });

  it('lints on a worker thread with its own bundled worker', async () => {
    const cwd = tempDir({ 'designs/broken.yaml': 'mlsys: 1\nname: [oops\n' });
    const worker = new Worker(join(ROOT, 'standalone/bundle/lint-worker.js'), {
      workerData: {
        files: [join(cwd, 'designs/broken.yaml')],
        options: { cwd, useConfigFiles: false, cliRules: new Map(), reportUnusedDisableDirectives: false, maxFileSize: 5_000_000 },
      },
    });
    const reply = await new Promise<{ results: { findings: { ruleId: string }[] }[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply.results[0]!.findings.map((finding) => finding.ruleId)).toEqual(['yaml/syntax']);
  });
});
