/**
 * Strict parsers for the quantities people write in designs (SPEC §2 "Quantities").
 * Each returns a canonical number or a message saying what is wrong and how to write it.
 */

export type QuantityKind = 'duration' | 'rate' | 'percentage' | 'money' | 'count';

/** A bound written before a value: `< 200ms`. */
export type Comparator = '<' | '<=' | '>' | '>=' | '~';

export interface Quantity {
  kind: QuantityKind;
  /** Canonical value: milliseconds, per second, percent, currency units, or a plain count. */
  value: number;
  comparator?: Comparator;
  /** ISO code for money. */
  currency?: string;
}

export type QuantityResult = { ok: true; quantity: Quantity } | { ok: false; message: string };

const NUMBER = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)`;
const COMPARATOR = String.raw`(<=|>=|≤|≥|<|>|~|≈)?`;
const MULTIPLIERS: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6, B: 1e9 };

// Compiled once: parsers run for every quantity of every design.
const DURATION_PATTERN = new RegExp(`^${COMPARATOR}\\s*${NUMBER}\\s*([^\\d\\s].*)?$`, 'u');
const RATE_PATTERN = new RegExp(`^${COMPARATOR}\\s*${NUMBER}\\s*([kKMB])?\\s*(.*)$`, 'u');
const PERCENTAGE_PATTERN = new RegExp(`^${COMPARATOR}\\s*${NUMBER}\\s*(%)?$`, 'u');
const MONEY_PREFIXED_PATTERN = new RegExp(`^${COMPARATOR}\\s*([$€£])\\s*${NUMBER}$`, 'u');
const MONEY_SUFFIXED_PATTERN = new RegExp(`^${COMPARATOR}\\s*${NUMBER}\\s*([A-Za-z]{3})?$`, 'u');
const COUNT_PATTERN = new RegExp(`^${COMPARATOR}\\s*${NUMBER}\\s*([kKMB])?\\+?$`, 'u');

const COMPARATORS: Record<string, Comparator> = { '<': '<', '<=': '<=', '≤': '<=', '>': '>', '>=': '>=', '≥': '>=', '~': '~', '≈': '~' };

const DURATION_UNITS: Record<string, number> = {
  us: 1e-3, µs: 1e-3, μs: 1e-3, microsecond: 1e-3, microseconds: 1e-3,
  ms: 1, msec: 1, millisecond: 1, milliseconds: 1,
  s: 1e3, sec: 1e3, secs: 1e3, second: 1e3, seconds: 1e3,
  min: 60e3, mins: 60e3, minute: 60e3, minutes: 60e3,
  h: 3600e3, hr: 3600e3, hour: 3600e3, hours: 3600e3,
};

// Requests per second for each way of writing "per unit of time".
const RATE_UNITS: Record<string, number> = {
  rps: 1, qps: 1, tps: 1, '/s': 1, '/sec': 1, 'req/s': 1, 'requests/s': 1, 'queries/s': 1, 'events/s': 1,
  'per second': 1, 'requests per second': 1, 'queries per second': 1, 'predictions per second': 1, 'predictions/s': 1,
  rpm: 1 / 60, '/min': 1 / 60, 'req/min': 1 / 60, 'requests/min': 1 / 60, 'per minute': 1 / 60, 'requests per minute': 1 / 60,
  '/h': 1 / 3600, 'per hour': 1 / 3600, '/day': 1 / 86400, 'per day': 1 / 86400,
};

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP']);

const toNumber = (digits: string): number => Number(digits.replace(/,/g, ''));

function split(input: unknown): { text: string } | { message: string } {
  if (typeof input === 'number') return { text: String(input) };
  if (typeof input !== 'string') return { message: 'expected a quantity written as text' };
  const text = input.trim();
  if (text === '') return { message: 'is empty' };
  return { text };
}

const ok = (quantity: Quantity): QuantityResult => ({ ok: true, quantity });
const fail = (message: string): QuantityResult => ({ ok: false, message });

function withComparator(quantity: Quantity, symbol: string | undefined): QuantityResult {
  const comparator = symbol ? COMPARATORS[symbol] : undefined;
  return ok(comparator ? { ...quantity, comparator } : quantity);
}

/** A duration in milliseconds: `50ms`, `0.2s`, `200 ms`, `< 200ms`, `150us`. A bare number needs a unit. */
export function parseDuration(input: unknown): QuantityResult {
  const parts = split(input);
  if ('message' in parts) return fail(parts.message);
  const match = DURATION_PATTERN.exec(parts.text);
  if (!match) return fail(`\`${parts.text}\` is not a duration; write it like \`200ms\` or \`0.2s\``);
  const [, symbol, digits, rawUnit] = match;
  const unit = (rawUnit ?? '').trim();
  if (unit === '') return fail(`\`${parts.text}\` has no unit; write \`${digits}ms\` (or s, us)`);
  const scale = DURATION_UNITS[unit] ?? DURATION_UNITS[unit.toLowerCase()];
  if (scale === undefined) return fail(`\`${parts.text}\` has an unknown unit \`${unit}\`; use us, ms, s, min or h`);
  return withComparator({ kind: 'duration', value: toNumber(digits!) * scale }, symbol);
}

