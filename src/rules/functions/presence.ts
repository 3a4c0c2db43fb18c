import { formatPath, presenceOf, valueAt } from '../../design/index.js';
import type { DataPath } from '../../types.js';
import type { RuleContext } from '../define-rule.js';

/**
 * Reports `messageId` at `path` when the design says nothing there, and the rule's `hollow`
 * message at the value when what it says is empty (`None`, `TBD`, "No A/B test yet").
 * Returns whether something real is there.
 */
export function requirePresent<MessageId extends string>(
  context: RuleContext<MessageId>,
  path: DataPath,
  messageId: MessageId,
  data?: Record<string, string | number>,
): boolean {
  const presence = presenceOf(valueAt(context.design, path));
  if (presence.state === 'present') return true;
  const hollow = presence.state === 'hollow' ? { hollow: { field: formatPath(path), written: presence.written } } : {};
  context.report({ messageId, path, ...(data ? { data } : {}), ...hollow });
  return false;
}
