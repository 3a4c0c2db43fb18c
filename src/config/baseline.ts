import { dirname, relative, resolve, sep } from 'node:path';
import { formatPath } from '../design/path.js';
import type { FileResult, Finding } from '../types.js';
import { ConfigError } from './config-file.js';
import { InputReadError, readInputText } from '../util/read-input.js';

/** Baselines larger than this are refused: a million recorded findings fit in it. */
export const MAX_BASELINE_FILE_SIZE = 256 * 1024 * 1024;

/**
 * Today's findings, recorded so that CI fails only on new ones. Entries match by file,
 * rule id and data path, never by line, so edits elsewhere in a file do not bring old
 * findings back.
 */
export interface Baseline {
  filePath: string;
  /** `file \u0000 ruleId \u0000 path` → how many findings are accepted there. */
  counts: Map<string, number>;
}

interface BaselineEntry {
  file: string;
  ruleId: string;
  path: string;
  count: number;
}

const toPosix = (path: string): string => path.split(sep).join('/');
const keyOf = (file: string, ruleId: string, path: string): string => `${file}\u0000${ruleId}\u0000${path}`;

function entryKey(baselineDirectory: string, filePath: string, finding: Finding): string | null {
  if (finding.ruleId === null) return null;
  return keyOf(toPosix(relative(baselineDirectory, filePath)), finding.ruleId, formatPath(finding.path));
}

/** The baseline file's text for a set of results (errors and warnings; info findings never fail a run). */
export function baselineText(results: readonly FileResult[], baselinePath: string): string {
  const directory = dirname(resolve(baselinePath));
  const counts = new Map<string, BaselineEntry>();
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'info' || finding.ruleId === null) continue;
      const file = toPosix(relative(directory, result.filePath));
      const path = formatPath(finding.path);
      const key = keyOf(file, finding.ruleId, path);
      const entry = counts.get(key) ?? { file, ruleId: finding.ruleId, path, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  const findings = [...counts.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.path.localeCompare(b.path),
  );
  return `${JSON.stringify({ version: 1, findings }, null, 2)}\n`;
}

/** Reads a baseline file; a broken one is a configuration error (exit 2), never ignored. */
export function readBaseline(baselinePath: string): Baseline {
  const filePath = resolve(baselinePath);
  let text: string;
  try {
    text = readInputText(filePath, MAX_BASELINE_FILE_SIZE);
  } catch (error) {
    if (!(error instanceof InputReadError)) throw error;
    throw new ConfigError(
      filePath,
      1,
      1,
      error.message === 'no such file'
        ? 'baseline file not found (create it with --write-baseline)'
        : `cannot read the baseline: ${error.message}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(filePath, 1, 1, `baseline is not valid JSON: ${(error as Error).message}`);
  }
  const findings =
    parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as { findings?: unknown }).findings : undefined;
  if (!Array.isArray(findings)) throw new ConfigError(filePath, 1, 1, 'baseline must be an object with a `findings` list');
  const counts = new Map<string, number>();
  findings.forEach((entry: unknown, index) => {
    const { file, ruleId, path, count } = (entry ?? {}) as Partial<BaselineEntry>;
    if (typeof file !== 'string' || typeof ruleId !== 'string' || typeof path !== 'string' || typeof count !== 'number' || !(count > 0)) {
      throw new ConfigError(
        filePath,
        1,
        1,
        `baseline entry ${index} must have text \`file\`, \`ruleId\`, \`path\` and a positive \`count\``,
      );
    }
    const key = keyOf(file, ruleId, path);
    counts.set(key, (counts.get(key) ?? 0) + count);
  });
  return { filePath, counts };
}

/** Removes the findings a baseline accepts; each entry accepts at most `count` findings. */
export function applyBaseline(
  findings: readonly Finding[],
  filePath: string,
  baseline: Baseline,
  remaining: Map<string, number>,
): Finding[] {
  const directory = dirname(baseline.filePath);
  return findings.filter((finding) => {
    const key = entryKey(directory, filePath, finding);
    if (key === null) return true;
    const left = remaining.has(key) ? remaining.get(key)! : (baseline.counts.get(key) ?? 0);
    if (left <= 0) return true;
    remaining.set(key, left - 1);
    return false;
  });
}
