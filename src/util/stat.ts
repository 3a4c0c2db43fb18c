import { lstatSync, statSync, type Stats } from 'node:fs';

/** A file's status, links followed; undefined when it is missing or cannot be reached. */
export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A file's own status (a link's, not its target's); undefined when it is missing or cannot be reached. */
export function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
