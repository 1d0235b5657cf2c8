/**
 * The fast printers (markdown-print.ts, html-print.ts) against the unified pipelines they stand in for: byte for byte on
 * every example profile, on random profiles, and on plans whose text is replaced with hostile strings (Markdown and
 * HTML syntax, odd whitespace, unsafe links), where they must either print exactly the same or hand over.
 */
import fc from 'fast-check';
import { h } from 'hastscript';
import type { Root as HastRoot } from 'hast';
import { describe, expect, it } from 'vitest';
import { projectLibrary } from '../helpers/library.ts';
import { tailor, type Plan } from '../../src/core/tailor/index.ts';
import {
  htmlPage,
  libraryPlaybookDocument,
  renderHtml,
  renderHtmlFragment,
  renderMarkdown,
} from '../../src/core/render/index.ts';
import { planDocument } from '../../src/core/render/document.ts';
import { htmlPrinter, markdownPrinter, toHast } from '../../src/core/render/pipelines.ts';
import { printMarkdown } from '../../src/core/render/markdown-print.ts';
import { printHtmlBody } from '../../src/core/render/html-print.ts';
import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import { profileSchema } from '../../src/core/schema/index.ts';
import { AUDIENCES, RELATIONSHIPS, SITUATION_IDS, STAGES } from '../../src/core/taxonomy.ts';

const lib = projectLibrary();
const options = { date: '2026-01-01', contentVersion: 'fast' };

const referenceMarkdown = (plan: Plan) => markdownPrinter.stringify(planDocument(plan));
/** The plan's document through the HTML pipeline (the tree, which the page below reuses rather than builds again). */
const referenceHast = (plan: Plan, pages?: Record<string, number>) =>
  toHast.runSync(planDocument(plan, pages ? { pages } : {})) as HastRoot;
const referenceBody = (plan: Plan, pages?: Record<string, number>) => htmlPrinter.stringify(referenceHast(plan, pages));

/** The page as the renderer built it before the fast path: the whole document through the pipeline, inside the head. */
function referencePage(plan: Plan, css: string, tree = referenceHast(plan)): string {
  const body = tree.children;
  const page = renderHtml(plan, { css });
  const head = page.slice(0, page.indexOf('<main class="playbook">'));
  const built = htmlPrinter.stringify({
    type: 'root',
    children: [h('main', { class: 'playbook' }, body as never)],
  });
  return `${head}${built}</body></html>\n`;
}

/** Checks the fast printers against the pipelines; returns the pipeline's tree of the plan, for the page check. */
function expectSame(plan: Plan): HastRoot {
  expect(renderMarkdown(plan)).toBe(referenceMarkdown(plan));
  const tree = referenceHast(plan);
  expect(renderHtmlFragment(plan)).toBe(htmlPrinter.stringify(tree));
  const pages = { 'Your timeline': 3, Credits: 12 };
  expect(renderHtml(plan, { css: 'p{}', pages })).toContain(
    `<main class="playbook">${referenceBody(plan, pages)}</main>`,
  );
  return tree;
}

