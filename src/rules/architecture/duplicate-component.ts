import { formatPath, quoteValue } from '../../design/describe.js';
import type { DataPath } from '../../types.js';
import { defineRule } from '../define-rule.js';
import { componentsOf } from '../functions/index.js';

export default defineRule({
  id: 'architecture/duplicate-component',
  meta: {
    description: 'Two components share an id.',
    severity: 'error',
    rationale:
      'Flows name components by id. When two components share one, every arrow to that id is ambiguous: the diagram merges two boxes ' +
        'into one, and the checks that follow flows (orphans, unmonitored serving) cannot tell which component is meant.',
    details:
      'Ids are compared exactly (case included). The first component with an id keeps it; each later one with the same id is reported at ' +
        'its `id`, naming the component that used it first.',
    messages: { duplicate: 'component id `{{id}}` is already used by `{{first}}`: give each component its own id' },
    examples: {
      valid: [
        {
          title: 'Distinct ids',
          yaml: 'architecture:\n  components:\n    - {id: train, kind: training}\n    - {id: serve, kind: serving}\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'Two components called `model`',
          yaml: 'architecture:\n  components:\n    - {id: model, kind: training}\n    - {id: model, kind: serving}\n',
          findings: [
            {
              line: 4,
              column: 12,
              message: 'component id `model` is already used by `architecture.components[0]`: give each component its own id',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const firstUse = new Map<string, DataPath>();
    for (const component of componentsOf(context.design)) {
      if (component.id === undefined) continue;
      const first = firstUse.get(component.id);
      if (first === undefined) {
        firstUse.set(component.id, component.path);
        continue;
      }
      context.report({
        messageId: 'duplicate',
        path: [...component.path, 'id'],
        data: { id: quoteValue(component.id), first: formatPath(first) },
      });
    }
  },
});
