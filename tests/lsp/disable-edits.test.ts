import { describe, expect, it } from 'vitest';
import { disableForFileEdit, disableForLineEdit } from '../../src/lsp/disable-edits.js';
import { applyEdits } from './lsp-client.js';

const disableLine = (text: string, line: number, ruleId: string) => applyEdits(text, [disableForLineEdit(text, line, ruleId)]);
const disableFile = (text: string, ruleId: string) => applyEdits(text, [disableForFileEdit(text, ruleId)]);

describe('disable for this line', () => {
  it('writes the comment above the line, indented as the line is', () => {
    expect(disableLine('deployment:\n  slo:\n    latency_p99: 300ms\n', 2, 'serving/slo-consistency')).toBe(
      'deployment:\n  slo:\n    # mlsys-lint-disable-next-line serving/slo-consistency -- reason\n    latency_p99: 300ms\n',
    );
    expect(disableLine('mlsys: 1\n', 0, 'meta/owners')).toBe('# mlsys-lint-disable-next-line meta/owners -- reason\nmlsys: 1\n');
  });

  it('adds the rule to a disable-next-line comment already above, keeping its reason', () => {
    expect(disableLine('a:\n  # mlsys-lint-disable-next-line serving/cost -- owned elsewhere\n  b: 1\n', 2, 'serving/slo-range')).toBe(
      'a:\n  # mlsys-lint-disable-next-line serving/cost, serving/slo-range -- owned elsewhere\n  b: 1\n',
    );
  });

  it('leaves other comments above alone, and keeps CRLF line ends', () => {
    expect(disableLine('a:\r\n  # a note\r\n  b: 1\r\n', 2, 'serving/cost')).toBe(
      'a:\r\n  # a note\r\n  # mlsys-lint-disable-next-line serving/cost -- reason\r\n  b: 1\r\n',
    );
    expect(disableLine('a: 1  # mlsys-lint-disable-next-line serving/cost\nb: 2\n', 1, 'meta/owners')).toBe(
      'a: 1  # mlsys-lint-disable-next-line serving/cost\n# mlsys-lint-disable-next-line meta/owners -- reason\nb: 2\n',
    );
  });
});

describe('disable for this file', () => {
  it('writes the comment first, or after a yaml-language-server modeline', () => {
    expect(disableFile('mlsys: 1\n', 'meta/owners')).toBe('# mlsys-lint-disable meta/owners\nmlsys: 1\n');
    expect(disableFile('# yaml-language-server: $schema=x.json\nmlsys: 1\n', 'meta/owners')).toBe(
      '# yaml-language-server: $schema=x.json\n# mlsys-lint-disable meta/owners\nmlsys: 1\n',
    );
    expect(disableFile('# yaml-language-server: $schema=x.json', 'meta/owners')).toBe(
      '# yaml-language-server: $schema=x.json\n# mlsys-lint-disable meta/owners',
    );
  });

  it('adds the rule to a disable comment before the content', () => {
    expect(disableFile('# A design\n# mlsys-lint-disable serving/cost -- platform budget\n\nmlsys: 1\n', 'meta/owners')).toBe(
      '# A design\n# mlsys-lint-disable serving/cost, meta/owners -- platform budget\n\nmlsys: 1\n',
    );
    // One after the content starts covers only what follows it: a new one goes at the top.
    expect(disableFile('mlsys: 1\n# mlsys-lint-disable serving/cost\n', 'meta/owners')).toBe(
      '# mlsys-lint-disable meta/owners\nmlsys: 1\n# mlsys-lint-disable serving/cost\n',
    );
  });
});
