/** Renders content Markdown to HTML with the one unified pipeline (raw HTML and unsafe URLs in content are dropped, never passed through). */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import remarkHeadingIds, { type OutlineItem } from './heading-ids.ts';
import rehypeTableWrap from './table-wrap.ts';
import rehypeDropUnsafeUrls from './drop-unsafe-urls.ts';

/** Rendered HTML and the headings it contains. */
export interface RenderedBody {
  html: string;
  outline: OutlineItem[];
}

/** Markdown → HTML with heading ids; `shiftHeadings` demotes headings (e.g. a body rendered under a page h2). */
export function renderBody(
  markdown: string,
  options: { shiftHeadings?: number; idPrefix?: string } = {},
): RenderedBody {
  const outline: OutlineItem[] = [];
  const shift = options.shiftHeadings ?? 0;
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(() => (tree) => {
      if (shift)
        for (const node of (tree as Root).children)
          if (node.type === 'heading') node.depth = Math.min(6, node.depth + shift) as 1;
    })
    .use(remarkHeadingIds, { outline, prefix: options.idPrefix ?? '' })
    .use(remarkRehype)
    .use(rehypeDropUnsafeUrls)
    .use(rehypeTableWrap)
    .use(rehypeStringify)
    .processSync(markdown);
  return { html: String(file), outline };
}
