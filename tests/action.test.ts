import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyOfCheckout, git, ROOT } from './checkout-copy.js';
import { sarifSchemaErrors } from './format/sarif-schema.js';
import { tempDir } from './temp-dir.js';

// The composite action (action.yml) run step by step as a runner would, without GitHub:
// `${{ }}` expressions evaluated, `if:` conditions honoured, `run:` scripts in bash with
// the runner's variables, actions/github-script's script run with an Octokit client
// against a stub of the REST API on 127.0.0.1. setup-node and upload-sarif are recorded,
// not run. The action's checkout is a copy of this one without dist/ or node_modules/.

interface Step {
  id?: string;
  name: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const EXAMPLE = readFileSync(join(ROOT, 'designs/netflix-recommendations.yaml'), 'utf8');

type Lookup = (path: string) => string;

/** Evaluates a GitHub expression of the kinds action.yml uses: property paths, strings, ==, !=, &&, || and parentheses. */
function evaluate(expression: string, lookup: Lookup): string {
  const js = expression.replace(/'(?:[^']|'')*'|[A-Za-z_][\w.-]*|==|!=|&&|\|\||[()]|\s+|./g, (token) => {
    if (token.startsWith("'")) return JSON.stringify(token.slice(1, -1).replace(/''/g, "'"));
    if (/^[A-Za-z_]/.test(token)) return token === 'true' || token === 'false' ? JSON.stringify(token) : `lookup(${JSON.stringify(token)})`;
    if (token === '==') return '===';
    if (token === '!=') return '!==';
    if (/^(&&|\|\||[()]|\s+)$/.test(token)) return token;
    throw new Error(`unexpected ${token} in ${expression}`);
  });
  const value = new Function('lookup', `return (${js});`)(lookup) as unknown;
  return typeof value === 'boolean' ? String(value) : String(value ?? '');
}

/** Replaces every `${{ ... }}` in a value. */
const substitute = (text: string, lookup: Lookup): string =>
  text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_whole, expression: string) => evaluate(expression, lookup));

interface RunOptions {
  workspace: string;
  actionPath: string;
  inputs: Record<string, string>;
  event: { name: string; payload?: Record<string, unknown> };
  api?: string;
}

interface ActionRun {
  outputs: Record<string, string>;
  steps: Record<
    string,
    {
      outcome: 'success' | 'failure' | 'skipped';
      outputs: Record<string, string>;
      stdout: string;
      stderr: string;
      with?: Record<string, string>;
    }
  >;
  summary: string;
  failed: boolean;
}

const readOutputs = (file: string): Record<string, string> =>
  Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

/** Runs the action's steps in order, as the runner does. */
async function runAction(options: RunOptions): Promise<ActionRun> {
  const temp = tempDir();
  const summaryFile = join(temp, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const eventFile = join(temp, 'event.json');
  writeFileSync(eventFile, JSON.stringify(options.event.payload ?? {}));
  const steps: ActionRun['steps'] = {};
  let failed = false;
  const github: Record<string, unknown> = {
    action_path: options.actionPath,
    event_name: options.event.name,
    event: options.event.payload ?? {},
    workspace: options.workspace,
  };
  const lookup: Lookup = (path) => {
    const [scope, ...rest] = path.split('.');
    if (scope === 'inputs') return options.inputs[rest.join('.')] ?? action.inputs[rest.join('.')]?.default ?? '';
    if (scope === 'steps') return steps[rest[0]!]?.outputs[rest.slice(2).join('.')] ?? '';
    if (scope === 'github')
      return String(rest.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], github) ?? '');
    throw new Error(`unknown context ${path}`);
  };
  const runnerEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: temp,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'acme/designs',
    GITHUB_API_URL: options.api ?? 'http://127.0.0.1:9',
  };
  for (const [index, step] of action.runs.steps.entries()) {
    const key = step.id ?? `step${index}`;
    // No `if:` means success(): a failed step skips the rest.
    const runs = step.if ? !failed && evaluate(step.if, lookup) === 'true' : !failed;
    if (!runs) {
      steps[key] = { outcome: 'skipped', outputs: {}, stdout: '', stderr: '' };
      continue;
    }
    const env = { ...runnerEnv };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = substitute(value, lookup);
    const outputFile = join(temp, `output-${key}`);
    writeFileSync(outputFile, '');
    env.GITHUB_OUTPUT = outputFile;
    if (step.run) {
      const script = join(temp, `${key}.sh`);
      writeFileSync(script, step.run);
      // As GitHub runs `shell: bash`.
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd: options.workspace,
        env,
        encoding: 'utf8',
      });
      const outcome = result.status === 0 ? 'success' : 'failure';
      steps[key] = { outcome, outputs: readOutputs(outputFile), stdout: result.stdout, stderr: result.stderr };
      if (outcome === 'failure') failed = true;
    } else if (step.uses?.startsWith('actions/github-script@')) {
      await githubScript(substitute(step.with!.script!, lookup), env, options);
      steps[key] = { outcome: 'success', outputs: {}, stdout: '', stderr: '' };
    } else {
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, substitute(value, lookup)]));
      steps[key] = { outcome: 'success', outputs: {}, stdout: '', stderr: '', with: inputs };
    }
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, substitute(output.value, lookup)]));
  return { outputs, steps, summary: readFileSync(summaryFile, 'utf8'), failed };
}

