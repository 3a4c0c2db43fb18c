import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesign as load, type ParserChoice } from '../../src/load/index.js';
import type { DataPath } from '../../src/types.js';

const fixture = readFileSync(new URL('../fixtures/positions.yaml', import.meta.url), 'utf8');

// [path, line, column, endLine, endColumn]: values, keys of block collections, flow entries,
// sequence items, and missing paths (nearest existing ancestor's key, else 1:1).
const CASES: [DataPath, number, number, number, number][] = [
  [['mlsys'], 2, 8, 2, 9],
  [['name'], 3, 7, 3, 24],
  [['owners'], 4, 9, 4, 27],
  [['owners', 0], 4, 10, 4, 16],
  [['owners', 1], 4, 18, 4, 26],
  [['requirements'], 5, 1, 5, 13],
  [['requirements', 'business_goal'], 6, 18, 6, 30],
  [['requirements', 'scale'], 7, 10, 7, 42],
  [['requirements', 'scale', 'users'], 7, 18, 7, 22],
  [['requirements', 'scale', 'peak_rps'], 7, 34, 7, 41],
  [['requirements', 'success_metrics'], 8, 3, 8, 18],
  [['requirements', 'success_metrics', 1], 10, 7, 10, 26],
  [['deployment', 'slo', 'latency_p99'], 14, 18, 14, 23],
  [['architecture', 'components', 0], 17, 7, 17, 33],
  [['architecture', 'components', 0, 'kind'], 17, 25, 17, 32],
  [['architecture', 'components', 1], 18, 7, 18, 16],
  [['architecture', 'components', 1, 'kind'], 19, 13, 19, 23],
  [['architecture', 'flows', 0, 'to'], 21, 25, 21, 30],
  [['summary'], 22, 10, 22, 11],
  // Missing: the nearest existing ancestor.
  [['deployment', 'slo', 'latency_p50'], 13, 3, 13, 6],
  [['deployment', 'fallback'], 11, 1, 11, 11],
  [['requirements', 'scale', 'items'], 7, 10, 7, 42],
  [['architecture', 'components', 0, 'tech'], 17, 7, 17, 33],
  [['architecture', 'components', 5], 16, 3, 16, 13],
  [['monitoring', 'alerts'], 2, 1, 2, 9],
  [['owners', 7], 4, 9, 4, 27],
];

// Every test runs on both parse paths: the design-subset parser (auto) and the reference `yaml` package.
for (const parser of ['auto', 'reference'] as ParserChoice[]) {
  const loadDesign = (filePath: string, text: string) => load(filePath, text, { parser });

  describe(`locate (${parser} parser)`, () => {
    const design = loadDesign('/fixture.yaml', fixture);
    for (const [path, line, column, endLine, endColumn] of CASES) {
      it(`${JSON.stringify(path)} → ${line}:${column}`, () => {
        expect(design.sourceMap.locate(path)).toEqual({ line, column, endLine, endColumn });
      });
    }

    it('points at the key itself when asked', () => {
      expect(design.sourceMap.locate(['requirements', 'business_goal'], { key: true })).toEqual({
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 16,
      });
    });

    it('gives the same positions for CRLF line endings', () => {
      const crlf = loadDesign('/crlf.yaml', fixture.replace(/\n/g, '\r\n'));
      for (const [path, line, column, endLine, endColumn] of CASES) {
        if (path[0] === 'summary') continue;
        expect(crlf.sourceMap.locate(path)).toEqual({ line, column, endLine, endColumn });
      }
    });

    it('gives the same positions after a byte-order mark', () => {
      const bom = loadDesign('/bom.yaml', `\uFEFF${fixture}`);
      expect(bom.problems).toEqual([]);
      for (const [path, line, column, endLine, endColumn] of CASES)
        expect(bom.sourceMap.locate(path)).toEqual({ line, column, endLine, endColumn });
    });

    it('falls back to 1:1 when the document is empty', () => {
      expect(loadDesign('/empty.yaml', '').sourceMap.locate(['monitoring', 'alerts'])).toEqual({
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      });
    });
  });

  describe(`loadDesign (${parser} parser)`, () => {
    it('reports a syntax error as fatal, with its position', () => {
      const design = loadDesign('/bad.yaml', 'mlsys: 1\nname: [unclosed\nowners: x\n');
      expect(design.data).toBeUndefined();
      expect(design.problems.map(({ ruleId, range, fatal }) => ({ ruleId, line: range.line, column: range.column, fatal }))).toEqual([
        { ruleId: 'yaml/syntax', line: 3, column: 1, fatal: true },
      ]);
    });

    it('reports a repeated key at its second occurrence, keeping the data', () => {
      const design = loadDesign('/dup.yaml', 'mlsys: 1\nname: a\nmonitoring:\n  system: [x]\n  system: [y]\nname: b\n');
      expect(design.problems.map(({ ruleId, path, range }) => ({ ruleId, path, line: range.line, column: range.column }))).toEqual([
        { ruleId: 'yaml/duplicate-key', path: ['monitoring', 'system'], line: 5, column: 3 },
        { ruleId: 'yaml/duplicate-key', path: ['name'], line: 6, column: 1 },
      ]);
      expect(design.data).toEqual({ mlsys: 1, name: 'b', monitoring: { system: ['y'] } });
    });

    it('refuses alias bombs with a finding, not a hang', () => {
      const bomb = [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        ...Array.from(
          { length: 8 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
              .fill(`*${String.fromCharCode(97 + i)}`)
              .join(', ')}]`,
        ),
      ].join('\n');
      const design = loadDesign('/bomb.yaml', bomb);
      expect(design.problems[0]).toMatchObject({ ruleId: 'yaml/syntax', fatal: true });
      expect(String(design.problems[0]!.data.reason)).toMatch(/too many alias expansions/);
    });

    it('keeps an empty file and a scalar top level as data for the schema to judge', () => {
      expect(loadDesign('/e.yaml', '').problems).toEqual([]);
      expect(loadDesign('/s.yaml', 'just text\n').data).toBe('just text');
    });
  });
}
