import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/lint-files.js';
import { lintConfigOptions } from '../../src/cli/lint-options.js';
import { tempDir } from '../temp-dir.js';
import { applyEdits, LspClient, type TextEdit, type WireDiagnostic } from './lsp-client.js';

// A real language client over stdio against the built binary (`mlsys-lint lsp --stdio`),
// as an editor runs it: docs/editors.md.

const FRAUD = readFileSync(new URL('../../designs/fraud-detection.yaml', import.meta.url), 'utf8');

/** A design with findings of several rules, an override and an inline directive at work. */
const DRAFT = `mlsys: 1
name: Ticket routing
status: draft
requirements:
  latency: "< 200ms"
  bogus_key: 1
deployment:
  mode: online
  # mlsys-lint-disable-next-line serving/cost -- owned by the platform team
  slo:
    latency_p50: 250ms
    latency_p99: 200ms
`;

const CONFIG = `rules:
  serving/slo-range: off
overrides:
  - files: ['designs/**']
    rules: {design/missing-step: warn}
`;

const brief = (diagnostics: readonly WireDiagnostic[]) =>
  diagnostics.map((diagnostic) => ({ code: diagnostic.code, range: diagnostic.range, severity: diagnostic.severity }));

let client: LspClient | undefined;
afterEach(async () => {
  if (client && client.process.exitCode === null) client.process.kill();
  client = undefined;
});

