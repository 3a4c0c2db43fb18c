import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildReports, renderSvgs, type SvgJob } from '../../src/report/index.js';
import { tempDir } from '../temp-dir.js';
import { mermaidBlocks } from './mermaid-in-node.js';
import { HOSTILE, ROOT, reportOptions } from './options.js';

/** The SVG tests need a real Chromium; CI installs Debian's (`.ci/run`), a developer may lack one. */
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  if (process.env.CI) throw new Error(`CI must provide Chromium at ${CHROMIUM} for the SVG tests (.ci/run installs it)`);
  console.warn(`Skipping the SVG tests: no Chromium at ${CHROMIUM}. Install your distribution's chromium package or set PUPPETEER_EXECUTABLE_PATH.`);
}

/** Checks that an SVG is well-formed XML with nothing active in it. */
function expectInertSvg(svg: string, name: string): void {
  expect(svg.startsWith('<svg'), name).toBe(true);
  expect(XMLValidator.validate(svg), name).toBe(true);
  expect(svg, name).not.toMatch(/<(script|iframe|img|object|embed|a)[\s>/]/i);
  expect(svg, name).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(svg, name).not.toMatch(/(href|src)\s*=\s*["']\s*javascript:/i);
}

describe.skipIf(!HAVE_CHROMIUM)('SVG in real Chromium', () => {
  it('renders every Mermaid block of the reports, hostile designs included, in one browser', async () => {
    const { files } = await buildReports(['designs/', HOSTILE], reportOptions());
    const jobs: SvgJob[] = [];
    for (const [file, markdown] of files) mermaidBlocks(markdown).forEach((source, index) => jobs.push({ name: `${file.replace(/\.md$/, '')}-${index}`, source }));
    expect(jobs).toHaveLength(17); // 9 reports × (chart + architecture), but no architecture for the file that does not parse
    const svgs = await renderSvgs(jobs, { PUPPETEER_EXECUTABLE_PATH: CHROMIUM });
    expect([...svgs.keys()]).toEqual(jobs.map((job) => job.name));
    for (const [name, svg] of svgs) expectInertSvg(svg, name);
    const hostile = svgs.get('hostile-architecture-1')!;
    // Labels are drawn as text: the would-be tags are escaped characters, not elements.
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('%%{init: {"theme": "dark"}}%%');
    expect(svgs.get('netflix-recommendations-1')).toContain('Ranking service (TorchServe)');
  }, 120_000);

  it('report --svg writes the images and their sources, links them, and gives the same bytes on the next run', async () => {
    const cwd = tempDir();
    const io = (messages: string[]) => ({ stdout: (text: string) => void messages.push(text), stderr: (text: string) => void messages.push(text), cwd, env: { PUPPETEER_EXECUTABLE_PATH: CHROMIUM }, stdoutIsTTY: false });
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
      const result = spawnSync(process.execPath, [mmdc, '-q', '-p', config, '-i', join(dir, 'hostile.md'), '-o', join(dir, 'out.md')], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const svgs = readdirSync(dir).filter((name) => name.endsWith('.svg'));
      expect(svgs).toHaveLength(4);
      for (const name of svgs) expectInertSvg(readFileSync(join(dir, name), 'utf8'), name);
    });
  }, 120_000);
});
