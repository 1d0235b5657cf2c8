/** The templates a tactic's body carries, to point at from cards and play cards: its `<Template>` blocks, else its tables. */
import type { Entry } from '../core/library/types.ts';
import type { Tactic } from '../core/schema/index.ts';
import { renderBody } from '../core/markdown/render-body.ts';
import { isMdxFile } from '../core/markdown/parse.ts';
import type { Link } from './cards.ts';

const cache = new WeakMap<Entry<Tactic>, Link[]>();

/**
 * Each template as a link to its heading (`#id`), in body order, without repeats. MDX bodies mark templates as
 * blocks (agendas and scripts are not templates); a plain Markdown body's tables count, named by the heading above.
 */
export function tacticTemplates(tactic: Entry<Tactic>): Link[] {
  let found = cache.get(tactic);
  if (!found) {
    const { html, outline } = renderBody(tactic.body, { mdx: isMdxFile(tactic.file) });
    const titles = new Map(outline.map((h) => [h.id, h.text]));
    const ids: string[] = [];
    const blocks = [...html.matchAll(/<section class="block block-template" aria-labelledby="([^"]+)"/g)];
    if (blocks.length) ids.push(...blocks.map((m) => m[1]!));
    else {
      // The renderer's output, read in order: the last heading id before each table wrapper names that table.
      let heading: string | undefined;
      for (const m of html.matchAll(/<h[2-6] id="([^"]+)"|<div class="table-wrap"/g)) {
        if (m[1]) heading = m[1];
        else if (heading) ids.push(heading);
      }
    }
    found = [...new Set(ids)].filter((id) => titles.has(id)).map((id) => ({ href: `#${id}`, label: titles.get(id)! }));
    cache.set(tactic, found);
  }
  return found;
}
