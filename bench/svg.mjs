// `npm run bench:svg`: what `--svg` adds to a `mlsys-lint report` run, per diagram, against
// running mermaid-cli's `mmdc` once per diagram. Prints medians and the ratio.
//
//   node bench/svg.mjs [--rounds 5] [--designs 15,50] [--mmdc 3]
//
// For the example designs (designs/, 10 diagrams) and for runs of --designs generated
// designs (two diagrams each), every round times `report` and `report --svg` in fresh
// processes, alternating; the difference is what drawing the SVGs cost (starting Chromium,
// loading Mermaid, drawing, stopping), divided by the number of diagrams. `mmdc` draws
// --mmdc of the example diagrams, one process each, as a CI job that calls it per diagram
// does (its local binary: `npx mmdc` would only add npx's own time).
// Chromium: PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    designs: { type: 'string', default: '15,50' },
    mmdc: { type: 'string', default: '3' },
  },
});
const root = new URL('../', import.meta.url).pathname;
const rounds = Number(values.rounds);
const chromium = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromium };
const work = join(root, 'bench', '.work', 'svg');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

function timed(command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env });
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return milliseconds;
}
const median = (numbers) => [...numbers].sort((a, b) => a - b)[numbers.length >> 1];
const ms = (value) => `${value.toFixed(0)} ms`;

// The runs: the example designs, then slices of the generated corpus.
const runs = [{ label: 'the example designs', folder: 'designs' }];
const counts = values.designs.split(',').filter(Boolean).map(Number);
if (counts.length > 0) {
  const corpus = join(work, 'corpus');
  spawnSync(process.execPath, [join(root, 'bench/generate-corpus.mjs'), String(Math.max(...counts)), corpus], { stdio: 'inherit' });
  const files = readdirSync(corpus, { recursive: true }).filter((name) => name.endsWith('.yaml')).sort();
  for (const count of counts) {
    const folder = join(work, `designs-${count}`);
    mkdirSync(folder);
    for (const file of files.slice(0, count)) cpSync(join(corpus, file), join(folder, file.replaceAll('/', '-')));
    runs.push({ label: `${count} generated designs`, folder });
  }
}

const bin = join(root, 'bin', 'mlsys-lint.js');
const report = (run, svg) =>
  timed(process.execPath, [
    bin,
    'report',
    run.folder,
    '--no-config',
    '-o',
    join(work, 'out', svg ? 'svg' : 'md'),
    ...(svg ? ['--svg'] : []),
  ]);
for (const run of runs) {
  // The first --svg run also gives the diagram count (one .svg per diagram) and, for the examples, mmdc's input.
  rmSync(join(work, 'out'), { recursive: true, force: true });
  report(run, true);
  run.diagrams = readdirSync(join(work, 'out', 'svg')).filter((name) => name.endsWith('.svg'));
  if (run === runs[0]) cpSync(join(work, 'out', 'svg'), join(work, 'examples'), { recursive: true });
  run.plain = [];
  run.svg = [];
}

const puppeteerConfig = join(work, 'puppeteer.json');
writeFileSync(puppeteerConfig, JSON.stringify({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'] }));
const mmdc = join(root, 'node_modules', '.bin', 'mmdc');
if (!existsSync(mmdc)) throw new Error('mmdc is missing: npm ci installs @mermaid-js/mermaid-cli');
const sources = runs[0].diagrams.map((name) => join(work, 'examples', name.replace(/\.svg$/, '.mmd'))).slice(0, Number(values.mmdc));
const mmdcTimes = [];

for (let round = 0; round < rounds; round++) {
  for (const run of runs) {
    run.plain.push(report(run, false));
    run.svg.push(report(run, true));
  }
  for (const source of sources) mmdcTimes.push(timed(mmdc, ['-q', '-p', puppeteerConfig, '-i', source, '-o', join(work, 'mmdc.svg')]));
}

const perMmdc = median(mmdcTimes);
console.log(`machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version}, ${chromium}; medians of ${rounds} rounds`);
console.log(`mmdc, one process per diagram: ${ms(perMmdc)} per diagram`);
for (const run of runs) {
  const added = median(run.svg) - median(run.plain);
  const each = added / run.diagrams.length;
  console.log(
    `report --svg, ${run.label} (${run.diagrams.length} diagrams): report ${ms(median(run.plain))}, with --svg ${ms(median(run.svg))}; ` +
      `--svg adds ${ms(added)}, ${ms(each)} per diagram: ${(perMmdc / each).toFixed(1)}x less than mmdc`,
  );
}
rmSync(work, { recursive: true, force: true });
