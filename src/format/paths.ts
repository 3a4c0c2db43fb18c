import { isAbsolute, relative, sep } from 'node:path';

/** Whether a file lies inside the working directory, so that a relative path can name it. */
export function isInside(cwd: string, filePath: string): boolean {
  const path = relative(cwd, filePath);
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

/**
 * A file's path relative to the working directory with `/` separators, as CI systems
 * and SARIF expect; the absolute path (still with `/`) when the file lies outside it.
 */
export function relativePath(cwd: string, filePath: string): string {
  return (isInside(cwd, filePath) ? relative(cwd, filePath) : filePath).split(sep).join('/');
}
