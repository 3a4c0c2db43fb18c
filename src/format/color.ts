/** ANSI styles that turn into no-ops when colour is off. */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const wrap = (open: number, close: number) => (text: string): string => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string): string => text;

const PLAIN: Palette = { red: plain, yellow: plain, cyan: plain, dim: plain, bold: plain, underline: plain };
const ANSI: Palette = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

/** The styles, shared: formats ask for them once per file. */
export function palette(enabled: boolean): Palette {
  return enabled ? ANSI : PLAIN;
}

/** Removes ANSI escapes, to measure how wide coloured text is. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[\d+m/g, '').length;
}
