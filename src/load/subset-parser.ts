import { FastTree, MAPPING, needsReferenceParser, SCALAR, SEQUENCE } from './fast-tree.js';
import { setOwn } from './set-own.js';
import { flowCollection, type FlowHost } from './subset-flow.js';
import { GIVE_UP, giveUp } from './subset-give-up.js';
import { afterDocumentMarker, LineTable } from './subset-lines.js';
import { blockScalar, multiLineQuoted, type MultiLineHost } from './subset-multiline.js';
import { fold, isIndicator, quotedEnd, resolvePlain, unquote } from './subset-scalars.js';

/**
 * A parser for the part of YAML that designs are written in: block mappings and
 * sequences, one-line flow collections, plain and quoted scalars (over several lines too,
 * as YAML writers fold long text), literal and folded block scalars (`|`, `|-`, `>`, `>-`),
 * comments, and a leading `---`. It builds the data and a {@link FastTree} in one pass,
 * several times faster than a general parser. Anything else (anchors, tags, tabs, complex
 * keys, several documents, odd numbers, errors, and continuation lines that could be read
 * otherwise) makes it give up and return null, so that a general parser decides; the test
 * suite checks that what it accepts it reads exactly as the reference parser does, data
 * and positions alike, on the example designs, a generated corpus, what the `yaml`
 * package writes for random designs, and fuzzed text. `lineStarts`, when given, are the
 * offsets where the text's lines start (as `LineIndex` finds them), so that they are not
 * searched for again.
 */
export function parseDesignSubset(
  text: string,
  lineStarts?: readonly number[],
): { data: unknown; tree: FastTree; root: number | null } | null {
  if (text.includes('\t')) return null;
  const body = afterDocumentMarker(text);
  if (needsReferenceParser(text, body)) return null;
  try {
    return new SubsetParser(text, lineStarts).parseDocument(body);
  } catch (error) {
    if (error === GIVE_UP) return null;
    throw error;
  }
}

class SubsetParser implements FlowHost, MultiLineHost {
  readonly table: LineTable;
  readonly tree: FastTree;
  /**
   * The index of the line after the node a block method just read: its second result,
   * kept here rather than returned in an object that every node would allocate.
   */
  private after = 0;
  /** Nodes written to the tree so far. */
  private count = 0;

  constructor(
    readonly text: string,
    lineStarts?: readonly number[],
  ) {
    this.table = new LineTable(text, lineStarts);
    // Designs hold two to three and a half nodes a line (a key, its value, items of flow
    // lists): arrays made for four are cut to size at the end, never grown and copied.
    this.tree = new FastTree(text, this.table.length * 4 + 8);
  }

  /** The document, whose content starts at offset `body` (after a leading `---` line). */
  parseDocument(body: number): { data: unknown; tree: FastTree; root: number | null } {
    let first = this.nextContent(0);
    while (first !== -1 && this.table.start(first) < body) first = this.nextContent(first + 1);
    // An empty document after a marker is placed after the marker by the reference parser.
    if (first === -1 && body > 0) giveUp();
    if (first === -1) {
      this.tree.trim(0);
      return { data: null, tree: this.tree, root: null };
    }
    const value = this.blockNode(first, this.table.indent(first), -1);
    if (this.nextContent(this.after) !== -1) giveUp();
    this.tree.trim(this.count);
    return { data: value, tree: this.tree, root: 0 };
  }

  /** The index of the first non-blank line at or after `index`, or -1. */
  private nextContent(index: number): number {
    for (let i = index; i < this.table.length; i++) if (!this.table.isBlank(i)) return i;
    return -1;
  }

  node(start: number, end: number, kind: number, parent: number, value?: unknown): number {
    const { tree } = this;
    // Written by index into the arrays made for the expected count; past it they grow.
    const index = this.count++;
    tree.starts[index] = start;
    tree.ends[index] = end;
    tree.kinds[index] = kind;
    tree.parents[index] = parent;
    tree.values[index] = value;
    return index;
  }

  /** The value of a node read elsewhere (`subset-multiline.ts`), its next line noted. */
  private ended(read: { value: unknown; next: number }): unknown {
    this.after = read.next;
    return read.value;
  }

  /** A node that starts on its own line at `indent`: a block sequence, a block mapping, or one value. */
  private blockNode(index: number, indent: number, parent: number): unknown {
    const content = this.table.content(index);
    const end = this.table.end(index);
    if (this.isSequenceEntry(content, end)) return this.blockSequence(index, indent, parent);
    if (this.mappingKeyEnd(content, end) !== -1) return this.blockMapping(index, indent, content, parent);
    return this.inlineValue(content, index, indent - 1, parent);
  }

