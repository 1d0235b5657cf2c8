/** remark plugin: gives every heading a stable id and records the outline, for anchors and tables of contents. */
import GithubSlugger from 'github-slugger';
import type { Heading, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** One heading of a rendered body. */
export interface OutlineItem {
  depth: number;
  id: string;
  text: string;
}

/** Options: where to collect headings, which depths, and an id prefix to avoid clashes with page ids. */
export interface HeadingIdOptions {
  outline?: OutlineItem[];
  maxDepth?: number;
  prefix?: string;
}

const defaults: Required<Omit<HeadingIdOptions, 'outline'>> = { maxDepth: 3, prefix: '' };

/**
 * Adds `id`s to headings (GitHub-style slugs) and pushes them into `options.outline`. A heading that leads a
 * `section` (a content block) also names it, so assistive technology announces the block by its title.
 */
export default function remarkHeadingIds(options: HeadingIdOptions = {}) {
  const { maxDepth, prefix } = { ...defaults, ...options };
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'heading', (node: Heading, index, parent: Parent | undefined) => {
      const text = toString(node).trim();
      const id = prefix + slugger.slug(text);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      if (node.depth <= maxDepth) options.outline?.push({ depth: node.depth, id, text });
      if (index === 0 && parent?.data?.hName === 'section')
        parent.data.hProperties = { ...parent.data.hProperties, ariaLabelledBy: [id] };
    });
  };
}
