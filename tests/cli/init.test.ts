import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-files.js';
import {
  DESIGN_ID_PATTERN,
  newDesignText,
  PACKAGED_SCHEMA_PATH,
  SCHEMA_URL,
  TEMPLATE_NAMES,
  templateText,
  titleOf,
} from '../../src/init/index.js';
import { loadDesign } from '../../src/load/index.js';
import { tempDir } from '../temp-dir.js';
import { runCli, runInProcess } from './run-cli.js';

const run = runInProcess;

const lintDesign = (text: string, cwd: string) =>
  lintText(text, 'designs/new.yaml', {
    cwd,
    useConfigFiles: false,
    cliRules: new Map(),
    reportUnusedDisableDirectives: false,
    maxFileSize: 1e6,
  }).result;

describe('init templates', () => {
  for (const template of TEMPLATE_NAMES) {
    describe(template, () => {
      it('is shipped, with an id matching its file name', () => {
        const data = loadDesign(`${template}.yaml`, templateText(template)).data as { id: string };
        expect(data.id).toBe(template);
      });

      it('makes a design that lints with warnings only: no schema or other errors, a meta/todo warning for each TODO', () => {
        const text = newDesignText(template, { id: 'fraud-scoring', schema: SCHEMA_URL });
        const result = lintDesign(text, tempDir());
        expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
        expect(result.errorCount).toBe(0);
        expect(result.warningCount).toBeGreaterThan(0);
        expect(result.findings.every((finding) => finding.severity !== 'error' && finding.ruleId !== 'schema/invalid')).toBe(true);
        const todoValues = text.split('\n').filter((line) => /:\s*"TODO|\[\s*"TODO|-\s*"TODO/.test(line)).length;
        const todoFindings = result.findings.filter((finding) => finding.ruleId === 'meta/todo');
        expect(todoFindings.length).toBeGreaterThanOrEqual(todoValues);
      });

      it('sets id, name and the schema modeline, keeping the rest as written', () => {
        const text = newDesignText(template, { id: 'fraud-scoring', schema: '../schemas/x.json' });
        const data = loadDesign('x.yaml', text).data as { id: string; name: string };
        expect([data.id, data.name]).toEqual(['fraud-scoring', 'Fraud Scoring']);
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/x.json');
        expect(
          text
            .split('\n')
            .slice(1)
            .filter((line) => !/^(id|name):/.test(line)),
        ).toEqual(
          templateText(template)
            .split('\n')
            .slice(1)
            .filter((line) => !/^(id|name):/.test(line)),
        );
      });
    });
  }

  it('quotes ids and names that YAML would read as numbers', () => {
    const data = loadDesign('x.yaml', newDesignText('minimal', { id: '2024', schema: SCHEMA_URL })).data as { id: unknown; name: unknown };
    expect([data.id, data.name]).toEqual(['2024', '2024']);
  });

  it('points at the schema by the URL in its $id', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/ml-system-design.schema.json', import.meta.url), 'utf8')) as {
      $id: string;
    };
    expect(SCHEMA_URL).toBe(schema.$id);
  });

  it('titles ids', () => {
    expect(titleOf('fraud-scoring-v2')).toBe('Fraud Scoring V2');
    expect(DESIGN_ID_PATTERN.test('Fraud')).toBe(false);
  });
});

