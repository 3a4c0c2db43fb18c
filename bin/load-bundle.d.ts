import type { Script } from 'node:vm';

/** The code cache's file: the bundle's name with this ending (see load-bundle.js). */
export const CODE_CACHE_SUFFIX: string;
/** The code cache file's bytes: the source's length, the source, then V8's data. */
export function codeCacheFile(source: Buffer, v8Data: Buffer): Buffer;
/** V8's data from a code cache file, when the file was made from `source`. */
export function codeCacheFor(source: Buffer, file: Buffer | undefined): Buffer | undefined;
/** Compiles and runs a CommonJS bundle, with its code cache when there is a usable one. */
export function loadBundle(
  file: string,
  options?: { useCache?: boolean },
): { exports: Record<string, unknown>; script: Script; source: Buffer; cacheRejected: boolean };
