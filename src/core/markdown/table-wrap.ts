/** rehype plugin: wraps each table in a keyboard-focusable scroll region named after its heading, so wide tables stay reachable. */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';

/** Puts every `<table>` inside `<div class="table-wrap" role="region" tabindex="0" aria-label="<heading> (table)">`. */
export default function rehypeTableWrap() {
  return (tree: Root) => {
    // Two tables under one heading would share a name, and landmark names must be unique: number the repeats.
    const seen = new Map<string, number>();
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const name = headingBefore(parent.children, index) ?? 'Table';
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      const label = `${name} (table${n > 1 ? ` ${n}` : ''})`;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ariaLabel: label },
        children: [node],
      };
      return SKIP;
    });
  };
}

/** The text of the nearest heading before position `index` among siblings. */
function headingBefore(siblings: (ElementContent | Root['children'][number])[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const node = siblings[i]!;
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) return toString(node).trim();
  }
  return undefined;
}