describe('fast printers print what the pipelines print', () => {
  it.each(lib.profiles.map((p) => [p.id, p] as const))('example %s', (_id, profile) => {
    const plan = tailor(profile.data, lib, options);
    const tree = expectSame(plan);
    expect(renderHtml(plan, { css: 'main{}' })).toBe(referencePage(plan, 'main{}', tree));
  });

  it('random profiles, with and without absolute links', () => {
    const profiles = fc.record({
      company: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
      stage: fc.constantFrom(...STAGES),
      reader: fc.constantFrom(...AUDIENCES),
      relationship: fc.constantFrom(...RELATIONSHIPS),
      upcoming_launch_weeks: fc.integer({ min: 0, max: 30 }),
      pain_points: fc.uniqueArray(fc.constantFrom(...SITUATION_IDS), { maxLength: 4 }),
      absolute: fc.boolean(),
    });
    fc.assert(
      fc.property(profiles, ({ absolute, ...raw }) => {
        const link = absolute ? (path: string) => new URL(path, 'https://kb.example.com/pb/').href : undefined;
        expectSame(tailor(profileSchema.parse(raw), lib, { ...options, ...(link && { link }) }));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('plans full of hostile text', () => {
    const base = tailor(lib.profiles[0]!.data, lib, options);
    fc.assert(
      fc.property(
        fc.array(hostile, { minLength: 40, maxLength: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (texts, every) => {
          expectSame(rewrite(base, texts, every));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('documents of every shape the printers know, with hostile text', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const markdown = markdownPrinter.stringify(doc);
        expect(printMarkdown(doc) ?? markdown).toBe(markdown);
        const body = htmlPrinter.stringify(toHast.runSync(structuredClone(doc)) as HastRoot);
        expect(printHtmlBody(doc) ?? body).toBe(body);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('library playbooks, printed as their own pages', () => {
    for (const playbook of lib.playbooks) {
      const doc = () => libraryPlaybookDocument(lib, playbook);
      const page = htmlPage(doc(), { title: 'T', description: 'D', version: 'v', css: '' });
      const body = htmlPrinter.stringify(toHast.runSync(doc()) as HastRoot);
      expect(page).toContain(`<main class="playbook">${body}</main>`);
    }
  });
});

const PIECES = [
  ...'aZé09 \t\n\r!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\u00a0\u2003·–“😀\u0000',
  'www.x',
  'http://a.b/',
  'https:',
  '1.',
  '2)',
  '- ',
  '+ ',
  '* ',
  '**',
  '__',
  '&amp;',
  '&#',
  '![',
  '](',
  'javascript:x',
  '# ',
  '<b>',
  '|',
  ' :-',
  'mailto:a@b.c',
  '%20',
  'a b',
];
/** A string of pieces that mean something to a Markdown or HTML reader. */
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join(''));

/** A copy of the plan with every `every`-th string (ids and dates aside) replaced by the next hostile text. */
function rewrite(plan: Plan, texts: string[], every: number): Plan {
  let n = 0;
  const walk = (value: unknown, key: string): unknown => {
    if (key === 'profile') return value;
    if (typeof value === 'string')
      return /^(id|day|start|end|checkIn|date|kind|type)$/.test(key) || n++ % every ? value : texts[n % texts.length];
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(plan, '') as Plan;
}

const text = hostile.map((value): PhrasingContent => ({ type: 'text', value }));
const url = fc.oneof(hostile, fc.constantFrom('/tactics/x/', 'https://a.example/b?c=d#e', '#top', 'mailto:a@b.c'));
const phrasing = fc.oneof(
  text,
  text.map((t): PhrasingContent => ({ type: 'strong', children: [t] })),
  fc.tuple(url, text).map(([u, t]): PhrasingContent => ({ type: 'link', url: u, children: [t] })),
);
const paragraph = fc
  .array(phrasing, { minLength: 1, maxLength: 4 })
  .map((children) => ({ type: 'paragraph' as const, children }));
const className = fc.option(
  fc.constantFrom('a', 'b c').map((c) => c.split(' ')),
  { nil: undefined },
);
const list: fc.Arbitrary<List> = fc.letrec<{ list: List }>((tie) => ({
  list: fc
    .record({
      ordered: fc.boolean(),
      className,
      items: fc.array(
        fc.record({
          head: paragraph,
          nested: fc.option(tie('list'), { nil: undefined, depthSize: 'small' }),
          checked: fc.constantFrom(undefined, true, false),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ ordered, className, items }): List => ({
      type: 'list',
      ordered,
      spread: false,
      ...(className && { data: { hProperties: { className } } }),
      children: items.map(({ head, nested, checked }) => ({
        type: 'listItem',
        spread: false,
        ...(checked === undefined ? {} : { checked }),
        children: nested ? [head, nested] : [head],
      })),
    })),
})).list;
const table = fc
  .array(fc.array(fc.option(phrasing, { nil: undefined }), { minLength: 2, maxLength: 2 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((rows): RootContent => ({
    type: 'table',
    align: [null, null],
    children: rows.map((cells) => ({
      type: 'tableRow',
      children: cells.map((c) => ({ type: 'tableCell', children: c ? [c] : [] })),
    })),
  }));
const heading = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.array(phrasing, { maxLength: 3 }), hostile, className)
  .map(([depth, children, id, className]): RootContent => ({
    type: 'heading',
    depth: depth as 1,
    children,
    data: { hProperties: { id, ...(className && { className }) } },
  }));
/** Documents made of the shapes the plan builds, in any order, with any text. */
const documents = fc
  .array(fc.oneof(paragraph, heading, list, table), { minLength: 1, maxLength: 6 })
  .map((children): Root => ({ type: 'root', children }));
