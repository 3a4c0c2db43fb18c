import { quoteValue } from '../../design/describe.js';
import { defineRule } from '../define-rule.js';
import { componentsOf, flowsOf, reachableFrom } from '../functions/index.js';
import { pathFrom } from '../../design/architecture-graph.js';

export default defineRule({
  id: 'architecture/unmonitored-serving',
  meta: {
    description: 'A serving component has no path to monitoring that stays out of the data stack.',
    severity: 'warn',
    rationale:
      "In the framework's architecture, model serving feeds the monitoring stack: latency, errors, inputs and predictions are logged " +
        'where system, data and model metrics are computed. A serving component with no path there is a model in production that nobody ' +
        'watches, whatever `monitoring` lists in words. A path that first flows back into a data source does not count: a flow into a ' +
        'data source is data collection, and what monitoring sees at the end of it is the batch pipeline built on that data, not the ' +
        'service.',
    details: [
      'For each component of kind `serving`, follows `architecture.flows` from `from` to `to` (any number of steps, so `serve → logs → ' +
        'watch` counts when `logs` is a processing or storage component) and reports the component, at its place in ' +
        '`architecture.components`, when no component of kind `monitoring` is reached.',
      '',
      'A path may not pass through a component of kind `data-source`: `api → logs → feature jobs → generation → monitoring`, where ' +
        '`logs` is a data source, watches the pipeline that reads the logs, not the API. When monitoring is reached only that way, the ' +
        'message names the data source.',
      'When the architecture has no monitoring component at all, the message says so.',
    ].join('\n'),
    messages: {
      unmonitored:
        'serving component `{{id}}` has no path along `architecture.flows` to a monitoring component: nobody watches its latency, errors ' +
          'or predictions',
      throughData:
        'serving component `{{id}}` reaches monitoring only through the data source `{{source}}` ({{path}}): that path watches the data ' +
          'pipeline, not the service; add a flow from `{{id}}` to a monitoring component',
      noMonitoring: 'serving component `{{id}}` is not monitored: `architecture.components` has no component of kind `monitoring`',
    },
    examples: {
      valid: [
        {
          title: 'Serving logs to monitoring through a stream',
          yaml: 'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: logs, kind: data-processing}\n    - {id: ' +
            'watch, kind: monitoring}\n  flows:\n    - {from: serve, to: logs}\n    - {from: logs, to: watch}\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Monitoring feeds serving, not the other way',
          yaml: 'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: watch, kind: monitoring}\n  flows:\n    - ' +
            '{from: watch, to: serve}\n',
          findings: [
            {
              line: 3,
              column: 7,
              message:
                'serving component `serve` has no path along `architecture.flows` to a monitoring component: nobody watches its latency, ' +
                  'errors or predictions',
            },
          ],
        },
        {
          title: 'The only path to monitoring runs through a data source and the batch pipeline',
          yaml: 'architecture:\n  components:\n    - {id: api, kind: serving}\n    - {id: logs, kind: data-source}\n    - {id: etl, ' +
            'kind: data-processing}\n    - {id: generate, kind: serving}\n    - {id: watch, kind: monitoring}\n  flows:\n    - {from: ' +
            'api, to: logs}\n    - {from: logs, to: etl}\n    - {from: etl, to: generate}\n    - {from: generate, to: watch}\n',
          findings: [
            {
              line: 3,
              column: 7,
              message:
                'serving component `api` reaches monitoring only through the data source `logs` (api → logs → etl → generate → watch): ' +
                  'that path watches the data pipeline, not the service; add a flow from `api` to a monitoring component',
            },
          ],
        },
        {
          title: 'No monitoring component at all',
          yaml: 'architecture:\n  components:\n    - id: serve\n      kind: serving\n',
          findings: [
            {
              line: 3,
              column: 7,
              message: 'serving component `serve` is not monitored: `architecture.components` has no component of kind `monitoring`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const components = componentsOf(context.design);
    const monitors = new Set<string>();
    const dataSources = new Set<string>();
    for (const { id, kind } of components) {
      if (id === undefined) continue;
      if (kind === 'monitoring') monitors.add(id);
      else if (kind === 'data-source') dataSources.add(id);
    }
    const hasMonitoring = components.some(({ kind }) => kind === 'monitoring');
    const flows = flowsOf(context.design);
    const isDataSource = (id: string): boolean => dataSources.has(id);
    for (const component of components) {
      if (component.kind !== 'serving' || component.id === undefined) continue;
      const reached = reachableFrom(component.id, flows, isDataSource);
      if ([...reached].some((id) => monitors.has(id))) continue;
      const id = quoteValue(component.id);
      if (!hasMonitoring) {
        context.report({ messageId: 'noMonitoring', path: component.path, data: { id } });
        continue;
      }
      const detour = pathFrom(component.id, flows, (end) => monitors.has(end));
      const source = detour?.find((step) => dataSources.has(step));
      if (detour !== undefined && source !== undefined) {
        context.report({
          messageId: 'throughData',
          path: component.path,
          data: { id, source: quoteValue(source), path: detour.map(quoteValue).join(' → ') },
        });
      } else {
        context.report({ messageId: 'unmonitored', path: component.path, data: { id } });
      }
    }
  },
});
