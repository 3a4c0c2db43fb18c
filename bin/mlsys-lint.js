#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { loadBundle } from './load-bundle.js';
import { v8FlagsFor } from './v8-flags.js';

// Set before any of the linter's code is loaded (see v8-flags.js).
for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag);

// dist/ is the build (`npm run build`, in every npm package), loaded with its code cache
// (see load-bundle.js); a git checkout has none and runs the committed standalone build
// instead (docs/ci.md, "Running from a git checkout").
const built = fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url));
const { main } = existsSync(built) ? loadBundle(built).exports : await import('../standalone/bundle/main.js');

// A reader that stops early (`mlsys-lint | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  drained: () => new Promise((resolve) => process.stdout.once('drain', resolve)),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
});
process.exitCode = code;
