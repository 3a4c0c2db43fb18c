import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import { mentions } from '../functions/index.js';

/** Where a design may say that it watches drift. */
const WATCHED: readonly DataPath[] = [
  ['monitoring', 'data'],
  ['monitoring', 'model'],
  ['monitoring', 'alerts'],
  ['monitoring', 'retraining'],
];

/** Words that mean drift is measured: the word itself, its statistics, and its other names. Keep in step with `details`. */
const DRIFT_KEYWORDS =
  /drift|\bPSI\b|population stability|\bKS\b|Kolmogorov|Smirnov|\bKL\b|Kullback|Jensen[\s-]*Shannon|Wasserstein|earth[\s-]*mover|\bchi[\s-]*squared?|χ²|distribution(?:al)?\s+(?:shift|skew)|(?:covariate|concept|label|dataset)\s+shift|serving\s+skew/iu;

export default defineRule({
  id: 'monitoring/drift',
  meta: {
    description: 'Nothing watches data or model drift.',
    severity: 'warn',
    rationale:
      'Detecting drift is one of the jobs the framework gives step 7 ("track performance, detect drift, maintain"), and model drift is among its model metrics. Production data moves away from the data the model learnt from — new users, new items, seasons, an upstream change — and the model degrades without a single error in the logs. Only a comparison of distributions over time shows it, and it is what a retraining trigger should fire on.',
    details: [
      'Reports when no text in `monitoring.data`, `monitoring.model`, `monitoring.alerts` or `monitoring.retraining` contains one of these (case-insensitive):',
      '',
      '- `drift` anywhere in a word (feature drift, concept drift, drifting, DriftDetector);',
      '- `PSI` or `population stability` (population stability index);',
      '- `KS`, `Kolmogorov` or `Smirnov` (Kolmogorov–Smirnov test);',
      '- `KL`, `Kullback` (Kullback–Leibler divergence), `Jensen-Shannon` / `Jensen Shannon`;',
      '- `Wasserstein`, `earth mover` (earth mover\'s distance);',
      '- `chi-square`, `chi square`, `chi-squared`, `chisquare` or `χ²` (chi-square test);',
      '- `distribution shift`, `distribution skew`, `distributional shift`;',
      '- `covariate shift`, `concept shift`, `label shift`, `dataset shift`;',
      '- `serving skew` (training-serving skew).',
      '',
      '`KS`, `KL` and `PSI` must stand as words. Watching a distribution without saying what is compared ("Prediction distribution") does not count: it is a model metric, and `monitoring/model-metrics` accepts it. The finding points at `monitoring.data`, where input drift is usually watched, or at `monitoring` (or line 1) when that is absent.',
    ].join('\n'),
    messages: { missing: 'nothing watches drift: add a drift check (e.g. feature drift by PSI, a KS test on inputs, prediction drift) to `monitoring.data` or `monitoring.model`' },
    examples: {
      valid: [
        { title: 'Feature drift with a threshold', yaml: 'monitoring:\n  data: [Feature drift (PSI > 0.2), Missing values]\n', findings: [] },
        { title: 'A retraining trigger on a KS test', yaml: 'monitoring:\n  retraining: When a KS test on the inputs fails, at most weekly\n', findings: [] },
      ],
      invalid: [
        {
          title: 'Data and model metrics without drift',
          yaml: 'monitoring:\n  data: [Missing values, Data freshness]\n  model: [Prediction distribution]\n',
          findings: [{ line: 2, column: 9, message: 'nothing watches drift: add a drift check (e.g. feature drift by PSI, a KS test on inputs, prediction drift) to `monitoring.data` or `monitoring.model`' }],
        },
      ],
    },
  },
  check(context) {
    if (mentions(context.design, WATCHED, DRIFT_KEYWORDS)) return;
    context.report({ messageId: 'missing', path: ['monitoring', 'data'] });
  },
});
