import { describe, expect, it } from 'vitest';
import { applyFixes, fixTypeFilter } from '../../src/fix/apply-fixes.js';
import { applyEdit } from '../../src/fix/resolve-edit.js';
import { lintYaml } from '../helpers.js';

/** The text after applying every fix, once. */
const fixed = (yaml: string, ruleIds?: string[]): string => applyFixes(yaml, lintYaml(yaml, ruleIds)).text;

describe('fixes', () => {
  it('renames a misspelled key to its one suggestion, keeping comments, quoting and blank lines', () => {
    const yaml = 'mlsys: 1\nname: Fraud   # the name\n\nmonitorng:   # typo\n  system: [Latency]\n"deploymnt": {mode: online}\n';
    expect(fixed(yaml, ['schema/invalid'])).toBe(
      'mlsys: 1\nname: Fraud   # the name\n\nmonitoring:   # typo\n  system: [Latency]\n"deployment": {mode: online}\n',
    );
  });

  it('does not rename when the target key is written already, or when two misspellings stand for one key', () => {
    expect(
      lintYaml('mlsys: 1\nname: x\nmonitoring: {}\nmonitorng: {}\n', ['schema/invalid']).every((finding) => finding.fix === undefined),
    ).toBe(true);
    expect(
      lintYaml('mlsys: 1\nname: x\nmonitorng: {}\nmonitorin: {}\n', ['schema/invalid']).every((finding) => finding.fix === undefined),
    ).toBe(true);
  });

  it("adds `mlsys: 1` as the first key, after a leading comment, with the file's line endings", () => {
    expect(fixed('# Fraud\nname: Fraud\n', ['schema/invalid'])).toBe('# Fraud\nmlsys: 1\nname: Fraud\n');
    expect(fixed('name: Fraud\r\nowners: [a]\r\n', ['schema/invalid'])).toBe('mlsys: 1\r\nname: Fraud\r\nowners: [a]\r\n');
  });

  it('offers a suggestion, never a fix, for a fraction written as availability', () => {
    const yaml = 'deployment:\n  slo:\n    availability: 0.9995  # SLA\n';
    const [finding] = lintYaml(yaml, ['serving/slo-consistency']);
    expect(finding!.fix).toBeUndefined();
    expect(finding!.suggestions).toEqual([{ desc: 'Write `99.95%`', fix: { range: [37, 43], text: '99.95%' } }]);
    expect(applyEdit(yaml, finding!.suggestions![0]!.fix)).toBe('deployment:\n  slo:\n    availability: 99.95%  # SLA\n');
  });

  it('suggests a latency SLO and a latency requirement with placeholders', () => {
    const yaml = 'requirements:\n  business_goal: Stop fraud\ndeployment:\n  mode: online\n  slo:\n    throughput: 10K rps\n';
    const findings = lintYaml(yaml, ['serving/latency-slo', 'requirements/latency']);
    const after = findings.map((finding) => applyEdit(yaml, finding.suggestions![0]!.fix));
    expect(after).toContain(
      'requirements:\n  latency: "< 200ms"\n  business_goal: Stop fraud\ndeployment:\n  mode: online\n  slo:\n    throughput: 10K rps\n',
    );
    expect(after).toContain(
      'requirements:\n  business_goal: Stop fraud\ndeployment:\n  mode: online\n  slo:\n    latency_p99: 200ms\n    throughput: 10K rps\n',
    );
    const noSlo = 'deployment: {mode: online}\n';
    expect(applyEdit(noSlo, lintYaml(noSlo, ['serving/latency-slo'])[0]!.suggestions![0]!.fix)).toBe(
      'deployment: {slo: {latency_p99: 200ms}, mode: online}\n',
    );
  });

  it('limits fixes to rule groups', () => {
    const findings = lintYaml('name: x\nmonitorng: {}\n', ['schema/invalid']);
    expect(applyFixes('name: x\nmonitorng: {}\n', findings, fixTypeFilter(['serving'])).applied).toBe(0);
    expect(applyFixes('name: x\nmonitorng: {}\n', findings, fixTypeFilter(['schema'])).applied).toBe(2);
  });
});
