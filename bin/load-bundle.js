// Loads the command line's CommonJS bundle (dist/bundle/main.cjs) with the V8 code cache
// `npm run build` made beside it (docs/performance.md, "Code cache"). Node 20 has no
// compile cache of its own, so the bundle is compiled here, through `vm.Script`, which
// takes one: V8 then reads the bytecode of every function the build's training run used
// instead of parsing and compiling them again at each start. Such a script has no loader
// for import(): the bundle requires what it loads (scripts/bundle.mjs checks).
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/** The code cache's file: the bundle's name with this ending. */
const CODE_CACHE_SUFFIX = '.v8-cache';

// What Node's CommonJS loader puts around a module, so that the bundle finds its
// exports, require, module, __filename and __dirname.
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_END = '\n});';

/**
 * The code cache file's bytes: the bundle's length (4 bytes, little-endian), the bundle
 * itself, then V8's data. V8 checks its data against its own version and flags and the
 * source's length only, so the cache carries the source it was made from, and is used
 * only for that exact source.
 *
 * @param {Buffer} source
 * @param {Buffer} v8Data
 * @returns {Buffer}
 */
function codeCacheFile(source, v8Data) {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(source.length);
  return Buffer.concat([length, source, v8Data]);
}

/**
 * V8's data from a code cache file, when the file was made from `source`; undefined otherwise.
 *
 * @param {Buffer} source
 * @param {Buffer | undefined} file
 * @returns {Buffer | undefined}
 */
function codeCacheFor(source, file) {
  if (file === undefined || file.length <= 4 + source.length || file.readUInt32LE(0) !== source.length) return undefined;
  return file.subarray(4, 4 + source.length).equals(source) ? file.subarray(4 + source.length) : undefined;
}

/**
 * Compiles and runs a CommonJS bundle, with its code cache when there is a usable one.
 * `cacheRejected` says whether V8 compiled without it (no cache, another source, another
 * V8 or other flags): the run is then only as fast as without a cache.
 *
 * @param {string} file absolute path of the bundle
 * @param {{ useCache?: boolean }} [options]
 * @returns {{ exports: any, script: vm.Script, source: Buffer, cacheRejected: boolean }}
 */
function loadBundle(file, { useCache = true } = {}) {
  const source = readFileSync(file);
  const cachedData = useCache ? codeCacheFor(source, readIfPresent(file + CODE_CACHE_SUFFIX)) : undefined;
  const script = new vm.Script(WRAPPER_START + source.toString('utf8') + WRAPPER_END, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, source, cacheRejected: cachedData === undefined || script.cachedDataRejected === true };
}

/**
 * @param {string} file
 * @returns {Buffer | undefined}
 */
function readIfPresent(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

module.exports = { CODE_CACHE_SUFFIX, codeCacheFile, codeCacheFor, loadBundle };
