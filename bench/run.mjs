// `npm run bench`: mlsys-lint against its peers on the same corpus, in one run,
// alternating tools so that machine noise hits them alike. Prints medians and ratios.
//
//   node bench/run.mjs [--files 2000] [--rounds 3] [--spectral-files 200] [--large 0]
//                      [--densities low,typical,high]
//
// - throughput: mlsys-lint (schema + every rule + positions + JSON output) vs ajv-cli
//   (same schema, schema only) vs Spectral (same schema + equivalent presence rules).
//   Spectral is run on a slice of the corpus and scaled, since it takes ~40 ms a file.
// - findings density: mlsys-lint vs ajv-cli again on corpora with fewer and more findings
//   per design and random prose (`generate-corpus.mjs --density`), a row each: the time a
//   finding costs (position, message, output) and text nothing remembers must not tip the
//   ratio (docs/performance.md, "Findings density").
// - team rules: mlsys-lint with a config of ten declarative rules (`custom-rules`) vs the
//   same config without them, on the same corpus (docs/performance.md, "Team rules").
// - start-up: mlsys-lint on one design vs bare `node -e 0` (the pre-commit case).
// - --large N: N designs (e.g. 20000): wall time and peak RSS without and with --cache,
//   and --cache again with nothing changed (medians over up to 5 rounds).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    'spectral-files': { type: 'string', default: '200' },
    large: { type: 'string', default: '0' },
    densities: { type: 'string', default: 'low,typical,high' },
  },
});
const root = new URL('../', import.meta.url).pathname;
const files = Number(values.files);
const rounds = Number(values.rounds);
const spectralFiles = Number(values['spectral-files']);
const work = join(root, 'bench', '.work');
mkdirSync(work, { recursive: true });

function corpus(count, density = 'typical') {
  // `own-words`: random prose with a word of its own per text (an older corpus of the same density is not reused).
  const directory = join(work, density === 'typical' ? `corpus-${count}` : `corpus-${density}-own-words-${count}`);
  if (!existsSync(join(directory, '.complete'))) {
    run(process.execPath, [join(root, 'bench/generate-corpus.mjs'), String(count), directory, '--density', density]);
    writeFileSync(join(directory, '.complete'), '');
  }
  return directory;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
}

/**
 * Wall time of a command, from spawning it to its exit. Its output goes through a pipe,
 * as CI reads it, and is thrown away as it comes: keeping or decoding tens of megabytes
 * would be time of this script's, not of the tool's (hyperfine, likewise, sends output to
 * /dev/null). Standard error is kept, for GNU time's report.
 */
function measure(command, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let seconds = 0;
    child.on('error', reject);
    child.on('exit', () => (seconds = Number(process.hrtime.bigint() - started) / 1e9));
    child.on('close', (status) => resolve({ seconds, status, stderr }));
  });
}

/** Wall time and peak RSS (KB) through GNU time when it is there. */
async function measureWithMemory(command, args) {
  if (existsSync('/usr/bin/time')) {
    const result = await measure('/usr/bin/time', ['-f', '%M', command, ...args]);
    const rss = Number(result.stderr.trim().split('\n').pop());
    return { ...result, rssKb: Number.isFinite(rss) ? rss : undefined };
  }
  return measure(command, args);
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
    'owners',
    'approach',
    'problem',
    'requirements.business_goal',
    'requirements.success_metrics',
    'requirements.scale',
    'framing.ml_objective',
    'framing.inputs',
    'framing.output',
    'framing.task_type',
    'data.sources',
    'data.validation',
    'model.baseline',
    'model.training',
    'model.registry',
    'evaluation.offline_metrics',
    'evaluation.online_metrics',
    'evaluation.experiment',
    'deployment.mode',
    'deployment.slo.latency_p99',
    'deployment.slo.throughput',
    'deployment.slo.availability',
    'deployment.slo.cost_per_prediction',
    'deployment.scaling',
    'deployment.fallback',
    'deployment.rollout',
    'monitoring.system',
    'monitoring.data',
    'monitoring.model',
    'monitoring.business',
    'monitoring.alerts',
    'monitoring.retraining',
  ];
  const rules = {
    'design-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema, dialect: 'draft2020-12' } } },
  };
  for (const path of present) {
    const parts = path.split('.');
    const field = parts.pop();
    rules[`present-${path.replace(/\./g, '-')}`] = {
      given: parts.length ? `$.${parts.join('.')}` : '$',
      severity: 'warn',
      then: { field, function: 'truthy' },
    };
  }
  const file = join(work, 'spectral-ruleset.json');
  writeFileSync(file, JSON.stringify({ rules }));
  return file;
}

/**
 * Two configs that differ only in ten declarative rules, as a team would write them: every
 * check function, wildcards over lists, `when` conditions and RE2 patterns.
 */
