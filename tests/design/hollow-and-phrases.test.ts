import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILLER_WORDS, HOLLOW_HEADS } from '../../src/design/hollow.js';
import { isHollowText, isNegatedItem, mentionsConcept, presenceOf } from '../../src/design/index.js';
import { DRIFT } from '../../src/rules/monitoring/drift.js';

describe('hollow values', () => {
  it('reads filler as saying nothing, whatever the case and punctuation', () => {
    for (const text of [
      'None',
      'none',
      'N/A',
      'n/a',
      'NA',
      'TBD',
      'tbd.',
      'TBC',
      'TODO',
      '-',
      '?',
      '—',
      '...',
      'never',
      'Nothing',
      'unknown',
      'later',
      'to be decided',
      'To be decided later',
      'to be determined',
      'Not yet',
      'not applicable',
      'none yet',
      'TBD for now',
      't.b.d.',
      '  ',
    ]) {
      expect(isHollowText(text), text).toBe(true);
    }
  });

  it('reads a hollow word followed by a reason as an answer', () => {
    for (const text of [
      'none — the widget is hidden and the page renders without it',
      'never: the rule tables are versioned by the tax team',
      'N/A: no model, rules only',
      'Weekly',
      'Canary 5% then 50%',
      'Most popular titles',
      'Later stages use a GBDT',
      'No-ML heuristic: sort by recency',
    ]) {
      expect(isHollowText(text), text).toBe(false);
    }
  });

  it('reports missing, hollow (quoted as written) or present, for texts and lists', () => {
    expect(presenceOf(undefined)).toEqual({ state: 'missing' });
    expect(presenceOf(null)).toEqual({ state: 'missing' });
    expect(presenceOf('')).toEqual({ state: 'missing' });
    expect(presenceOf([])).toEqual({ state: 'missing' });
    expect(presenceOf({})).toEqual({ state: 'missing' });
    expect(presenceOf(' None ')).toEqual({ state: 'hollow', written: 'None' });
    expect(presenceOf(['TBD', '-'])).toEqual({ state: 'hollow', written: 'TBD, -' });
    expect(presenceOf(['TBD', 'Canary 5%'])).toEqual({ state: 'present' });
    expect(presenceOf('No A/B test yet')).toEqual({ state: 'hollow', written: 'No A/B test yet' });
    expect(presenceOf(42)).toEqual({ state: 'present' });
    expect(presenceOf(false)).toEqual({ state: 'present' });
  });

  it('takes linear time on long texts', () => {
    const started = Date.now();
    for (const text of [' '.repeat(1_000_000), 'none '.repeat(200_000), 'a'.repeat(1_000_000)]) presenceOf(text);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('the quick reading of hollow text', () => {
  // The full reading, without the quick no for answers that isHollowText takes first.
  function fullReading(text: string): boolean {
    const trimmed = text.trim();
    if (trimmed === '' || !/[\p{L}\p{N}]/u.test(trimmed)) return true;
    if (trimmed.length > 60) return false;
    const words = trimmed.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!words.every((word) => FILLER_WORDS.has(word)) && !FILLER_WORDS.has(words.join(''))) return false;
    return words.some((word) => HOLLOW_HEADS.has(word)) || HOLLOW_HEADS.has(words.join(''));
  }

  it('agrees with the full reading on filler, its pieces, answers and punctuation', () => {
    const pieces = [...FILLER_WORDS, 't', 'b', 'd', 'N', 'A', 'TBD', 'Weekly', 'MLflow', 'canary', 'é', '1', 'x'];
    const gap = fc.constantFrom(' ', '', '.', '/', ' - ', ', ', '?', ' (', ')');
    // A filler word written in pieces ("fix-me", "t.b.d"): one token to a reader.
    const split = fc
      .tuple(fc.constantFrom(...FILLER_WORDS), fc.nat(), fc.constantFrom('-', '.', '/', '_'))
      .map(([word, at, mark]) => word.slice(0, at % word.length) + mark + word.slice(at % word.length));
    const text = fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...pieces), split), gap), { maxLength: 8 })
      .map((parts) => parts.map(([word, after]) => word + after).join(''));
    fc.assert(
      fc.property(text, (written) => {
        expect(isHollowText(written), written).toBe(fullReading(written));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('negated items', () => {
  it('sees bare negations and statements that something is not done', () => {
    for (const text of [
      'No drift check yet',
      'No A/B test',
      'Not monitored',
      'Revenue is not tracked',
      'Latency not yet measured',
      'without alerts for now',
      'Missing drift checks',
      "CTR isn't being logged",
      'Dashboards are not available',
      'Drift is yet to be monitored',
      'Labels were not collected',
      // A label with only filler after it.
      'Drift: TBD',
      'A/B test: none yet',
      'Fallback:',
    ]) {
      expect(isNegatedItem(text), text).toBe(true);
    }
  });

  it('leaves answers, metrics named "missing …" and negations with a reason alone', () => {
    for (const text of [
      'Missing values',
      'Missing value rate per feature',
      'none — the widget is hidden and the page renders without it',
      'No A/B split: customers must never be charged differently',
      'Null-rate checks per feature',
      'Notifications sent',
      'Nothing to retrain: rules are versioned by the tax team',
      // Statements that something is done.
      'Revenue is tracked',
      'Revenue is tracked daily in Looker',
      'Drift is monitored with PSI',
      'Alerts are defined per SLO',
      'Data was checked for nulls',
      // A label with an answer after it, or a colon that is no label's.
      'Fallback: none — the widget is hidden',
      'Latency: p99',
      'p99 > 120ms: page on-call',
      'Uptime checked at 12:00 UTC',
      'https://grafana.example.com/d/drift',
      'Owners agreed on this in the review of May: TBD',
    ]) {
      expect(isNegatedItem(text), text).toBe(false);
    }
  });
});

describe('negation cues in a clause', () => {
  it('reach across a list of alternatives they open, and stop at a comma otherwise', () => {
    // A negation opens "no PSI, KS or drift checks": every alternative is negated.
    expect(mentionsConcept('No PSI, KS or drift checks yet', DRIFT)).toBe(false);
    expect(mentionsConcept('Neither PSI, nor drift alerts', DRIFT)).toBe(false);
    // A comma ends the reach of "no nulls": the drift check after it stands.
    expect(mentionsConcept('No nulls, feature drift by PSI weekly', DRIFT)).toBe(true);
    expect(mentionsConcept('Feature drift (PSI) daily', DRIFT)).toBe(true);
  });

  it('are words, not the first part of a compound', () => {
    expect(mentionsConcept('No-show rate drift (PSI)', DRIFT)).toBe(true);
    expect(mentionsConcept('Not-at-risk segment drift', DRIFT)).toBe(true);
    expect(mentionsConcept('No drift check on no-show rate', DRIFT)).toBe(false);
  });
});
