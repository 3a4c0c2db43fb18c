import { describe, expect, it } from 'vitest';
import { parsePerSecond, QUANTITY_PARSERS, type QuantityResult } from '../src/quantity/index.js';
import { lintYaml } from './helpers.js';

// Every quantity parser runs on user text up to the 5 MB file limit, so each must take linear
// time on the worst character classes (issue 18: a megabyte of spaces once took 54 s).
const MEGABYTE = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MEGABYTE / unit.length));

const WORST_INPUTS: Record<string, string> = {
  spaces: fill(' '),
  'tabs and newlines': fill('\t\n'),
  digits: fill('9'),
  '`1,` repeated': fill('1,'),
  '`1,000` groups': fill(',000').replace(/^,/, '1'),
  '`1.` repeated': fill('1.'),
  '`a/` repeated': fill('a/'),
  letters: fill('a'),
  '`M` repeated': fill('M'),
  '`p9` repeated': fill('p9'),
  '`per ` repeated': fill('per '),
  '`1 ` repeated': fill('1 '),
  '`< ` repeated': fill('< '),
  '`(` repeated': fill('('),
  '`$` repeated': fill('$'),
  '`%` repeated': fill('%'),
  '`-` repeated': fill('-'),
  'digits then a unit': `${fill('9')}ms`,
  'spaces around a value': `${fill(' ')}200ms${fill(' ')}`,
  'emoji': fill('🙂'),
  'micro signs': fill('µ'),
};

const PARSERS: Record<string, (input: unknown) => QuantityResult> = { ...QUANTITY_PARSERS, perSecond: parsePerSecond };

describe('quantity parsers take linear time on 1 MB inputs', () => {
  for (const [parserName, parse] of Object.entries(PARSERS)) {
    for (const [inputName, input] of Object.entries(WORST_INPUTS)) {
      it(`${parserName}: ${inputName}`, () => {
        const started = performance.now();
        const result = parse(input);
        const elapsed = performance.now() - started;
        expect(elapsed).toBeLessThan(2000);
        if (inputName === 'spaces around a value' && parserName === 'duration') {
          expect(result).toEqual({ ok: true, quantity: { kind: 'duration', value: 200 } });
        } else {
          expect(result.ok).toBe(false);
          // Messages quote at most a short excerpt of the text.
          if (!result.ok) expect(result.message.length).toBeLessThan(400);
        }
      });
    }
  }
});

describe('a design whose quantity fields hold 1 MB of the worst characters lints in linear time', () => {
  for (const [inputName, filler] of Object.entries({ spaces: ' ', '`1,` repeated': '1,', '`a/` repeated': 'a/', digits: '9' })) {
    it(inputName, () => {
      const text = fill(filler);
      const yaml = [
        'mlsys: 1',
        'name: x',
        'requirements:',
        `  latency: "${text}"`,
        '  scale:',
        `    users: "${text}"`,
        'deployment:',
        '  slo:',
        ...['latency_p99', 'throughput', 'availability', 'cost_per_prediction'].map((key) => `    ${key}: "${text}"`),
        '',
      ].join('\n');
      const started = performance.now();
      const findings = lintYaml(yaml, ['serving/slo-consistency']);
      expect(performance.now() - started).toBeLessThan(5000);
      // Spaces alone are an empty value, left to the presence rules; anything else is reported at each field.
      expect(findings.length).toBe(filler === ' ' ? 0 : 6);
    });
  }
});