describe('mlsys-lint init', () => {
  it('writes designs/NAME.yaml from a template, and the result lints with warnings only (the built binary)', () => {
    for (const template of TEMPLATE_NAMES) {
      const cwd = tempDir();
      const created = runCli(['init', 'my-system', '--template', template], { cwd });
      expect(created).toMatchObject({ code: 0, stderr: '' });
      expect(created.stdout).toContain('designs/my-system.yaml');
      const text = readFileSync(join(cwd, 'designs/my-system.yaml'), 'utf8');
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
      const lint = runCli(['designs/my-system.yaml', '-f', 'json', '--no-config'], { cwd });
      expect(lint.code).toBe(0);
      const [result] = JSON.parse(lint.stdout) as { errorCount: number; warningCount: number; messages: { ruleId: string }[] }[];
      expect(result!.errorCount).toBe(0);
      expect(result!.warningCount).toBeGreaterThan(0);
      expect(result!.messages.some((message) => message.ruleId === 'meta/todo')).toBe(true);
    }
  });

  it('defaults to the minimal template and the name new-design', async () => {
    const cwd = tempDir();
    expect((await run(['init'], cwd)).code).toBe(0);
    const data = loadDesign('x.yaml', readFileSync(join(cwd, 'designs/new-design.yaml'), 'utf8')).data as { id: string; name: string };
    expect([data.id, data.name]).toEqual(['new-design', 'New Design']);
    expect(readFileSync(join(cwd, 'designs/new-design.yaml'), 'utf8')).toContain('# A minimal ML system design');
  });

  it('never overwrites an existing file: exit 2, file untouched', async () => {
    const cwd = tempDir({ 'designs/taken.yaml': 'my own words\n' });
    const file = join(cwd, 'designs/taken.yaml');
    const before = statSync(file).mtimeMs;
    const result = await run(['init', 'taken', '-t', 'recommendation'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/designs\/taken\.yaml already exists; init never overwrites a file/);
    expect(readFileSync(file, 'utf8')).toBe('my own words\n');
    expect(statSync(file).mtimeMs).toBe(before);
    expect((await run(['init', '-o', 'designs/taken.yaml'], cwd)).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('my own words\n');
  });

  it('writes to -o FILE, or to standard output with -o -', async () => {
    const cwd = tempDir();
    expect((await run(['init', 'ranker', '-t', 'search-ranking', '-o', 'elsewhere/ranker.yml'], cwd)).code).toBe(0);
    expect(existsSync(join(cwd, 'elsewhere/ranker.yml'))).toBe(true);
    expect(existsSync(join(cwd, 'designs'))).toBe(false);
    const printed = await run(['init', 'ranker', '-o', '-'], cwd);
    expect(printed.code).toBe(0);
    expect((loadDesign('x.yaml', printed.stdout).data as { id: string }).id).toBe('ranker');
  });

  it('uses a relative modeline when the schema lies under the working directory (a local install, or this repository)', async () => {
    const repository = fileURLToPath(new URL('../../', import.meta.url));
    const target = join(tempDir(), 'nested/x.yaml');
    expect((await run(['init', 'x', '-o', target], repository)).code).toBe(0);
    const reference = readFileSync(target, 'utf8').split('\n')[0]!.replace('# yaml-language-server: $schema=', '');
    expect(reference).not.toMatch(/^https:/);
    expect(resolve(dirname(target), reference)).toBe(PACKAGED_SCHEMA_PATH);
    // On standard output there is no place to be relative to.
    expect((await run(['init', 'x', '-o', '-'], repository)).stdout.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
  });

  it('refuses invalid names, unknown templates and extra arguments with exit 2', async () => {
    const cwd = tempDir();
    for (const name of ['Fraud', 'fraud_scoring', 'fraud--scoring', '-x-', 'a/b', '../up']) {
      const result = await run(['init', '--', name], cwd);
      expect(result.code).toBe(2);
    }
    expect((await run(['init', 'Fraud'], cwd)).stderr).toMatch(/invalid design name `Fraud`: use lowercase letters and digits/);
    const unknown = await run(['init', 'x', '--template', 'recomendation'], cwd);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toMatch(/unknown template `recomendation`.*did you mean `recommendation`/);
    expect((await run(['init', 'a', 'b'], cwd)).code).toBe(2);
    expect(existsSync(join(cwd, 'designs'))).toBe(false);
  });

  it('has help', async () => {
    const result = await run(['init', '--help'], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: mlsys-lint init \[NAME\]/);
    for (const template of TEMPLATE_NAMES) expect(result.stdout).toContain(template);
  });
});
