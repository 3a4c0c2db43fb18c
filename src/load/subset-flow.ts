import { MAPPING, SCALAR, SEQUENCE, type FastTree } from './fast-tree.js';
import { giveUp } from './subset-give-up.js';
import { isIndicator, quotedEnd, resolvePlain, unquote } from './subset-scalars.js';
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

// Where the item just read ends: the second result of `flowItem`, kept here rather than
// returned in an object that every item would allocate. Read right after each call; the
// parser is synchronous, so no other parse can come in between.
let itemEnd = 0;

/** A flow sequence or mapping that starts and ends on this line. */
export function flowCollection(host: FlowHost, at: number, end: number, parent: number): { value: unknown; end: number } {
  const value = flowCollectionValue(host, at, end, parent);
  return { value, end: itemEnd };
}

function flowCollectionValue(host: FlowHost, at: number, end: number, parent: number): unknown {
  const { text } = host;
  const isMapping = text.charCodeAt(at) === 123; /* { */
  const node = host.node(at, at, isMapping ? MAPPING : SEQUENCE, parent);
  const close = isMapping ? 125 /* } */ : 93; /* ] */
  const items: unknown[] | undefined = isMapping ? undefined : [];
  const entries: Record<string, unknown> | undefined = isMapping ? {} : undefined;
  let i = skipSpaces(text, at + 1, end);
  if (text.charCodeAt(i) === close) {
    host.tree.ends[node] = itemEnd = i + 1;
    return isMapping ? entries : items;
  }
  for (;;) {
    if (entries !== undefined) {
      const keyEnd = flowScalarEnd(text, i, end, true);
      if (text.charCodeAt(keyEnd) !== 58 /* : */ || text.charCodeAt(keyEnd + 1) !== 32) giveUp();
      const key = host.key(i, keyEnd, node);
      if (Object.prototype.hasOwnProperty.call(entries, key)) host.tree.hasDuplicateKeys = true;
      i = skipSpaces(text, keyEnd + 1, end);
      setOwn(entries, key, flowItem(host, i, end, node));
    } else {
      items!.push(flowItem(host, i, end, node));
    }
    i = skipSpaces(text, itemEnd, end);
    const next = text.charCodeAt(i);
    if (next === close) {
      host.tree.ends[node] = itemEnd = i + 1;
      return isMapping ? entries : items;
    }
    if (next !== 44 /* , */) giveUp();
    i = skipSpaces(text, i + 1, end);
    if (text.charCodeAt(i) === close || text.charCodeAt(i) === 44) giveUp();
  }
}

/** One item of a flow collection starting at `at`: its value; where it ends goes to `itemEnd`. */
function flowItem(host: FlowHost, at: number, end: number, parent: number): unknown {
  const { text } = host;
  const first = text.charCodeAt(at);
  if (first === 91 /* [ */ || first === 123 /* { */) return flowCollectionValue(host, at, end, parent);
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const close = quotedEnd(text, at, end);
    if (close === -1) giveUp();
    const value = unquote(text.slice(at, close));
    host.node(at, close, SCALAR, parent, value);
    if (text.charCodeAt(skipSpaces(text, close, end)) === 58 /* : */) giveUp();
    itemEnd = close;
    return value;
  }
  const scalarEnd = flowScalarEnd(text, at, end, false);
  // `-` may start a plain scalar when something other than a space follows it (`-5`).
  if (scalarEnd === at || (isIndicator(first) && !(first === 45 && scalarEnd - at > 1 && text.charCodeAt(at + 1) !== 32))) giveUp();
  const value = resolvePlain(text.slice(at, scalarEnd));
  host.node(at, scalarEnd, SCALAR, parent, value);
  itemEnd = scalarEnd;
  return value;
}

/** The end of a plain scalar in a flow collection (trailing spaces excluded). */
function flowScalarEnd(text: string, at: number, end: number, isKey: boolean): number {
  let i = at;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    // , ] } [ {
    if (code === 44 || code === 93 || code === 125 || code === 91 || code === 123) break;
    if (code === 58 /* : */) {
      const after = text.charCodeAt(i + 1);
      if (after === 32 || after === 44 || after === 93 || after === 125 || i + 1 === end) {
        if (!isKey) giveUp();
        break;
      }
    }
    if (code === 35 /* # */ && text.charCodeAt(i - 1) === 32) giveUp();
  }
  if (i === end) giveUp();
  let stop = i;
  while (stop > at && text.charCodeAt(stop - 1) === 32) stop--;
  if (isKey && text.charCodeAt(stop) !== 58) giveUp();
  return stop;
}

function skipSpaces(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i;
}
