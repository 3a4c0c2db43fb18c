import { fractionAsPercent } from './percentage.js';
import type { QuantityKind } from './types.js';

/** A bare number as people write one in a design: `200`, `99.9`, `0.9995`, `10K`. */
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
const BARE_AMOUNT = /^\d+(?:\.\d+)?[KMB]?$/;
const MOST_CHARACTERS = 32;

/**
 * The value a bare number without a unit most likely means, as the parser's message advises
 * (`200` → `200ms`, `99.9` → `99.9%`, `0.9995` → `99.95%`, `10K` → `10K rps`); undefined
 * for anything else. A guess at the unit, so rules offer it as a suggestion, never a fix.
 */
export function unitRewrite(kind: QuantityKind, input: unknown): string | undefined {
  const text = typeof input === 'number' && Number.isFinite(input) ? String(input) : typeof input === 'string' ? input.trim() : undefined;
  // No quantity anyone writes is this long; a megabyte of digits gets no suggestion, which
  // would cost a parse of the whole document to place.
  if (text === undefined || text.length > MOST_CHARACTERS) return undefined;
  switch (kind) {
    case 'percentage':
      if (!BARE_NUMBER.test(text)) return undefined;
      return Number(text) < 1 ? `${fractionAsPercent(Number(text))}%` : Number(text) <= 100 ? `${text}%` : undefined;
    case 'duration':
      return BARE_NUMBER.test(text) ? `${text}ms` : undefined;
    case 'rate':
      return BARE_AMOUNT.test(text) ? `${text} rps` : undefined;
    default:
      return undefined;
  }
}
