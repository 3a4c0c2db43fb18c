import { compileSafePattern, type SafePattern } from '../safe-pattern.js';
import { shown, type CheckFunction } from './types.js';

/**
 * Text matches `match` and does not match `notMatch` (Spectral's `pattern`); numbers are
 * read as their text. Patterns run on a linear-time engine (see safe-pattern.ts). A
 * missing value passes.
 */
export const pattern: CheckFunction = {
  description:
    'the text matches `match` and does not match `notMatch` (RE2 syntax, `/body/flags` or the body alone); a missing value passes',
  options: ['match', 'notMatch'],
  prepare(options, problem) {
    const compile = (name: 'match' | 'notMatch'): SafePattern | undefined => {
      const written = options[name];
      if (written === undefined) return undefined;
      if (typeof written !== 'string' || written === '') return problem(name, `\`${name}\` must be a regular expression written as text`);
      const compiled = compileSafePattern(written);
      return 'problem' in compiled ? problem(name, compiled.problem) : compiled;
    };
    const match = compile('match');
    const notMatch = compile('notMatch');
    if (!match && !notMatch) problem(null, '`pattern` needs `match`, `notMatch` or both');
    return (value) => {
      if (typeof value !== 'string' && typeof value !== 'number') return undefined;
      const text = String(value);
      if (match && !match.test(text)) return `must match \`${match.source}\` (it is \`${shown(value)}\`)`;
      if (notMatch && notMatch.test(text)) return `must not match \`${notMatch.source}\` (it is \`${shown(value)}\`)`;
      return undefined;
    };
  },
};
