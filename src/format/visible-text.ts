/**
 * Characters that would act on a terminal or a log viewer instead of being shown: C0 and
 * C1 controls (ESC starts colour and cursor sequences; CR and LF start lines that look
 * like ours), DEL, and the bidirectional overrides and isolates that reorder what is
 * shown (the "Trojan Source" characters), plus the invisible direction marks.
 */
// eslint-disable-next-line no-control-regex
const ACTIVE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const escaped = (character: string): string => {
  const code = character.charCodeAt(0);
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  if (code === 0x09) return '\\t';
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

/**
 * Design text and file names as inert, visible text for a terminal or a CI log: active
 * characters become escapes such as `\x1B`, `\n` or `\u202E` (docs/cli.md, "Output").
 */
export function visibleText(text: string): string {
  return text.replace(ACTIVE, escaped);
}

/** {@link visibleText}, but CR and LF stay, for formats that escape line breaks their own way (GitHub's `%0A`). */
export function visibleLines(text: string): string {
  return text.replace(ACTIVE, (character) => (character === '\n' || character === '\r' ? character : escaped(character)));
}

/**
 * A message on one line: its line breaks, with the spaces around them, become one space
 * (rules break long messages), then what is left is made visible.
 */
export function oneLineMessage(message: string): string {
  return visibleText(message.replace(/\s*\n\s*/g, ' '));
}
