import type { Concept } from '../../design/index.js';
import { phrasingDocs } from '../../design/phrases.js';
import { quoteValue } from '../../design/describe.js';
import { defineRule } from '../define-rule.js';
import { componentsOf, flowsOf, mentionsConcept } from '../functions/index.js';
import { pathFrom } from '../../design/architecture-graph.js';
import { proseOf } from '../functions/design-prose.js';

/**
 * Ways of saying that a feedback loop is broken or corrected. Keep them English; the docs list
 * them from here. Where a phrasing has a verb ("corrected"), it comes first, so that a
 * negation before it ("position bias is not corrected") puts it out of force.
 */
export const LOOP_MITIGATION: Concept = {
  name: 'feedback-loop mitigation',
  phrasings: [
    {
      doc: 'exploration: `exploration` (not data exploration), `explore` or `exploratory` traffic/slots/items, `epsilon-greedy`, ' +
        '`ε-greedy`, `Thompson sampling`, `UCB`, `bandit`',
      patterns: [
        /(?<!\bdata\s)\bexploration\b|\bexplor(?:e|ing|atory)\s+(?:traffic|slots?|bucket|items?|candidates?|arms?|policy|positions?)\b|\bepsilon[\s-]*greedy\b|ε[\s-]*greedy|\bthompson\s+sampling\b|\bUCB\d?\b|upper\s+confidence\s+bound|\bbandits?\b/i,
      ],
    },
    {
      doc: 'randomisation of what is served: `random`, `randomised`, `randomly` or `shuffled` within a few words of `bucket`, `slots`, ' +
        '`positions`, `ranking`, `order`, `traffic`, `impressions`, `recommendations`, `results` or `top-k` ("a top-k randomisation ' +
        'bucket", "results shuffled for 1% of traffic")',
      patterns: [
        /\b(?:random(?:i[sz]\w*|ly)?|shuffl\w*)(?:\s+[\w%.-]+){0,3}?\s+(?:buckets?|slots?|positions?|rank\w*|order\w*|traffic|exposures?|impressions?|recommendations?|results|feeds?|arms?)\b|\b(?:buckets?|slots?|positions?|rank\w*|order\w*|traffic|impressions?|recommendations?|results|feeds?|top[\s-]k)(?:\s+[\w%.-]+){0,3}?\s+(?:randomi[sz]\w*|random(?:ly)?|shuffl\w*)/i,
      ],
    },
    {
      doc: "a holdout kept out of the model's influence: `holdout` (or `hold-out`) right after a share (`1%`), `random`, `long-term`, " +
        '`standing`, `pass-through`, `global`, `user` or `control`; a `holdout group`, `cohort`, `bucket` or `holdout of` users or ' +
        'traffic; `held-out users`; a holdout that `never sees` or is `not served` by the model. A held-out test *set* is no mitigation.',
      patterns: [
        /(?:\d\s*%|\b(?:random\w*|long[\s-]term|standing|pass[\s-]through|global|user|traffic|control|untreated|permanent|persistent))(?:\s+[\w-]+){0,3}?\s+hold[\s-]?outs?\b|\bhold[\s-]?outs?\s+(?:groups?|cohorts?|buckets?|users?|traffic|arms?|population|of\s+(?:\d|users|traffic|customers|members|requests|accounts))|\bheld[\s-]out\s+(?:users|traffic|customers|members|groups?|cohorts?)\b|\bhold[\s-]?outs?\b[^.;]{0,40}\b(?:never|not)\s+(?:sees?|seen|served|exposed|influenced|ranked|scored)/i,
      ],
    },
    {
      doc: 'position-bias or selection-bias correction: `position`, `presentation`, `selection` or `exposure bias` that is `corrected`, ' +
        '`removed`, `modelled`, `weighted`, `adjusted` or `debiased`; `debiased` labels or clicks',
      patterns: [
        /\b(?:correct\w*|remov\w*|modell?(?:ed|ing)|(?:re)?weight(?:ed|ing)|adjust\w*|debias\w*|accounted|accounting|mitigat\w*|calibrat\w*)\b/i,
        /\b(?:position|presentation|selection|exposure|popularity)[\s-]*bias\w*/i,
      ],
    },
    {
      doc: '`debiased` or `unbiased` labels, clicks or learning to rank',
      patterns: [/\b(?:debiased|unbiased)\s+(?:labels?|clicks?|learning[\s-]to[\s-]rank|LTR|estimat\w*)\b/i],
    },
    {
      doc: 'propensity correction: `propensity` (inverse propensity weighting or scoring), `IPS`, `IPW`',
      patterns: [/\bpropensit\w*|\bIPS\b|\bIPW\b/i],
    },
    {
      doc: 'counterfactual or off-policy evaluation: `counterfactual`, `off-policy`, `doubly robust`',
      patterns: [/\bcounterfactual\w*|\boff[\s-]policy\b|\bdoubly[\s-]robust\b/i],
    },
  ],
};

