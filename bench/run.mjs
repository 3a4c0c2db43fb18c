// `npm run bench`: mlsys-lint against its peers on the same corpus, in one run,
// alternating tools so that machine noise hits them alike. Prints medians and ratios.
//
//   node bench/run.mjs [--files 2000] [--rounds 3] [--spectral-files 200] [--large 0]
//
// - throughput: mlsys-lint (schema + every rule + positions + JSON output) vs ajv-cli
//   (same schema, schema only) vs Spectral (same schema + equivalent presence rules).
//   Spectral is run on a slice of the corpus and scaled, since it takes ~40 ms a file.
// - start-up: mlsys-lint on one design vs bare `node -e 0` (the pre-commit case).
// - --large N: N designs (e.g. 20000) once, wall time and peak RSS, then --cache reruns.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    'spectral-files': { type: 'string', default: '200' },
    large: { type: 'string', default: '0' },
  },
});
const root = new URL('../', import.meta.url).pathname;
const files = Number(values.files);
const rounds = Number(values.rounds);
const spectralFiles = Number(values['spectral-files']);
const work = join(root, 'bench', '.work');
mkdirSync(work, { recursive: true });

function corpus(count) {
  const directory = join(work, `corpus-${count}`);
  if (!existsSync(join(directory, '.complete'))) {
    run(process.execPath, [join(root, 'bench/generate-corpus.mjs'), String(count), directory]);
    writeFileSync(join(directory, '.complete'), '');
  }
  return directory;
}

function run(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  return { seconds, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Wall time and peak RSS (KB) through GNU time when it is there. */
function runMeasured(command, args) {
  if (existsSync('/usr/bin/time')) {
    const result = run('/usr/bin/time', ['-f', '%M', command, ...args]);
    const rss = Number(result.stderr.trim().split('\n').pop());
    return { ...result, rssKb: Number.isFinite(rss) ? rss : undefined };
  }
  return run(command, args);
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function spectralRuleset() {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/ml-system-design.schema.json'), 'utf8'));
  delete schema.$id;
  const present = [
    'owners', 'approach', 'problem', 'requirements.business_goal', 'requirements.success_metrics', 'requirements.scale',
    'framing.ml_objective', 'framing.inputs', 'framing.output', 'framing.task_type', 'data.sources', 'data.validation',
    'model.baseline', 'model.training', 'model.registry', 'evaluation.offline_metrics', 'evaluation.online_metrics',
    'evaluation.experiment', 'deployment.mode', 'deployment.slo.latency_p99', 'deployment.slo.throughput',
    'deployment.slo.availability', 'deployment.slo.cost_per_prediction', 'deployment.scaling', 'deployment.fallback',
    'deployment.rollout', 'monitoring.system', 'monitoring.data', 'monitoring.model', 'monitoring.business',
    'monitoring.alerts', 'monitoring.retraining',
  ];
  const rules = { 'design-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema, dialect: 'draft2020-12' } } } };
  for (const path of present) {
    const parts = path.split('.');
    const field = parts.pop();
    rules[`present-${path.replace(/\./g, '-')}`] = { given: parts.length ? `$.${parts.join('.')}` : '$', severity: 'warn', then: { field, function: 'truthy' } };
  }
  const file = join(work, 'spectral-ruleset.json');
  writeFileSync(file, JSON.stringify({ rules }));
  return file;
}

const bin = join(root, 'bin/mlsys-lint.js');
const ajv = join(root, 'node_modules/ajv-cli/dist/index.js');
const spectral = join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js');
const schemaPath = join(root, 'schemas/ml-system-design.schema.json');

const big = corpus(files);
const small = corpus(spectralFiles);
const ruleset = spectralRuleset();
const one = join(root, 'designs/netflix-recommendations.yaml');

const times = { mlsys: [], mlsys1: [], ajv: [], spectral: [], node: [], one: [] };
const throughput = [
  ['mlsys', () => run(process.execPath, [bin, big, '-f', 'json', '--no-config'])],
  ['ajv', () => run(process.execPath, [ajv, 'validate', '--spec=draft2020', '--all-errors', '--allow-union-types', '-s', schemaPath, '-d', `${big}/**/*.yaml`])],
  ['mlsys1', () => run(process.execPath, [bin, big, '-f', 'json', '--no-config', '--concurrency', '1'])],
];
for (let round = 0; round < rounds; round++) {
  // Each tool takes each place in the order in turn: the run after Spectral's long one is
  // measurably slower on this machine, and must not always be the same tool's.
  for (let place = 0; place < throughput.length; place++) {
    const [name, measure] = throughput[(round + place) % throughput.length];
    times[name].push(measure().seconds);
  }
  times.spectral.push(run(process.execPath, [spectral, 'lint', '--ruleset', ruleset, '-f', 'json', '--quiet', `${small}/**/*.yaml`]).seconds * (files / spectralFiles));
  for (let i = 0; i < 5; i++) {
    times.node.push(run(process.execPath, ['-e', '0']).seconds);
    times.one.push(run(process.execPath, [bin, one, '--no-config']).seconds);
  }
}

const m = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
const row = (label, seconds, extra = '') => console.log(`${label.padEnd(58)} ${seconds.toFixed(3).padStart(8)} s ${extra}`);
console.log(`\n${files} designs, ${rounds} rounds, medians (machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version})\n`);
row('mlsys-lint (schema + all rules + positions, JSON)', m.mlsys, `${(m.mlsys / m.ajv).toFixed(2)}x ajv-cli, ${(m.mlsys / m.spectral).toFixed(3)}x Spectral`);
row('mlsys-lint --concurrency 1', m.mlsys1, `${(m.mlsys1 / m.ajv).toFixed(2)}x ajv-cli`);
row('ajv-cli (schema only)', m.ajv);
row(`Spectral (schema + presence rules; ${spectralFiles} files, scaled)`, m.spectral);
row('node -e 0', m.node);
row('mlsys-lint on one design', m.one, `${(m.one / m.node).toFixed(2)}x node -e 0`);

const large = Number(values.large);
if (large > 0) {
  const directory = corpus(large);
  const cacheLocation = join(work, 'cache/');
  rmSync(cacheLocation, { recursive: true, force: true });
  const first = runMeasured(process.execPath, [bin, directory, '-f', 'json', '--no-config']);
  const cold = runMeasured(process.execPath, [bin, directory, '-f', 'json', '--no-config', '--cache', '--cache-location', cacheLocation]);
  const warm = runMeasured(process.execPath, [bin, directory, '-f', 'json', '--no-config', '--cache', '--cache-location', cacheLocation]);
  console.log(`\n${large} designs`);
  row('mlsys-lint', first.seconds, first.rssKb ? `peak RSS ${(first.rssKb / 1024).toFixed(0)} MB` : '');
  row('mlsys-lint --cache (first run, writes the cache)', cold.seconds, cold.rssKb ? `peak RSS ${(cold.rssKb / 1024).toFixed(0)} MB` : '');
  row('mlsys-lint --cache (second run, nothing changed)', warm.seconds, `${((warm.seconds / cold.seconds) * 100).toFixed(1)}% of the first --cache run, ${((warm.seconds / first.seconds) * 100).toFixed(1)}% of a run without --cache`);
}
if (readdirSync(work).length === 0) rmSync(work, { recursive: true });
