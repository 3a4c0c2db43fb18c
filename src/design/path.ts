import type { DataPath } from '../types.js';

/** A data path as a design author writes it: `deployment.slo.latency_p99`, `owners[0]`. */
export function formatPath(path: DataPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}
