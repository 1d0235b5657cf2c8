/** The one Markdown pipeline: content bodies → mdast (GFM, and MDX for `.mdx` files), shared by the site, the generator and the checks. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';

const markdown = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** How a body is read: `.md` as plain Markdown (a `<` or `{` is just text), `.mdx` with MDX syntax. */
export interface BodyFormat {
  mdx?: boolean;
}

/** True when a content file is MDX, by its name. */
export const isMdxFile = (file: string): boolean => file.endsWith('.mdx');

/** Parses a body into an mdast tree (with positions); MDX that cannot be read throws the parser's message. */
export function parseBody(body: string, format: BodyFormat = {}): Root {
  const parser = format.mdx ? mdx : markdown;
  return parser.runSync(parser.parse(body)) as Root;
}
