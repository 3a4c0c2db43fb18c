// Bundles the command line into one CommonJS file, dist/bundle/main.cjs, and makes its V8
// code cache (scripts/code-cache.mjs): start-up then pays neither Node's module resolution
// for ~100 files nor V8's parsing and compiling of the functions a run uses
// (docs/performance.md, "Code cache"). The pre-commit case lints one design, where
// start-up is most of the time. The bundle lives in dist/bundle/, at the same depth as
// dist/<folder>/, so that paths built from import.meta.url stay valid.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const manifest = (name) => JSON.parse(readFileSync(name === '.' ? 'package.json' : `node_modules/${name}/package.json`, 'utf8'));

/** Whether a package ships only ES modules. */
function esModulesOnly(name) {
  let pkg;
  try {
    pkg = manifest(name);
  } catch {
    return false;
  }
  return pkg.type === 'module' && !JSON.stringify(pkg.exports ?? '').includes('"require"');
}

const own = manifest('.');
// Optional peers (the Mermaid renderer) are found at run time, never bundled.
const esmOnly = Object.keys(own.dependencies ?? {}).filter(esModulesOnly);
const external = [...Object.keys(own.dependencies ?? {}), ...Object.keys(own.peerDependencies ?? {})]
  .filter((name) => !esmOnly.includes(name))
  .flatMap((name) => [name, `${name}/*`]);

/**
 * Packages that ship only ES modules (unified, remark, mdast utilities: reports and
 * Markdown output) are bundled into a file of their own, esm-packages.cjs, required only
 * when a command needs them: in main.cjs they would add their thousands of functions to
 * every start, code cache or not. Node requires ES modules only from 20.19 and 22.12, so
 * they are not required from node_modules. main.cjs imports each through a small module
 * that takes the package's exports from esm-packages.cjs by name: esbuild, bundling a
 * `"type": "module"` package, would take a required file's exports object for its default
 * export.
 */
const ESM_PACKAGES_FILE = './esm-packages.cjs';
const namespaceOf = (name) => `package${esmOnly.indexOf(name)}`;
const esmPackages = {
  name: 'esm-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path, namespace }) =>
      namespace === 'file' && esmOnly.includes(path) ? { path, namespace: 'esm-package' } : undefined,
    );
    builder.onResolve({ filter: /^\.\/esm-packages\.cjs$/, namespace: 'esm-package' }, ({ path }) => ({ path, external: true }));
    builder.onLoad({ filter: /.*/, namespace: 'esm-package' }, async ({ path }) => {
      const names = Object.keys(await import(path)).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
      return {
        contents: [
          `import { ${namespaceOf(path)} as exported } from ${JSON.stringify(ESM_PACKAGES_FILE)};`,
          'export default exported.default;',
          ...(names.length > 0 ? [`export const { ${names.join(', ')} } = exported;`] : []),
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

// Earlier builds left other files here: clear them out.
rmSync('dist/bundle', { recursive: true, force: true });

const { metafile } = await build({
  entryPoints: { main: 'src/cli/main.ts', 'lint-worker': 'src/engine/lint-worker.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  // CommonJS has no import.meta: each file's URL is made from its __filename.
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  // Less text for V8 to scan when there is no code cache (the rules' docs are long
  // strings); names are kept for stack traces and profiles.
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'ascii',
  metafile: true,
  plugins: [esmPackages],
  logLevel: 'warning',
});

await build({
  stdin: {
    contents: esmOnly.map((name) => `export * as ${namespaceOf(name)} from ${JSON.stringify(name)};`).join('\n'),
    resolveDir: '.',
    loader: 'js',
  },
  outfile: `dist/bundle/${ESM_PACKAGES_FILE.slice(2)}`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'ascii',
  logLevel: 'warning',
});

// bin/load-bundle.js compiles main.cjs through vm.Script, which has no loader for import().
for (const [file, output] of Object.entries(metafile.outputs)) {
  const imported = output.imports.filter((entry) => entry.kind === 'dynamic-import' && entry.external);
  if (imported.length > 0) throw new Error(`${file} would import() ${imported.map((entry) => entry.path).join(', ')}: require it instead`);
}

// In a fresh process: the cache must be made under the V8 flags the command line sets.
execFileSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'inherit' });
