#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 optimises a function once it has run for an "interrupt budget" of bytecode. Over a few
// thousand designs the default budget (132,000) has V8 optimise about 30 functions more
// (204 rather than 172 over 2,000 designs) that are only lukewarm: compile time that is not
// paid back. A budget of 200,000 made a run over 2,000 designs 16-20% faster (CPU and wall)
// in the last measurements and one design no slower (docs/performance.md, "A tiering budget"). A
// tiering heuristic, not semantics, set before any of the linter's code is loaded.
setFlagsFromString('--interrupt-budget=200000');

// dist/ is the build (`npm run build`, in every npm package); a git checkout has none and
// runs the committed standalone build instead (docs/ci.md, "Running from a git checkout").
const built = new URL('../dist/bundle/main.js', import.meta.url);
const { main } = await import(existsSync(built) ? built.href : '../standalone/bundle/main.js');

// A reader that stops early (`mlsys-lint | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
});
process.exitCode = code;
