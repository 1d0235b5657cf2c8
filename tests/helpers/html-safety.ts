/** Parses HTML as a browser would and lists anything that could run: script elements, event handlers, javascript: URLs. */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

/** Descriptions of executable markup found in the page (empty when the page is inert). */
export function executableMarkup(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'script') found.push('<script> element');
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
      if (typeof value === 'string' && /^\s*javascript:/i.test(value))
        found.push(`${node.tagName} ${name}=javascript:`);
    }
  });
  return found;
}
