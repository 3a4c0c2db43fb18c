import type { DataPath } from '../../types.js';
import type { RuleContext } from '../define-rule.js';
import { isPresent, valueAt } from './values.js';

/** Reports `messageId` at `path` when the design says nothing there. Returns whether it was present. */
export function requirePresent<MessageId extends string>(context: RuleContext<MessageId>, path: DataPath, messageId: MessageId, data?: Record<string, string | number>): boolean {
  if (isPresent(valueAt(context.design, path))) return true;
  context.report({ messageId, path, ...(data ? { data } : {}) });
  return false;
}

/** The serving mode the design declares, when it declares a known one. */
export function servingMode(design: unknown): 'online' | 'batch' | 'streaming' | 'edge' | undefined {
  const mode = valueAt(design, ['deployment', 'mode']);
  return mode === 'online' || mode === 'batch' || mode === 'streaming' || mode === 'edge' ? mode : undefined;
}

/** Whether predictions are served while someone waits: online or streaming. */
export function servesInRealTime(design: unknown): boolean {
  const mode = servingMode(design);
  return mode === 'online' || mode === 'streaming';
}

/** The approach the design declares, when it declares a known one. */
export function approachOf(design: unknown): 'ml' | 'traditional' | 'hybrid' | undefined {
  const approach = valueAt(design, ['approach']);
  return approach === 'ml' || approach === 'traditional' || approach === 'hybrid' ? approach : undefined;
}
