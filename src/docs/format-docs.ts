import type { Root, RootContent, TableRow } from 'mdast';

interface SchemaNode {
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
}

const text = (value: string) => ({ type: 'text' as const, value });
const code = (value: string) => ({ type: 'inlineCode' as const, value });

function typeOf(node: SchemaNode): string {
  if (node.const !== undefined) return `always ${JSON.stringify(node.const)}`;
  if (node.enum) return `one of ${node.enum.join(', ')}`;
  if (node.$ref) {
    const name = node.$ref.split('/').pop();
    return name === 'textList' ? 'text or list of text' : `${name} (quantity)`;
  }
  if (node.type === 'object') return 'mapping';
  if (node.type === 'array') return `list of ${node.items?.type === 'object' ? 'mappings' : 'values'}`;
  if (node.type === 'boolean') return 'true or false';
  if (node.type === 'string') return node.pattern ? `text matching ${node.pattern}` : 'text';
  return String(node.type ?? 'any');
}

function rows(node: SchemaNode, prefix: string, out: TableRow[]): void {
  const required = new Set(node.required ?? []);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const path = `${prefix}${name}`;
    out.push({
      type: 'tableRow',
      children: [
        { type: 'tableCell', children: [code(path)] },
        { type: 'tableCell', children: [text(typeOf(child) + (required.has(name) ? ', required' : ''))] },
        { type: 'tableCell', children: [text(child.description ?? '')] },
      ],
    });
    if (child.properties) rows(child, `${path}.`, out);
    if (child.items?.properties) rows(child.items, `${path}[].`, out);
  }
}

/** docs/format.md: every field of the design format, from the schema's descriptions. */
export function formatDocTree(schema: SchemaNode, intro: RootContent[]): Root {
  const header: TableRow = {
    type: 'tableRow',
    children: ['Field', 'Type', 'Meaning'].map((value) => ({ type: 'tableCell' as const, children: [text(value)] })),
  };
  const body: TableRow[] = [];
  rows(schema, '', body);
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text('The design format')] },
      ...intro,
      { type: 'heading', depth: 2, children: [text('Fields')] },
      { type: 'table', align: ['left', 'left', 'left'], children: [header, ...body] },
    ],
  };
}
