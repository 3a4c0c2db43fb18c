import { ChromiumRenderer, type SvgJob, type SvgRenderer } from './svg-browser.js';
import { findChromium, mermaidBrowserModule } from './svg-locate.js';

/**
 * Renders Mermaid diagrams to SVG in one headless Chromium for the whole run: one
 * browser, one page, Mermaid's browser build loaded once, then every diagram in turn.
 * Starting `mmdc` per diagram pays for a browser and a Mermaid load each time.
 *
 * The browser is driven over its DevTools pipe (devtools-pipe.ts), and starts as soon as
 * the report command knows it will be needed, so that it comes up while the designs are
 * linted. Mermaid's browser build comes from the optional peer dependency
 * `@mermaid-js/mermaid-cli` (or `mermaid` installed directly) and is only ever loaded into
 * the browser, so the linter never needs it.
 */

export { BrowserError, CHROMIUM_ARGS, type SvgJob, type SvgRenderer } from './svg-browser.js';
export { findChromium } from './svg-locate.js';

/**
 * Starts Chromium and loads Mermaid in the background. Checks first, and throws a usage
 * error (exit 2) when there is no Chromium or no Mermaid, before anything starts.
 */
export function startSvgRenderer(env: Readonly<Record<string, string | undefined>>): SvgRenderer {
  const executablePath = findChromium(env);
  return new ChromiumRenderer(executablePath, mermaidBrowserModule());
}

/**
 * Draws every diagram to SVG in one browser and one page, in the given order. The
 * Mermaid configuration is fixed (strict security, deterministic ids, ids named after the
 * file), so the same diagram drawn on the same machine gives the same bytes.
 */
export async function renderSvgs(jobs: readonly SvgJob[], env: Readonly<Record<string, string | undefined>>): Promise<Map<string, string>> {
  if (jobs.length === 0) return new Map();
  const renderer = startSvgRenderer(env);
  try {
    return await renderer.render(jobs);
  } finally {
    await renderer.close();
  }
}
