/** Renders content Markdown to HTML with the one unified pipeline (raw HTML and unsafe URLs in content are dropped, never passed through). */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import remarkContentBlocks from './content-blocks.ts';
import remarkHeadingIds, { type OutlineItem } from './heading-ids.ts';
import type { BodyFormat } from './parse.ts';
import rehypeTableWrap from './table-wrap.ts';
import rehypeDropUnsafeUrls from './drop-unsafe-urls.ts';

/** Rendered HTML and the headings it contains. */
export interface RenderedBody {
  html: string;
  outline: OutlineItem[];
}

/**
 * Markdown (or MDX, with `mdx: true`) → HTML with heading ids; `shiftHeadings` demotes headings (e.g. a body
 * rendered under a page h2), block titles included; `copyButtons` gives each template the site's copy controls.
 */
export function renderBody(markdown: string, options: RenderOptions = {}): RenderedBody {
  const key = `${options.mdx ? 1 : 0}|${options.shiftHeadings ?? 0}|${options.idPrefix ?? ''}|${options.copyButtons ? 1 : 0}|${markdown}`;
  let rendered = RENDERED.get(key);
  if (!rendered) {
    if (RENDERED.size >= MEMO_LIMIT) RENDERED.clear();
    RENDERED.set(key, (rendered = Object.freeze(render(markdown, options))));
  }
  return rendered;
}

type RenderOptions = BodyFormat & { shiftHeadings?: number; idPrefix?: string; copyButtons?: boolean };

/**
 * Bodies already rendered in this process, by text and options. A site build asks for the same body several times
 * (its page, its outline, the cards that list its templates) and from two copies of this module (Astro's content
 * config and its server bundle), so the memo lives on the global object; it is bounded for long-lived dev servers.
 */
const MEMO = Symbol.for('playbook.rendered-bodies');
const MEMO_LIMIT = 5000;
const RENDERED: Map<string, Readonly<RenderedBody>> = ((globalThis as { [MEMO]?: Map<string, RenderedBody> })[MEMO] ??=
  new Map());

function render(markdown: string, options: RenderOptions): RenderedBody {
  const outline: OutlineItem[] = [];
  const shift = options.shiftHeadings ?? 0;
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (options.mdx) processor.use(remarkMdx);
  const file = processor
    .use(() => (tree) => {
      if (shift)
        for (const node of (tree as Root).children)
          if (node.type === 'heading') node.depth = Math.min(6, node.depth + shift) as 1;
    })
    .use(remarkContentBlocks, { headingDepth: Math.min(6, 3 + shift) as 3, copyButtons: options.copyButtons })
    .use(remarkHeadingIds, { outline, prefix: options.idPrefix ?? '' })
    .use(remarkRehype)
    .use(rehypeDropUnsafeUrls)
    .use(rehypeTableWrap)
    .use(rehypeStringify)
    .processSync(markdown);
  return { html: String(file), outline };
}
