import fc from 'fast-check';
import { createRequire } from 'node:module';
import type { RE2JS as RE2JSClass } from 're2js';
import { describe, expect, it } from 'vitest';
import { nativeSource } from '../../src/rules/declarative/native-pattern.js';
import { compileSafePattern, type SafePattern } from '../../src/rules/declarative/safe-pattern.js';

const { RE2JS } = createRequire(import.meta.url)('re2js') as { RE2JS: typeof RE2JSClass };

/** RE2's answer, as the pattern function asked it before patterns could run natively. */
function re2Test(body: string, flags: string, text: string): boolean {
  let bits = 0;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  return RE2JS.compile(body, bits).test(text);
}

const compiled = (written: string): SafePattern => {
  const pattern = compileSafePattern(written);
  if ('problem' in pattern) throw new Error(pattern.problem);
  return pattern;
};

// Pieces of the common syntax, and a few from outside it, to build patterns from.
const ATOMS = ['a', 'b', 'A', 'z', '0', '-', ' ', '_', '.', '\\d', '\\w', '\\s', '\\S', '\\W', '\\.', '\\-'];
const CLASSES = ['[a-c]', '[^a]', '[\\s-]', '[\\d_]', '[a-]', '[-z]'];
const QUANTIFIERS = ['', '', '', '?', '*', '+', '{2}', '{1,3}', '{2,}', '*?'];
const piece = fc
  .tuple(fc.constantFrom(...ATOMS, ...CLASSES), fc.constantFrom(...QUANTIFIERS))
  .map(([atom, quantifier]) => atom + quantifier);
const sequence = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''));
const group = fc.array(sequence, { minLength: 1, maxLength: 3 }).map((branches) => `(?:${branches.join('|')})`);
const body = fc
  .tuple(fc.boolean(), fc.array(fc.oneof(sequence, group, fc.constant('\\b')), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([start, parts, end]) => `${start ? '^' : ''}${parts.join('')}${end ? '$' : ''}`);
const asciiText = fc.string({ unit: fc.constantFrom(...'aAbBzZ09 -_.\t\n\r\x0b\f'), maxLength: 12 });

describe('patterns on V8’s engine', () => {
  it('answers as RE2 does on ASCII text, for every pattern it takes', () => {
    let taken = 0;
    fc.assert(
      fc.property(
        body,
        fc.constantFrom('', 'i', 's', 'is'),
        fc.array(asciiText, { minLength: 1, maxLength: 8 }),
        (written, flags, texts) => {
          const native = nativeSource(written, flags);
          if (native === undefined) return;
          taken++;
          const pattern = compiled(`/${written}/${flags}`);
          for (const text of texts)
            expect(pattern.test(text), `/${written}/${flags} on ${JSON.stringify(text)}`).toBe(re2Test(written, flags, text));
        },
      ),
      { numRuns: 3000 },
    );
    // The generator must exercise the native path, not only RE2's.
    expect(taken).toBeGreaterThan(1000);
  });

  it('takes the plain patterns teams write', () => {
    expect(nativeSource('^[a-z][a-z0-9-]*$', '')).toBe('^[a-z][a-z0-9-]*$');
    expect(nativeSource('pages|on-?call|rotation', 'i')).toBe('pages|on-?call|rotation');
    expect(nativeSource('^ERR', 'i')).toBe('^ERR');
    expect(nativeSource('^[A-Z]{2,4}-\\d+$', '')).toBe('^[A-Z]{2,4}-\\d+$');
    // `.` and `\s` are written as RE2 reads them.
    expect(nativeSource('^a.b\\sc', '')).toBe('^a[^\\n]b[\\t\\n\\f\\r ]c');
    expect(nativeSource('a.b', 's')).toBe('a[\\s\\S]b');
  });

  it('leaves to RE2 what could backtrack for long, or reads differently on the two engines', () => {
    for (const written of [
      '^(a+)+$', // a quantified group
      '(ab)*', // a quantified group
      'a*b', // unanchored unbounded repetition: quadratic on a run of `a`
      '^a*b*c', // two unbounded repetitions
      '^a*|b', // the anchor holds for one branch only
      'a?a?a?a?a?a?a?a?a?a?a?', // 2048 ways through
      'a{1001}', // more than RE2 counts
      '(?=a)', // lookaround
      '(a)\\1', // a backreference
      '(?<name>a)', // a named group
      '[[:alpha:]]', // a POSIX class
      '[]a]',
      'é', // beyond ASCII
      '\\p{L}',
      'a{,2}',
      '\\x41',
    ])
      expect(nativeSource(written, ''), written).toBeUndefined();
    expect(nativeSource('^a$', 'm')).toBeUndefined();
  });

  it('matches text beyond ASCII on RE2, which folds case and counts characters its own way', () => {
    // RE2 folds `k` with the Kelvin sign; V8 without the `u` flag does not.
    expect(compiled('/k/i').test('\u212a')).toBe(true);
    expect(compiled('^[^a]$').test('😀')).toBe(true);
    expect(compiled('^[^a]$').test('b')).toBe(true);
    expect(compiled('^[^a]$').test('a')).toBe(false);
  });

  it('runs a long text in time linear in it', () => {
    const text = `${'a'.repeat(200_000)}!`;
    const started = performance.now();
    for (const written of ['^a*b', 'ab?c', '^[a-z]+$']) compiled(written).test(text);
    // Quadratic work on 200,000 characters would take minutes; this takes milliseconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('reading a hostile pattern', () => {
  it('takes time linear in the pattern', () => {
    // 50,000 counted repetitions: a copy of the rest of the pattern at each would be 10^10 characters.
    expect(nativeSource(`^${'a{1}'.repeat(50_000)}$`, '')).toBe(`^${'a{1}'.repeat(50_000)}$`);
    expect(nativeSource('a{'.repeat(100_000), '')).toBeUndefined();
  });
});
