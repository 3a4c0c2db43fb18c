#!/usr/bin/env node
// CommonJS, like the rest of bin/ (bin/package.json): an ES module entry starts Node's ES
// module loader, which cost one design about 20 ms of its 0.19 s (docs/performance.md,
// "Code cache"). What the command line runs is loaded by load-bundle.js.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { loadBundle } = require('./load-bundle.js');
const { v8FlagsFor } = require('./v8-flags.js');

// Set before any of the linter's code is loaded (see v8-flags.js).
for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag);

// dist/ is the build (`npm run build`, in every npm package), loaded with its code cache
// (see load-bundle.js); a git checkout has none and runs the committed standalone build
// instead (docs/ci.md, "Running from a git checkout").
const built = join(__dirname, '../dist/bundle/main.cjs');
const loaded = existsSync(built) ? Promise.resolve(loadBundle(built).exports) : import('../standalone/bundle/main.js');

// A reader that stops early (`mlsys-lint | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

void loaded
  .then(({ main }) =>
    main(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      drained: () => new Promise((resolve) => process.stdout.once('drain', resolve)),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
      env: process.env,
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
    }),
  )
  .then((code) => {
    process.exitCode = code;
  });
