/** The numbered steps of a tactic body as plain text, for playbooks and checklists. */
import type { ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseBody, type BodyFormat } from './parse.ts';
import { splitSections, stepList } from './sections.ts';

const cache = new Map<string, string[]>();

/** A step's text: its first block that is not raw HTML, without the HTML tags (dropped, as the site page drops them). */
function stepText(item: ListItem): string {
  const first = item.children.find((n) => n.type !== 'html');
  return first ? toString(first, { includeHtml: false }).replace(/\s+/g, ' ').trim() : '';
}

/** Each top-level item of the Steps list, as one line of plain text (items that were only raw HTML are left out). */
export function tacticSteps(body: string, format: BodyFormat = {}): string[] {
  const key = `${format.mdx ? 'mdx' : 'md'}:${body}`;
  let steps = cache.get(key);
  if (!steps) {
    const list = stepList(splitSections(parseBody(body, format)));
    steps = list ? list.children.map(stepText).filter(Boolean) : [];
    cache.set(key, steps);
  }
  return steps;
}
