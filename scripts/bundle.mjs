// Bundles the CLI's own modules into a few chunks (dependencies stay external), so that
// start-up does not pay Node's module resolution for ~100 files: the pre-commit case
// lints one design, where start-up is most of the time. Chunks live in dist/bundle/, at
// the same depth as dist/<folder>/, so paths built from import.meta.url stay valid.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a content hash: clear out the previous build's, or they pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts', 'lint-worker': 'src/engine/lint-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  // Less text for V8 to scan at every start (the rules' docs are long strings); names are
  // kept for stack traces and profiles.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
