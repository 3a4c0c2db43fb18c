import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import { DevToolsPipe } from './devtools-pipe.js';
import { PAGE, pageScript, WHEN_READY } from './svg-page.js';

// The browser's lifecycle: start Chromium on the page, attach over its DevTools pipe, draw
// batches of diagrams, and stop it (and remove its files) however the run ends.

/** Chromium flags for a quiet, throwaway, offline-friendly browser. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-breakpad',
  '--disable-crash-reporter',
  // Headless Chromium still preloads the address bar's drop-down, a web page of its own
  // whose renderer takes a core from Mermaid's on a 2-core machine.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
] as const;

/** A diagram to draw, named after the file it becomes. */
export interface SvgJob {
  name: string;
  source: string;
}

/** A browser with Mermaid loaded, started before the diagrams are known so that it starts while the designs are linted. */
export interface SvgRenderer {
  /** Draws the diagrams in the given order: name → SVG. */
  render(jobs: readonly SvgJob[]): Promise<Map<string, string>>;
  /** Stops the browser and removes its files; safe to call more than once. */
  close(): Promise<void>;
}

/** A diagram Mermaid refused: a bug in how this tool writes diagrams, reported as an internal error. */
class DiagramError extends Error {}

/** The browser failed to start, crashed or hung: a problem of the machine, reported in one line (exit 2). */
export class BrowserError extends UsageError {}

/** An exception thrown by the page's code (Mermaid failed to load, say), as opposed to a failure to reach the page. */
class PageError extends Error {}

