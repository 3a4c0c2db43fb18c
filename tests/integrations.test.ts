import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, runCli } from './cli/run-cli.js';
import { parseJunit } from './format/junit-parse.js';
import { sarifSchemaErrors } from './format/sarif-schema.js';
import { tempDir } from './temp-dir.js';

const root = new URL('../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const EXAMPLE = read('designs/netflix-recommendations.yaml');
const packageJson = JSON.parse(read('package.json')) as {
  bin: Record<string, string>;
  files: string[];
  version: string;
  scripts: Record<string, string>;
};

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  types?: string[];
  pass_filenames?: boolean;
}

interface Step {
  id?: string;
  name: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

describe('package.json', () => {
  it('has no install scripts: npm 11 asks users to approve those of a tarball or git install, and prepares git installs with dev ' +
    'dependencies', () => {
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack'])
      expect(packageJson.scripts, script).not.toHaveProperty(script);
    expect(packageJson.scripts.prepublishOnly).toBe('npm run build');
    // A clone runs the committed standalone build; a package from npm or npm pack runs dist/.
    expect(packageJson.files).toContain('standalone');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as Hook[];
  const [hook] = hooks;

  it('offers the mlsys-lint hook, run from the hook repository as a script, with the staged file names', () => {
    expect(hooks.map((candidate) => candidate.id)).toEqual(['mlsys-lint']);
    // A script needs no install; bin/ runs standalone/ when there is no dist/ (tests/pre-commit.test.ts runs it).
    expect(hook).toMatchObject({ id: 'mlsys-lint', entry: 'bin/mlsys-lint.js', language: 'script', types: ['yaml'] });
    expect(hook!.pass_filenames ?? true).toBe(true);
    expect(packageJson.bin['mlsys-lint']).toBe(hook!.entry);
  });

  it('matches YAML designs in designs/ folders, and not other YAML', () => {
    const files = new RegExp(hook!.files);
    for (const path of ['designs/recs.yaml', 'designs/sub/fraud.yml', 'ml/designs/search.yaml']) expect(files.test(path), path).toBe(true);
    for (const path of ['.github/workflows/ci.yaml', 'docker-compose.yml', 'designs/README.md', 'mydesigns/x.yaml'])
      expect(files.test(path), path).toBe(false);
  });

  it('lints just the files it is given, quickly, as pre-commit runs it', () => {
    const cwd = tempDir({ 'designs/staged.yaml': EXAMPLE, 'designs/broken.yaml': 'mlsys: 1\nname: [oops\n' });
    const started = performance.now();
    const clean = runCli(['designs/staged.yaml'], { cwd });
    const elapsed = performance.now() - started;
    expect([clean.code, clean.stdout, clean.stderr]).toEqual([0, '', '']);
    expect(elapsed).toBeLessThan(5000);
    expect(runCli(['designs/staged.yaml', 'designs/broken.yaml'], { cwd }).code).toBe(1);
  });

  it('is shown in the docs as a .pre-commit-config.yaml a user adds', () => {
    const docs = read('docs/ci.md');
    const block = /```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/.exec(docs);
    expect(block).not.toBeNull();
    const config = parse(block![1]!) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    expect(config.repos[0]!.hooks[0]!.id).toBe('mlsys-lint');
    expect(config.repos[0]!.rev).toBe(`v${packageJson.version}`);
  });
});

describe('action.yml', () => {
  const action = parse(read('action.yml')) as Action;
  const step = (id: string): Step => action.runs.steps.find((candidate) => candidate.id === id)!;

  it('is a composite action with the documented inputs and outputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        'args',
        'comment',
        'config',
        'fail-on-error',
        'max-warnings',
        'node-version',
        'paths',
        'review',
        'sarif-file',
        'summary',
        'upload-sarif',
        'version',
      ].sort(),
    );
    expect(action.inputs.paths!.default).toBe('designs/');
    expect(Object.keys(action.outputs).sort()).toEqual(['exit-code', 'review-file', 'sarif-file', 'summary-file']);
    for (const input of Object.values(action.inputs)) expect(input.description).toMatch(/\S/);
    for (const candidate of action.runs.steps) if (candidate.run) expect(candidate.shell).toBe('bash');
  });

  it('passes inputs through the environment, never into the script text', () => {
    for (const candidate of action.runs.steps) if (candidate.run) expect(candidate.run).not.toMatch(/\$\{\{/);
  });

  it('runs GitHub annotations, the Markdown summary and SARIF in one mlsys-lint run, then fails on errors', () => {
    const lint = step('lint').run!;
    expect(lint).toContain('--format github --format "markdown:$summary"');
    expect(lint).toContain('--format "sarif:$sarif"');
    expect(lint).toContain('>> "$GITHUB_STEP_SUMMARY"');
    const names = action.runs.steps.map((candidate) => candidate.uses ?? candidate.id ?? candidate.name);
    expect(names).toEqual([
      'actions/setup-node@v4',
      'install',
      'lint',
      'review',
      'actions/github-script@v7',
      'github/codeql-action/upload-sarif@v3',
      'Fail on errors',
    ]);
    expect(action.runs.steps.at(-1)!.if).toBe("inputs.fail-on-error == 'true' && steps.lint.outputs.exit-code != '0'");
  });

  /** Runs the action's lint step as the runner would: its script in bash, inputs in the environment. */
  function runLintStep(cwd: string, inputs: Record<string, string>) {
    const lint = step('lint');
    const temp = tempDir();
    const files = { output: join(temp, 'output'), summary: join(temp, 'summary') };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '# Earlier step\n');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
    };
    for (const [name, value] of Object.entries(lint.env ?? {})) {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
      env[name] = input ? (inputs[input] ?? action.inputs[input]!.default ?? '') : '';
    }
    // The install step's output: the script node runs (tests/action.test.ts runs the install step itself).
    env.MLSYS_LINT = BIN;
    // As GitHub runs `shell: bash`: bash --noprofile --norc -eo pipefail {file}.
    const script = join(temp, 'step.sh');
    writeFileSync(script, lint.run!);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8' });
    const outputs = Object.fromEntries(
      readFileSync(files.output, 'utf8')
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: readFileSync(files.summary, 'utf8') };
  }

  it('its lint step annotates, appends the summary, writes SARIF and reports the exit code without failing itself', () => {
    const cwd = tempDir({ 'designs/recs.yaml': EXAMPLE.replace('latency_p99: 200ms', 'latency_p99: 300ms') });
    const missing = runLintStep(cwd, { paths: 'designs/\nnowhere/' });
    expect(missing.status).toBe(0);
    expect(missing.outputs['exit-code']).toBe('2');
    expect(missing.stderr).toContain('nowhere/');
    const ok = runLintStep(cwd, {
      paths: 'designs/recs.yaml designs/*.yaml',
      'upload-sarif': 'true',
      args: '--rule serving/slo-range:off',
    });
    expect(ok.status).toBe(0);
    expect(ok.outputs['exit-code']).toBe('1');
    expect(ok.stdout).toMatch(
      /^::error file=designs\/recs\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=serving\/slo-consistency::/m,
    );
    expect(ok.stdout).not.toMatch(/slo-range/);
    expect(ok.summary).toMatch(/^# Earlier step\n\n# mlsys-lint\n/);
    expect(ok.outputs['sarif-file']).toBe('mlsys-lint.sarif');
    expect(sarifSchemaErrors(JSON.parse(readFileSync(join(cwd, 'mlsys-lint.sarif'), 'utf8')))).toEqual([]);
    expect(existsSync(ok.outputs['summary-file']!)).toBe(true);
  });

  it('runs its own checkout by default, and installs a release from npm only when a version is given', () => {
    const install = step('install');
    expect(install.run).toContain('echo "bin=$ACTION_PATH/bin/mlsys-lint.js" >> "$GITHUB_OUTPUT"');
    expect(install.run).toContain('npm install --no-save --no-audit --no-fund --omit=dev --prefix "$prefix" "mlsys-lint@$INPUT_VERSION"');
    expect(action.inputs['node-version']!.default).toBe('24');
  });

  it('is shown in the docs in a workflow that uploads SARIF', () => {
    const docs = read('docs/ci.md');
    const workflow = /```yaml\n(# \.github\/workflows\/design-lint\.yml\n[\s\S]*?)```/.exec(docs);
    expect(workflow).not.toBeNull();
    const parsed = parse(workflow![1]!) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[]; permissions?: Record<string, string> }>;
    };
    const job = Object.values(parsed.jobs)[0]!;
    expect(job.steps.some((candidate) => candidate.uses?.startsWith('mlsys-lint/mlsys-lint@'))).toBe(true);
    expect(job.permissions?.['security-events']).toBe('write');
  });
});

describe('GitLab CI example', () => {
  it('reports JUnit and Code Quality, in a valid job', () => {
    const docs = read('docs/ci.md');
    const block = /```yaml\n(# \.gitlab-ci\.yml\n[\s\S]*?)```/.exec(docs);
    expect(block).not.toBeNull();
    const config = parse(block![1]!) as Record<string, { script: string[]; artifacts: { reports: Record<string, string> } }>;
    const job = config['mlsys-lint']!;
    expect(job.artifacts.reports).toEqual({ junit: 'mlsys-lint-junit.xml', codequality: 'gl-code-quality-report.json' });
    expect(job.script.join('\n')).toContain('-f junit:mlsys-lint-junit.xml -f gitlab:gl-code-quality-report.json');
  });

  it('gives a JUnit report GitLab can read', () => {
    const cwd = tempDir({ 'designs/recs.yaml': EXAMPLE.replace('latency_p99: 200ms', 'latency_p99: 300ms') });
    expect(runCli(['-f', 'compact', '-f', 'junit:mlsys-lint-junit.xml', '-f', 'gitlab:gl-code-quality-report.json'], { cwd }).code).toBe(1);
    const { suites } = parseJunit(readFileSync(join(cwd, 'mlsys-lint-junit.xml'), 'utf8'));
    expect(suites[0]!.failures).toBeGreaterThan(0);
    expect((JSON.parse(readFileSync(join(cwd, 'gl-code-quality-report.json'), 'utf8')) as unknown[]).length).toBeGreaterThan(0);
  });
});
