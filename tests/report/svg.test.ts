import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildReports, renderSvgs, type SvgJob } from '../../src/report/index.js';
import { tempDir } from '../temp-dir.js';
import { mermaidBlocks } from './mermaid-in-node.js';
import { HOSTILE, ROOT, reportOptions } from './options.js';
import { BIN } from '../cli/run-cli.js';

/** The SVG tests need a real Chromium; CI installs Debian's (`.ci/run`), a developer may lack one. */
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  if (process.env.CI) throw new Error(`CI must provide Chromium at ${CHROMIUM} for the SVG tests (.ci/run installs it)`);
  console.warn(
    `Skipping the SVG tests: no Chromium at ${CHROMIUM}. Install your distribution's chromium package or set PUPPETEER_EXECUTABLE_PATH.`,
  );
}

/** Checks that an SVG is well-formed XML with nothing active in it. */
function expectInertSvg(svg: string, name: string): void {
  expect(svg.startsWith('<svg'), name).toBe(true);
  expect(XMLValidator.validate(svg), name).toBe(true);
  expect(svg, name).not.toMatch(/<(script|iframe|img|object|embed|a)[\s>/]/i);
  expect(svg, name).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(svg, name).not.toMatch(/(href|src)\s*=\s*["']\s*javascript:/i);
}

const NETFLIX = join(ROOT, 'designs', 'netflix-recommendations.yaml');

/** Processes whose command line mentions `marker` (Linux: read from /proc). */
function processesMentioning(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) pids.push(Number(entry));
    } catch {
      // Gone while listing.
    }
  }
  return pids;
}

/** Waits until `condition` holds, checking every 20 ms, for at most `milliseconds`. */
async function eventually(condition: () => boolean, milliseconds: number): Promise<boolean> {
  for (const deadline = Date.now() + milliseconds; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 20)))
    if (condition()) return true;
  return condition();
}

