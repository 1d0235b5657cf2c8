/**
 * What a template's copy button copies, made at build time from the block: its Markdown when it holds a table, plain
 * text for lists and forms; and the site's controls that carry it.
 */
import type { Element, ElementContent } from 'hast';
import type { List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The class of the controls the page script looks for (hidden until that script runs). */
export const COPY_BAR_CLASS = 'copy-bar';

/** The text to copy and what it is. */
interface CopyText {
  format: 'markdown' | 'text';
  text: string;
}

const hasTable = (nodes: readonly RootContent[]): boolean =>
  nodes.some((n) => n.type === 'table' || ('children' in n && hasTable(n.children as RootContent[])));

/**
 * A template's content as the text to copy: when it holds a table, the Markdown its author wrote (a slice of
 * `source`, the body the nodes were parsed from, so blanks like `___` stay as written rather than escaped by a
 * serialiser); else plain text.
 */
function copyText(content: readonly RootContent[], source: string): CopyText {
  const children = content.filter((n) => !n.type.startsWith('mdx'));
  if (!hasTable(children)) return { format: 'text', text: plainText(children) };
  const from = children[0]?.position?.start.offset;
  const to = children.at(-1)?.position?.end.offset;
  if (from === undefined || to === undefined) throw new Error('copyText: the nodes have no positions in the source');
  return { format: 'markdown', text: source.slice(from, to).trim() };
}

/** Block nodes as plain text: paragraphs as lines, lists with `-` or numbers (and `[ ]` for tasks). */
function plainText(nodes: readonly RootContent[], separator = '\n\n'): string {
  return nodes
    .map((node) => {
      if (node.type === 'list') return listText(node);
      if (node.type === 'paragraph' || node.type === 'heading') return phrasing((node as Paragraph).children);
      if (node.type === 'blockquote') return plainText(node.children);
      if (node.type === 'code') return node.value;
      return node.type === 'html' || node.type === 'definition' ? '' : toString(node, { includeHtml: false });
    })
    .filter(Boolean)
    .join(separator);
}

const phrasing = (nodes: PhrasingContent[]): string =>
  nodes.map((n) => (n.type === 'break' ? '\n' : toString(n, { includeHtml: false }))).join('');

function listText(list: List): string {
  return list.children
    .map((item, i) => {
      const marker = list.ordered ? `${(list.start ?? 1) + i}. ` : '- ';
      const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
      const lines = plainText(item.children, item.spread ? '\n\n' : '\n').split('\n');
      return marker + box + lines.map((l, j) => (j && l ? ' '.repeat(marker.length) + l : l)).join('\n');
    })
    .join(list.spread ? '\n\n' : '\n');
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const hiddenText = (value: string) => el('span', { className: ['visually-hidden'] }, [text(value)]);

/**
 * The site's copy controls for a template titled `title` (its content parsed from `body`): a button and a live
 * status for screen readers, hidden until the page script reveals them so that without JavaScript no control is
 * dead, and the text itself in a disclosure to select by hand. As mdast nodes that render as that HTML: the bar for
 * the top of the block, the disclosure for its end.
 */
export function copyControls(
  content: readonly RootContent[],
  title: string,
  body: string,
): { bar: Paragraph; source: Paragraph } {
  const { format, text: value } = copyText(content, body);
  const bar = el('div', { className: [COPY_BAR_CLASS], hidden: true }, [
    el('button', { type: 'button', className: ['copy-button'], dataCopyFormat: format }, [
      el('span', { className: ['copy-label'] }, [text(format === 'markdown' ? 'Copy as Markdown' : 'Copy text')]),
      hiddenText(`: ${title}`),
    ]),
    el('span', { className: ['copy-status', 'visually-hidden'], role: 'status' }, []),
  ]);
  const source = el('details', { className: ['copy-source'] }, [
    el('summary', {}, [text(format === 'markdown' ? 'Markdown to copy' : 'Text to copy'), hiddenText(`: ${title}`)]),
    el('pre', {}, [el('code', {}, [text(value)])]),
  ]);
  const node = (h: Element): Paragraph => ({
    type: 'paragraph',
    children: [],
    data: { hName: h.tagName, hProperties: h.properties, hChildren: h.children },
  });
  return { bar: node(bar), source: node(source) };
}
