import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';

/**
 * Renders Mermaid diagrams to SVG in one headless Chromium for the whole run: one
 * browser, one page, Mermaid's browser build loaded once, then every diagram in turn.
 * Starting `mmdc` per diagram pays for a browser and a Mermaid load each time.
 *
 * Puppeteer and Mermaid come from the optional peer dependency `@mermaid-js/mermaid-cli`
 * (or `puppeteer-core` and `mermaid` installed directly) and are imported only here, only
 * when `--svg` is used, so the linter never needs them.
 */

/** Chromium flags for a quiet, throwaway, offline-friendly browser. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const HOW_TO_GET_CHROMIUM =
  "install your distribution's `chromium` package (e.g. `apt-get install chromium`), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium executable";

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

/** The part of Puppeteer this module uses. */
interface Request {
  url(): string;
  abort(): Promise<void>;
  respond(response: { status: number; contentType?: string; body: string | Uint8Array }): Promise<void>;
}
interface Page {
  setRequestInterception(on: boolean): Promise<void>;
  on(event: 'request', handler: (request: Request) => void): unknown;
  goto(url: string): Promise<unknown>;
  evaluate<Result, Args extends unknown[]>(fn: (...args: Args) => Result | Promise<Result>, ...args: Args): Promise<Result>;
}
interface Browser {
  pages(): Promise<Page[]>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Puppeteer {
  launch(options: { executablePath: string; headless: boolean; args: readonly string[]; userDataDir: string; pipe: boolean }): Promise<Browser>;
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

async function loadPuppeteer(): Promise<Puppeteer> {
  for (const name of ['puppeteer-core', 'puppeteer']) {
    const path = resolveModule(name);
    if (path === undefined) continue;
    const loaded = (await import(pathToFileURL(path).href)) as { default?: Puppeteer } & Puppeteer;
    return loaded.default ?? loaded;
  }
  throw new UsageError(`--svg needs Puppeteer and Mermaid: \`npm install --save-dev ${PEER}\` (an optional peer dependency of mlsys-lint)`);
}

/** Mermaid's `dist/` folder, which holds its ES module build and the chunks it loads on demand. */
function mermaidDist(): string {
  const entry = resolveModule('mermaid');
  if (entry === undefined) throw new UsageError(`--svg needs Mermaid: \`npm install --save-dev ${PEER}\` (an optional peer dependency of mlsys-lint)`);
  return dirname(entry);
}

// The page's made-up origin: `.invalid` never resolves, and every request is answered from
// Mermaid's files on disk or refused, so the browser reaches nothing outside.
const ORIGIN = 'https://mermaid.invalid';
// The page loads Mermaid as a module before its load event, which `goto` waits for.
const PAGE = [
  '<!doctype html><html><head><meta charset="utf-8"><script type="module">',
  "import mermaid from '/mermaid.esm.min.mjs';",
  "mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', deterministicIds: true, theme: 'default' });",
  'window.mermaid = mermaid;',
  '</script></head><body><div id="diagram"></div></body></html>',
].join('');

/** Serves the page and Mermaid's ES modules (loaded on demand: only the diagram types used are parsed). */
function serveMermaid(page: Page, dist: string): void {
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== ORIGIN) {
      void request.abort();
      return;
    }
    if (url.pathname === '/') {
      void request.respond({ status: 200, contentType: 'text/html', body: PAGE });
      return;
    }
    const file = resolve(dist, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(dist + sep) || !file.endsWith('.mjs')) {
      void request.respond({ status: 404, body: '' });
      return;
    }
    readFile(file).then(
      (body) => request.respond({ status: 200, contentType: 'text/javascript', body }),
      () => request.respond({ status: 404, body: '' }),
    );
  });
}

/** A diagram to draw, named after the file it becomes. */
export interface SvgJob {
  name: string;
  source: string;
}

interface Mermaid {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

/** A diagram Mermaid refused: a bug in the diagram, not in the browser. */
class DiagramError extends Error {}

// Diagrams drawn per round trip to the page: few round trips, and no single one long enough to time out.
const BATCH = 50;

/**
 * Draws every diagram to SVG in one browser and one page, in the given order. The
 * Mermaid configuration is fixed (strict security, deterministic ids, ids named after the
 * file), so the same diagram drawn on the same machine gives the same bytes.
 */
export async function renderSvgs(jobs: readonly SvgJob[], env: Readonly<Record<string, string | undefined>>): Promise<Map<string, string>> {
  const rendered = new Map<string, string>();
  if (jobs.length === 0) return rendered;
  const executablePath = findChromium(env);
  const puppeteer = await loadPuppeteer();
  const dist = mermaidDist();
  const userDataDir = mkdtempSync(join(tmpdir(), 'mlsys-lint-chromium-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, userDataDir, pipe: true });
    // The tab the browser opens with saves making another.
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setRequestInterception(true);
    serveMermaid(page, dist);
    await page.goto(`${ORIGIN}/`);
    for (let start = 0; start < jobs.length; start += BATCH) {
      const batch = jobs.slice(start, start + BATCH).map((job) => ({ id: `mlsys-${job.name}`, source: job.source }));
      const results = await page.evaluate(async (diagrams: { id: string; source: string }[]) => {
        const { mermaid } = window as unknown as { mermaid?: Mermaid };
        if (mermaid === undefined) throw new Error('Mermaid did not load in the page');
        const container = document.getElementById('diagram')!;
        const out: { svg?: string; error?: string }[] = [];
        for (const diagram of diagrams) {
          try {
            const { svg } = await mermaid.render(diagram.id, diagram.source);
            container.innerHTML = svg;
            // A standalone .svg file must be XML: serialise the element rather than keep Mermaid's HTML string.
            out.push({ svg: new XMLSerializer().serializeToString(container.querySelector('svg')!) });
          } catch (error) {
            out.push({ error: error instanceof Error ? error.message : String(error) });
          } finally {
            container.innerHTML = '';
          }
        }
        return out;
      }, batch);
      results.forEach((result, offset) => {
        const job = jobs[start + offset]!;
        if (result.svg === undefined) throw new DiagramError(`--svg: Mermaid could not draw ${job.name}: ${result.error}`);
        rendered.set(job.name, `${result.svg}\n`);
      });
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof DiagramError) throw error;
    throw new Error(`--svg: drawing the diagrams in Chromium (${executablePath}) failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await browser?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return rendered;
}
