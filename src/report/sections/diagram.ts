import type { RootContent } from 'mdast';
import type { Diagram } from '../model.js';

/** A diagram as a ```mermaid block, or as its SVG image with `--svg`. */
export function diagramBlock(diagram: Diagram): RootContent {
  if (diagram.image !== undefined)
    return { type: 'paragraph', children: [{ type: 'image', url: diagram.image, alt: diagram.description }] };
  return { type: 'code', lang: 'mermaid', value: diagram.source.replace(/\n$/, '') };
}
