import type { Quantity } from './types.js';

// Six significant digits, never in exponent notation (`1e-7` would not parse back). Made on
// first use: building an ICU number format takes about 20 ms, which every run would pay at
// start-up, and most runs write no quantity back.
let plain: Intl.NumberFormat | undefined;
const round = (n: number): string =>
  (plain ??= new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6, useGrouping: false })).format(n);

/** A canonical value written back the way people read it: `200ms`, `10K rps`, `99.9%`, `$0.001`. */
export function formatQuantity(quantity: Quantity): string {
  switch (quantity.kind) {
    case 'duration':
      return quantity.value >= 1000
        ? `${round(quantity.value / 1000)}s`
        : quantity.value < 1
          ? `${round(quantity.value * 1000)}us`
          : `${round(quantity.value)}ms`;
    case 'rate':
      return quantity.value >= 1e6
        ? `${round(quantity.value / 1e6)}M rps`
        : quantity.value >= 1e3
          ? `${round(quantity.value / 1e3)}K rps`
          : `${round(quantity.value)} rps`;
    case 'percentage':
      return `${round(quantity.value)}%`;
    case 'money':
      return quantity.currency === 'USD' ? `$${round(quantity.value)}` : `${round(quantity.value)} ${quantity.currency}`;
    case 'count':
      return quantity.value >= 1e9
        ? `${round(quantity.value / 1e9)}B`
        : quantity.value >= 1e6
          ? `${round(quantity.value / 1e6)}M`
          : quantity.value >= 1e3
            ? `${round(quantity.value / 1e3)}K`
            : round(quantity.value);
  }
}