describe('mlsys-lint lsp', () => {
  it('publishes what `lint` finds in the file at that path, config, overrides and directives included', async () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': CONFIG, 'designs/draft.yaml': DRAFT });
    const file = join(cwd, 'designs/draft.yaml');
    client = await LspClient.start(cwd);
    const diagnostics = await client.open(pathToFileURL(file).href, DRAFT);
    const { results } = await lintPaths([file], lintConfigOptions({}, cwd));
    const findings = results[0]!.findings;
    expect(findings.length).toBeGreaterThan(3);
    expect(brief(diagnostics)).toEqual(
      findings.map((finding) => ({
        code: finding.ruleId,
        range: {
          start: { line: finding.line - 1, character: finding.column - 1 },
          end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
        },
        severity: { error: 1, warn: 2, info: 3 }[finding.severity],
      })),
    );
    // The override made missing steps warnings; the directive hid serving/cost; the config turned slo-range off.
    expect(diagnostics.some((diagnostic) => diagnostic.code === 'design/missing-step' && diagnostic.severity === 2)).toBe(true);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('serving/cost');
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('serving/slo-range');
    const order = diagnostics.find((diagnostic) => diagnostic.code === 'serving/slo-consistency')!;
    expect(order).toMatchObject({
      range: { start: { line: 10, character: 17 }, end: { line: 10, character: 22 } },
      severity: 1,
      source: 'mlsys-lint',
      codeDescription: { href: expect.stringMatching(/serving\/slo-consistency/) },
    });
    expect(await client.stop()).toBe(0);
  });

  it('lints the unsaved text: an SLO typed looser than the requirement, then disabled for its line by the quick fix', async () => {
    const cwd = tempDir({ 'designs/fraud.yaml': FRAUD });
    const uri = pathToFileURL(join(cwd, 'designs/fraud.yaml')).href;
    client = await LspClient.start(cwd);
    expect(await client.open(uri, FRAUD)).toEqual([]);
    const loose = FRAUD.replace('latency_p99: 60ms', 'latency_p99: 300ms');
    const diagnostics = await client.change(uri, loose);
    const line = loose.split('\n').findIndex((text) => text.includes('latency_p99: 300ms'));
    expect(brief(diagnostics)).toEqual([
      { code: 'serving/slo-consistency', range: { start: { line, character: 17 }, end: { line, character: 22 } }, severity: 1 },
      { code: 'serving/slo-range', range: { start: { line, character: 17 }, end: { line, character: 22 } }, severity: 3 },
      { code: 'monitoring/alert-slo', range: expect.anything(), severity: 2 },
    ]);
    const actions = await client.codeActions(uri, [diagnostics[0]!]);
    expect(actions.map((action) => action.title)).toEqual([
      'Disable serving/slo-consistency for this line',
      'Disable serving/slo-consistency for this file',
    ]);
    const fixed = applyEdits(loose, actions[0]!.edit.changes[uri]!);
    expect(fixed.split('\n').slice(line - 1, line + 2)).toEqual([
      '    latency_p50: 15ms',
      '    # mlsys-lint-disable-next-line serving/slo-consistency -- reason',
      '    latency_p99: 300ms',
    ]);
    // Nothing was written to disk: the edit is the client's to apply.
    expect(readFileSync(join(cwd, 'designs/fraud.yaml'), 'utf8')).toBe(FRAUD);
    const after = await client.change(uri, fixed);
    expect(after.map((diagnostic) => diagnostic.code)).toEqual(['serving/slo-range', 'monitoring/alert-slo']);

    // A second rule on the same line joins the directive rather than adding a comment.
    const again = await client.codeActions(uri, [after[0]!]);
    const both = applyEdits(fixed, again[0]!.edit.changes[uri]!);
    expect(both.split('\n')[line]).toBe('    # mlsys-lint-disable-next-line serving/slo-consistency, serving/slo-range -- reason');
    expect((await client.change(uri, both)).map((diagnostic) => diagnostic.code)).toEqual(['monitoring/alert-slo']);

    // For the whole file: after the yaml-language-server modeline, which stays first.
    const alert = (
      await client.codeActions(uri, [(await client.change(uri, loose)).find((diagnostic) => diagnostic.code === 'monitoring/alert-slo')!])
    )[1]!;
    expect(alert.title).toBe('Disable monitoring/alert-slo for this file');
    const fileWide = applyEdits(loose, alert.edit.changes[uri]!);
    expect(fileWide.split('\n').slice(0, 2)).toEqual([FRAUD.split('\n')[0], '# mlsys-lint-disable monitoring/alert-slo']);
    expect((await client.change(uri, fileWide)).map((diagnostic) => diagnostic.code)).toEqual([
      'serving/slo-consistency',
      'serving/slo-range',
    ]);

    expect(await client.close(uri)).toEqual([]);
    expect(await client.stop()).toBe(0);
  });

  it('lints open documents again when a config file changes on disk', async () => {
    const cwd = tempDir({ 'designs/fraud.yaml': FRAUD });
    const uri = pathToFileURL(join(cwd, 'designs/fraud.yaml')).href;
    const loose = FRAUD.replace('latency_p99: 60ms', 'latency_p99: 300ms');
    client = await LspClient.start(cwd);
    expect((await client.open(uri, loose)).map((diagnostic) => diagnostic.code)).toEqual([
      'serving/slo-consistency',
      'serving/slo-range',
      'monitoring/alert-slo',
    ]);
    writeFileSync(join(cwd, '.mlsys-lint.yaml'), 'rules:\n  serving/slo-range: off\n  monitoring/alert-slo: error\n');
    await client.watchedFilesChanged([pathToFileURL(join(cwd, '.mlsys-lint.yaml')).href]);
    expect(brief(await client.nextDiagnostics(uri)).map(({ code, severity }) => [code, severity])).toEqual([
      ['serving/slo-consistency', 1],
      ['monitoring/alert-slo', 1],
    ]);

    // An invalid config: one log line, and the recommended preset's findings meanwhile.
    writeFileSync(join(cwd, '.mlsys-lint.yaml'), 'rules: [not, a, map\n');
    await client.watchedFilesChanged([pathToFileURL(join(cwd, '.mlsys-lint.yaml')).href]);
    expect((await client.nextDiagnostics(uri)).map((diagnostic) => diagnostic.code)).toEqual([
      'serving/slo-consistency',
      'serving/slo-range',
      'monitoring/alert-slo',
    ]);
    expect(client.logs).toEqual([
      expect.stringMatching(/^mlsys-lint: .*fraud\.yaml: invalid configuration: .*; linting with the recommended preset$/),
    ]);
    expect(await client.stop()).toBe(0);
  });

  it('survives documents that are not designs, and lints untitled ones', async () => {
    const cwd = tempDir();
    client = await LspClient.start(cwd);
    const notes = pathToFileURL(join(cwd, 'notes.yaml')).href;
    const notADesign = await client.open(notes, 'shopping: [milk, eggs\n');
    expect(notADesign.map((diagnostic) => diagnostic.code)).toEqual(['yaml/syntax']);
    const list = await client.change(notes, '- just\n- a list\n');
    expect(list.length).toBeGreaterThan(0);
    // One line per document while its trouble lasts, not one per keystroke.
    expect(client.logs.filter((line) => line.includes('notes.yaml: not a design')).length).toBe(1);
    const empty = await client.open('untitled:Untitled-1', '');
    expect(Array.isArray(empty)).toBe(true);
    // Still serving.
    expect(await client.open(pathToFileURL(join(cwd, 'fraud.yaml')).href, FRAUD)).toEqual([]);
    expect(await client.stop()).toBe(0);
  });

  it('takes the config flags of `lint`', async () => {
    const cwd = tempDir();
    const uri = pathToFileURL(join(cwd, 'fraud.yaml')).href;
    client = await LspClient.start(cwd, ['--rule', 'serving/slo-range:off', '--max-file-size', '20000']);
    expect((await client.open(uri, FRAUD.replace('latency_p99: 60ms', 'latency_p99: 300ms'))).map((diagnostic) => diagnostic.code)).toEqual(
      ['serving/slo-consistency', 'monitoring/alert-slo'],
    );
    const huge = `${FRAUD}${'# padding\n'.repeat(2000)}`;
    expect((await client.change(uri, huge)).map((diagnostic) => [diagnostic.code, diagnostic.message])).toEqual([
      [
        'yaml/syntax',
        `cannot read the design: the document is ${Buffer.byteLength(huge)} bytes, more than the limit of 20000 (--max-file-size)`,
      ],
    ]);
    expect(await client.stop()).toBe(0);
  });

  it("offers a misspelled key's fix and a unit suggestion as quick fixes; applying the fix removes the diagnostic", async () => {
    const cwd = tempDir();
    const uri = pathToFileURL(join(cwd, 'designs/fraud.yaml')).href;
    client = await LspClient.start(cwd);
    const typo = FRAUD.replace(/^monitoring:/m, 'monitorng:');
    const diagnostics = await client.open(uri, typo);
    const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'schema/invalid')!;
    expect(unknown.message).toBe('unknown key `monitorng` in the design; did you mean `monitoring`?');
    const actions = await client.codeActions(uri, [unknown]);
    expect(actions.map((action) => [action.title, action.kind])).toEqual([
      ['Fix: write `monitoring`', 'quickfix'],
      ['Disable schema/invalid for this line', 'quickfix'],
      ['Disable schema/invalid for this file', 'quickfix'],
    ]);
    const fixed = applyEdits(typo, actions[0]!.edit.changes[uri]!);
    expect(fixed).toBe(FRAUD);
    expect(await client.change(uri, fixed)).toEqual([]);

    // A suggestion: the unit a fraction lacks, offered, not preferred.
    const fraction = FRAUD.replace(/availability: \S+/, 'availability: 0.9995');
    const unit = (await client.change(uri, fraction)).find((diagnostic) => diagnostic.code === 'serving/slo-consistency')!;
    const suggested = await client.codeActions(uri, [unit]);
    expect(suggested[0]!.title).toBe('Write `99.95%`');
    expect(applyEdits(fraction, suggested[0]!.edit.changes[uri]!)).toBe(FRAUD.replace(/availability: \S+/, 'availability: 99.95%'));

    // "Fix all" as a source action, for editors that run it on save.
    const twoTypos = typo.replace(/^name:/m, '# no version\nname:').replace(/^mlsys: 1\n/m, '');
    const all: { title: string; kind: string; edit: { changes: Record<string, TextEdit[]> } }[] = await client.connection.sendRequest(
      'textDocument/codeAction',
      {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: await client.change(uri, twoTypos), only: ['source.fixAll'] },
      },
    );
    expect(all.map((action) => action.kind)).toEqual(['source.fixAll.mlsys-lint']);
    expect(applyEdits(twoTypos, all[0]!.edit.changes[uri]!)).toBe(
      FRAUD.replace(/^mlsys: 1\n/m, '').replace(/^name:/m, '# no version\nmlsys: 1\nname:'),
    );
    expect(await client.stop()).toBe(0);
  });

  it("reads a folder's config once, not on every keystroke, until a watched file changes", async () => {
    const cwd = tempDir({ '.mlsys-lint.yaml': 'rules:\n  serving/slo-range: off\n' });
    const uri = pathToFileURL(join(cwd, 'fraud.yaml')).href;
    const loose = FRAUD.replace('latency_p99: 60ms', 'latency_p99: 300ms');
    client = await LspClient.start(cwd);
    expect((await client.open(uri, loose)).map((diagnostic) => diagnostic.code)).toEqual([
      'serving/slo-consistency',
      'monitoring/alert-slo',
    ]);
    // Changed on disk, but the client has not said so: typing goes on with the config as read.
    writeFileSync(join(cwd, '.mlsys-lint.yaml'), 'rules:\n  serving/slo-consistency: off\n');
    expect((await client.change(uri, `${loose}\n`)).map((diagnostic) => diagnostic.code)).toEqual([
      'serving/slo-consistency',
      'monitoring/alert-slo',
    ]);
    await client.watchedFilesChanged([pathToFileURL(join(cwd, '.mlsys-lint.yaml')).href]);
    expect((await client.nextDiagnostics(uri)).map((diagnostic) => diagnostic.code)).toEqual(['serving/slo-range', 'monitoring/alert-slo']);
    expect(await client.stop()).toBe(0);
  });
});