function teamRuleConfigs() {
  const rules = {
    'acme/alerts-name-rotation': {
      description: 'Alerts say who they page',
      given: 'monitoring.alerts[*]',
      then: { function: 'pattern', functionOptions: { match: '/pages|on-?call|rotation/i' } },
    },
    'acme/approved-cost-owner': {
      description: 'Approved designs name a cost owner',
      given: 'x-cost-owner',
      when: { status: 'approved' },
      then: { function: 'truthy' },
    },
    'acme/latency-budget': {
      description: 'p99 within 250 ms',
      given: 'deployment.slo.latency_p99',
      when: { 'deployment.mode': 'online' },
      then: { function: 'quantity', functionOptions: { max: '250ms' } },
    },
    'acme/availability-floor': {
      description: 'Availability at least 99.5%',
      given: 'deployment.slo.availability',
      then: { function: 'quantity', functionOptions: { min: '99.5%' } },
    },
    'acme/two-owners': { description: 'Two owning teams', given: 'owners', then: { function: 'length', functionOptions: { min: 2 } } },
    'acme/owner-handles': {
      description: 'Owners are team handles',
      given: 'owners[*]',
      then: { function: 'pattern', functionOptions: { match: '^[a-z][a-z0-9-]*$' } },
    },
    'acme/known-registry': {
      description: 'A registry the platform runs',
      given: 'model.registry',
      then: { function: 'enumeration', functionOptions: { values: ['MLflow', 'SageMaker Model Registry', 'Weights & Biases'] } },
    },
    'acme/rollout-plan': {
      description: 'Online designs say how they roll out',
      given: 'deployment.rollout',
      when: { 'deployment.mode': ['online', 'streaming'] },
      then: { function: 'truthy' },
    },
    'acme/alert-budget': {
      description: 'At most twelve alerts, so that each one is read',
      given: 'monitoring.alerts',
      then: { function: 'length', functionOptions: { max: 12 } },
    },
    'acme/short-summary': {
      description: 'Summaries fit a review card',
      given: 'summary',
      then: { function: 'length', functionOptions: { max: 400 } },
    },
  };
  const base = join(work, 'team-rules-base.json');
  const team = join(work, 'team-rules-ten.json');
  writeFileSync(base, JSON.stringify({ extends: 'recommended' }));
  writeFileSync(team, JSON.stringify({ extends: 'recommended', 'custom-rules': rules }));
  return { base, team };
}

const bin = join(root, 'bin/mlsys-lint.js');
const ajv = join(root, 'node_modules/ajv-cli/dist/index.js');
const spectral = join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js');
const schemaPath = join(root, 'schemas/ml-system-design.schema.json');

const big = corpus(files);
const small = corpus(spectralFiles);
const ruleset = spectralRuleset();
const teamConfigs = teamRuleConfigs();
const one = join(root, 'designs/netflix-recommendations.yaml');

// The options mlsys-lint compiles the schema with (src/schema/validate-design.ts). A schema
// that ajv-cli refuses would make it exit at once and the ratio meaningless: checked first.
const AJV_OPTIONS = ['--spec=draft2020', '--all-errors', '--allow-union-types', '--allow-matching-properties'];
run(process.execPath, [ajv, 'compile', ...AJV_OPTIONS, '-s', schemaPath]);

