import { loadDesign, MAX_NESTING_DEPTH, type LoadedDesign } from './load-design.js';
import type { SourceMap } from './source-map.js';

/**
 * Loads a text that is plain JSON (a `.mlsys-lint.json` config, a `package.json`) through
 * `JSON.parse`, with the same data as the YAML loader gives it; anything else, and JSON
 * that repeats a key or nests deeper than the loader allows, goes through
 * {@link loadDesign}, which reports it as it always has. JSON written over several lines,
 * or with `"key":value` and no space, is outside the design subset: loading the `yaml`
 * package to read it cost a run about 70 ms. Positions are worked out only when something
 * asks for one (a config error), by loading the text then.
 */
export function loadJsonOrDesign(filePath: string, text: string): LoadedDesign {
  const data = plainJson(text);
  if (data === undefined) return loadDesign(filePath, text);
  let located: SourceMap | undefined;
  const sourceMap: SourceMap = { locate: (path, options) => (located ??= loadDesign(filePath, text).sourceMap).locate(path, options) };
  return { filePath, text, data: data.value, sourceMap, problems: [] };
}

/** The value of a JSON object text without repeated keys or deep nesting; undefined for anything else. */
function plainJson(text: string): { value: unknown } | undefined {
  let first = 0;
  while (first < text.length && isJsonSpace(text.charCodeAt(first))) first++;
  // An object: configs and package.json are; anything else is left to the loader.
  if (text.charCodeAt(first) !== 123 /* { */) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return keysAreUniqueAndShallow(text) ? { value } : undefined;
}

const isJsonSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

/**
 * Whether no object of a valid JSON text repeats a key and nothing nests deeper than
 * {@link MAX_NESTING_DEPTH}. Keys are compared as JSON reads them (`"a\u0062"` is `ab`).
 */
function keysAreUniqueAndShallow(text: string): boolean {
  // The keys seen in each open object; null for an open array.
  const open: (Set<string> | null)[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 123 /* { */ || code === 91 /* [ */) {
      if (open.length === MAX_NESTING_DEPTH) return false;
      open.push(code === 123 ? new Set() : null);
    } else if (code === 125 /* } */ || code === 93 /* ] */) {
      open.pop();
    } else if (code === 34 /* " */) {
      const end = stringEnd(text, at);
      const keys = open.at(-1);
      if (keys && isFollowedByColon(text, end)) {
        const key = text.slice(at, end);
        const name = key.includes('\\') ? (JSON.parse(key) as string) : key.slice(1, -1);
        if (keys.has(name)) return false;
        keys.add(name);
      }
      at = end - 1;
    }
  }
  return true;
}

/** The offset just past the JSON string that starts at `at` (the text is valid JSON). */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92 /* \ */) i++;
    else if (code === 34) return i + 1;
  }
  return text.length;
}

function isFollowedByColon(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 58; /* : */
}
