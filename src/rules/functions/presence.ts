import { formatPath, presenceOf, valueAt } from '../../design/index.js';
import type { DataPath } from '../../types.js';
import type { RuleContext, RuleReport } from '../define-rule.js';

/**
 * Reports `messageId` at `path` when the design says nothing there, and the rule's `hollow`
 * message at the value when what it says is empty (`None`, `TBD`, "No A/B test yet").
 * Returns whether something real is there. `remedy` is the rule's fix or suggestions for the finding.
 */
export function requirePresent<MessageId extends string>(
  context: RuleContext<MessageId>,
  path: DataPath,
  messageId: MessageId,
  data?: Record<string, string | number>,
  remedy: Pick<RuleReport<MessageId>, 'fix' | 'suggestions'> = {},
): boolean {
  const presence = presenceOf(valueAt(context.design, path));
  if (presence.state === 'present') return true;
  const hollow = presence.state === 'hollow' ? { hollow: { field: formatPath(path), written: presence.written } } : {};
  context.report({ messageId, path, ...(data ? { data } : {}), ...hollow, ...remedy });
  return false;
}