/** Findings per design in mlsys-lint's JSON output (warnings and errors), read once per corpus. */
function findingsPerDesign(directory) {
  const result = spawnSync(process.execPath, [bin, directory, '-f', 'json', '--no-config'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const files = JSON.parse(result.stdout);
  return files.reduce((sum, file) => sum + file.messages.length, 0) / files.length;
}

// The typical corpus is `big`; the other densities get a row each, against ajv-cli on the same files.
const densities = values.densities
  .split(',')
  .map((density) => density.trim())
  .filter((density) => density !== '' && density !== 'typical');
const densityCorpora = Object.fromEntries(densities.map((density) => [density, corpus(files, density)]));
const density = Object.fromEntries(
  [['typical', big], ...Object.entries(densityCorpora)].map(([name, directory]) => [name, findingsPerDesign(directory)]),
);

const times = { mlsys: [], mlsys1: [], ajv: [], spectral: [], node: [], one: [], teamBase: [], teamTen: [] };
const throughput = [
  ['mlsys', () => measure(process.execPath, [bin, big, '-f', 'json', '--no-config'])],
  ['ajv', () => measure(process.execPath, [ajv, 'validate', ...AJV_OPTIONS, '-s', schemaPath, '-d', `${big}/**/*.yaml`])],
  ['mlsys1', () => measure(process.execPath, [bin, big, '-f', 'json', '--no-config', '--concurrency', '1'])],
  ['teamBase', () => measure(process.execPath, [bin, big, '-f', 'json', '-c', teamConfigs.base])],
  ['teamTen', () => measure(process.execPath, [bin, big, '-f', 'json', '-c', teamConfigs.team])],
];
for (const [name, directory] of Object.entries(densityCorpora)) {
  times[`mlsys-${name}`] = [];
  times[`ajv-${name}`] = [];
  throughput.push(
    [`mlsys-${name}`, () => measure(process.execPath, [bin, directory, '-f', 'json', '--no-config'])],
    [`ajv-${name}`, () => measure(process.execPath, [ajv, 'validate', ...AJV_OPTIONS, '-s', schemaPath, '-d', `${directory}/**/*.yaml`])],
  );
}
for (let round = 0; round < rounds; round++) {
  // Each tool takes each place in the order in turn: the run after Spectral's long one is
  // measurably slower on this machine, and must not always be the same tool's.
  for (let place = 0; place < throughput.length; place++) {
    const [name, timed] = throughput[(round + place) % throughput.length];
    times[name].push((await timed()).seconds);
  }
  times.spectral.push(
    (await measure(process.execPath, [spectral, 'lint', '--ruleset', ruleset, '-f', 'json', '--quiet', `${small}/**/*.yaml`])).seconds *
      (files / spectralFiles),
  );
  for (let i = 0; i < 5; i++) {
    times.node.push((await measure(process.execPath, ['-e', '0'])).seconds);
    times.one.push((await measure(process.execPath, [bin, one, '--no-config'])).seconds);
  }
}

const m = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
const row = (label, seconds, extra = '') => console.log(`${label.padEnd(58)} ${seconds.toFixed(3).padStart(8)} s ${extra}`);
console.log(
  `\n${files} designs, ${rounds} rounds, medians (machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version})\n`,
);
row(
  'mlsys-lint (schema + all rules + positions, JSON)',
  m.mlsys,
  `${(m.mlsys / m.ajv).toFixed(2)}x ajv-cli, ${(m.mlsys / m.spectral).toFixed(3)}x Spectral ` +
    `(${density.typical.toFixed(1)} findings/design)`,
);
row('mlsys-lint --concurrency 1', m.mlsys1, `${(m.mlsys1 / m.ajv).toFixed(2)}x ajv-cli`);
row('ajv-cli (schema only)', m.ajv);
for (const name of densities) {
  row(
    `mlsys-lint, density ${name} (${density[name].toFixed(1)} findings/design, random prose)`,
    m[`mlsys-${name}`],
    `${(m[`mlsys-${name}`] / m[`ajv-${name}`]).toFixed(2)}x ajv-cli`,
  );
  row(`ajv-cli, density ${name}`, m[`ajv-${name}`]);
}
row('mlsys-lint with a config (recommended)', m.teamBase);
row(
  'mlsys-lint with the same config + ten custom-rules',
  m.teamTen,
  `${((m.teamTen / m.teamBase - 1) * 100).toFixed(1)}% slower than without them`,
);
row(`Spectral (schema + presence rules; ${spectralFiles} files, scaled)`, m.spectral);
row('node -e 0', m.node);
row('mlsys-lint on one design', m.one, `${(m.one / m.node).toFixed(2)}x node -e 0`);

const large = Number(values.large);
if (large > 0) {
  const directory = corpus(large);
  const cacheLocation = join(work, 'cache/');
  const lint = [bin, directory, '-f', 'json', '--no-config'];
  const cached = [...lint, '--cache', '--cache-location', cacheLocation];
  // Each round: a run without the cache, a first --cache run (which writes it), then three
  // runs with nothing changed; medians over the rounds.
  const first = [];
  const cold = [];
  const warm = [];
  for (let round = 0; round < Math.max(1, Math.min(rounds, 5)); round++) {
    first.push(await measureWithMemory(process.execPath, lint));
    rmSync(cacheLocation, { recursive: true, force: true });
    cold.push(await measureWithMemory(process.execPath, cached));
    for (let again = 0; again < 3; again++) warm.push((await measure(process.execPath, cached)).seconds);
  }
  rmSync(cacheLocation, { recursive: true, force: true });
  const seconds = (list) => median(list.map((measured) => measured.seconds));
  const peak = (list) => (list[0].rssKb ? `peak RSS ${(Math.max(...list.map((measured) => measured.rssKb)) / 1024).toFixed(0)} MB` : '');
  const [firstSeconds, coldSeconds, warmSeconds] = [seconds(first), seconds(cold), median(warm)];
  console.log(`\n${large} designs (${first.length} rounds)`);
  row('mlsys-lint', firstSeconds, peak(first));
  row('mlsys-lint --cache (first run, writes the cache)', coldSeconds, peak(cold));
  row(
    'mlsys-lint --cache (again, nothing changed)',
    warmSeconds,
    `${((warmSeconds / coldSeconds) * 100).toFixed(1)}% of the first --cache run, ${((warmSeconds / firstSeconds) * 100).toFixed(1)}% of ` +
      `a run without --cache`,
  );
}
if (readdirSync(work).length === 0) rmSync(work, { recursive: true });
