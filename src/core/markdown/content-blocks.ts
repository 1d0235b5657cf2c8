/** remark plugin: turns the content components of an MDX body into plain sections and notes, and drops any other MDX. */
import type { Heading, Node, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { COMPONENTS, KIND_LABELS, componentOf, type ComponentUse } from './components.ts';
import { copyControls } from './copy-text.ts';

/**
 * Options: the depth of a block's title heading (a body's sections are `##`, so its blocks are `###`), and whether
 * templates get the site's copy controls.
 */
export interface ContentBlockOptions {
  headingDepth?: Heading['depth'];
  copyButtons?: boolean;
}

const defaults: Required<ContentBlockOptions> = { headingDepth: 3, copyButtons: false };

/**
 * `<Template|Script|Agenda title>` becomes `<section class="block block-…">` led by a heading with the title (so
 * heading ids, the outline and table labels treat it like any heading); `<Callout kind>` becomes a labelled note.
 * Everything else MDX (import/export, `{expressions}`, unknown or inline elements) is refused by validation; should
 * it get here anyway, its code is dropped and an element's text kept, as raw HTML is in Markdown.
 */
export default function remarkContentBlocks(options: ContentBlockOptions = {}) {
  const { headingDepth, copyButtons } = { ...defaults, ...options };
  return (tree: Root, file: { value: unknown }) => {
    const source = copyButtons ? String(file.value) : undefined;
    visit(tree, (node: Node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !node.type.startsWith('mdx')) return;
      const component = node.type === 'mdxJsxFlowElement' ? componentOf(node as MdxJsxFlowElement) : undefined;
      if (component) return shape(node as MdxJsxFlowElement, component, headingDepth, source);
      const keep = node.type.startsWith('mdxJsx') ? (node as Parent).children : [];
      parent.children.splice(index, 1, ...keep);
      return index;
    });
  };
}

/** Gives a component element the HTML it stands for (a template's copy text comes from `source`, when given). */
function shape(node: MdxJsxFlowElement, use: ComponentUse, depth: Heading['depth'], source?: string): undefined {
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
  const controls =
    source !== undefined && use.name === 'Template' ? copyControls(node.children, use.value, source) : undefined;
  node.children.unshift({ type: 'heading', depth, children: [{ type: 'text', value: use.value }] });
  if (controls) {
    node.children.splice(1, 0, controls.bar);
    node.children.push(controls.source);
  }
  return undefined;
}
