import { createRequire } from 'node:module';
import type { RE2JS as RE2JSClass } from 're2js';
import { isAscii, nativeSource } from './native-pattern.js';

// Loaded on the first pattern a config holds: runs without one never pay for it (~20 ms).
const require = createRequire(import.meta.url);
let engine: typeof RE2JSClass | undefined;
const re2 = (): typeof RE2JSClass => (engine ??= (require('re2js') as { RE2JS: typeof RE2JSClass }).RE2JS);

const MAX_REMEMBERED = 10_000;

/** A compiled pattern that matches in time linear in the text, whatever the pattern. */
export interface SafePattern {
  source: string;
  test(text: string): boolean;
}

/**
 * Compiles a pattern of a declarative rule so that matching takes time linear in the text,
 * whatever the pattern: no pattern a team writes can backtrack catastrophically on a design.
 * Plain patterns run on V8's own engine, where they are linear and answer as RE2 does
 * (native-pattern.ts); the others on RE2's engine (the `re2js` port, plain JavaScript). RE2
 * refuses what needs backtracking (backreferences, lookaround); that is a config error.
 * Written `/body/flags` (flags `i`, `m`, `s`, `u`) or as the body alone, as in Spectral.
 */
export function compileSafePattern(written: string): SafePattern | { problem: string } {
  let body = written;
  let flags = '';
  const slashed = /^\/(.*)\/([a-z]*)$/s.exec(written);
  if (slashed) {
    body = slashed[1]!;
    flags = slashed[2]!;
  }
  for (const flag of flags)
    if (!'imsu'.includes(flag)) return { problem: `unsupported flag \`${flag}\` in \`${written}\`; use i, m, s or u` };
  const native = nativeSource(body, flags);
  if (native !== undefined) {
    // Text beyond ASCII goes to RE2, compiled on the first such text.
    const regExp = new RegExp(native, flags.includes('i') ? 'i' : '');
    let onRe2: SafePattern | undefined;
    const re2Fallback = (): SafePattern => {
      const compiled = re2Pattern(written, body, flags);
      // Cannot happen: RE2 reads all of the common syntax (a property test holds it so).
      if ('problem' in compiled) throw new Error(compiled.problem);
      return compiled;
    };
    return {
      source: written,
      test: (text) => (isAscii(text) ? regExp.test(text) : (onRe2 ??= re2Fallback()).test(text)),
    };
  }
  return re2Pattern(written, body, flags);
}

/** A pattern on RE2's engine. */
function re2Pattern(written: string, body: string, flags: string): SafePattern | { problem: string } {
  const RE2JS = re2();
  let flagBits = 0;
  if (flags.includes('i')) flagBits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) flagBits |= RE2JS.MULTILINE;
  if (flags.includes('s')) flagBits |= RE2JS.DOTALL;
  try {
    const compiled = RE2JS.compile(body, flagBits);
    // Answers remembered by text: designs repeat values (owners, alert texts), and RE2's
    // engine in plain JavaScript takes microseconds a match. Bounded, like the other caches.
    const answers = new Map<string, boolean>();
    return {
      source: written,
      test(text) {
        let answer = answers.get(text);
        if (answer === undefined) {
          // `test` looks for a match anywhere, as `find` does, without making a matcher each time.
          answer = compiled.test(text);
          if (answers.size >= MAX_REMEMBERED) answers.clear();
          answers.set(text, answer);
        }
        return answer;
      },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problem:
        `the pattern \`${written}\` does not compile on the linear-time engine (RE2 syntax, no backreferences or ` +
        `lookaround): ${reason}`,
    };
  }
}
