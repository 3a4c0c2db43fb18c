import { quoteValue } from '../../design/describe.js';
import { defineRule } from '../define-rule.js';
import { componentsOf, flowsOf } from '../functions/index.js';

export default defineRule({
  id: 'architecture/orphan-component',
  meta: {
    description: 'A component has no flow.',
    severity: 'warn',
    rationale:
      "In the framework's architecture every box is connected: data sources feed processing, the feature store feeds training and " +
        'serving, the registry feeds serving, serving feeds monitoring. A component that no arrow starts or ends at is either forgotten ' +
        'in the flows — and then the diagram and the flow checks miss a real dependency — or no longer part of the system.',
    details:
      'Reports each item of `architecture.components` whose `id` is neither the `from` nor the `to` of any item of `architecture.flows`, ' +
        'at the component. Components without an id are left to `schema/invalid`.',
    messages: { orphan: 'component `{{id}}` has no flow: connect it in `architecture.flows` or remove it' },
    examples: {
      valid: [
        {
          title: 'Every component on a flow',
          yaml: 'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: watch, kind: monitoring}\n  flows:\n    - ' +
            '{from: serve, to: watch}\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A registry nothing flows to or from',
          yaml: 'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: watch, kind: monitoring}\n    - {id: ' +
            'registry, kind: registry}\n  flows:\n    - {from: serve, to: watch}\n',
          findings: [{ line: 5, column: 7, message: 'component `registry` has no flow: connect it in `architecture.flows` or remove it' }],
        },
      ],
    },
  },
  check(context) {
    const connected = new Set(flowsOf(context.design).flatMap(({ from, to }) => [from, to]));
    for (const component of componentsOf(context.design)) {
      if (component.id === undefined || connected.has(component.id)) continue;
      context.report({ messageId: 'orphan', path: component.path, data: { id: quoteValue(component.id) } });
    }
  },
});
