import type { Concept } from '../../design/index.js';
import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import { mentionsConcept, phrasingDocs, textsOf, valueAt } from '../functions/index.js';

/** Where a design may say that it watches drift. */
const WATCHED: readonly DataPath[] = [
  ['monitoring', 'data'],
  ['monitoring', 'model'],
  ['monitoring', 'alerts'],
  ['monitoring', 'retraining'],
];

/** Ways of saying that drift is measured. Keep them English; the docs list them from here. */
export const DRIFT: Concept = {
  name: 'drift monitoring',
  phrasings: [
    {
      doc: '`drift` in any form (feature drift, concept drift, drifting, DriftDetector) — but not a domain term named after a feature or ' +
        'input of the design ("GPS drift" when the design reads GPS)',
      patterns: [/drift/i],
    },
    { doc: '`PSI` or `population stability` (population stability index)', patterns: [/\bPSI\b|population[\s-]+stability/i] },
    { doc: '`KS`, `Kolmogorov` or `Smirnov` (Kolmogorov–Smirnov test)', patterns: [/\bKS\b|Kolmogorov|Smirnov/i] },
    { doc: '`KL`, `Kullback`, `JS divergence`, `Jensen-Shannon`', patterns: [/\bKL\b|Kullback|\bJS[\s-]+divergence|Jensen[\s-]*Shannon/i] },
    { doc: '`Wasserstein`, `earth mover`', patterns: [/Wasserstein|earth[\s-]*mover/i] },
    { doc: '`chi-square`, `chi squared`, `χ²`', patterns: [/\bchi[\s-]*squared?\b|χ²/i] },
    {
      doc: '`distribution shift` / `skew`, `covariate`, `concept`, `label`, `prior`, `data` or `dataset shift`',
      patterns: [/distribution(?:al)?\s+(?:shift|skew)|(?:covariate|concept|label|prior|data|dataset)\s+shift/i],
    },
    {
      doc: '`training-serving skew`, `train/serve skew`, `serving skew`',
      patterns: [/(?:training|train)[\s/-]*(?:serving|serve)\s+skew|serving\s+skew/i],
    },
    {
      doc: 'a histogram, distribution, statistics or quantiles compared with the training set, a reference or baseline window, or a ' +
        'previous period ("Compare feature histograms with the training set weekly")',
      patterns: [
        /\b(?:histograms?|distributions?|statistics|stats|quantiles?|percentiles?)\b/i,
        /\b(?:compar\w*|against|vs\.?|versus|relative\s+to|deviat\w*|differ\w*)\b/i,
        /\b(?:training|train|reference|baseline|previous|last\s+(?:week|month|day|year)|prior|historical)\b/i,
      ],
    },
  ],
};

/** Words before "drift" that make it the drift of data or a model, even when the design also reads them. */
const DRIFT_SUBJECTS = new Set([
  'feature', 'features', 'data', 'input', 'inputs', 'model', 'prediction', 'predictions', 'concept', 'label', 'labels', 'score', 'scores',
  'covariate', 'distribution', 'embedding', 'embeddings', 'population', 'schema', 'training', 'serving', 'target', 'output', 'outputs',
  'performance', 'accuracy', 'metric', 'metrics', 'statistical', 'value', 'values', 'upstream', 'no',
]);

/** The words of what the design reads (features, inputs, sources): "GPS drift" of a design that reads GPS is a phenomenon of its domain. */
function domainWords(design: unknown): Set<string> {
  const words = new Set<string>();
  for (const path of [['data', 'features'], ['framing', 'inputs'], ['data', 'sources']] as const) {
    for (const text of textsOf(valueAt(design, path)))
      for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.add(word);
  }
  return words;
}