// Diagrams drawn per round trip to the page: few round trips, and no single one long enough to time out.
const BATCH = 50;
const START_TIMEOUT_MS = 30_000;
const BATCH_TIMEOUT_MS = 120_000;
const STDERR_TAIL = 4_000;
const LAST_STDERR_LINES = 5;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export class ChromiumRenderer implements SvgRenderer {
  private readonly folder: string;
  private readonly browser: ChildProcess;
  private readonly pipe: DevToolsPipe;
  private readonly session: Promise<string>;
  private stderrTail = '';
  private closed: Promise<void> | undefined;
  private readonly killOnExit = (): void => this.kill();
  private readonly killOnSignal = (signal: NodeJS.Signals): void => {
    this.kill();
    this.removeFolder();
    this.stopListening();
    // Die of the same signal, as if this handler had not been there.
    process.kill(process.pid, signal);
  };

  constructor(
    private readonly executablePath: string,
    mermaidUrl: string,
  ) {
    // Listen before anything exists to clean up: a signal that came between the browser's
    // start and the listeners would end the run the default way, leaving both behind. (The
    // listeners run from the event loop, so never before this constructor has finished.)
    process.on('exit', this.killOnExit);
    for (const signal of SIGNALS) process.on(signal, this.killOnSignal);
    this.folder = '';
    try {
      this.folder = mkdtempSync(join(tmpdir(), 'mlsys-lint-chromium-'));
      this.browser = startBrowser(executablePath, this.folder, mermaidUrl);
    } catch (error) {
      if (this.folder !== '') this.removeFolder();
      this.stopListening();
      throw error;
    }
    this.pipe = new DevToolsPipe(this.browser.stdio[3] as Writable, this.browser.stdio[4] as Readable);
    this.browser.stderr!.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    this.browser.on('error', (error) => this.pipe.close(`Chromium could not be started: ${error.message}`));
    // `close` comes once the process has exited and its output is read, so its last words are known.
    this.browser.on('close', (code, signal) => {
      const lastWords = this.stderrTail
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .slice(-LAST_STDERR_LINES)
        .join('; ');
      this.pipe.close(`Chromium stopped (${signal ?? `exit code ${code}`})${lastWords === '' ? '' : `: ${lastWords}`}`);
    });
    this.session = withTimeout(this.attachToPage(), START_TIMEOUT_MS, 'Chromium did not load Mermaid');
    // Failures surface in `render`; until then (and if it is never called) they must not be unhandled.
    this.session.catch(() => {});
  }

  private async attachToPage(): Promise<string> {
    const { targetInfos } = (await this.pipe.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
    const page = targetInfos.find((target) => target.type === 'page');
    if (page === undefined) throw new Error('the browser opened no page');
    const { sessionId } = (await this.pipe.send('Target.attachToTarget', { targetId: page.targetId, flatten: true })) as {
      sessionId: string;
    };
    // A new tab holds a blank document until the page replaces it, and a question asked
    // while that happens fails: ask until the page itself answers.
    for (;;) {
      try {
        if ((await this.evaluate(`location.protocol === 'file:' && ${WHEN_READY}`, sessionId)) === true) return sessionId;
      } catch (error) {
        if (error instanceof PageError || this.pipe.closed) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private async evaluate(expression: string, sessionId: string): Promise<unknown> {
    const { result, exceptionDetails } = (await this.pipe.send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    )) as {
      result?: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (exceptionDetails !== undefined) throw new PageError(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result?.value;
  }

  async render(jobs: readonly SvgJob[]): Promise<Map<string, string>> {
    const rendered = new Map<string, string>();
    try {
      const sessionId = await this.session;
      for (let start = 0; start < jobs.length; start += BATCH) {
        const batch = jobs.slice(start, start + BATCH).map((job) => ({ id: `mlsys-${job.name}`, source: job.source }));
        const drawn = (await withTimeout(
          this.evaluate(`window.mlsys.render(${JSON.stringify(batch)})`, sessionId),
          BATCH_TIMEOUT_MS,
          'Mermaid did not finish drawing',
        )) as { svg?: string; error?: string }[];
        drawn.forEach((result, offset) => {
          const job = jobs[start + offset]!;
          if (result.svg === undefined) throw new DiagramError(`--svg: Mermaid could not draw ${job.name}: ${result.error}`);
          rendered.set(job.name, `${result.svg}\n`);
        });
      }
    } catch (error) {
      if (error instanceof DiagramError) throw error;
      throw new BrowserError(
        `--svg: drawing the diagrams in Chromium (${this.executablePath}) ` +
          `failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return rendered;
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      this.pipe.close('the renderer was closed');
      // Nothing of the browser is kept, so there is nothing to shut down gracefully, nor a
      // reason to wait while the system tears its processes down.
      this.kill();
      this.browser.unref();
      for (const stream of this.browser.stdio) (stream as { unref?: () => void } | null)?.unref?.();
      this.removeFolder();
      // Only now: a signal while the folder is being removed must still find the listeners.
      this.stopListening();
    })();
    return this.closed;
  }

  private kill(): void {
    const { pid } = this.browser;
    if (pid === undefined) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone, or no process groups here: stop the browser itself.
      this.browser.kill('SIGKILL');
    }
  }

  private removeFolder(): void {
    // Processes killed a moment ago may still be closing (or writing) files in the profile:
    // keep trying for up to a second, the time a loaded machine takes to reap a browser.
    rmSync(this.folder, { recursive: true, force: true, maxRetries: 100, retryDelay: 10 });
  }

  private stopListening(): void {
    process.off('exit', this.killOnExit);
    for (const signal of SIGNALS) process.off(signal, this.killOnSignal);
  }
}

/** Writes the page into `folder` and starts Chromium on it, with its profile and temporary files in `folder` too. */
function startBrowser(executablePath: string, folder: string, mermaidUrl: string): ChildProcess {
  const profile = join(folder, 'profile');
  mkdirSync(profile);
  writeFileSync(join(folder, 'page.html'), PAGE);
  writeFileSync(join(folder, 'render.mjs'), pageScript(mermaidUrl));
  // The browser opens the page as it starts, rather than a blank tab to be sent there later.
  const pageUrl = pathToFileURL(join(folder, 'page.html')).href;
  return spawn(
    executablePath,
    [...CHROMIUM_ARGS, '--remote-debugging-pipe', '--allow-file-access-from-files', `--user-data-dir=${profile}`, pageUrl],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      // A process group of its own, so that stopping it stops its renderer and helper processes
      // too (on Windows, `detached` would open a console window instead).
      detached: process.platform !== 'win32',
      // Its own temporary files (shared memory among them) go in the folder too: killed, it cannot remove them itself.
      env: { ...process.env, TMPDIR: folder },
    },
  );
}

function withTimeout<T>(work: Promise<T>, milliseconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${milliseconds / 1000} s`)), milliseconds);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
