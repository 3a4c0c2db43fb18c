// Makes the V8 code cache of dist/bundle/main.cjs (bin/load-bundle.js reads it): loads the
// bundle as the command line does, under the same V8 flags, lints the example designs
// (stylish and JSON output) so that V8 compiles what a run uses, and saves the bytecode.
// A function the training run never called is compiled when first called, as without a
// cache. A cache made by another Node.js or under other flags is rejected by V8 and costs
// nothing but its reading (docs/performance.md, "Code cache").
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { CODE_CACHE_SUFFIX, codeCacheFile, loadBundle } from '../bin/load-bundle.js';
import { v8FlagsFor } from '../bin/v8-flags.js';

for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag);

const bundle = resolve('dist/bundle/main.cjs');
const { exports, script, source } = loadBundle(bundle, { useCache: false });
const folders = ['designs', 'templates/designs'].filter((folder) => existsSync(folder));
const io = { stdout: () => true, stderr: () => true, cwd: process.cwd(), env: {}, stdoutIsTTY: false };
for (const format of ['stylish', 'json']) await exports.main([...folders, '--no-config', '-f', format], io);
writeFileSync(bundle + CODE_CACHE_SUFFIX, codeCacheFile(source, script.createCachedData()));
