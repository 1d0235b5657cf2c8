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

/**
 * Bodies parsed so far, by format and text: a process reads each body several times (the checks, the search
 * documents, a tactic's steps and blocks, a playbook's page), and parsing costs about 20 times what a copy does.
 * A site build holds two copies of this module (Astro's content config and its server bundle), so the map lives on
 * the global object, as render-body.ts's does. Bounded, so a library many times the real one's size (the bench's)
 * keeps the most recent bodies only.
 */
const PARSED = Symbol.for('playbook.parsed-bodies');
const parsed: Map<string, Root> = ((globalThis as { [PARSED]?: Map<string, Root> })[PARSED] ??= new Map());
const KEPT = 512;

/** Parses a body into an mdast tree (with positions); MDX that cannot be read throws the parser's message. */
export function parseBody(body: string, format: BodyFormat = {}): Root {
  const key = `${format.mdx ? 'mdx' : 'md'}:${body}`;
  let tree = parsed.get(key);
  if (!tree) {
    const parser = format.mdx ? mdx : markdown;
    tree = parser.runSync(parser.parse(body)) as Root;
    if (parsed.size >= KEPT) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, tree);
  }
  // Each caller gets its own copy: some transform the tree they are given.
  return structuredClone(tree);
}
