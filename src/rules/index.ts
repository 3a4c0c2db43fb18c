import type { Rule } from './define-rule.js';
import architecture from './architecture/index.js';
import data from './data/index.js';
import decision from './decision/index.js';
import design from './design/index.js';
import evaluation from './evaluation/index.js';
import framing from './framing/index.js';
import meta from './meta/index.js';
import model from './model/index.js';
import monitoring from './monitoring/index.js';
import requirements from './requirements/index.js';
import schema from './schema/index.js';
import serving from './serving/index.js';
import traceability from './traceability/index.js';
import yaml from './yaml/index.js';

/**
 * Every rule, in catalogue order: the one registry. Each folder here is a rule group (but
 * the helper folders `functions/` and `declarative/`); each file in a group but index.ts
 * is one rule, `<group>/<name>.ts` with the id `<group>/<name>`, listed in the group's
 * index.ts. tests/rules/registry.test.ts fails on a rule file left out or misnamed.
 */
export const RULES: readonly Rule[] = [
  ...yaml,
  ...schema,
  ...design,
  ...meta,
  ...decision,
  ...requirements,
  ...framing,
  ...data,
  ...model,
  ...evaluation,
  ...serving,
  ...monitoring,
  ...traceability,
  ...architecture,
] as readonly Rule[];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id, if there is one. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** Where a rule's documentation is published. */
export const RULE_DOCS_BASE_URL = 'https://github.com/mlsys-lint/mlsys-lint/blob/main/docs/rules/';

// One string per built-in rule, not one per finding: every finding of a run keeps its url to the end.
const docsUrls = new Map<string, string>();

/** Where a built-in rule's documentation is published. */
export function ruleDocsUrl(id: string): string {
  let url = docsUrls.get(id);
  if (url === undefined) {
    url = `${RULE_DOCS_BASE_URL}${id}.md`;
    if (byId.has(id)) docsUrls.set(id, url);
  }
  return url;
}

export { defineRule, renderMessage, messageTemplate, hollowMessage, approachesOf, docsUrlOf } from './define-rule.js';
export type {
  RuleOrigin,
  Rule,
  RuleMeta,
  RuleContext,
  RuleExample,
  RuleReport,
  ExpectedFinding,
  RuleEdit,
  RuleSuggestion,
} from './define-rule.js';
