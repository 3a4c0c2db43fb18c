import type { ComponentKind } from '../../design.js';
import type { DataPath } from '../../types.js';
import { componentsOf } from '../../design/architecture-graph.js';
import { saysSomething } from '../../design/hollow.js';
import { valueAt } from '../../design/values.js';

/** Whether `architecture.components` lists a component of this kind (items that are not mappings are ignored). */
export function hasComponentOfKind(design: unknown, kind: ComponentKind): boolean {
  return componentsOf(design).some((component) => component.kind === kind);
}

/**
 * Whether the design names a part either in a step's field (saying something, not `None`) or
 * as an architecture component of the given kind.
 */
export function declaresPart(design: unknown, path: DataPath, kind: ComponentKind): boolean {
  return saysSomething(valueAt(design, path)) || hasComponentOfKind(design, kind);
}
