import { describe, expect, it } from 'vitest';
import { compareDesign, compareQuantity, matchFindings, pairDesigns, type DesignSnapshot } from '../../src/diff/index.js';
import type { Finding } from '../../src/types.js';

const finding = (
  ruleId: string,
  path: (string | number)[],
  line: number,
  severity: Finding['severity'] = 'warn',
  message = `${ruleId} at ${path.join('.')}`,
): Finding => ({
  ruleId,
  severity,
  message,
  messageId: 'x',
  path,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
});

const snapshot = (id: string, path: string, text = ''): DesignSnapshot => ({ id, path, text, data: {}, findings: [] });

describe('compareQuantity', () => {
  it('knows which way is tighter for each kind', () => {
    expect(compareQuantity('200ms', '300ms', 'duration', 'lower')).toBe('loosened');
    expect(compareQuantity('0.3s', '200ms', 'duration', 'lower')).toBe('tightened');
    expect(compareQuantity('10K rps', '5K rps', 'rate', 'higher')).toBe('loosened');
    expect(compareQuantity('99.9%', '99.99%', 'percentage', 'higher')).toBe('tightened');
    expect(compareQuantity('$0.001', '$0.002', 'money', 'lower')).toBe('loosened');
  });

  it('sees no change in a rewrite of the same value, and tells added, removed and unreadable changes', () => {
    expect(compareQuantity('200ms', '0.2s', 'duration', 'lower')).toBeUndefined();
    expect(compareQuantity('< 200ms', '200 ms', 'duration', 'lower')).toBeUndefined();
    expect(compareQuantity(undefined, '200ms', 'duration', 'lower')).toBe('added');
    expect(compareQuantity('200ms', '', 'duration', 'lower')).toBe('removed');
    expect(compareQuantity('fast', 'faster', 'duration', 'lower')).toBe('changed');
    expect(compareQuantity('fast', 'fast', 'duration', 'lower')).toBeUndefined();
    expect(compareQuantity('$0.001', '0.001 EUR', 'money', 'lower')).toBe('changed');
    expect(compareQuantity(undefined, undefined, 'duration', 'lower')).toBeUndefined();
  });
});

describe('matchFindings', () => {
  it('pairs by rule id and data path whatever the line', () => {
    const base = [finding('a/b', ['x'], 3), finding('a/b', ['y'], 4), finding('c/d', [], 1)];
    const head = [finding('a/b', ['x'], 30), finding('a/b', ['z'], 5), finding('c/d', [], 1)];
    const { introduced, fixed } = matchFindings(base, head);
    expect(introduced.map((found) => [found.ruleId, found.path, found.line])).toEqual([['a/b', 'z', 5]]);
    expect(fixed.map((found) => [found.ruleId, found.path, found.line])).toEqual([['a/b', 'y', 4]]);
  });

  it('counts repeats, and treats a warning that became an error as one fixed and one new', () => {
    const base = [finding('a/b', ['x'], 1, 'warn', 'one')];
    const head = [finding('a/b', ['x'], 1, 'warn', 'two'), finding('a/b', ['x'], 2, 'warn', 'one')];
    expect(matchFindings(base, head).introduced.map((found) => found.message)).toEqual(['two']);
    const escalated = matchFindings([finding('a/b', ['x'], 1, 'warn')], [finding('a/b', ['x'], 1, 'error')]);
    expect([escalated.introduced.map((found) => found.severity), escalated.fixed.map((found) => found.severity)]).toEqual([
      ['error'],
      ['warn'],
    ]);
  });
});

describe('pairDesigns', () => {
  it('pairs by id and path, then id, then path; the rest are added or deleted', () => {
    const base = [snapshot('a', 'a.yaml'), snapshot('b', 'old-b.yaml'), snapshot('c', 'c.yaml'), snapshot('gone', 'gone.yaml')];
    const head = [snapshot('a', 'a.yaml'), snapshot('b', 'new-b.yaml'), snapshot('c-renamed', 'c.yaml'), snapshot('new', 'new.yaml')];
    const pairs = pairDesigns(base, head).map(([b, h]) => [b?.path ?? null, h?.path ?? null]);
    expect(pairs).toEqual([
      ['a.yaml', 'a.yaml'],
      ['c.yaml', 'c.yaml'],
      ['gone.yaml', null],
      ['old-b.yaml', 'new-b.yaml'],
      [null, 'new.yaml'],
    ]);
  });

  it('does not guess between two designs that claim one id', () => {
    const base = [snapshot('dup', 'one.yaml'), snapshot('dup', 'two.yaml')];
    const head = [snapshot('dup', 'three.yaml')];
    expect(pairDesigns(base, head).every(([b, h]) => b === undefined || h === undefined)).toBe(true);
  });
});

describe('compareDesign: stale alerts', () => {
  const side = (data: unknown): DesignSnapshot => ({ id: 'd', path: 'd.yaml', text: JSON.stringify(data), data, findings: [] });
  const design = (slo: Record<string, string>, alerts: string[]) => ({ deployment: { slo }, monitoring: { alerts } });
  const stale = (before: unknown, after: unknown) => compareDesign(side(before), side(after)).staleAlerts;

  it('reports an unchanged alert that a changed or newly set SLO contradicts', () => {
    expect(stale(design({ latency_p99: '200ms' }, ['p99 > 200ms']), design({ latency_p99: '0.15s' }, ['P99 > 200ms']))).toEqual([
      {
        path: 'monitoring.alerts[0]',
        text: 'P99 > 200ms',
        condition: 'p99 > 200ms',
        slo: 'deployment.slo.latency_p99',
        before: '200ms',
        after: '0.15s',
        direction: 'looser',
      },
    ]);
    expect(stale(design({}, ['p99 > 200ms']), design({ latency_p99: '300ms' }, ['p99 > 200ms']))).toEqual([
      {
        path: 'monitoring.alerts[0]',
        text: 'p99 > 200ms',
        condition: 'p99 > 200ms',
        slo: 'deployment.slo.latency_p99',
        after: '300ms',
        direction: 'tighter',
      },
    ]);
  });

  it('says nothing when the SLO did not change, was only rewritten, or the alert agrees', () => {
    expect(stale(design({ latency_p99: '100ms' }, ['p99 > 200ms']), design({ latency_p99: '100ms' }, ['p99 > 200ms']))).toEqual([]);
    expect(stale(design({ latency_p99: '0.1s' }, ['p99 > 200ms']), design({ latency_p99: '100ms' }, ['p99 > 200ms']))).toEqual([]);
    expect(stale(design({ latency_p99: '100ms' }, ['p99 > 200ms']), design({ latency_p99: '200ms' }, ['p99 > 200ms']))).toEqual([]);
    expect(stale(design({ latency_p99: '200ms' }, ['p99 > 200ms']), design({}, ['p99 > 200ms']))).toEqual([]);
  });

  it('leaves alone an alert edited in the same change, and an error-rate alert', () => {
    expect(stale(design({ latency_p99: '200ms' }, ['p99 > 200ms']), design({ latency_p99: '300ms' }, ['p99 > 250ms']))).toEqual([]);
    expect(
      stale(design({ availability: '99.9%' }, ['Error rate > 0.1%']), design({ availability: '99.99%' }, ['Error rate > 0.1%'])),
    ).toEqual([]);
  });
});
