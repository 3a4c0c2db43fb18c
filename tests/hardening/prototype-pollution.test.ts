import { afterEach, describe, expect, it } from 'vitest';
import { readBaseline } from '../../src/config/index.js';
import { lintPaths } from '../../src/engine/lint-files.js';
import { loadDesign } from '../../src/load/index.js';
import { tempDir } from '../temp-dir.js';

const HOSTILE_KEYS = [
  'mlsys: 1',
  'name: Pollution',
  '__proto__:',
  '  polluted: yes',
  'constructor:',
  '  prototype:',
  '    polluted: yes',
  'monitoring:',
  '  __proto__: {polluted: yes}',
  '  system: [Latency]',
  'architecture:',
  '  components:',
  '    - {id: __proto__, kind: serving}',
  '    - {id: constructor, kind: monitoring}',
  '  flows:',
  '    - {from: __proto__, to: constructor}',
  '',
].join('\n');

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('__proto__, constructor and prototype stay plain data', () => {
  for (const parser of ['auto', 'reference'] as const) {
    it(`in designs (${parser} parser)`, () => {
      const design = loadDesign('/p.yaml', HOSTILE_KEYS, { parser });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(design.data, '__proto__')).toBe(true);
    });
  }

  it('through the whole lint, config and baseline', async () => {
    const cwd = tempDir({
      'p.yaml': HOSTILE_KEYS,
      '.mlsys-lint.yaml': 'rules:\n  meta/owners: off\n',
      'baseline.json': '{"findings": [], "__proto__": {"polluted": true}}',
      'bad-config/.mlsys-lint.json': '{"__proto__": {"polluted": true}, "rules": {"__proto__": "off"}}',
      'bad-config/q.yaml': HOSTILE_KEYS,
    });
    const run = await lintPaths(['p.yaml'], {
      cwd,
      useConfigFiles: true,
      cliRules: new Map(),
      reportUnusedDisableDirectives: false,
      maxFileSize: 5_000_000,
      baseline: readBaseline(`${cwd}/baseline.json`),
    });
    expect(run.crashes).toEqual([]);
    const unknownKeys = run.results[0]!.findings.filter((f) => f.ruleId === 'schema/invalid').map(
      (f) => `${f.line}:${f.column} ${f.message}`,
    );
    expect(unknownKeys).toEqual([
      '3:1 unknown key `__proto__` in the design (extensions must start with `x-`)',
      '5:1 unknown key `constructor` in the design (extensions must start with `x-`)',
      '9:3 unknown key `__proto__` in `monitoring` (extensions must start with `x-`)',
      '13:12 `architecture.components[0].id` must be a letter followed by letters, digits, `_` or `-` (e.g. `feature_store`); got ' +
        '`__proto__`',
    ]);
    await expect(
      lintPaths(['bad-config/q.yaml'], {
        cwd,
        useConfigFiles: true,
        cliRules: new Map(),
        reportUnusedDisableDirectives: false,
        maxFileSize: 5_000_000,
      }),
    ).rejects.toThrow(/unknown key `__proto__`/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
