/**
 * The generated playbook as an example page shows it. The renderer's hast is shared with the PDF and standalone files;
 * only the site's copy changes here: the cover becomes the page intro, its contents list becomes the page outline
 * ("On this page"), the decorative tick boxes become real checkboxes, and the template sections get their kind label.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { OutlineItem } from '../core/markdown/heading-ids.ts';
import { SECTIONS } from '../core/render/index.ts';
import { checkIds } from './checklist.ts';
import { iconSvg, KIND_LABELS } from './icons.ts';

/** The page's parts: the cover (title and who it is for), the rest, and the outline its contents list gave. */
export interface ExampleHtml {
  intro: string;
  body: string;
  outline: OutlineItem[];
}

/** The renderer's sections that are templates to fill in with counterparts (the grid, the scorecard, the cadence). */
const TEMPLATE_SECTIONS = new Set(
  SECTIONS.filter((s) => ['Who does what', 'Shared-metrics scorecard', 'Operating cadence'].includes(s.title)).map(
    (s) => s.id,
  ),
);

const isElement = (node: RootContent | ElementContent, tag?: string): node is Element =>
  node.type === 'element' && (!tag || node.tagName === tag);
const classes = (node: Element) => (node.properties.className as string[] | undefined) ?? [];

/** Splits and adapts the renderer's hast (`planHast`) for the example page. */
export function exampleHtml(root: Root): ExampleHtml {
  const firstSection = root.children.findIndex((n) => isElement(n, 'h2'));
  const intro = root.children.slice(0, firstSection);
  const rest = root.children.slice(firstSection);
  const contentsAt = rest.findIndex((n) => isElement(n, 'ul') && classes(n).includes('contents'));
  const outline = contentsAt >= 0 ? outlineOf(rest[contentsAt] as Element) : [];
  // The contents heading and list: the page's own "On this page" shows the same links.
  const body: Root = { type: 'root', children: contentsAt >= 0 ? rest.slice(contentsAt + 1) : rest };
  tickableChecklists(body);
  labelTemplates(body);
  const html = (children: RootContent[]) =>
    unified().use(rehypeStringify, { allowDangerousHtml: true }).stringify({ type: 'root', children });
  return { intro: html(intro), body: html(body.children), outline };
}

/** The contents list as an outline: top entries are sections (h2), nested ones their parts (h3). */
function outlineOf(list: Element, depth = 2): OutlineItem[] {
  return list.children
    .filter((n) => isElement(n, 'li'))
    .flatMap((li) => {
      const link = li.children.find((n): n is Element => isElement(n, 'a'));
      const nested = li.children.find((n): n is Element => isElement(n, 'ul'));
      const own = link ? [{ depth, id: String(link.properties.href).slice(1), text: toString(link).trim() }] : [];
      return [...own, ...(nested ? outlineOf(nested, depth + 1) : [])];
    });
}

/** Each task item's decorative box (`span.tick`) becomes a checkbox labelled by the item's words. */
function tickableChecklists(tree: Root): void {
  visit(tree, 'element', (list: Element) => {
    if (list.tagName !== 'ul') return;
    const items = list.children.filter(
      (li): li is Element =>
        isElement(li, 'li') && li.children.some((c) => isElement(c, 'span') && classes(c).includes('tick')),
    );
    if (!items.length) return;
    list.properties.dataChecklist = '';
    const texts = items.map((li) => toString(li).trim());
    checkIds(texts).forEach((id, i) => {
      const li = items[i]!;
      const words = li.children.filter((c) => !(isElement(c, 'span') && classes(c).includes('tick')));
      if (words[0]?.type === 'text') words[0] = { ...words[0], value: words[0].value.trimStart() };
      li.children = [
        { type: 'element', tagName: 'input', properties: { type: 'checkbox', id }, children: [] },
        { type: 'element', tagName: 'label', properties: { htmlFor: [id] }, children: words },
      ];
    });
  });
}

/** A kind label (icon and "Template") before each template section's heading. */
function labelTemplates(tree: Root): void {
  tree.children = tree.children.flatMap((node) =>
    isElement(node, 'h2') && TEMPLATE_SECTIONS.has(String(node.properties.id))
      ? [
          {
            type: 'element',
            tagName: 'p',
            properties: { className: ['kind', 'kind-section'], dataKind: 'template' },
            children: [
              { type: 'raw', value: iconSvg('template') },
              { type: 'text', value: KIND_LABELS.template },
            ],
          } as Element,
          node,
        ]
      : [node],
  );
}
