import { describe, expect, it } from 'vitest';
import compact from '../../src/format/compact.js';
import json from '../../src/format/json.js';
import stylish, { wrapMessage } from '../../src/format/stylish.js';
import { visibleText } from '../../src/format/visible-text.js';
import { PART_SIZE } from '../../src/format/types.js';
import { resultOf } from '../../src/engine/lint-files.js';
import type { Finding } from '../../src/types.js';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../temp-dir.js';
import { CONTEXT } from './fixture-results.js';

const finding = (ruleId: string, line: number, message: string): Finding => ({
  ruleId,
  severity: 'warn',
  message,
  messageId: 'found',
  path: [],
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
});

const LONG = `${'a very long message about the design '.repeat(7).trim()}.`;
const results = [resultOf('/project/designs/recs.yaml', [finding('meta/owners', 4, 'no owners'), finding('monitoring/alerts', 120, LONG)])];
const widest = (text: string): number => Math.max(...text.split('\n').map((line) => line.length));

describe('stylish format', () => {
  it('piped, pads no line to the longest message: a short message stays a short line', () => {
    const text = stylish(results, CONTEXT);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '',
      'designs/recs.yaml',
      '  4:1    warning  no owners  meta/owners',
      `  120:1  warning  ${LONG}  monitoring/alerts`,
    ]);
  });

  it('on a terminal, wraps messages to its width with rule ids aligned', () => {
    const text = stylish(results, { ...CONTEXT, width: 80 });
    expect(widest(text)).toBeLessThanOrEqual(80);
    const lines = text.split('\n');
    expect(lines[2]).toMatch(/^ {2}4:1 {4}warning {2}no owners +meta\/owners$/);
    expect(lines[3]).toMatch(/^ {2}120:1 {2}warning {2}a very long message .* +monitoring\/alerts$/);
    expect(lines[2]!.indexOf('meta/owners')).toBe(lines[3]!.indexOf('monitoring/alerts'));
    // Continuation lines are indented under the message, and together they hold it whole.
    const continued = lines.slice(4).filter((line) => line.startsWith(' '.repeat(18)) && line.trim() !== '');
    expect(continued.length).toBeGreaterThan(0);
    const message = [lines[3]!.slice(18).replace(/ +monitoring\/alerts$/, '').trimEnd(), ...continued.map((line) => line.trim())].join(' ');
    expect(message).toBe(LONG);
  });

  it('on a very narrow terminal, prefers long lines to a word per line', () => {
    expect(stylish(results, { ...CONTEXT, width: 30 })).toBe(stylish(results, CONTEXT));
  });

  it('wraps at spaces and cuts words longer than a line', () => {
    expect(wrapMessage('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapMessage('abcdefghij k', 4)).toEqual(['abcd', 'efgh', 'ij k']);
  });

  it('shows control characters and bidi overrides in file names and messages as escapes', () => {
    const hostile = [
      resultOf('/project/designs/x\u001b[2Jy\u202E.yaml', [
        finding('meta/owners', 1, 'owner "\u001b]8;;http://x\u0007link" and\nnext line \u2067'),
      ]),
    ];
    for (const text of [stylish(hostile, CONTEXT), stylish(hostile, { ...CONTEXT, width: 100 }), compact(hostile, CONTEXT)]) {
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      expect(text).toContain('x\\x1B[2Jy\\u202E.yaml');
      expect(text).toContain('owner "\\x1B]8;;http://x\\x07link" and next line \\u2067');
    }
  });

  it('leaves ordinary text, tabs aside, as it is', () => {
    expect(visibleText('1K–100K rps, “quoted” 😀 é')).toBe('1K–100K rps, “quoted” 😀 é');
    expect(visibleText('a\tb\r\nc\u0085d\u200Fe')).toBe('a\\tb\\r\\nc\\x85d\\u200Fe');
  });

  it('from the command line: wraps to the terminal’s columns only when standard output is a terminal', async () => {
    const cwd = tempDir({ 'designs/x.yaml': 'mlsys: 1\nname: [oops\n' });
    const outputOf = async (stdoutIsTTY: boolean, columns?: number) => {
      let stdout = '';
      const io = {
        stdout: (text: string | Uint8Array) => void (stdout += String(text)),
        stderr: () => undefined,
        cwd,
        env: { NO_COLOR: '1' },
        stdoutIsTTY,
        ...(columns ? { columns } : {}),
      };
      await main(['designs/'], io);
      return stdout;
    };
    const piped = await outputOf(false, 50);
    expect(widest(piped)).toBeGreaterThan(50);
    expect(widest(await outputOf(true, 50))).toBeLessThanOrEqual(50);
  });
});

describe('piecewise formats in parts', () => {
  // Many files, each with a finding: several parts' worth of output.
  const many = Array.from({ length: 3000 }, (_, index) => resultOf(`/project/designs/d${index}.yaml`, [finding('meta/owners', 4, LONG)]));

  it('give the same bytes in parts as in one string, in parts of about 16 KB', () => {
    for (const format of [json, stylish]) {
      const parts = [...format.parts!(many, CONTEXT)];
      expect(parts.join('')).toBe(format(many, CONTEXT));
      expect(parts.length).toBeGreaterThan(5);
      for (const part of parts.slice(0, -1)) expect(part.length).toBeGreaterThanOrEqual(PART_SIZE);
      for (const part of parts) expect(part.length).toBeLessThan(PART_SIZE + 10_000);
    }
  });

  it('give nothing where the whole output is empty', () => {
    expect([...stylish.parts!([resultOf('/project/designs/clean.yaml', [])], CONTEXT)]).toEqual([]);
    expect(stylish([resultOf('/project/designs/clean.yaml', [])], CONTEXT)).toBe('');
    expect(json([], CONTEXT)).toBe('[]');
  });
});