describe('--svg with a browser that does not start', () => {
  it('says so in one line with what the browser said, exits 2, and writes nothing', async () => {
    const cwd = tempDir();
    const fake = join(cwd, 'fake-chromium');
    writeFileSync(
      fake,
      "#!/bin/sh\necho 'Missing X server or $DISPLAY' >&2\necho 'The platform failed to initialize.  Exiting.' >&2\nexit 3\n",
    );
    chmodSync(fake, 0o755);
    const messages: string[] = [];
    const io = {
      stdout: (text: string) => void messages.push(text),
      stderr: (text: string) => void messages.push(text),
      cwd,
      env: { PUPPETEER_EXECUTABLE_PATH: fake },
      stdoutIsTTY: false,
    };
    expect(await main(['report', NETFLIX, '-o', 'out', '--svg'], io)).toBe(2);
    expect(messages).toEqual([
      `mlsys-lint: --svg: drawing the diagrams in Chromium (${fake}) failed: Chromium stopped (exit code 3): Missing X server or ` +
        `$DISPLAY; The platform failed to initialize.  Exiting.\n`,
    ]);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});

describe.skipIf(!HAVE_CHROMIUM)('SVG in real Chromium', () => {
  it('renders every Mermaid block of the reports, hostile designs included, in one browser', async () => {
    const { files } = await buildReports(['designs/', HOSTILE], reportOptions());
    const jobs: SvgJob[] = [];
    for (const [file, markdown] of files)
      mermaidBlocks(markdown).forEach((source, index) => jobs.push({ name: `${file.replace(/\.md$/, '')}-${index}`, source }));
    expect(jobs).toHaveLength(17); // 9 reports × (chart + architecture), but no architecture for the file that does not parse
    const svgs = await renderSvgs(jobs, { PUPPETEER_EXECUTABLE_PATH: CHROMIUM });
    expect([...svgs.keys()]).toEqual(jobs.map((job) => job.name));
    for (const [name, svg] of svgs) expectInertSvg(svg, name);
    const hostile = svgs.get('hostile-architecture-1')!;
    // Labels are drawn as text: the would-be tags are escaped characters, not elements.
    expect(hostile).toContain('&lt;img src=x<br />onerror=alert(1)&gt;');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/<br />script&gt;');
    expect(hostile).toContain('%%{init: {"theme":<br />"dark"}}%%');
    // A box's name, then its technology on a line of its own.
    expect(svgs.get('netflix-recommendations-1')).toContain('Ranking service<br />TorchServe');
  }, 120_000);

  it('report --svg writes the images and their sources, links them, and gives the same bytes on the next run', async () => {
    const cwd = tempDir();
    const io = (messages: string[]) => ({
      stdout: (text: string) => void messages.push(text),
      stderr: (text: string) => void messages.push(text),
      cwd,
      env: { PUPPETEER_EXECUTABLE_PATH: CHROMIUM },
      stdoutIsTTY: false,
    });
    const design = join(ROOT, 'designs', 'netflix-recommendations.yaml');
    const first: string[] = [];
    expect(await main(['report', design, '-o', 'out', '--svg'], io(first))).toBe(0);
    expect(first).toEqual(['mlsys-lint: wrote 6 files to out\n']);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual([
      'index.md',
      'netflix-recommendations-architecture.mmd',
      'netflix-recommendations-architecture.svg',
      'netflix-recommendations-readiness.mmd',
      'netflix-recommendations-readiness.svg',
      'netflix-recommendations.md',
    ]);
    expect(readFileSync(join(cwd, 'out', 'netflix-recommendations.md'), 'utf8')).toContain('(netflix-recommendations-architecture.svg)');
    expectInertSvg(readFileSync(join(cwd, 'out', 'netflix-recommendations-architecture.svg'), 'utf8'), 'architecture');
    const second: string[] = [];
    expect(await main(['report', design, '-o', 'out', '--svg'], io(second))).toBe(0);
    expect(second).toEqual(['mlsys-lint: wrote 0 files to out (6 unchanged)\n']);
    const check: string[] = [];
    expect(await main(['report', design, '-o', 'out', '--svg', '--check'], io(check))).toBe(0);
  }, 120_000);

  it('mermaid-cli renders the hostile reports too', () => {
    const dir = tempDir();
    const config = join(dir, 'puppeteer.json');
    writeFileSync(config, JSON.stringify({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] }));
    const mmdc = join(ROOT, 'node_modules', '@mermaid-js', 'mermaid-cli', 'src', 'cli.js');
    return buildReports([`${HOSTILE}/hostile-architecture.yaml`, `${HOSTILE}/hostile-derived.yaml`], reportOptions()).then(({ files }) => {
      const markdown = [...files].filter(([name]) => name.startsWith('hostile-')).map(([, text]) => text).join('\n');
      writeFileSync(join(dir, 'hostile.md'), markdown);
      const result = spawnSync(process.execPath, [mmdc, '-q', '-p', config, '-i', join(dir, 'hostile.md'), '-o', join(dir, 'out.md')], {
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const svgs = readdirSync(dir).filter((name) => name.endsWith('.svg'));
      expect(svgs).toHaveLength(4);
      for (const name of svgs) expectInertSvg(readFileSync(join(dir, name), 'utf8'), name);
    });
  }, 120_000);

  it('leaves no browser process and no temporary files behind', async () => {
    const cwd = tempDir();
    const scratch = tempDir();
    const child = spawnSync(process.execPath, [BIN, 'report', NETFLIX, '-o', 'out', '--svg'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: scratch, PUPPETEER_EXECUTABLE_PATH: CHROMIUM },
    });
    expect(child.stderr).toBe('mlsys-lint: wrote 6 files to out\n');
    expect(child.status).toBe(0);
    expect(readdirSync(scratch)).toEqual([]);
    // Killed at the end of the run; the system may take a moment to reap them.
    expect(await eventually(() => processesMentioning(scratch).length === 0, 5_000)).toBe(true);
  }, 60_000);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops the browser and removes its files when the run is stopped by ${signal}`, async () => {
      const cwd = tempDir();
      const scratch = tempDir();
      const child = spawn(process.execPath, [BIN, 'report', NETFLIX, '-o', 'out', '--svg'], {
        cwd,
        stdio: 'ignore',
        env: { ...process.env, TMPDIR: scratch, PUPPETEER_EXECUTABLE_PATH: CHROMIUM },
      });
      const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, received) => done(received)));
      // Stop the run once its browser is up.
      expect(await eventually(() => processesMentioning(scratch).length > 0, 20_000)).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(readdirSync(scratch)).toEqual([]);
      expect(await eventually(() => processesMentioning(scratch).length === 0, 5_000)).toBe(true);
      expect(existsSync(join(cwd, 'out'))).toBe(false);
    }, 60_000);
  }
});
