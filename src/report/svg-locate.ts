import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';

// Finding what `--svg` draws with: a Chromium to run, and Mermaid's browser build to load into it.

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const HOW_TO_GET_CHROMIUM =
  "install your distribution's `chromium` package (e.g. `apt-get install chromium`), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or " +
    'Chromium executable';

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The browser to start: `PUPPETEER_EXECUTABLE_PATH`, else `/usr/bin/chromium`, else a
 * Chromium or Chrome on `PATH`. Throws a usage error (exit 2) saying how to get one.
 */
export function findChromium(env: Readonly<Record<string, string | undefined>>): string {
  const configured = env.PUPPETEER_EXECUTABLE_PATH;
  if (configured !== undefined && configured !== '') {
    if (isExecutable(configured)) return configured;
    throw new UsageError(`--svg: PUPPETEER_EXECUTABLE_PATH is \`${configured}\`, which is not an executable file; ${HOW_TO_GET_CHROMIUM}`);
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue;
    for (const name of CHROMIUM_NAMES) if (isExecutable(join(folder, name))) return join(folder, name);
  }
  throw new UsageError(`--svg needs Chromium to draw the diagrams, and none was found: ${HOW_TO_GET_CHROMIUM}`);
}

const PEER = '@mermaid-js/mermaid-cli';

/** Resolves a module from here, or else from inside the peer dependency that brings it. */
function resolveModule(specifier: string): string | undefined {
  const here = createRequire(import.meta.url);
  for (const from of [() => here, () => createRequire(here.resolve(`${PEER}/package.json`))]) {
    try {
      return from().resolve(specifier);
    } catch {
      // Not installed there; try the next place.
    }
  }
  return undefined;
}

/** Mermaid's ES module build for browsers, which loads the code of each diagram type only when one is drawn. */
export function mermaidBrowserModule(): string {
  const entry = resolveModule('mermaid');
  if (entry === undefined)
    throw new UsageError(`--svg needs Mermaid: \`npm install --save-dev ${PEER}\` (an optional peer dependency of mlsys-lint)`);
  const browserModule = join(dirname(entry), 'mermaid.esm.min.mjs');
  if (!existsSync(browserModule))
    throw new UsageError(`--svg needs Mermaid 11's browser build, and ${browserModule} is missing: \`npm install --save-dev ${PEER}@11\``);
  return pathToFileURL(browserModule).href;
}
