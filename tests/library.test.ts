import { describe, expect, it } from 'vitest';

describe('the package entry points (built)', () => {
  it('exports the linter, the scorer and the rules from `mlsys-lint`', async () => {
    const library = await import('mlsys-lint');
    const { result } = library.lintText('mlsys: 1\nname: Library\nbogus: 1\n', 'designs/library.yaml', {
      cwd: '/tmp',
      useConfigFiles: false,
      cliRules: new Map(),
      reportUnusedDisableDirectives: false,
      maxFileSize: library.DEFAULT_MAX_FILE_SIZE,
    });
    expect(result.findings.find((finding) => finding.ruleId === 'schema/invalid')).toMatchObject({
      line: 3,
      column: 1,
      message: 'unknown key `bogus` in the design (extensions must start with `x-`)',
    });
    expect(
      library.scoreProblem({ has_patterns: true, data_size: 'large', rule_complexity: 'high', needs_generalization: true }).recommendation,
    ).toBe('ml');
    expect(library.RULES.map((rule) => rule.id)).toContain('monitoring/drift');
  });

  it('exports reports, diff and init as their own entry points', async () => {
    expect(typeof (await import('mlsys-lint/report')).buildReports).toBe('function');
    expect(typeof (await import('mlsys-lint/diff')).reviewDesigns).toBe('function');
    expect(Object.keys(await import('mlsys-lint/init')).length).toBeGreaterThan(0);
  });
});
