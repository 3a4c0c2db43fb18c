import type { PhrasingContent, RootContent, TableRow } from 'mdast';
import { ACCEPTED_EXAMPLES, REJECTED_EXAMPLES, type AcceptedExample, type RejectedExample } from '../quantity/examples.js';
import { QUANTITY_PARSERS, type Quantity, type QuantityKind } from '../quantity/index.js';
import {
  CENT_WORDS,
  COMPARATOR_PHRASES,
  COMPARATOR_SYMBOLS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DURATION_UNITS,
  MULTIPLIER_LETTERS,
  MULTIPLIER_WORDS,
  PERIOD_ADVERBS,
  RATE_WORDS,
  TIME_UNITS,
  TRAILING_COMPARATOR_PHRASES,
} from '../quantity/words.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
const codes = (values: Iterable<string>): PhrasingContent[] =>
  [...values].flatMap((value, index) => (index === 0 ? [code(value)] : [text(', '), code(value)]));
const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const item = (...children: PhrasingContent[]) => ({
  type: 'listItem' as const,
  spread: false,
  children: [{ type: 'paragraph' as const, children }],
});

/** A message with its `code` spans kept as code. */
function messageCell(message: string): PhrasingContent[] {
  return message.split('`').flatMap((part, index) => (part === '' ? [] : [index % 2 === 1 ? code(part) : text(part)]));
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 });
const CANONICAL_UNIT: Record<QuantityKind, (quantity: Quantity) => string> = {
  duration: () => ' ms',
  rate: () => ' per second',
  percentage: () => '%',
  money: (quantity) => ` ${quantity.currency} per prediction`,
  count: () => '',
};

/** How the docs show a parsed quantity: `992.063 per second (unit: playlists/week)`. */
export function readAs(quantity: Quantity): string {
  const details = [
    quantity.comparator && `comparator ${quantity.comparator}`,
    quantity.percentile !== undefined && `percentile ${quantity.percentile}`,
    quantity.unit && `unit ${quantity.unit}`,
    quantity.noun && `noun ${quantity.noun}`,
    quantity.window && `window ${quantity.window}`,
  ].filter(Boolean);
  const detailText = details.length > 0 ? ` (${details.join(', ')})` : '';
  return `${NUMBER.format(quantity.value)}${CANONICAL_UNIT[quantity.kind](quantity)}${detailText}`;
}

function writtenCell(example: AcceptedExample | RejectedExample): PhrasingContent[] {
  const written = example.written === '' ? [text('(empty)')] : [code(String(example.written))];
  if (typeof example.written === 'number') written.push(text(' (a YAML number)'));
  if (example.options?.percentile !== undefined)
    written.push(text(` in the p${String(example.options.percentile).replace('.', '')} field`));
  return written;
}

function table(header: string[], rows: PhrasingContent[][][]): RootContent {
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((children) => ({ type: 'tableCell', children })),
  });
  return {
    type: 'table',
    align: header.map(() => 'left' as const),
    children: [row(header.map((value) => [text(value)])), ...rows.map(row)],
  };
}

function acceptedRow(example: AcceptedExample): PhrasingContent[][] {
  // The cell shows what the parser returns, so a wrong example cannot reach the docs unnoticed (the tests compare both).
  const result = QUANTITY_PARSERS[example.kind](example.written, example.options);
  return [[text(example.kind)], writtenCell(example), [text(result.ok ? readAs(result.quantity) : `refused: ${result.message}`)]];
}

const rejectedRow = (example: RejectedExample): PhrasingContent[][] => [
  [text(example.kind)],
  writtenCell(example),
  messageCell(example.message),
];

/** `under` (<), `at most` (<=): each way of writing a comparator with the comparator it means. */
const meanings = (list: Iterable<readonly [string, string]>): PhrasingContent[] =>
  [...list].flatMap(([written, comparator], index) => [...(index === 0 ? [] : [text(', ')]), code(written), text(` (${comparator})`)]);
const phrases = (list: readonly (readonly [readonly string[], string])[]) =>
  list.map(([words, comparator]) => [words.join(' '), comparator] as const);

