import { readFileSync } from 'node:fs';

/**
 * A reader of files' lines, each file read once and only when asked (SARIF asks for the
 * line of a `yaml/syntax` finding, for its fingerprint). Undefined for a file or line
 * that cannot be read.
 */
export function sourceLineReader(): (filePath: string, line: number) => string | undefined {
  const files = new Map<string, string[] | undefined>();
  return (filePath, line) => {
    if (!files.has(filePath)) {
      let lines: string[] | undefined;
      try {
        lines = readFileSync(filePath, 'utf8').split(/\r?\n|\r/);
      } catch {
        lines = undefined;
      }
      files.set(filePath, lines);
    }
    return files.get(filePath)?.[line - 1];
  };
}
