import { MAPPING, SCALAR, SEQUENCE, type FastTree } from './fast-tree.js';
import { giveUp } from './subset-give-up.js';
import { INDICATOR, quotedEnd, resolvePlain, unquote } from './subset-scalars.js';
import { setOwn } from './set-own.js';

/** What reading a flow collection needs from the block parser it is part of. */
export interface FlowHost {
  readonly text: string;
  readonly tree: FastTree;
  /** Adds a node to the tree and returns its index. */
  node(start: number, end: number, kind: number, parent: number, value?: unknown): number;
  /** Reads the mapping key from `at` to its `:` at `colon`, as block mappings do. */
  key(at: number, colon: number, mapping: number): string;
}

/** A flow sequence or mapping that starts and ends on this line. */
export function flowCollection(host: FlowHost, at: number, end: number, parent: number): { value: unknown; end: number } {
  const { text } = host;
  const isMapping = text[at] === '{';
  const node = host.node(at, at, isMapping ? MAPPING : SEQUENCE, parent);
  const close = isMapping ? '}' : ']';
  const items: unknown[] = [];
  const entries: Record<string, unknown> = {};
  let i = skipSpaces(text, at + 1, end);
  if (text[i] === close) {
    host.tree.ends[node] = i + 1;
    return { value: isMapping ? entries : items, end: i + 1 };
  }
  for (;;) {
    if (isMapping) {
      const keyEnd = flowScalarEnd(text, i, end, true);
      if (text[keyEnd] !== ':' || text[keyEnd + 1] !== ' ') giveUp();
      const key = host.key(i, keyEnd, node);
      if (Object.prototype.hasOwnProperty.call(entries, key)) host.tree.hasDuplicateKeys = true;
      i = skipSpaces(text, keyEnd + 1, end);
      const item = flowItem(host, i, end, node);
      setOwn(entries, key, item.value);
      i = item.end;
    } else {
      const item = flowItem(host, i, end, node);
      items.push(item.value);
      i = item.end;
    }
    i = skipSpaces(text, i, end);
    if (text[i] === close) {
      host.tree.ends[node] = i + 1;
      return { value: isMapping ? entries : items, end: i + 1 };
    }
    if (text[i] !== ',') giveUp();
    i = skipSpaces(text, i + 1, end);
    if (text[i] === close || text[i] === ',') giveUp();
  }
}

function flowItem(host: FlowHost, at: number, end: number, parent: number): { value: unknown; end: number } {
  const { text } = host;
  const first = text[at];
  if (first === '[' || first === '{') return flowCollection(host, at, end, parent);
  if (first === '"' || first === "'") {
    const close = quotedEnd(text, at, end);
    if (close === -1) giveUp();
    const value = unquote(text.slice(at, close));
    host.node(at, close, SCALAR, parent, value);
    if (text[skipSpaces(text, close, end)] === ':') giveUp();
    return { value, end: close };
  }
  const scalarEnd = flowScalarEnd(text, at, end, false);
  const raw = text.slice(at, scalarEnd);
  if (raw === '' || INDICATOR.test(raw) && !(raw[0] === '-' && raw.length > 1 && raw[1] !== ' ')) giveUp();
  const value = resolvePlain(raw);
  host.node(at, scalarEnd, SCALAR, parent, value);
  return { value, end: scalarEnd };
}

/** The end of a plain scalar in a flow collection (trailing spaces excluded). */
function flowScalarEnd(text: string, at: number, end: number, isKey: boolean): number {
  let i = at;
  for (; i < end; i++) {
    const char = text[i];
    if (char === ',' || char === ']' || char === '}' || char === '[' || char === '{') break;
    if (char === ':' && (text[i + 1] === ' ' || text[i + 1] === ',' || text[i + 1] === ']' || text[i + 1] === '}' || i + 1 === end)) {
      if (!isKey) giveUp();
      break;
    }
    if (char === '#' && text[i - 1] === ' ') giveUp();
  }
  if (i === end) giveUp();
  let stop = i;
  while (stop > at && text.charCodeAt(stop - 1) === 32) stop--;
  if (isKey && text[stop] !== ':') giveUp();
  return stop;
}

function skipSpaces(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i;
}
