// Builds standalone/: the command line with its dependencies bundled in, committed to the
// repository so that a git checkout runs without `npm install` and without a build. The
// pre-commit hook, the GitHub Action and a CI job that clones the repository run it
// (docs/ci.md, "Running from a git checkout"). tests/standalone.test.ts checks that the
// committed files equal a fresh build, so run `npm run standalone` after changing src/.
//
// Layout: standalone/bundle/ sits at the same depth as dist/<folder>/, so that paths built
// from import.meta.url (../../schemas/, ../../templates/, ../../package.json,
// ../schema/compiled-validator.cjs, ./lint-worker.js) resolve in the repository as they do
// in dist/.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const OUT = process.argv[2] ?? 'standalone';

/** The one `createRequire` whose target must be bundled: the lazily loaded `yaml` package. */
const YAML_REQUIRE = 'createRequire(import.meta.url)';
const bundledYaml = {
  name: 'bundled-yaml',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/]load[\\/]yaml-tree\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      // Fail the build rather than ship a bundle that looks for node_modules/yaml.
      if (!source.includes(YAML_REQUIRE))
        throw new Error(`${path} no longer loads yaml through ${YAML_REQUIRE}: update scripts/standalone.mjs`);
      return { contents: `import * as bundledYaml from 'yaml';\n${source.replace(YAML_REQUIRE, '(() => bundledYaml)')}`, loader: 'ts' };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  charset: 'utf8',
};

await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts', 'lint-worker': 'src/engine/lint-worker.ts' },
  outdir: join(OUT, 'bundle'),
  splitting: true,
  format: 'esm',
  chunkNames: 'chunk-[hash]',
  // The Mermaid renderer is an optional peer, loaded only by `report --svg`, from node_modules.
  external: ['@mermaid-js/mermaid-cli', 'puppeteer'],
  plugins: [bundledYaml],
  // CommonJS dependencies (picomatch, ajv) require Node's built-ins: give the ESM chunks a require.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
});

// The precompiled schema validator (npm run build makes it), with its ajv run-time helpers.
await build({
  ...common,
  entryPoints: ['dist/schema/compiled-validator.cjs'],
  outfile: join(OUT, 'schema', 'compiled-validator.cjs'),
  format: 'cjs',
});
