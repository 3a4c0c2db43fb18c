import { describe, expect, it } from 'vitest';
import { findingsOf, rowsOf } from '../src/engine/cached-findings.js';
import { ruleDocsUrl } from '../src/rules/index.js';
import type { Finding } from '../src/types.js';

const base = { message: 'm', messageId: 'id', path: ['a', 0], line: 1, column: 2, endLine: 1, endColumn: 5 };

describe('findings as the cache stores them', () => {
  it('come back equal, keys in order, whatever fields they carry', () => {
    const findings: Finding[] = [
      { ruleId: 'meta/owners', severity: 'warn', ...base, url: ruleDocsUrl('meta/owners') },
      { ruleId: 'team/own', severity: 'error', ...base, url: 'https://example.com/own' },
      { ruleId: null, severity: 'info', ...base },
      { ruleId: 'yaml/syntax', severity: 'error', ...base, fatal: true, url: ruleDocsUrl('yaml/syntax') },
      // A field the engine may add later is kept as it is.
      { ruleId: 'meta/todo', severity: 'warn', ...base, url: ruleDocsUrl('meta/todo'), fix: { range: [1, 2], text: 'x' } } as Finding,
    ];
    const lists = new Map<string, string[]>();
    const rows = rowsOf(findings, (keys) => {
      const id = keys.join(',');
      lists.set(id, [...keys]);
      return id;
    });
    // The usual docs url is left out of the row.
    expect(rows[0]).toContain(null);
    expect(JSON.stringify(rows)).not.toContain(ruleDocsUrl('meta/owners'));
    const back = findingsOf(JSON.parse(JSON.stringify(rows)), lists)!;
    expect(back).toEqual(findings);
    expect(back.map((finding) => Object.keys(finding))).toEqual(findings.map((finding) => Object.keys(finding)));
  });

  it('are refused when a row does not fit its shape', () => {
    const lists = new Map([['s', ['ruleId', 'severity', 'message', 'line']]]);
    expect(findingsOf([['s', 'a/b', 'warn', 'm', 3]], lists)).toHaveLength(1);
    for (const rows of [
      {},
      [['t', 'a/b', 'warn', 'm', 3]],
      [['s', 'a/b', 'warn', 'm']],
      [['s', 'a/b', 'warn', 7, 3]],
      [['s', 'a/b', 'warn', 'm', '3']],
      ['s'],
    ]) {
      expect(findingsOf(rows, lists)).toBeUndefined();
    }
  });
});