/** actions/github-script: the script as the body of an async function of github, context, core and require. */
async function githubScript(script: string, env: Record<string, string>, options: RunOptions): Promise<void> {
  const github = new Octokit({ baseUrl: options.api!, auth: 'test-token', request: { retries: 0 } });
  const payload = options.event.payload ?? {};
  const context = { repo: { owner: 'acme', repo: 'designs' }, payload, eventName: options.event.name };
  const core = { info: () => undefined, warning: () => undefined, setFailed: (message: string) => { throw new Error(message); } };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
      ...args: string[]
    ) => (...values: unknown[]) => Promise<unknown>;
    await new AsyncFunction('github', 'context', 'core', 'require', script)(github, context, core, createRequire(import.meta.url));
  } finally {
    for (const name of Object.keys(env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}

/** A stub of GitHub's issue-comment endpoints, keeping comments in memory and every request in order. */
function commentsApi() {
  const comments: { id: number; body: string; user: { login: string; type: string } }[] = [
    { id: 1, body: 'A reviewer: looks fine. <!-- mlsys-lint-review --> quoted', user: { login: 'someone', type: 'User' } },
  ];
  const requests: { method: string; path: string; body?: { body?: string } }[] = [];
  let nextId = 100;
  const read = async (request: IncomingMessage): Promise<string> => {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    return text;
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const text = await read(request);
      const body = text ? (JSON.parse(text) as { body?: string }) : undefined;
      const path = request.url!.split('?')[0]!;
      requests.push({ method: request.method!, path, ...(body ? { body } : {}) });
      const reply = (status: number, value: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(value));
      };
      if (request.method === 'GET' && path === '/repos/acme/designs/issues/7/comments') return reply(200, comments);
      if (request.method === 'POST' && path === '/repos/acme/designs/issues/7/comments') {
        const comment = { id: nextId++, body: body!.body!, user: { login: 'github-actions[bot]', type: 'Bot' } };
        comments.push(comment);
        return reply(201, comment);
      }
      const update = /^\/repos\/acme\/designs\/issues\/comments\/(\d+)$/.exec(path);
      if (request.method === 'PATCH' && update) {
        const comment = comments.find((candidate) => candidate.id === Number(update[1]));
        if (!comment) return reply(404, { message: 'Not Found' });
        comment.body = body!.body!;
        return reply(200, comment);
      }
      return reply(404, { message: 'Not Found' });
    })();
  });
  return { server, comments, requests };
}

