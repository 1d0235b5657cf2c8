/** A template, script or agenda as generated documents show it (no parser here: the browser builds playbooks too). */
import type { Heading, RootContent } from 'mdast';
import { KIND_LABELS, type ContentBlock } from './components.ts';

/** A block's heading: "Template: Norms inventory" (a title that already starts with its kind keeps its own words). */
export function blockLabel(block: ContentBlock): string {
  const kind = KIND_LABELS[block.kind];
  return block.title.toLowerCase().startsWith(`${kind.toLowerCase()}:`) ? block.title : `${kind}: ${block.title}`;
}

/** A block in a generated document: a small heading (`id`, at `depth`), then its content. */
export function blockNodes(block: ContentBlock, depth: Heading['depth'], id: string): RootContent[] {
  const heading: Heading = {
    type: 'heading',
    depth,
    children: [{ type: 'text', value: blockLabel(block) }],
    data: { hProperties: { id, className: ['block-title', `block-${block.kind}`] } },
  };
  return [heading, ...block.content];
}
