import type { FileResult, Severity } from '../types.js';

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fatal: number;
}

export function totalsOf(results: readonly FileResult[]): Totals {
  const totals = { errors: 0, warnings: 0, infos: 0, fatal: 0 };
  for (const result of results) {
    totals.errors += result.errorCount;
    totals.warnings += result.warningCount;
    totals.infos += result.infoCount;
    totals.fatal += result.fatalErrorCount;
  }
  return totals;
}

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The word each format uses for a severity in running text. */
export const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };
