import { ruleDocsUrl } from '../rules/index.js';
import type { Finding } from '../types.js';

/**
 * A finding as the `--cache` file stores it: a row of its values, led by the id of its
 * shape (its keys in order, stored once as a list), with `null` for a docs url that is its
 * rule's usual one. Rows rather than objects make the file half as large and quicker to
 * parse (docs/performance.md); any field the engine adds to findings is kept, in order.
 */
export type FindingRow = unknown[];

/** The rows of some findings; `listId` stores a shape and gives its id. */
export function rowsOf(findings: readonly Finding[], listId: (items: readonly string[]) => string): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const finding of findings) {
    const keys = Object.keys(finding) as (keyof Finding)[];
    const row: FindingRow = [listId(keys)];
    for (const key of keys) row.push(key === 'url' && finding.url === usualUrl(finding.ruleId) ? null : finding[key]);
    rows.push(row);
  }
  return rows;
}

/** The findings of stored rows, or undefined when a row is not one {@link rowsOf} makes with these shapes (a damaged entry). */
export function findingsOf(rows: unknown, lists: ReadonlyMap<string, readonly string[]>): Finding[] | undefined {
  if (!Array.isArray(rows)) return undefined;
  const findings: Finding[] = [];
  for (const row of rows as unknown[][]) {
    const keys = Array.isArray(row) ? lists.get(row[0] as string) : undefined;
    if (keys === undefined || row.length !== keys.length + 1) return undefined;
    const finding: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) finding[keys[index]!] = row[index + 1];
    if (finding.url === null) finding.url = usualUrl(finding.ruleId as string | null);
    if (typeof finding.message !== 'string' || typeof finding.severity !== 'string' || typeof finding.line !== 'number') return undefined;
    findings.push(finding as unknown as Finding);
  }
  return findings;
}

const usualUrls = new Map<string | null, string | undefined>();

/** The docs url a rule's findings carry unless the rule names its own. */
function usualUrl(ruleId: string | null): string | undefined {
  if (!usualUrls.has(ruleId)) usualUrls.set(ruleId, ruleId === null ? undefined : ruleDocsUrl(ruleId));
  return usualUrls.get(ruleId);
}