/** A rate in requests per second: `10K rps`, `1.5M qps`, `300/s`. A bare number needs a unit. */
export function parseRate(input: unknown): QuantityResult {
  const parts = split(input);
  if ('message' in parts) return fail(parts.message);
  const match = RATE_PATTERN.exec(parts.text);
  if (!match) return fail(`\`${parts.text}\` is not a rate; write it like \`10K rps\` or \`300/s\``);
  const [, symbol, digits, multiplier = '', rawUnit = ''] = match;
  const unit = rawUnit.trim().toLowerCase().replace(/\s+/g, ' ');
  if (unit === '') return fail(`\`${parts.text}\` has no unit; write \`${digits}${multiplier} rps\` (or qps, /s)`);
  const perSecond = RATE_UNITS[unit] ?? RATE_UNITS[unit.replace(/\s*\/\s*/g, '/')];
  if (perSecond === undefined) return fail(`\`${parts.text}\` has an unknown unit \`${rawUnit.trim()}\`; use rps, qps or /s`);
  return withComparator({ kind: 'rate', value: toNumber(digits!) * MULTIPLIERS[multiplier]! * perSecond }, symbol);
}

/** A percentage: `99.9%`, `99.99 %`. A bare number needs `%`. */
export function parsePercentage(input: unknown): QuantityResult {
  const parts = split(input);
  if ('message' in parts) return fail(parts.message);
  const match = PERCENTAGE_PATTERN.exec(parts.text);
  if (!match) return fail(`\`${parts.text}\` is not a percentage; write it like \`99.9%\``);
  const [, symbol, digits, percent] = match;
  if (!percent) return fail(`\`${parts.text}\` has no unit; write \`${digits}%\``);
  const value = toNumber(digits!);
  if (value > 100) return fail(`\`${parts.text}\` is more than 100%`);
  return withComparator({ kind: 'percentage', value }, symbol);
}

/** Money per prediction: `$0.001`, `0.01 USD`. A bare number needs a currency. */
export function parseMoney(input: unknown): QuantityResult {
  const parts = split(input);
  if ('message' in parts) return fail(parts.message);
  const text = parts.text.replace(/\s*(?:\/|per)\s*(?:prediction|request|call|inference)$/i, '');
  const prefixed = MONEY_PREFIXED_PATTERN.exec(text);
  if (prefixed) return withComparator({ kind: 'money', value: toNumber(prefixed[3]!), currency: CURRENCY_SYMBOLS[prefixed[2]!]! }, prefixed[1]);
  const suffixed = MONEY_SUFFIXED_PATTERN.exec(text);
  if (!suffixed) return fail(`\`${parts.text}\` is not an amount of money; write it like \`$0.001\` or \`0.01 USD\``);
  const [, symbol, digits, code] = suffixed;
  if (!code) return fail(`\`${parts.text}\` has no currency; write \`$${digits}\` or \`${digits} USD\``);
  if (!CURRENCY_CODES.has(code.toUpperCase())) return fail(`\`${parts.text}\` has an unknown currency \`${code}\`; use USD, EUR or GBP`);
  return withComparator({ kind: 'money', value: toNumber(digits!), currency: code.toUpperCase() }, symbol);
}

/** A count: `200M`, `15K`, `1.2B`, `5000`, `200M+`. */
export function parseCount(input: unknown): QuantityResult {
  const parts = split(input);
  if ('message' in parts) return fail(parts.message);
  const match = COUNT_PATTERN.exec(parts.text);
  if (!match) return fail(`\`${parts.text}\` is not a count; write it like \`5000\`, \`15K\`, \`200M\` or \`1.2B\``);
  const [, symbol, digits, multiplier = ''] = match;
  return withComparator({ kind: 'count', value: toNumber(digits!) * MULTIPLIERS[multiplier]! }, symbol);
}

/**
 * A rate in a field whose name already says "per second" (`peak_rps`): `10K rps` as usual,
 * and also a plain count, `10K`, read as requests per second.
 */
export function parsePerSecond(input: unknown): QuantityResult {
  const rate = parseRate(input);
  if (rate.ok) return rate;
  const count = parseCount(input);
  return count.ok ? { ok: true, quantity: { ...count.quantity, kind: 'rate' } } : rate;
}

export const QUANTITY_PARSERS: Record<QuantityKind, (input: unknown) => QuantityResult> = {
  duration: parseDuration,
  rate: parseRate,
  percentage: parsePercentage,
  money: parseMoney,
  count: parseCount,
};

/** A canonical value written back the way people read it: `200ms`, `10K rps`, `99.9%`, `$0.001`. */
export function formatQuantity(quantity: Quantity): string {
  const round = (n: number): string => String(Number(n.toPrecision(6)));
  switch (quantity.kind) {
    case 'duration':
      return quantity.value >= 1000 ? `${round(quantity.value / 1000)}s` : quantity.value < 1 ? `${round(quantity.value * 1000)}us` : `${round(quantity.value)}ms`;
    case 'rate':
      return quantity.value >= 1e6 ? `${round(quantity.value / 1e6)}M rps` : quantity.value >= 1e3 ? `${round(quantity.value / 1e3)}K rps` : `${round(quantity.value)} rps`;
    case 'percentage':
      return `${round(quantity.value)}%`;
    case 'money':
      return quantity.currency === 'USD' ? `$${round(quantity.value)}` : `${round(quantity.value)} ${quantity.currency}`;
    case 'count':
      return quantity.value >= 1e9 ? `${round(quantity.value / 1e9)}B` : quantity.value >= 1e6 ? `${round(quantity.value / 1e6)}M` : quantity.value >= 1e3 ? `${round(quantity.value / 1e3)}K` : round(quantity.value);
  }
}
