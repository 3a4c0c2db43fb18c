import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'yaml/syntax',
  meta: {
    description: 'The file is not valid YAML.',
    severity: 'error',
    rationale:
      'Nothing else can be checked in a file that does not parse, so the finding is fatal for that file; the run goes on with the other ' +
      'files. Files that are not UTF-8 text, binary files, files larger than `--max-file-size` (5 MB by default), files that nest ' +
      'deeper than 100 levels and files that expand aliases more than 100 times ("billion laughs") are refused the same way. A second ' +
      'YAML document in one file is reported too: a design is one document per file.',
    messages: {
      syntax: 'YAML syntax error: {{reason}}',
      unreadable: 'cannot read the design: {{reason}}',
      multipleDocuments: 'a design file holds one YAML document; this second document is ignored',
      tooDeep: 'the YAML nests deeper than {{limit}} levels; a design never needs that, so the file is refused',
      collectionKey:
        "a {{kind}} used as a key: a design's keys are names, so write a plain key (YAML allows this key, JSON and the design format " +
          'do not)',
    },
    examples: {
      valid: [{ title: 'Well-formed YAML', yaml: 'mlsys: 1\nname: Fraud detection\n', findings: [] }],
      invalid: [
        {
          title: 'An unclosed flow sequence',
          yaml: 'mlsys: 1\nname: Fraud detection\nowners: [risk-team\n',
          findings: [
            {
              line: 4,
              column: 1,
              message: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
            },
          ],
        },
        {
          title: 'Two documents in one file',
          yaml: 'mlsys: 1\nname: Fraud detection\n---\nmlsys: 1\nname: Search ranking\n',
          findings: [{ line: 3, column: 1, message: 'a design file holds one YAML document; this second document is ignored' }],
        },
        {
          title: 'A list used as a key, even inside an extension',
          yaml: 'mlsys: 1\nname: Fraud detection\nx-team:\n  ? [risk, payments]\n  : on call\n',
          findings: [
            {
              line: 4,
              column: 5,
              message:
                "a list used as a key: a design's keys are names, so write a plain key (YAML allows this key, JSON and the design " +
                  'format do not)',
            },
          ],
        },
      ],
    },
  },
  check(context) {
    for (const problem of context.source.problems) {
      if (problem.ruleId !== 'yaml/syntax') continue;
      context.report({
        messageId: problem.messageId as 'syntax' | 'unreadable' | 'multipleDocuments' | 'tooDeep' | 'collectionKey',
        data: problem.data,
        range: problem.range,
        path: problem.path,
        fatal: problem.fatal,
      });
    }
  },
});
