import { describe, expect, it } from 'vitest';
import { ACCEPTED_EXAMPLES, REJECTED_EXAMPLES } from '../src/quantity/examples.js';
import { QUANTITY_PARSERS } from '../src/quantity/index.js';

// The examples of src/quantity/examples.ts are the documented grammar (docs/format.md, "Quantities").
describe('accepted quantities parse to their documented value', () => {
  it.each(ACCEPTED_EXAMPLES.map((example) => [example.kind, String(example.written), example] as const))(
    '%s %s',
    (_kind, _text, example) => {
      const result = QUANTITY_PARSERS[example.kind](example.written, example.options);
      expect(result.ok ? undefined : result.message).toBeUndefined();
      if (!result.ok) return;
      const { value, ...rest } = result.quantity;
      const { value: expected, ...expectedRest } = example.quantity;
      expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
      expect(rest).toEqual({ kind: example.kind, ...expectedRest });
    },
  );
});

describe('rejected quantities fail with their documented message', () => {
  it.each(REJECTED_EXAMPLES.map((example) => [example.kind, String(example.written), example] as const))(
    '%s %s',
    (_kind, _text, example) => {
      const result = QUANTITY_PARSERS[example.kind](example.written, example.options);
      expect(result.ok ? result.quantity : result.message).toBe(example.message);
    },
  );
});
