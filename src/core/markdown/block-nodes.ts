/** A template, script, agenda or callout as generated documents show it (no parser here: the browser builds playbooks too). */
import type { BlockContent, Heading, Paragraph, RootContent } from 'mdast';
import { KIND_LABELS, type ContentBlock } from './components.ts';

/** A block's heading: "Template: Norms inventory" (a title that already starts with its kind keeps its own words). */
export function blockLabel(block: ContentBlock): string {
  const kind = KIND_LABELS[block.kind];
  if (!block.title) return kind;
  return block.title.toLowerCase().startsWith(`${kind.toLowerCase()}:`) ? block.title : `${kind}: ${block.title}`;
}

/** A block in a generated document: a small heading (`id`, at `depth`), then its content; a callout, a quote led by its kind. */
export function blockNodes(block: ContentBlock, depth: Heading['depth'], id: string): RootContent[] {
  if (block.kind === 'tip' || block.kind === 'warning') {
    const lead: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', value: `${blockLabel(block)}:` }] }],
    };
    return [
      {
        type: 'blockquote',
        children: [lead, ...(block.content as BlockContent[])],
        data: { hProperties: { className: ['callout', `callout-${block.kind}`] } },
      },
    ];
  }
  const heading: Heading = {
    type: 'heading',
    depth,
    children: [{ type: 'text', value: blockLabel(block) }],
    data: { hProperties: { id, className: ['block-title', `block-${block.kind}`] } },
  };
  return [heading, ...block.content];
}
