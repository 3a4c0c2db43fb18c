import { createRequire } from 'node:module';
import type { RE2JS as RE2JSClass } from 're2js';

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
 * Compiles a pattern of a declarative rule on RE2's engine (the `re2js` port, plain
 * JavaScript): matching takes time linear in the text, so no pattern a team writes can
 * backtrack catastrophically on a design. RE2 refuses what needs backtracking
 * (backreferences, lookaround); that is a config error. Written `/body/flags` (flags
 * `i`, `m`, `s`, `u`) or as the body alone, as in Spectral.
 */
export function compileSafePattern(written: string): SafePattern | { problem: string } {
  let body = written;
  let flags = '';
  const slashed = /^\/(.*)\/([a-z]*)$/s.exec(written);
  if (slashed) {
    body = slashed[1]!;
    flags = slashed[2]!;
  }
  const RE2JS = re2();
  let flagBits = 0;
  for (const flag of flags) {
    if (flag === 'i') flagBits |= RE2JS.CASE_INSENSITIVE;
    else if (flag === 'm') flagBits |= RE2JS.MULTILINE;
    else if (flag === 's') flagBits |= RE2JS.DOTALL;
    else if (flag !== 'u') return { problem: `unsupported flag \`${flag}\` in \`${written}\`; use i, m, s or u` };
  }
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
      problem: `the pattern \`${written}\` does not compile on the linear-time engine (RE2 syntax, no backreferences or ` +
        `lookaround): ${reason}`,
    };
  }
}
