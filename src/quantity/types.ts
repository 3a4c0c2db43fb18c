/** The kinds of quantity a design holds (docs/format.md, "Quantities"). */
export type QuantityKind = 'duration' | 'rate' | 'percentage' | 'money' | 'count';

/** A bound written with the value: `< 200ms`, `under 150ms`, `at least 99.9%`, `~2M`. */
export type Comparator = '<' | '<=' | '>' | '>=' | '~';

export interface Quantity {
  kind: QuantityKind;
  /** Canonical value: milliseconds, per second, percent, currency units per prediction, or a plain count. */
  value: number;
  comparator?: Comparator;
  /** ISO code for money. */
  currency?: string;
  /** A latency percentile written with a duration: 99 for `150ms p99`, 99.9 for `p999 < 1s`. */
  percentile?: number;
  /** The unit as written, for showing next to the normalised value: `playlists/week`, `rps`, `per 1000 predictions`. */
  unit?: string;
  /** The noun after a count: `MAU` in `150M MAU`. */
  noun?: string;
  /** The window after a percentage: `monthly` in `99.95% monthly`, `30-day window` in `99.9% (30-day window)`. */
  window?: string;
}

export type QuantityResult = { ok: true; quantity: Quantity } | { ok: false; message: string };

/** What the field itself says about its value. */
export interface QuantityOptions {
  /**
   * The percentile the field stands for (50 for `latency_p50`). A percentile written in the
   * text must agree with it; without this option any written percentile is accepted and returned.
   */
  percentile?: number;
}

export type QuantityParser = (input: unknown, options?: QuantityOptions) => QuantityResult;
