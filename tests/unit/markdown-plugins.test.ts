/** The small unified plugins, input → expected output. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkHeadingIds, { type OutlineItem } from '../../src/core/markdown/heading-ids.ts';
import rehypeTableWrap from '../../src/core/markdown/table-wrap.ts';
import rehypeTickBoxes from '../../src/core/render/tick-boxes.ts';

const html = (md: string, plugins: { remark?: unknown[]; rehype?: unknown[] }) => {
  let p = unified().use(remarkParse).use(remarkGfm);
  for (const plugin of plugins.remark ?? []) p = p.use(...(plugin as [never]));
  let r = p.use(remarkRehype);
  for (const plugin of plugins.rehype ?? []) r = r.use(plugin as never);
  return String(r.use(rehypeStringify).processSync(md));
};

describe('remarkHeadingIds', () => {
  it('gives headings GitHub-style ids, de-duplicated, and records the outline up to maxDepth', () => {
    const outline: OutlineItem[] = [];
    expect(
      html('## Why it works\n\n### Steps: one\n\n## Why it works\n\n#### Deep', {
        remark: [[remarkHeadingIds, { outline, maxDepth: 3 }]],
      }),
    ).toBe(
      '<h2 id="why-it-works">Why it works</h2>\n<h3 id="steps-one">Steps: one</h3>\n<h2 id="why-it-works-1">Why it works</h2>\n<h4 id="deep">Deep</h4>',
    );
    expect(outline).toEqual([
      { depth: 2, id: 'why-it-works', text: 'Why it works' },
      { depth: 3, id: 'steps-one', text: 'Steps: one' },
      { depth: 2, id: 'why-it-works-1', text: 'Why it works' },
    ]);
  });
});

describe('rehypeTableWrap', () => {
  it('wraps tables in a focusable region named after the heading before them', () => {
    expect(html('## Scorecard\n\n| a |\n| - |\n| 1 |', { rehype: [rehypeTableWrap] })).toBe(
      '<h2>Scorecard</h2>\n<div class="table-wrap" role="region" tabindex="0" aria-label="Scorecard (table)"><table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table></div>',
    );
  });
});

describe('rehypeTickBoxes', () => {
  it('replaces task-list checkboxes with decorative boxes', () => {
    expect(html('- [ ] Book the room', { rehype: [rehypeTickBoxes] })).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item"><span class="tick" aria-hidden="true"></span> Book the room</li>\n</ul>',
    );
  });
});
