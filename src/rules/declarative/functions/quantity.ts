import { parseCount, parseDuration, parseMoney, parsePercentage, parseRate, type QuantityResult } from '../../../quantity/index.js';
import { shown, type CheckFunction } from './types.js';

type Kind = 'duration' | 'rate' | 'percentage' | 'money' | 'count';

const PARSERS: Record<Kind, (input: unknown) => QuantityResult> = {
  duration: parseDuration,
  rate: parseRate,
  percentage: parsePercentage,
  money: parseMoney,
  count: parseCount,
};

/**
 * The kind of quantity a bound is, read from how it is written: `99.9%` a percentage,
 * `$0.01` or `5 EUR` money, `200ms` a duration, `5K rps` a rate, a bare number a count.
 */
function kindOf(text: string): Kind | undefined {
  if (/%\s*$/.test(text)) return 'percentage';
  if (/[$€£]|\b(?:USD|EUR|GBP)\b/i.test(text)) return 'money';
  if (parseDuration(text).ok) return 'duration';
  if (/^[\s<>=≤≥~≈]*[\d.,]+\s*[kKMB]?\s*$/.test(text)) return 'count';
  if (parseRate(text).ok) return 'rate';
  return undefined;
}

/**
 * The value is a quantity within `min` and `max`, written as quantities (`200ms`,
 * `99.9%`, `$0.01`, `5K rps`): the bounds say which kind the value must be. A missing
 * value passes; one that is not a quantity of that kind fails.
 */
export const quantity: CheckFunction = {
  description:
    'the value is a quantity no less than `min` and no more than `max` (`200ms`, `99.9%`, `$0.01`, `5K rps`); a missing value passes',
  options: ['min', 'max'],
  prepare(options, problem) {
    let kind: Kind | undefined;
    const bound = (name: 'min' | 'max'): number | undefined => {
      const written = options[name];
      if (written === undefined) return undefined;
      const text =
        typeof written === 'number'
          ? String(written)
          : typeof written === 'string'
            ? written
            : problem(name, `\`${name}\` must be a quantity such as \`200ms\`, \`99.9%\`, \`$0.01\` or \`5K rps\``);
      const detected =
        kindOf(text) ??
        problem(
          name,
          `\`${text}\` is not a quantity; write a duration (\`200ms\`), a percentage (\`99.9%\`), money (\`$0.01\`), a rate (\`5K rps\`) ` +
            `or a count`,
        );
      if (kind !== undefined && kind !== detected)
        problem(name, `\`min\` and \`max\` must be the same kind of quantity (a ${kind} and a ${detected})`);
      kind = detected;
      const parsed = PARSERS[detected](text);
      return parsed.ok ? parsed.quantity.value : problem(name, `\`${text}\`: ${parsed.message}`);
    };
    const min = bound('min');
    const max = bound('max');
    if (kind === undefined) problem(null, '`quantity` needs `min`, `max` or both');
    const parse = PARSERS[kind!];
    const minText = String(options.min);
    const maxText = String(options.max);
    // Parses remembered by text: designs repeat the same quantities (`200ms`, `99.9%`).
    const parsedTexts = new Map<string, QuantityResult>();
    const parsedOf = (value: unknown): QuantityResult => {
      if (typeof value !== 'string') return parse(value);
      let parsed = parsedTexts.get(value);
      if (parsed === undefined) {
        parsed = parse(value);
        if (parsedTexts.size >= 10_000) parsedTexts.clear();
        parsedTexts.set(value, parsed);
      }
      return parsed;
    };
    return (value) => {
      if (value === undefined || value === null) return undefined;
      const parsed = parsedOf(value);
      if (!parsed.ok) return `is not a ${kind} (\`${shown(value)}\`: ${parsed.message})`;
      if (min !== undefined && parsed.quantity.value < min) return `must be at least ${minText} (it is \`${shown(value)}\`)`;
      if (max !== undefined && parsed.quantity.value > max) return `must be at most ${maxText} (it is \`${shown(value)}\`)`;
      return undefined;
    };
  },
};
