import { quoteValue } from '../../schema/describe.js';
import { defineRule } from '../define-rule.js';
import { componentsOf, flowsOf, reachableFrom } from '../functions/index.js';

export default defineRule({
  id: 'architecture/unmonitored-serving',
  meta: {
    description: 'A serving component has no path to a monitoring component.',
    severity: 'warn',
    rationale:
      'In the framework\'s architecture, model serving feeds the monitoring stack: latency, errors, inputs and predictions are logged where system, data and model metrics are computed. A serving component with no path there is a model in production that nobody watches, whatever `monitoring` lists in words.',
    details:
      'For each component of kind `serving`, follows `architecture.flows` from `from` to `to` (any number of steps, so `serve → logs → watch` counts) and reports the component, at its place in `architecture.components`, when no component of kind `monitoring` is reached. When the architecture has no monitoring component at all, the message says so.',
    messages: {
      unmonitored: 'serving component `{{id}}` has no path along `architecture.flows` to a monitoring component: nobody watches its latency, errors or predictions',
      noMonitoring: 'serving component `{{id}}` is not monitored: `architecture.components` has no component of kind `monitoring`',
    },
    examples: {
      valid: [
        {
          title: 'Serving logs to monitoring through a stream',
          yaml: 'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: logs, kind: data-processing}\n    - {id: watch, kind: monitoring}\n  flows:\n    - {from: serve, to: logs}\n    - {from: logs, to: watch}\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Monitoring feeds serving, not the other way',
          yaml: 'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: watch, kind: monitoring}\n  flows:\n    - {from: watch, to: serve}\n',
          findings: [
            {
              line: 3,
              column: 7,
              message: 'serving component `serve` has no path along `architecture.flows` to a monitoring component: nobody watches its latency, errors or predictions',
            },
          ],
        },
        {
          title: 'No monitoring component at all',
          yaml: 'architecture:\n  components:\n    - id: serve\n      kind: serving\n',
          findings: [{ line: 3, column: 7, message: 'serving component `serve` is not monitored: `architecture.components` has no component of kind `monitoring`' }],
        },
      ],
    },
  },
  check(context) {
    const components = componentsOf(context.design);
    const monitors = new Set(components.flatMap(({ id, kind }) => (kind === 'monitoring' && id !== undefined ? [id] : [])));
    const hasMonitoring = components.some(({ kind }) => kind === 'monitoring');
    const flows = flowsOf(context.design);
    for (const component of components) {
      if (component.kind !== 'serving' || component.id === undefined) continue;
      const reached = reachableFrom(component.id, flows);
      if ([...reached].some((id) => monitors.has(id))) continue;
      context.report({ messageId: hasMonitoring ? 'unmonitored' : 'noMonitoring', path: component.path, data: { id: quoteValue(component.id) } });
    }
  },
});