  private isSequenceEntry(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === end || this.text.charCodeAt(at + 1) === 32);
  }

  /** Where a mapping key written at `at` ends (its `:`), or -1 when the line holds no key. */
  private mappingKeyEnd(at: number, end: number): number {
    const { text } = this;
    const first = text[at];
    if (first === '"' || first === "'") {
      const close = quotedEnd(this.text, at, end);
      if (close === -1) return -1;
      let colon = close;
      while (colon < end && text.charCodeAt(colon) === 32) colon++;
      return text[colon] === ':' && (colon + 1 === end || text.charCodeAt(colon + 1) === 32) ? colon : -1;
    }
    for (let i = at; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 35 && i > at && text.charCodeAt(i - 1) === 32) return -1;
      if (code === 58 && (i + 1 === end || text.charCodeAt(i + 1) === 32)) return i;
    }
    return -1;
  }

  private blockMapping(index: number, indent: number, firstKey: number, parent: number): unknown {
    const { table, text } = this;
    const mapping = this.node(firstKey, firstKey, MAPPING, parent);
    const data: Record<string, unknown> = {};
    let at = firstKey;
    let i = index;
    for (;;) {
      const lineEnd = table.end(i);
      const colon = this.mappingKeyEnd(at, lineEnd);
      if (colon === -1) giveUp();
      const key = this.key(at, colon, mapping);
      // A key is in the data once its value is: no set of the keys seen is needed.
      if (Object.prototype.hasOwnProperty.call(data, key)) this.tree.hasDuplicateKeys = true;
      let valueStart = colon + 1;
      while (valueStart < lineEnd && text.charCodeAt(valueStart) === 32) valueStart++;
      let value: unknown;
      if (valueStart === lineEnd || text.charCodeAt(valueStart) === 35) {
        const next = this.nextContent(i + 1);
        const nextIndent = next === -1 ? -1 : table.indent(next);
        if (next !== -1 && nextIndent > indent) value = this.blockNode(next, nextIndent, mapping);
        else if (next !== -1 && nextIndent === indent && this.isSequenceEntry(table.content(next), table.end(next)))
          value = this.blockSequence(next, indent, mapping);
        else {
          this.node(colon + 1, colon + 1, 0, mapping, null);
          value = null;
          this.after = i + 1;
        }
      } else {
        value = this.inlineValue(valueStart, i, indent, mapping);
      }
      setOwn(data, key, value);
      const next = this.nextEntryLine(mapping, indent);
      if (next === -1) return data;
      const nextIndent = table.indent(next);
      const nextContent = table.content(next);
      if (nextIndent > indent || this.isSequenceEntry(nextContent, table.end(next))) {
        // A sequence entry at the mapping's own indentation ends a mapping that is a sequence item's value.
        if (
          nextIndent === indent &&
          this.isSequenceEntry(nextContent, table.end(next)) &&
          parent !== -1 &&
          this.tree.kinds[parent] === SEQUENCE
        ) {
          this.after = next;
          return data;
        }
        giveUp();
      }
      i = next;
      at = nextContent;
    }
  }

  /**
   * After an entry of the block collection `node` indented `indent`: extends the collection
   * over the entry and gives the next line with content, or -1 when the collection ends
   * there (a line less indented, or none), with `after` set to where what follows starts.
   */
  private nextEntryLine(node: number, indent: number): number {
    const { table } = this;
    this.tree.ends[node] = table.end(this.after - 1);
    const next = this.nextContent(this.after);
    if (next === -1) {
      this.after = table.length;
      return -1;
    }
    if (table.indent(next) < indent) {
      this.after = next;
      return -1;
    }
    return next;
  }

  key(at: number, colon: number, mapping: number): string {
    const { text } = this;
    let end = colon;
    while (end > at && text.charCodeAt(end - 1) === 32) end--;
    const first = text.charCodeAt(at);
    let name: string;
    if (first === 34 /* " */ || first === 39 /* ' */) {
      if (quotedEnd(text, at, end) !== end) giveUp();
      name = unquote(text.slice(at, end));
    } else {
      // No ` #` can be in a key: the block and flow parsers end a key's search at one.
      if (end === at || isIndicator(first)) giveUp();
      const raw = text.slice(at, end);
      const value = resolvePlain(raw);
      // Keys that are numbers, booleans or null are named differently by different parsers.
      if (typeof value !== 'string') giveUp();
      name = value as string;
    }
    this.node(at, end, SCALAR, mapping, name);
    return name;
  }

  private blockSequence(index: number, indent: number, parent: number): unknown {
    const { table, text } = this;
    const firstDash = table.content(index);
    const sequence = this.node(firstDash, firstDash, SEQUENCE, parent);
    const data: unknown[] = [];
    let i = index;
    for (;;) {
      const lineEnd = table.end(i);
      let at = table.content(i) + 1;
      while (at < lineEnd && text.charCodeAt(at) === 32) at++;
      let value: unknown;
      if (at === lineEnd || text.charCodeAt(at) === 35) {
        const next = this.nextContent(i + 1);
        // An empty item's position differs between parsers: left to the reference.
        if (next === -1 || table.indent(next) <= indent) giveUp();
        value = this.blockNode(next, table.indent(next), sequence);
      } else if (this.isSequenceEntry(at, lineEnd)) {
        giveUp();
      } else if (this.mappingKeyEnd(at, lineEnd) !== -1 && text.charCodeAt(at) !== 91 /* [ */ && text.charCodeAt(at) !== 123 /* { */) {
        value = this.blockMapping(i, at - table.start(i), at, sequence);
      } else {
        value = this.inlineValue(at, i, indent, sequence);
      }
      data.push(value);
      const next = this.nextEntryLine(sequence, indent);
      if (next === -1) return data;
      if (table.indent(next) > indent) giveUp();
      if (!this.isSequenceEntry(table.content(next), table.end(next))) {
        // A key at the sequence's indentation belongs to the mapping that holds the sequence.
        if (parent !== -1 && this.tree.kinds[parent] === MAPPING) {
          this.after = next;
          return data;
        }
        giveUp();
      }
      i = next;
    }
  }

  /**
   * A value that starts at `at` on line `index`, in a block whose indentation is `indent`:
   * a flow collection, a quoted or plain scalar, or a literal block scalar. Returns the
   * index of the line after it.
   */
  private inlineValue(at: number, index: number, indent: number, parent: number): unknown {
    const { text } = this;
    const lineEnd = this.table.end(index);
    const first = text.charCodeAt(at);
    let end: number;
    let value: unknown;
    if (first === 91 /* [ */ || first === 123 /* { */) {
      const flow = flowCollection(this, at, lineEnd, parent);
      end = flow.end;
      value = flow.value;
    } else if (first === 34 /* " */ || first === 39 /* ' */) {
      end = quotedEnd(text, at, lineEnd);
      if (end === -1) return this.ended(multiLineQuoted(this, at, index, indent, parent));
      value = unquote(text.slice(at, end));
      this.node(at, end, SCALAR, parent, value);
    } else if (first === 124 /* | */ || first === 62 /* > */) {
      return this.ended(blockScalar(this, at, index, indent, parent));
    } else {
      // `-` may start a plain scalar when something other than a space follows it (`-5`, `-x`).
      if (isIndicator(first) && !(first === 45 && text.charCodeAt(at + 1) !== 32 && at + 1 < lineEnd)) giveUp();
      end = lineEnd;
      let comment = false;
      // A comment starts at ` #`; searched within this line only.
      for (let i = at + 1; i < lineEnd; i++) {
        if (text.charCodeAt(i) === 35 && text.charCodeAt(i - 1) === 32) {
          end = i - 1;
          comment = true;
          break;
        }
      }
      while (end > at && text.charCodeAt(end - 1) === 32) end--;
      const raw = text.slice(at, end);
      if (raw.includes(': ') || raw.endsWith(':')) giveUp();
      const continued = comment ? undefined : this.plainContinuation(index, indent);
      if (continued) {
        // A plain scalar over several lines, as YAML writers fold long text.
        value = resolvePlain(fold([raw, ...continued.lines]));
        this.node(at, continued.end, SCALAR, parent, value);
        this.expectNothingDeeper(continued.last + 1, indent);
        this.after = continued.last + 1;
        return value;
      }
      value = resolvePlain(raw);
      this.node(at, end, SCALAR, parent, value);
    }
    this.expectLineEnd(end, lineEnd);
    this.expectNothingDeeper(index + 1, indent);
    this.after = index + 1;
    return value;
  }

  /** A more indented line after a value would continue it in a way this parser does not read. */
  expectNothingDeeper(index: number, indent: number): void {
    const next = this.nextContent(index);
    if (next !== -1 && this.table.indent(next) > indent) giveUp();
  }

  /**
   * The lines that continue a plain scalar on line `index` (each without its indentation
   * and trailing spaces, '' for an empty line), in a block indented `indent`: the lines
   * after it indented deeper, up to the last one with text. Undefined when there are none.
   * Lines that YAML could read as something else (starting with an indicator, holding
   * `: ` or ` #`) are left to the reference parser; a comment line ends the scalar.
   */
  private plainContinuation(index: number, indent: number): { lines: string[]; last: number; end: number } | undefined {
    const { text, table } = this;
    // Allocated at the first continuation line: most plain scalars have none.
    let lines: string[] | undefined;
    let last = -1;
    let end = 0;
    let empties = 0;
    for (let i = index + 1; i < table.length; i++) {
      const content = table.content(i);
      const lineEnd = table.end(i);
      if (content === lineEnd) {
        empties++;
        continue;
      }
      if (table.indent(i) <= indent || text.charCodeAt(content) === 35) break;
      let stop = lineEnd;
      while (stop > content && text.charCodeAt(stop - 1) === 32) stop--;
      const part = text.slice(content, stop);
      if (isIndicator(part.charCodeAt(0)) || part.includes(': ') || part.endsWith(':') || part.includes(' #')) giveUp();
      lines ??= [];
      for (; empties > 0; empties--) lines.push('');
      lines.push(part);
      last = i;
      end = stop;
    }
    return lines === undefined ? undefined : { lines, last, end };
  }

  expectLineEnd(at: number, end: number): void {
    let i = at;
    while (i < end && this.text.charCodeAt(i) === 32) i++;
    if (i < end && !(this.text.charCodeAt(i) === 35 && i > at)) giveUp();
  }
}
