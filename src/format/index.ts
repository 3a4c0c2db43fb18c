import type { Formatter } from './types.js';

/** Every output format, loaded only when asked for so that start-up stays fast. */
const FORMATTERS: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  compact: () => import('./compact.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  markdown: () => import('./markdown-summary.js'),
  gitlab: () => import('./gitlab.js'),
};

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATTERS);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const load = Object.prototype.hasOwnProperty.call(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  return load ? (await load()).default : undefined;
}

export type { Formatter, FormatContext } from './types.js';
