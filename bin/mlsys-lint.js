#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 optimises a function once it has run for an "interrupt budget" of bytecode (this Node's
// default: 67,584). Over a few thousand designs a small budget has V8 optimise many functions
// that are only lukewarm, on a compiler thread that competes with the linter for the machine's
// cores: compile time that is not paid back. Over 2,000 designs a budget of 400,000 used
// 20-24% less CPU than the default and 4-5% less wall time on a quiet machine (about 20%
// less wall time where the cores are shared), and one design no slower (docs/performance.md,
// "A tiering budget").
// A tiering heuristic, not semantics, set before any of the linter's code is loaded.
setFlagsFromString('--interrupt-budget=400000');

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
