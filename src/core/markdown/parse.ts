/** The one Markdown pipeline: content bodies → mdast (GFM), shared by the site, the generator and the checks. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses a Markdown body into an mdast tree (with positions). */
export function parseBody(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}
