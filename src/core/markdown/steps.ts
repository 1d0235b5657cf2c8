/** The numbered steps of a tactic body as plain text, for playbooks and checklists. */
import { toString } from 'mdast-util-to-string';
import { parseBody } from './parse.ts';
import { splitSections, stepList } from './sections.ts';

const cache = new Map<string, string[]>();

/** Each top-level item of the Steps list, as one line of plain text. */
export function tacticSteps(body: string): string[] {
  let steps = cache.get(body);
  if (!steps) {
    const list = stepList(splitSections(parseBody(body)));
    steps = list
      ? list.children.map((item) =>
          toString(item.children[0] ?? item)
            .replace(/\s+/g, ' ')
            .trim(),
        )
      : [];
    cache.set(body, steps);
  }
  return steps;
}
