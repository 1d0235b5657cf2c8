/** remark plugin: turns the content components of an MDX body into plain sections and notes, and drops any other MDX. */
import type { Heading, Node, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { COMPONENTS, KIND_LABELS, componentOf, type ComponentUse } from './components.ts';

/** Options: the depth of a block's title heading (a body's sections are `##`, so its blocks are `###`). */
export interface ContentBlockOptions {
  headingDepth?: Heading['depth'];
}

const defaults: Required<ContentBlockOptions> = { headingDepth: 3 };

/**
 * `<Template|Script|Agenda title>` becomes `<section class="block block-…">` led by a heading with the title (so
 * heading ids, the outline and table labels treat it like any heading); `<Callout kind>` becomes a labelled note.
 * Everything else MDX (import/export, `{expressions}`, unknown or inline elements) is refused by validation; should
 * it get here anyway, its code is dropped and an element's text kept, as raw HTML is in Markdown.
 */
export default function remarkContentBlocks(options: ContentBlockOptions = {}) {
  const { headingDepth } = { ...defaults, ...options };
  return (tree: Root) => {
    visit(tree, (node: Node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !node.type.startsWith('mdx')) return;
      const component = node.type === 'mdxJsxFlowElement' ? componentOf(node as MdxJsxFlowElement) : undefined;
      if (component) return shape(node as MdxJsxFlowElement, component, headingDepth);
      const keep = node.type.startsWith('mdxJsx') ? (node as Parent).children : [];
      parent.children.splice(index, 1, ...keep);
      return index;
    });
  };
}

/** Gives a component element the HTML it stands for; its children are visited next. */
function shape(node: MdxJsxFlowElement, use: ComponentUse, depth: Heading['depth']): undefined {
  node.attributes = [];
  if (use.name === 'Callout') {
    const kind = (COMPONENTS.Callout.values as readonly string[]).includes(use.value) ? use.value : 'tip';
    const label = KIND_LABELS[kind as keyof typeof KIND_LABELS];
    node.data = { hName: 'div', hProperties: { className: ['callout', `callout-${kind}`], role: 'note' } };
    node.children.unshift({
      type: 'paragraph',
      data: { hProperties: { className: ['callout-label'] } },
      children: [{ type: 'text', value: label }],
    });
    return undefined;
  }
  node.data = { hName: 'section', hProperties: { className: ['block', `block-${COMPONENTS[use.name].kind}`] } };
  node.children.unshift({ type: 'heading', depth, children: [{ type: 'text', value: use.value }] });
  return undefined;
}
