/**
 * The unified pipelines every playbook document goes through: mdast → Markdown, and mdast → hast → HTML with our
 * rehype plugins. They are the reference the fast printers (markdown-print.ts, html-print.ts) match byte for byte,
 * and what those printers hand a node to when it is not one of the plain shapes they print themselves.
 */
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import rehypeTickBoxes from './tick-boxes.ts';
import rehypeTableWrap from '../markdown/table-wrap.ts';
import rehypeDropUnsafeUrls from '../markdown/drop-unsafe-urls.ts';

/** mdast → GitHub-flavoured Markdown (text is escaped by the printer). */
export const markdownPrinter = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-' });

/** mdast → hast, with unsafe URLs dropped, tick boxes for task items, and every table in a named scroll region. */
export const toHast = unified().use(remarkRehype).use(rehypeDropUnsafeUrls).use(rehypeTickBoxes).use(rehypeTableWrap);

/** The same without the table regions, whose names depend on the rest of the document (html-print.ts adds them). */
const toHastUnwrapped = unified().use(remarkRehype).use(rehypeDropUnsafeUrls).use(rehypeTickBoxes);

/** hast → HTML. */
export const htmlPrinter = unified().use(rehypeStringify);

const MARK = 'x';

/**
 * Top-level nodes as the Markdown printer writes them inside a document: without the final newline a whole file
 * gets. (A paragraph is printed after them and cut off again, so output that itself ends in a newline stays whole.)
 */
export function markdownOf(nodes: RootContent[]): string {
  if (!nodes.length) return '';
  const root: Root = {
    type: 'root',
    children: [...nodes, { type: 'paragraph', children: [{ type: 'text', value: MARK }] }],
  };
  const text = markdownPrinter.stringify(root);
  return text.slice(0, text.length - `\n\n${MARK}\n`.length);
}

/** Top-level nodes through the whole HTML pipeline, as hast. */
export function hastOf(nodes: RootContent[], wrapTables = true): HastRoot {
  return (wrapTables ? toHast : toHastUnwrapped).runSync({ type: 'root', children: nodes }) as HastRoot;
}