describe('the GitHub Action, its steps run locally', () => {
  const shared = mkdtempSync(join(tmpdir(), 'mlsys-lint-action-'));
  const actionPath = join(shared, 'action');
  const api = commentsApi();
  let apiUrl = '';

  beforeAll(async () => {
    copyOfCheckout(actionPath);
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => api.server.close(resolve));
    rmSync(shared, { recursive: true, force: true });
  });

  it('on a push, runs from its own checkout: annotations, job summary, SARIF, outputs, then fails on errors', async () => {
    const workspace = tempDir({
      'designs/recs.yaml': EXAMPLE.replace('latency_p99: 200ms', 'latency_p99: 300ms'),
      'designs/clean.yaml': EXAMPLE.replace('id: ', 'id: other-'),
    });
    const run = await runAction({ workspace, actionPath, inputs: { 'upload-sarif': 'true' }, event: { name: 'push' } });
    expect(run.steps.install!.outputs.bin).toBe(join(actionPath, 'bin/mlsys-lint.js'));
    expect(run.steps.install!.stdout).toBe('');
    expect(run.steps.lint!.outcome).toBe('success');
    expect(run.steps.lint!.stdout).toMatch(
      /^::error file=designs\/recs\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=serving\/slo-consistency::/m,
    );
    expect(run.outputs).toMatchObject({
      'exit-code': '1',
      'sarif-file': 'mlsys-lint.sarif',
      'summary-file': expect.stringMatching(/mlsys-lint-summary\.md$/) as unknown as string,
      'review-file': '',
    });
    expect(run.summary).toMatch(/^\n# mlsys-lint\n/);
    expect(sarifSchemaErrors(JSON.parse(readFileSync(join(workspace, 'mlsys-lint.sarif'), 'utf8')))).toEqual([]);
    const names = Object.entries(run.steps).map(([key, step]) => [key, step.outcome]);
    expect(names).toEqual([
      ['step0', 'success'], // actions/setup-node, recorded
      ['install', 'success'],
      ['lint', 'success'],
      ['review', 'skipped'],
      ['comment', 'skipped'],
      ['step5', 'success'], // upload-sarif, recorded
      ['step6', 'failure'],
    ]);
    expect(run.steps.step0!.with).toEqual({ 'node-version': '24' });
    expect(run.steps.step5!.with).toEqual({ sarif_file: 'mlsys-lint.sarif', category: 'mlsys-lint' });
    expect(run.failed).toBe(true);
  });

  it('on a pull request from a shallow checkout: reviews against the base, creates one comment, then edits it on the next ' +
    'push', async () => {
    // The repository: a base commit on main, and the pull request's commits on top.
    const origin = tempDir({ 'designs/recs.yaml': EXAMPLE });
    git(origin, 'init', '-q');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'base');
    const base = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(join(origin, 'designs/recs.yaml'), EXAMPLE.replace('latency_p99: 200ms', 'latency_p99: 150ms'));
    git(origin, 'commit', '-q', '-am', 'tighter SLO');
    // As actions/checkout does by default: one commit, no history.
    const workspace = join(tempDir(), 'checkout');
    git(ROOT, 'clone', '-q', '--depth=1', `file://${origin}`, workspace);
    expect(spawnSync('git', ['cat-file', '-e', `${base}^{commit}`], { cwd: workspace }).status).not.toBe(0);

    const event = { name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: base } } } };
    const first = await runAction({ workspace, actionPath, inputs: { comment: 'true' }, event, api: apiUrl });
    expect(first.steps.review!.outcome).toBe('success');
    expect(first.steps.review!.stdout).not.toContain('::warning::');
    const review = readFileSync(first.outputs['review-file']!, 'utf8');
    expect(review).toMatch(/^# Design review: `[0-9a-f]{40}`/);
    expect(review).toMatch(/200ms.*150ms/);
    expect(first.summary).toContain(review);
    expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /repos/acme/designs/issues/7/comments',
      'POST /repos/acme/designs/issues/7/comments',
    ]);
    expect(api.requests[1]!.body!.body).toBe(`<!-- mlsys-lint-review -->\n${review}`);

    // Another push: the review changes, and the same comment is edited.
    writeFileSync(join(workspace, 'designs/recs.yaml'), EXAMPLE.replace('latency_p99: 200ms', 'latency_p99: 120ms'));
    git(workspace, 'commit', '-q', '-am', 'tighter still');
    api.requests.length = 0;
    const second = await runAction({ workspace, actionPath, inputs: { comment: 'true' }, event, api: apiUrl });
    const secondReview = readFileSync(second.outputs['review-file']!, 'utf8');
    expect(secondReview).toMatch(/200ms.*120ms/);
    expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /repos/acme/designs/issues/7/comments',
      'PATCH /repos/acme/designs/issues/comments/100',
    ]);
    expect(api.comments.filter((comment) => comment.body.startsWith('<!-- mlsys-lint-review -->'))).toHaveLength(1);
    expect(api.comments.at(-1)!.body).toBe(`<!-- mlsys-lint-review -->\n${secondReview}`);
    expect(api.comments[0]!.body).toBe('A reviewer: looks fine. <!-- mlsys-lint-review --> quoted');

    // The pull request's designs back as they were: one line says so.
    writeFileSync(join(workspace, 'designs/recs.yaml'), EXAMPLE);
    git(workspace, 'commit', '-q', '-am', 'back');
    const third = await runAction({ workspace, actionPath, inputs: { comment: 'true' }, event, api: apiUrl });
    expect(readFileSync(third.outputs['review-file']!, 'utf8')).toBe(`mlsys-lint: no design changes against ${base.slice(0, 12)}.\n`);
    expect(api.comments.at(-1)!.body).toBe(`<!-- mlsys-lint-review -->\nmlsys-lint: no design changes against ${base.slice(0, 12)}.\n`);
    expect(third.failed).toBe(false);
  });
});
