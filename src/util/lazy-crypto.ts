import { createRequire } from 'node:module';

/**
 * `node:crypto`, loaded the first time it is needed. Loading it takes a few milliseconds,
 * and most runs (one design, no config file, no output file) never hash or draw a random
 * number: the pre-commit case is mostly start-up.
 */
export function crypto(): typeof import('node:crypto') {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}

let loaded: typeof import('node:crypto') | undefined;