export default defineRule({
  id: 'architecture/feedback-loop',
  meta: {
    description: "A serving component's output reaches training along the flows, with no mitigation stated.",
    severity: 'warn',
    approaches: ['ml', 'hybrid'],
    rationale:
      'When what the model serves flows back into what it trains on (impressions and clicks into the event log, decisions into the label ' +
        'store), the model learns from data its own predictions shaped: items it never showed get no clicks and sink further, a fraud ' +
        'model trained only on the cases it let through never sees the ones it blocked. "Hidden Technical Debt in Machine Learning ' +
        'Systems", on the framework\'s reading list, calls these direct feedback loops. Offline metrics computed on such logs look fine ' +
        'while the system narrows. The usual mitigations are exploration (a small share of randomised traffic), a holdout kept out of ' +
        'the model\'s influence, correcting for position or selection bias (inverse propensity weighting), and judging new policies by ' +
        'counterfactual (off-policy) evaluation.',
    details: [
      'For each component of kind `serving`, follows `architecture.flows` (any number of steps, through data sources and processing, but ' +
        'not through a `monitoring` component, whose outgoing flows carry alerts and retraining triggers rather than data, nor through ' +
        'another `serving` component, which reports its own loop) and reports the serving component, at its place in ' +
        '`architecture.components`, when a component of kind `training` is reached. The message names the shortest such path. One ' +
        'finding per serving component.',
      '',
      "The rule is quiet when any text of the design (any step, a component's name, a flow's label) states a mitigation in one of these " +
        'ways (case-insensitive, English):',
      '',
      phrasingDocs(LOOP_MITIGATION),
      '',
      'An item that negates the mitigation does not count: "No exploration yet", "position bias is not corrected", "without a holdout". ' +
        'Rules engines (`approach: traditional`) are not asked: they learn nothing from their own output.',
    ].join('\n'),
    messages: {
      loop: 'serving component `{{id}}` feeds its own training ({{path}}): the model learns from data its predictions shaped; state a ' +
        "mitigation (exploration traffic, a holdout kept out of the model's influence, position-bias or propensity correction, " +
        'off-policy evaluation)',
    },
    examples: {
      valid: [
        {
          title: 'Impressions feed training, with exploration and inverse propensity weighting',
          yaml: 'model:\n  training: Daily, on clicks reweighted by inverse propensity from a 1% exploration bucket\narchitecture:\n  ' +
            'components:\n    - {id: serve, kind: serving}\n    - {id: events, kind: data-source}\n    - {id: train, kind: training}\n  ' +
            'flows:\n    - {from: serve, to: events, label: impressions}\n    - {from: events, to: train}\n',
          findings: [],
        },
        {
          title: 'A holdout the model never serves',
          yaml: 'evaluation:\n  experiment: A/B test; a 2% long-term holdout of users sees the popularity ranking\narchitecture:\n  ' +
            'components:\n    - {id: serve, kind: serving}\n    - {id: train, kind: training}\n  flows:\n    - {from: serve, to: train, ' +
            'label: clicks}\n',
          findings: [],
        },
        {
          title: 'Serving only reports to monitoring, which triggers retraining',
          yaml: 'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: watch, kind: monitoring}\n    - {id: train, ' +
            'kind: training}\n  flows:\n    - {from: serve, to: watch}\n    - {from: watch, to: train, label: retraining trigger}\n',
          findings: [],
        },
        {
          title: 'A rules engine is not asked',
          yaml: 'approach: traditional\narchitecture:\n  components:\n    - {id: engine, kind: serving}\n    - {id: train, kind: ' +
            'training}\n  flows:\n    - {from: engine, to: train}\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Impressions flow back into the training data',
          yaml: 'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: events, kind: data-source}\n    - {id: etl, ' +
            'kind: data-processing}\n    - {id: train, kind: training}\n  flows:\n    - {from: events, to: etl}\n    - {from: etl, to: ' +
            'train}\n    - {from: serve, to: events, label: impressions}\n',
          findings: [
            {
              line: 3,
              column: 7,
              message:
                'serving component `serve` feeds its own training (serve → events → etl → train): the model learns from data its ' +
                  "predictions shaped; state a mitigation (exploration traffic, a holdout kept out of the model's influence, " +
                  'position-bias or propensity correction, off-policy evaluation)',
            },
          ],
        },
        {
          title: 'A mitigation that is not there yet',
          yaml: 'model:\n  training: Weekly on logged clicks; no exploration yet\narchitecture:\n  components:\n    - {id: serve, kind: ' +
            'serving}\n    - {id: train, kind: training}\n  flows:\n    - {from: serve, to: train, label: clicks}\n',
          findings: [
            {
              line: 5,
              column: 7,
              message:
                'serving component `serve` feeds its own training (serve → train): the model learns from data its predictions shaped; ' +
                  "state a mitigation (exploration traffic, a holdout kept out of the model's influence, position-bias or propensity " +
                  'correction, off-policy evaluation)',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const components = componentsOf(context.design);
    const training = new Set<string>();
    const monitoring = new Set<string>();
    const serving = new Set<string>();
    for (const { id, kind } of components) {
      if (id === undefined) continue;
      if (kind === 'training') training.add(id);
      else if (kind === 'monitoring') monitoring.add(id);
      else if (kind === 'serving') serving.add(id);
    }
    if (training.size === 0) return;
    const flows = flowsOf(context.design);
    let mitigated: boolean | undefined;
    for (const component of components) {
      if (component.kind !== 'serving' || component.id === undefined) continue;
      const loop = pathFrom(
        component.id,
        flows,
        (id) => training.has(id),
        (id) => monitoring.has(id) || serving.has(id),
      );
      if (loop === undefined) continue;
      // Read the design's prose once, and only when there is a loop to excuse.
      mitigated ??= proseOf(context.design).some((text) => mentionsConcept(text, LOOP_MITIGATION));
      if (mitigated) return;
      context.report({
        messageId: 'loop',
        path: component.path,
        data: { id: quoteValue(component.id), path: loop.map(quoteValue).join(' → ') },
      });
    }
  },
});
