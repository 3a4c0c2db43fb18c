import { closestMatch } from '../../util/closest-match.js';
import { formatPath, quoteValue } from '../../design/describe.js';
import { defineRule } from '../define-rule.js';
import { componentsOf, flowsOf } from '../functions/index.js';

export default defineRule({
  id: 'architecture/unknown-component',
  meta: {
    description: 'A flow names a component id that does not exist.',
    severity: 'error',
    rationale:
      'Flows are the arrows of the architecture diagram and the paths other rules follow (is serving connected to monitoring?). An arrow ' +
        'to an id that no component declares is a typo or a component that was removed: the diagram shows a box with no name or kind, ' +
        'and every check along that path is wrong.',
    details:
      'Each `from` and `to` of `architecture.flows` must equal the `id` of an item of `architecture.components` (exactly, case ' +
        'included). A number is compared as written (`from: 7` matches `id: "7"`). One finding per unknown end, at that value, with a ' +
        '"did you mean" suggestion when a declared id is close. A missing `from`/`to`, or one that is neither text nor a number, is a ' +
        'schema error (`schema/invalid`), not this rule\'s.',
    messages: {
      unknown: '`{{field}}` names `{{id}}`, which is not the id of any component in `architecture.components`',
      unknownDidYouMean:
        '`{{field}}` names `{{id}}`, which is not the id of any component in `architecture.components`; did you mean `{{suggestion}}`?',
    },
    examples: {
      valid: [
        {
          title: 'Both ends declared',
          yaml: 'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: watch, kind: monitoring}\n  flows:\n    - ' +
            '{from: serve, to: watch}\n',
          findings: [],
        },
      ],
      invalid: [
        {
          title: 'A misspelled id and an undeclared one',
          yaml: 'architecture:\n  components:\n    - {id: serve, kind: serving}\n    - {id: watch, kind: monitoring}\n  flows:\n    - ' +
            '{from: sevre, to: watch}\n    - {from: serve, to: logs}\n',
          findings: [
            {
              line: 6,
              column: 14,
              message:
                '`architecture.flows[0].from` names `sevre`, which is not the id of any component in `architecture.components`; did you ' +
                  'mean `serve`?',
            },
            {
              line: 7,
              column: 25,
              message: '`architecture.flows[1].to` names `logs`, which is not the id of any component in `architecture.components`',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const declared = new Set(componentsOf(context.design).flatMap(({ id }) => (id === undefined ? [] : [id])));
    for (const flow of flowsOf(context.design)) {
      for (const end of ['from', 'to'] as const) {
        const id = flow[end];
        if (id === undefined || declared.has(id)) continue;
        const path = [...flow.path, end];
        const suggestion = closestMatch(id, declared);
        const data = { field: formatPath(path), id: quoteValue(id) };
        if (suggestion === undefined) context.report({ messageId: 'unknown', path, data });
        else context.report({ messageId: 'unknownDidYouMean', path, data: { ...data, suggestion } });
      }
    }
  },
});
