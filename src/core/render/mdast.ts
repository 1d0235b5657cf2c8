/** Tiny mdast builders, so the plan-to-tree code reads like the document it makes. */
import type {
  BlockContent,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  Text,
} from 'mdast';

/** A text node (escaped by every renderer). */
const text = (value: string): Text => ({ type: 'text', value });
/** Inline content from strings and nodes. */
const inline = (parts: (string | PhrasingContent)[]): PhrasingContent[] =>
  parts.map((p) => (typeof p === 'string' ? text(p) : p));
/** A heading with an explicit id (for the table of contents and anchors). */
export const heading = (depth: 1 | 2 | 3 | 4, id: string, ...parts: (string | PhrasingContent)[]): Heading => ({
  type: 'heading',
  depth,
  children: inline(parts),
  data: { hProperties: { id } },
});
/** A paragraph. */
export const para = (...parts: (string | PhrasingContent)[]): Paragraph => ({
  type: 'paragraph',
  children: inline(parts),
});
/** Bold text. */
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
/** A link. */
export const link = (url: string, value: string): PhrasingContent => ({ type: 'link', url, children: [text(value)] });
/** A list item of inline parts; `checked` makes it a task item (a tick box). */
export const item = (parts: (string | PhrasingContent)[], checked?: boolean): ListItem => ({
  type: 'listItem',
  spread: false,
  ...(checked === undefined ? {} : { checked }),
  children: [para(...parts)],
});
/** A list item holding blocks. */
export const blockItem = (blocks: BlockContent[]): ListItem => ({ type: 'listItem', spread: false, children: blocks });
/** A bullet or numbered list. */
export const list = (ordered: boolean, items: ListItem[], className?: string): List => ({
  type: 'list',
  ordered,
  spread: false,
  children: items,
  ...(className ? { data: { hProperties: { className: [className] } } } : {}),
});
/** A GFM table from a header row and body rows of strings. */
export const table = (head: string[], rows: string[][], className?: string): Table => ({
  type: 'table',
  align: head.map(() => null),
  children: [head, ...rows].map((cells) => ({
    type: 'tableRow',
    children: cells.map((c): TableCell => ({ type: 'tableCell', children: c ? [text(c)] : [] })),
  })),
  ...(className ? { data: { hProperties: { className: [className] } } } : {}),
});
/** A root node. */
export const root = (children: RootContent[]): Root => ({ type: 'root', children });
