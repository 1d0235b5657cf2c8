/** rehype plugin: removes any href or src a browser could run or fetch from elsewhere, whatever produced the tree. */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isSafeUrl } from './safe-url.ts';

// hast property names that hold URLs: ones that navigate are links, ones the page loads are images (project only).
const URL_PROPERTIES = {
  href: 'link',
  xLinkHref: 'link',
  action: 'link',
  formAction: 'link',
  cite: 'link',
  ping: 'link',
  src: 'image',
  srcSet: 'image',
  poster: 'image',
  data: 'image',
} as const;

/** The URLs of one property value (`srcset` lists several, each with an optional width or density). */
function urlsOf(name: string, value: unknown): string[] {
  const parts = Array.isArray(value) ? value.map(String) : [String(value)];
  if (name !== 'srcSet') return parts;
  return parts.flatMap((p) => p.split(',')).map((c) => c.trim().split(/\s+/)[0] ?? '');
}

/**
 * Deletes every URL property that validation would reject (DESIGN.md §6 rule 12), so a page never carries a
 * `javascript:` link or a remote image even if content skipped `npm run validate`. The element and its text stay.
 */
export default function rehypeDropUnsafeUrls() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const [name, kind] of Object.entries(URL_PROPERTIES)) {
        const value = node.properties[name];
        if (value === undefined || value === null) continue;
        if (!urlsOf(name, value).every((url) => isSafeUrl(url, kind))) delete node.properties[name];
      }
    });
  };
}
