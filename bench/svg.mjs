// `npm run bench:svg`: the amortised time per diagram of `mlsys-lint report --svg` (one
// Chromium, one page, Mermaid loaded once) against running mermaid-cli's `mmdc` once per
// diagram, on the diagrams of the example designs' reports. Prints both and the ratio.
//
//   node bench/svg.mjs [--sizes 10,30,100] [--mmdc 3]
//
// --sizes: runs of our renderer, each drawing that many diagrams (the report diagrams,
// repeated) in one browser; the time includes loading Puppeteer and starting and stopping
// the browser. --mmdc: how many diagrams `mmdc` draws, one process each, as a CI job that
// calls it per diagram does (the local binary: `npx mmdc` would only add npx's own time).
// Chromium: PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildReports } from '../dist/report/index.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,30,100' }, mmdc: { type: 'string', default: '3' } } });
const root = new URL('../', import.meta.url).pathname;
const chromium = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
const work = join(root, 'bench', '.work', 'svg');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const build = await buildReports(['designs/'], {
  cwd: root,
  outDir: work,
  useConfigFiles: false,
  cliRules: new Map(),
  reportUnusedDisableDirectives: false,
  maxFileSize: 5 * 1024 * 1024,
  svg: true,
});
const base = build.diagrams;
const ms = (value) => `${value.toFixed(0)} ms`;

// Each run in a fresh process, so that every one pays for loading Puppeteer, as `report --svg` does.
const child = `
  const start = performance.now();
  const { renderSvgs } = await import(${JSON.stringify(new URL('../dist/report/svg.js', import.meta.url).href)});
  const jobs = JSON.parse(process.env.JOBS);
  const svgs = await renderSvgs(jobs, process.env);
  if (svgs.size !== jobs.length) throw new Error('rendered ' + svgs.size + ' of ' + jobs.length);
  console.log(performance.now() - start);
`;
const ours = [];
for (const count of values.sizes.split(',').map(Number)) {
  const jobs = Array.from({ length: count }, (_, index) => ({ name: `${base[index % base.length].name}-${index}`, source: base[index % base.length].source }));
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8', env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromium, JOBS: JSON.stringify(jobs) } });
  if (result.status !== 0) throw new Error(`our renderer failed: ${result.stderr}`);
  const total = Number(result.stdout.trim());
  ours.push({ count, total, each: total / count });
}

const puppeteerConfig = join(work, 'puppeteer.json');
writeFileSync(puppeteerConfig, JSON.stringify({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'] }));
const mmdc = join(root, 'node_modules', '.bin', 'mmdc');
const mmdcRuns = Math.min(Number(values.mmdc), base.length);
const mmdcTimes = [];
for (let index = 0; index < mmdcRuns; index++) {
  const input = join(work, `diagram-${index}.mmd`);
  writeFileSync(input, base[index].source);
  const start = performance.now();
  const result = spawnSync(mmdc, ['-q', '-p', puppeteerConfig, '-i', input, '-o', join(work, `diagram-${index}.svg`)], { encoding: 'utf8' });
  mmdcTimes.push(performance.now() - start);
  if (result.status !== 0) throw new Error(`mmdc failed: ${result.stderr}`);
}
const perMmdc = mmdcTimes.reduce((sum, time) => sum + time, 0) / mmdcRuns;

console.log(`mmdc, one process per diagram: ${mmdcTimes.map(ms).join(', ')}: ${ms(perMmdc)} per diagram`);
for (const run of ours) {
  console.log(`mlsys-lint report --svg, ${String(run.count).padStart(3)} diagrams in one browser: ${ms(run.total)}, ${ms(run.each)} per diagram amortised, ${(perMmdc / run.each).toFixed(1)}x less than mmdc`);
}
const [small, large] = [ours[0], ours[ours.length - 1]];
if (ours.length > 1 && large.count > small.count) {
  const marginal = (large.total - small.total) / (large.count - small.count);
  console.log(`mlsys-lint report --svg, each further diagram: ${ms(marginal)}, ${(perMmdc / marginal).toFixed(1)}x less than mmdc; paid once per run: ${ms(small.total - marginal * small.count)}`);
}
rmSync(work, { recursive: true, force: true });
