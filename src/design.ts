/** The 7 steps of the ML system design framework, in order, with what the report calls them. */
export const STEPS = [
  { key: 'requirements', number: 1, title: 'Clarify Requirements' },
  { key: 'framing', number: 2, title: 'Frame the Problem' },
  { key: 'data', number: 3, title: 'Data Preparation' },
  { key: 'model', number: 4, title: 'Model Development' },
  { key: 'evaluation', number: 5, title: 'Evaluation' },
  { key: 'deployment', number: 6, title: 'Deployment' },
  { key: 'monitoring', number: 7, title: 'Monitoring' },
] as const;

export type StepKey = (typeof STEPS)[number]['key'];

export const COMPONENT_KINDS = [
  'data-source', 'data-processing', 'feature-store', 'storage', 'training', 'registry', 'serving', 'monitoring', 'experimentation', 'other',
] as const;

export type ComponentKind = (typeof COMPONENT_KINDS)[number];

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A design's id: its valid `id`, else its file's base name made into one. Reports are
 * named after it, so it never holds a path separator or dots.
 */
export function designId(filePath: string, data: unknown): string {
  const declared =
    data !== null && typeof data === 'object' && Object.prototype.hasOwnProperty.call(data, 'id')
      ? (data as { id?: unknown }).id
      : undefined;
  if (typeof declared === 'string' && ID_PATTERN.test(declared)) return declared;
  const base = (filePath.split(/[\\/]/).pop() ?? '').replace(/\.ya?ml$/i, '');
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'design' : slug;
}