export default defineRule({
  id: 'monitoring/drift',
  meta: {
    description: 'Nothing watches data or model drift.',
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      'Detecting drift is one of the jobs the framework gives step 7 ("track performance, detect drift, maintain"), and model drift is ' +
        'among its model metrics. Production data moves away from the data the model learnt from — new users, new items, seasons, an ' +
        'upstream change — and the model degrades without a single error in the logs. Only a comparison of distributions over time shows ' +
        'it, and it is what a retraining trigger should fire on.',
    details: [
      'Reports when no item of `monitoring.data`, `monitoring.model`, `monitoring.alerts` or `monitoring.retraining` says that drift is ' +
        'measured, in one of these ways (case-insensitive, English):',
      '',
      phrasingDocs(DRIFT),
      '',
      '`KS`, `KL` and `PSI` must stand as words. An item that negates the check does not count: "No drift check yet", "drift not ' +
        'monitored", "without PSI" (negation words: no, not, never, without, nor, yet to, lacks; a negation reaches to the end of its ' +
        'clause, and past a comma only in a list of alternatives, "no PSI, KS or drift checks"). Watching a distribution without saying ' +
        'what it is compared with ("Prediction distribution") does not count: it is a model metric, and `monitoring/model-metrics` ' +
        'accepts it. The finding points at `monitoring.data`, where input drift is usually watched, or at `monitoring` (or line 1) when ' +
        'that is absent. Rules engines (`approach: traditional`) are not asked: they learn nothing that could drift.',
    ].join('\n'),
    messages: {
      missing:
        'nothing watches drift: add a drift check (e.g. feature drift by PSI, a KS test on inputs, prediction drift) to ' +
          '`monitoring.data` or `monitoring.model`',
    },
    examples: {
      valid: [
        {
          title: 'Feature drift with a threshold',
          yaml: 'monitoring:\n  data: [Feature drift (PSI > 0.2), Missing values]\n',
          findings: [],
        },
        {
          title: 'A retraining trigger on a KS test',
          yaml: 'monitoring:\n  retraining: When a KS test on the inputs fails, at most weekly\n',
          findings: [],
        },
        {
          title: 'Drift in all but the word',
          yaml: 'monitoring:\n  data: [Compare feature histograms with the training set weekly]\n',
          findings: [],
        },
        {
          title: 'A rules engine is not asked',
          yaml: 'approach: traditional\nmonitoring:\n  data: [Rate-table freshness]\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Data and model metrics without drift',
          yaml: 'monitoring:\n  data: [Missing values, Data freshness]\n  model: [Prediction distribution]\n',
          findings: [
            {
              line: 2,
              column: 9,
              message:
                'nothing watches drift: add a drift check (e.g. feature drift by PSI, a KS test on inputs, prediction drift) to ' +
                  '`monitoring.data` or `monitoring.model`',
            },
          ],
        },
        {
          title: 'A drift check that is not there yet',
          yaml: 'monitoring:\n  data: [No drift check yet, Missing values]\n',
          findings: [
            {
              line: 2,
              column: 9,
              message:
                'nothing watches drift: add a drift check (e.g. feature drift by PSI, a KS test on inputs, prediction drift) to ' +
                  '`monitoring.data` or `monitoring.model`',
            },
          ],
        },
        {
          title: 'GPS drift is a feature of this design, not a drift check',
          yaml: 'data:\n  features: [GPS pings, Speed]\nmonitoring:\n  data: [GPS drift (location noise) rate]\n',
          findings: [
            {
              line: 4,
              column: 9,
              message:
                'nothing watches drift: add a drift check (e.g. feature drift by PSI, a KS test on inputs, prediction drift) to ' +
                  '`monitoring.data` or `monitoring.model`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    let domain: Set<string> | undefined;
    // "GPS drift (location noise)" in a design that reads GPS names a phenomenon, not a drift check.
    const domainTerm = (clause: string, at: number): boolean => {
      if (!/^drift/i.test(clause.slice(at))) return false;
      const before = /([\p{L}\p{N}]+)[\s-]*$/u.exec(clause.slice(0, at))?.[1]?.toLowerCase();
      return before !== undefined && !DRIFT_SUBJECTS.has(before) && (domain ??= domainWords(context.design)).has(before);
    };
    for (const path of WATCHED) {
      // The remembered answer first; the design's own words only for a text that names drift.
      if (textsOf(valueAt(context.design, path)).some((text) => mentionsConcept(text, DRIFT) && mentionsConcept(text, DRIFT, domainTerm)))
        return;
    }
    context.report({ messageId: 'missing', path: ['monitoring', 'data'] });
  },
});