/** The "Quantities" section of docs/format.md, from the parsers' vocabulary and examples. */
export function quantitiesSection(): RootContent[] {
  return [
    { type: 'heading', depth: 2, children: [text('Quantities')] },
    paragraph(
      text(
        'Quantity fields hold text a person would write. Every kind reads the same way: an optional comparator, a number (commas between ' +
          'thousands allowed), ',
      ),
      text(
        'a multiplier where counts make sense, a unit, and what the kind allows after it. What is ambiguous is refused with a message ' +
          'that says what to write. ',
      ),
      text('The tables below are generated from '),
      code('src/quantity/examples.ts'),
      text(', the examples the tests check.'),
    ),
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: [
        item(text('Comparators before the value: '), ...meanings([...COMPARATOR_SYMBOLS, ...phrases(COMPARATOR_PHRASES)])),
        item(text('Comparators after the value: '), ...meanings(phrases(TRAILING_COMPARATOR_PHRASES))),
        item(
          text('Multipliers (rates, counts, money): '),
          ...codes([...MULTIPLIER_LETTERS.keys(), ...MULTIPLIER_WORDS.keys()]),
          text('. Letters are case-sensitive: '),
          code('m'),
          text(' is refused, since it also means minutes or milli. A number run together with an upper-case word ('),
          code('150MAU'),
          text(') is refused: it could be 150 million or 150 monthly users.'),
        ),
        item(
          text('Durations (milliseconds): '),
          ...codes(DURATION_UNITS.keys()),
          text('. A latency percentile may stand before the value ('),
          code('p99 < 100ms'),
          text(', '),
          code('P99: 100ms'),
          text(') or after it ('),
          code('150ms p99'),
          text(', '),
          code('100ms (p99)'),
          text(', '),
          code('at the 95th percentile'),
          text('); in a '),
          code('latency_pNN'),
          text(" field it must name that field's percentile; "),
          code('p999'),
          text(' is 99.9.'),
        ),
        item(
          text('Rates (per second): '),
          ...codes(RATE_WORDS.keys()),
          text(', or any noun over a time unit with '),
          code('/'),
          text(', '),
          code('per'),
          text(', '),
          code('a'),
          text(', '),
          code('every'),
          text(': '),
          ...codes(TIME_UNITS.keys()),
          text(', or a last word '),
          ...codes(PERIOD_ADVERBS.keys()),
          text(
            '. A month is 30 days and a year 365 days. The unit as written is kept for reports. A rate that is already per second cannot ' +
              'take a second time unit (',
          ),
          code('10K rps/day'),
          text(' is refused).'),
        ),
        item(
          text('Percentages: '),
          code('%'),
          text(', '),
          code('percent'),
          text(', '),
          code('pct'),
          text('; words after it that name a period ('),
          code('monthly'),
          text(', '),
          code('per quarter'),
          text(', '),
          code('(30-day window)'),
          text(') are the window. A fraction where a percentage is expected is told the percentage it means.'),
        ),
        item(
          text('Money (currency units per prediction): '),
          ...codes([...CURRENCY_SYMBOLS.keys(), ...CURRENCY_WORDS.keys(), ...CENT_WORDS]),
          text(' (cents are US cents); after it, what the amount pays for: '),
          code('/prediction'),
          text(', '),
          code('per 1000 predictions'),
          text(', '),
          code('/1K'),
          text(', '),
          code('per million requests'),
          text('. A cost per unit of time is refused.'),
        ),
        item(
          text('Counts: a number with a multiplier, an optional '),
          code('+'),
          text(', and an optional noun ('),
          code('150M MAU'),
          text('). A count over time is a rate.'),
        ),
      ],
    },
    { type: 'heading', depth: 3, children: [text('Accepted')] },
    table(['Kind', 'Written', 'Read as'], ACCEPTED_EXAMPLES.map(acceptedRow)),
    { type: 'heading', depth: 3, children: [text('Refused')] },
    table(['Kind', 'Written', 'Message'], REJECTED_EXAMPLES.map(rejectedRow)),
  ];
}
