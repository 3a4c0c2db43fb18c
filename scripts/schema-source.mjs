// The design format, written as code so that every object gets the same rules
// (no unknown keys but `x-` extensions, a description on every property).
// `node scripts/schema-source.mjs` writes schemas/ml-system-design.schema.json.
import { writeFileSync } from 'node:fs';

// Every prose field takes one string or a list of strings (docs/format.md).
const text = (description) => ({ $ref: '#/$defs/textList', description });
const textList = (description) => ({ $ref: '#/$defs/textList', description });
const quantity = (kind, description) => ({ $ref: `#/$defs/${kind}`, description });
/** A key as a hover title: `success_metrics` → "Success metrics". */
const titleOf = (key) => (key.charAt(0).toUpperCase() + key.slice(1)).replace(/_/g, ' ').replace(/\bp(\d+)\b/g, 'p$1');
const withTitles = (properties) =>
  Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, { title: titleOf(key), ...property }]));
const object = (description, properties, extra = {}) => ({
  type: 'object',
  description,
  properties: withTitles(properties),
  patternProperties: { '^x-': { title: 'Extension', description: 'Team-specific extension: never checked.' } },
  additionalProperties: false,
  ...extra,
});

const MODES = ['online', 'real-time', 'batch', 'streaming', 'edge'];

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://mlsys-lint.dev/schemas/ml-system-design.schema.json',
  title: 'ML system design',
  ...object(
    'The design of one ML system, following the 7-step ML system design framework: requirements, framing, data, model, evaluation, ' +
      'deployment, monitoring.',
    {
      mlsys: { const: 1, description: 'Version of the design format. Always 1 for now.' },
      name: { type: 'string', minLength: 1, description: 'Human name of the system, e.g. "Netflix-like Movie Recommendations".' },
      id: {
        type: 'string',
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        description:
          'Stable identifier: lowercase letters, digits and single hyphens. Defaults to the file name without its extension. Reports are ' +
            'written to <id>.md.',
      },
      status: {
        enum: ['draft', 'in-review', 'approved', 'deprecated'],
        description: 'Where the design is in its life: draft, in-review, approved or deprecated.',
      },
      owners: textList('Teams or people accountable for the system.'),
      summary: text('One or two sentences on what the system does for whom.'),
      approach: {
        enum: ['ml', 'traditional', 'hybrid'],
        description:
          'What the team plans to build: ml, traditional (rules, heuristics) or hybrid. Checked against the should-use-ML scorer.',
      },
      problem: object('Traits of the problem, read by the should-use-ML scorer.', {
        has_patterns: {
          type: 'boolean',
          description: 'Is there a pattern to learn from data? true favours ML (+2), false favours traditional (+2).',
        },
        data_size: {
          enum: ['small', 'medium', 'large'],
          description: 'How much (labelled) data there is: large favours ML (+2), medium ML (+1), small traditional (+2).',
        },
        rule_complexity: {
          enum: ['low', 'high'],
          description: 'Would hand-written rules be too complex to write and maintain? high favours ML (+2), low traditional (+1).',
        },
        needs_generalization: {
          type: 'boolean',
          description: 'Must the system handle cases never seen before? true favours ML (+2), false traditional (+1).',
        },
        needs_interpretability: { type: 'boolean', description: 'Must every decision be explained? true favours traditional (+1).' },
      }),
      requirements: object('Step 1, Clarify Requirements: business goal, success metrics, scale, latency, constraints.', {
        business_goal: text('What the business wants to achieve, e.g. "Increase user engagement and retention".'),
        success_metrics: {
          description:
            'How success is measured in business terms: names, or {name, target} mappings; each should be evaluated online or monitored.',
          type: ['string', 'array'],
          items: {
            anyOf: [
              { type: 'string' },
              object(
                'A success metric with its target.',
                {
                  name: { type: 'string', minLength: 1, description: 'The metric, e.g. "On-time delivery rate".' },
                  target: { type: ['string', 'number'], description: 'Its target, e.g. "> 95%" or "+2% vs control".' },
                },
                { required: ['name'] },
              ),
            ],
          },
        },
        scale: {
          ...object(
            "How big the system is, in the domain's own terms: any snake_case dimension with a count or a rate (orders_per_day: 2M, " +
              'accounts: 40M).',
            {
              users: quantity('count', 'Number of users, e.g. 200M or "150M MAU".'),
              items: quantity('count', 'Number of items (titles, products, posts…), e.g. 15K.'),
              peak_rps: quantity('rate', 'Peak requests per second, e.g. "10K rps" or 10K. Compared with deployment.slo.throughput.'),
              peak_qps: quantity('rate', 'Peak queries per second: the same as peak_rps.'),
              peak_tps: quantity('rate', 'Peak transactions per second: the same as peak_rps.'),
              events_per_day: quantity('count', 'Events or transactions per day, e.g. 1.2B.'),
            },
          ),
          patternProperties: {
            '^x-': { title: 'Extension', description: 'Team-specific extension: never checked.' },
            '^[a-z][a-z0-9]*(_[a-z0-9]+)*$': {
              $ref: '#/$defs/countOrRate',
              title: 'Scale dimension',
              description:
                'A dimension of scale in the domain\'s terms: a count (accounts: 40M) or a rate (orders_per_day: 2M, searches: ' +
                  '"300M/day").',
            },
          },
        },
        latency: quantity('duration', 'End-to-end latency the product needs, e.g. "< 200ms".'),
        availability: quantity('percentage', 'Uptime the product needs, e.g. "99.9%"; the availability SLO must be at least it.'),
        personalization: text('Level of personalisation, e.g. user-level, segment-level, none.'),
        constraints: textList('Legal, ethical, budget or platform constraints, e.g. GDPR.'),
      }),
      framing: object('Step 2, Frame the Problem: ML objective, inputs, output, task type.', {
        ml_objective: text('What the model predicts or optimises, e.g. "Predict user engagement score for each movie".'),
        inputs: textList('What the model reads at prediction time.'),
        output: text('What the model returns, e.g. "Ranked list of movies".'),
        task_type: {
          enum: [
            'classification',
            'regression',
            'ranking',
            'learning-to-rank',
            'recommendation',
            'clustering',
            'forecasting',
            'anomaly-detection',
            'generation',
            'other',
          ],
          description: 'The kind of ML task.',
        },
      }),
      data: object('Step 3, Data Preparation: sources, features, pipeline, validation, feature store.', {
        sources: textList('Where the data comes from.'),
        features: textList('Features engineered from the sources.'),
        pipeline: text('How data flows: batch, streaming, both; tools.'),
        validation: textList('How data is verified: schema checks, null rates, ranges, freshness.'),
        feature_store: text('Feature store that keeps training and serving features consistent, e.g. Feast.'),
        labels: text('Where labels come from and how long they take to arrive.'),
        privacy: text('How personal data is protected.'),
      }),
      model: object('Step 4, Model Development: architecture, baseline, training cadence, registry.', {
        architecture: text('Model family or architecture, e.g. "Two-tower neural network".'),
        baseline: text('The simple or non-ML baseline the model must beat.'),
        training: text('How and how often the model is trained.'),
        candidate_generation: text('For ranking and recommendation: how candidates are retrieved.'),
        registry: text('Where model versions are kept, e.g. MLflow.'),
      }),
      evaluation: object('Step 5, Evaluation: offline metrics, online metrics, experiments.', {
        offline_metrics: textList('Metrics computed on held-out data before deployment, e.g. NDCG, AUC.'),
        online_metrics: textList('Metrics measured on live traffic, e.g. CTR.'),
        experiment: text('How online impact is tested: A/B test, holdout, interleaving.'),
      }),
      deployment: object('Step 6, Deployment: serving mode, strategy, SLOs, scaling, rollout, fallback.', {
        mode: {
          description:
            'How predictions are served: online (request/response; real-time is the same), batch, streaming or edge; or a list of them.',
          // Each branch titled: editors show "One mode || A list of modes" on hover.
          anyOf: [
            { title: 'One mode', enum: MODES },
            { title: 'A list of modes', type: 'array', items: { enum: MODES } },
          ],
        },
        strategy: text('Serving strategy, e.g. "Two-stage: candidate retrieval + ranking".'),
        infrastructure: text('Where and on what the model is served.'),
        caching: text('What is cached or precomputed.'),
        slo: object(
          'Service level objectives. Usual targets: p50 < 50ms, p99 < 200ms, 1K–100K rps, 99.9–99.99%, $0.001–$0.01 per prediction.',
          {
            latency_p50: quantity('duration', 'Median latency target, e.g. 50ms.'),
            latency_p90: quantity('duration', '90th percentile latency target, e.g. 80ms.'),
            latency_p95: quantity('duration', '95th percentile latency target, e.g. 120ms.'),
            latency_p99: quantity('duration', '99th percentile latency target, e.g. 200ms.'),
            latency_p999: quantity('duration', '99.9th percentile latency target, e.g. 500ms.'),
            latency: object('Latency targets by percentile; the same as latency_p50, latency_p99 and the others.', {
              p50: quantity('duration', 'Median latency target, e.g. 50ms.'),
              p90: quantity('duration', '90th percentile latency target.'),
              p95: quantity('duration', '95th percentile latency target.'),
              p99: quantity('duration', '99th percentile latency target, e.g. 200ms.'),
              p999: quantity('duration', '99.9th percentile latency target.'),
            }),
            throughput: quantity('rate', 'Sustained throughput target, e.g. "10K rps".'),
            availability: quantity('percentage', 'Availability target, e.g. 99.9%.'),
            cost_per_prediction: quantity('money', 'Cost target per prediction, e.g. $0.001.'),
          },
        ),
        scaling: text('How capacity follows load, e.g. "Auto-scaling 2-10x".'),
        rollout: text('How a new model reaches traffic and is rolled back: canary, shadow, blue-green.'),
        fallback: text('What is served when the model is unavailable or wrong.'),
      }),
      monitoring: object('Step 7, Monitoring: system, data, model and business metrics, drift, alerts, retraining, dashboards.', {
        system: textList('System metrics: CPU/GPU, memory, latency, error rates, throughput.'),
        data: textList('Data metrics: input distribution, missing values, feature statistics, freshness, schema violations.'),
        model: textList('Model metrics: prediction distribution, confidence, online accuracy, drift.'),
        business: textList('Business metrics: CTR, conversion, revenue, engagement.'),
        alerts: textList('Alerts: condition and who is paged.'),
        retraining: text('When the model is retrained: cadence or trigger.'),
        dashboards: textList('Dashboards where the metrics are watched.'),
      }),
      architecture: object('Components and flows; drives the Mermaid architecture diagram in reports.', {
        components: {
          type: 'array',
          description: 'The boxes of the diagram.',
          items: object(
            'One component of the system.',
            {
              id: {
                type: 'string',
                pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
                description: 'Identifier used by flows: a letter, then letters, digits, _ or -.',
              },
              name: text('Label shown in the diagram.'),
              kind: {
                enum: [
                  'data-source',
                  'data-processing',
                  'feature-store',
                  'storage',
                  'training',
                  'registry',
                  'serving',
                  'monitoring',
                  'experimentation',
                  'other',
                ],
                description: 'What the component does; decides its stack and colour.',
              },
              tech: text('Technology, e.g. Kafka, Feast, TorchServe.'),
              description: text('Anything else worth saying about the component.'),
            },
            { required: ['id', 'kind'] },
          ),
        },
        flows: {
          type: 'array',
          description: 'The arrows of the diagram.',
          items: object(
            'Data or control flowing from one component to another.',
            {
              from: { type: 'string', description: 'Id of the component the flow starts at.' },
              to: { type: 'string', description: 'Id of the component the flow ends at.' },
              label: text('Text on the arrow.'),
            },
            { required: ['from', 'to'] },
          ),
        },
      }),
    },
    { required: ['mlsys', 'name'] },
  ),
  $defs: {
    // One type list rather than anyOf: editors then show one hover title, not one per branch.
    textList: { description: 'One string or a list of strings.', type: ['string', 'array'], items: { type: 'string' } },
    duration: { description: 'A duration with a unit: 50ms, 0.2s, "< 200ms", "p99 < 100 ms", "under 150ms".', type: ['string', 'number'] },
    rate: {
      description: 'A rate over any time unit: "10K rps", "1.5M qps", 300/s, "5K requests/sec", "600M playlists/week".',
      type: ['string', 'number'],
    },
    percentage: { description: 'A percentage: 99.9%, "99.95% monthly".', type: ['string', 'number'] },
    money: { description: 'Money per prediction: $0.001, "0.01 USD", "$1 per 1000 predictions", "0.1 cents".', type: ['string', 'number'] },
    count: { description: 'A count: 200M, 15K, 1.2B, 5000, "150 million", "150M MAU".', type: ['string', 'number'] },
    countOrRate: { description: 'A count (40M) or a rate ("2M/day", "600M playlists/week").', type: ['string', 'number'] },
  },
};

writeFileSync(new URL('../schemas/ml-system-design.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
