/** rehype plugin: turns GFM task-list checkboxes into printable tick boxes (decorative, so no unlabeled form controls). */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Replaces each `<input type="checkbox">` with an empty, aria-hidden box to tick by hand. */
export default function rehypeTickBoxes() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'input' || node.properties?.type !== 'checkbox' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['tick'], ariaHidden: 'true' },
        children: [],
      };
    });
  };
}
