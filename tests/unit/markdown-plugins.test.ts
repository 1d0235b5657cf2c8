/**
 * The small unified plugins against fixtures, remark-toc style: each folder of tests/fixtures holds `input.md`
 * (or `input.mdx`, read with MDX), `config.json` (the plugins and options to run, or the whole content pipeline) and the expected `output.html`.
 * Set UPDATE_FIXTURES=1 to write the outputs after a deliberate change, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified, type Pluggable } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkContentBlocks from '../../src/core/markdown/content-blocks.ts';
import remarkHeadingIds, { type OutlineItem } from '../../src/core/markdown/heading-ids.ts';
import rehypeTableWrap from '../../src/core/markdown/table-wrap.ts';
import rehypeTickBoxes from '../../src/core/render/tick-boxes.ts';
import { renderBody } from '../../src/core/markdown/render-body.ts';

const FIXTURES = 'tests/fixtures';
const PLUGINS: Record<string, unknown> = {
  'content-blocks': remarkContentBlocks,
  'heading-ids': remarkHeadingIds,
  'table-wrap': rehypeTableWrap,
  'tick-boxes': rehypeTickBoxes,
};

interface Config {
  pipeline?: 'render-body';
  remark?: [string, object?][];
  rehype?: [string, object?][];
}

const use = (list: [string, object?][] = []): Pluggable[] =>
  list.map(([name, options]) => {
    if (!PLUGINS[name]) throw new Error(`unknown plugin '${name}' in a fixture config`);
    return [PLUGINS[name], options] as Pluggable;
  });

/** Markdown (or MDX) → HTML through the configured plugins (or the content pipeline itself). */
function run(input: string, config: Config, mdx: boolean): string {
  if (config.pipeline === 'render-body') return renderBody(input, { mdx }).html;
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(mdx ? [remarkMdx] : [])
    .use(use(config.remark))
    .use(remarkRehype)
    .use(use(config.rehype))
    .use(rehypeStringify);
  return String(processor.processSync(input));
}

describe('Markdown plugin fixtures', () => {
  const input = (name: string) => ['input.md', 'input.mdx'].find((f) => existsSync(join(FIXTURES, name, f)));
  const cases = readdirSync(FIXTURES).filter((name) => input(name));
  it('has a fixture for every plugin', () => {
    for (const name of Object.keys(PLUGINS)) expect(cases.some((c) => c.startsWith(name))).toBe(true);
  });
  it.each(cases)('%s', (name) => {
    const dir = join(FIXTURES, name);
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as Config;
    const file = input(name)!;
    const actual = `${run(readFileSync(join(dir, file), 'utf8'), config, file.endsWith('.mdx'))}\n`;
    if (process.env.UPDATE_FIXTURES) writeFileSync(join(dir, 'output.html'), actual);
    expect(actual).toBe(readFileSync(join(dir, 'output.html'), 'utf8'));
  });
});

describe('remarkHeadingIds outline', () => {
  it('records the outline up to maxDepth, with the ids it gave', () => {
    const outline: OutlineItem[] = [];
    unified()
      .use(remarkParse)
      .use(remarkHeadingIds, { outline, maxDepth: 3 })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync('## Why it works\n\n### Steps: one\n\n## Why it works\n\n#### Deep');
    expect(outline).toEqual([
      { depth: 2, id: 'why-it-works', text: 'Why it works' },
      { depth: 3, id: 'steps-one', text: 'Steps: one' },
      { depth: 2, id: 'why-it-works-1', text: 'Why it works' },
    ]);
  });
});
