import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, parse, parseDocument } from 'yaml';

/** The templates `mlsys-lint init` offers, each a file in `templates/designs/`. */
export const TEMPLATE_NAMES = ['recommendation', 'fraud-detection', 'search-ranking', 'content-moderation', 'minimal'] as const;

export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const DEFAULT_TEMPLATE: TemplateName = 'minimal';

/** A design id, and so a name for `init`: lowercase letters and digits in words joined by single hyphens. */
export const DESIGN_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Where the schema's canonical copy is published, for designs outside this package's tree. */
export const SCHEMA_URL = 'https://mlsys-lint.dev/schemas/ml-system-design.schema.json';

const TEMPLATES_DIRECTORY = new URL('../../templates/designs/', import.meta.url);
/** The schema shipped in the package, for a modeline with a relative path when the design lives beside it. */
export const PACKAGED_SCHEMA_PATH = fileURLToPath(new URL('../../schemas/ml-system-design.schema.json', import.meta.url));

const MODELINE = /^# yaml-language-server: \$schema=.*$/m;

export function isTemplateName(name: string): name is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(name);
}

/** A template's text as shipped. */
export function templateText(template: TemplateName): string {
  return readFileSync(new URL(`${template}.yaml`, TEMPLATES_DIRECTORY), 'utf8');
}

/** A design id as a human name: `fraud-scoring` → `Fraud Scoring`. */
export function titleOf(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** A YAML scalar that reads back as exactly this text: plain when that is safe, else double-quoted. */
function textScalar(value: string): string {
  try {
    if (parse(value) === value && !value.includes('#') && !value.includes(': ')) return value;
  } catch {
    // Not plain YAML: quote it.
  }
  return JSON.stringify(value);
}

export interface NewDesignOptions {
  /** The design's id, which also names its file. */
  id: string;
  /** The design's human name; defaults to the id in title case. */
  name?: string;
  /** What the yaml-language-server modeline points at: a relative path or a URL. */
  schema: string;
}

/**
 * A new design from a template: the template's text with its `id`, `name` and schema
 * modeline replaced in place, so that its comments and layout stay as written.
 */
export function newDesignText(template: TemplateName, options: NewDesignOptions): string {
  if (!DESIGN_ID_PATTERN.test(options.id)) throw new Error(`not a design id: ${options.id}`);
  let text = templateText(template);
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) throw new Error(`template ${template} is not a mapping`);
  const replacements: { range: [number, number]; value: string }[] = [];
  for (const [key, value] of [
    ['id', options.id],
    ['name', options.name ?? titleOf(options.id)],
  ] as const) {
    const node = doc.contents.get(key, true);
    if (!isScalar(node) || !node.range) throw new Error(`template ${template} has no scalar \`${key}\``);
    replacements.push({ range: [node.range[0], node.range[1]], value: textScalar(value) });
  }
  // Replace from the end of the text so that earlier offsets stay valid.
  for (const { range, value } of replacements.sort((a, b) => b.range[0] - a.range[0]))
    text = text.slice(0, range[0]) + value + text.slice(range[1]);
  return text.replace(MODELINE, `# yaml-language-server: $schema=${options.schema}`);
}
