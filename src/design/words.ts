/**
 * The words of a text, lower-cased: runs of letters and digits (`[\p{L}\p{N}]+`). Prose is
 * read word by word by several rules, once per text of every design; ASCII text, nearly all
 * of it, is split by character codes rather than by a Unicode regular expression.
 */
export function lowerCaseWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 32;
    // Beyond ASCII, letters and case are Unicode's business (and lower-casing may change the length).
    if (code > 0x7f) return lower.match(/[\p{L}\p{N}]+/gu) ?? [];
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      if (start === -1) start = at;
    } else if (start !== -1) {
      words.push(lower.slice(start, at));
      start = -1;
    }
  }
  return words;
}
