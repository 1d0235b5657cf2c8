/**
 * One plain mdast node as HTML, the way mdast-util-to-hast, our rehype plugins and hast-util-to-html write it (tight
 * lists, tick boxes for task items, `hProperties` ids and classes); undefined for anything else, which the caller
 * sends through the real pipeline. Tables come out bare: html-print.ts wraps them in their named region.
 */
import type { Data, Heading, List, ListItem, Nodes, PhrasingContent, RootContent, Table } from 'mdast';
import type { ElementContent } from 'hast';
import { isSafeUrl } from '../markdown/safe-url.ts';
import rehypeDropUnsafeUrls from '../markdown/drop-unsafe-urls.ts';
import rehypeTickBoxes from './tick-boxes.ts';
import { htmlPrinter } from './pipelines.ts';
import { escapeAttribute as attribute, escapeText as text, svgMarkup } from './hast-markup.ts';

type Printed = string | undefined;

/** ` id="…" class="…"` from a node's `hProperties` (those two only), merged over `base`; undefined for others. */
function attributes(data: Data | undefined, base?: Record<string, string[]>): Printed {
  if (!base && !data?.hProperties) return '';
  const props: Record<string, unknown> = { ...base, ...data?.hProperties };
  let out = '';
  for (const [key, value] of Object.entries(props)) {
    if (key === 'id' && typeof value === 'string' && value) out += ` id="${attribute(value)}"`;
    else if (key === 'className' && Array.isArray(value) && value.join(' ').trim())
      out += ` class="${attribute(value.join(' ').trim())}"`;
    else return undefined;
  }
  return out;
}

/** Data the printer knows: `hProperties` alone, or also `hName` where `renamable`. */
const plainData = (data: Data | undefined, renamable = false) =>
  !data || Object.keys(data).every((k) => k === 'hProperties' || (renamable && k === 'hName'));

/** The text of a heading as rehype-table-wrap reads it (hast-util-to-string, trimmed). */
export function headingText(node: RootContent): string {
  const all = (n: Nodes): string =>
    'value' in n && n.type !== 'html' ? n.value : 'children' in n ? n.children.map(all).join('') : '';
  return all(node).trim();
}

/** A top-level node the fast path knows, as HTML. */
export function flowHtml(node: RootContent): Printed {
  switch (node.type) {
    case 'heading':
      return element(`h${node.depth}`, node as Heading, inlines(node.children));
    case 'paragraph':
      if (node.data?.hChildren && node.data.hName === 'figure') return figure(node.data);
      return node.children.length ? element('p', node, inlines(node.children)) : undefined;
    case 'list':
      return list(node);
    case 'table':
      return table(node);
    default:
      return undefined;
  }
}

function element(tag: string, node: { data?: Data }, inner: Printed, base?: Record<string, string[]>): Printed {
  const attrs = plainData(node.data) ? attributes(node.data, base) : undefined;
  return inner === undefined || attrs === undefined ? undefined : `<${tag}${attrs}>${inner}</${tag}>`;
}

/** The drawn timeline: its hast as given (no links or inputs for the plugins to change), or through them and the printer. */
function figure(data: Data): Printed {
  const attrs = Object.keys(data).length === 3 ? attributes({ hProperties: data.hProperties }) : undefined;
  if (attrs === undefined) return undefined;
  const children = data.hChildren as ElementContent[];
  const plain = svgMarkup(children);
  if (plain !== undefined) return `<figure${attrs}>${plain}</figure>`;
  const root = { type: 'root' as const, children };
  rehypeDropUnsafeUrls()(root);
  rehypeTickBoxes()(root);
  return `<figure${attrs}>${htmlPrinter.stringify(root)}</figure>`;
}

function list(node: List): Printed {
  if (node.spread || !node.children.length || (typeof node.start === 'number' && node.start !== 1)) return undefined;
  const items = node.children.map(listItem);
  if (items.some((i) => i === undefined)) return undefined;
  const tasks = node.children.some((i) => typeof i.checked === 'boolean');
  const base = tasks ? { className: ['contains-task-list'] } : undefined;
  return element(node.ordered ? 'ol' : 'ul', node, `\n${items.join('\n')}\n`, base);
}

/** A tight item: its paragraph's content unwrapped, a tick box first for a task, then perhaps a nested list. */
function listItem(item: ListItem): Printed {
  const [head, nested, ...rest] = item.children;
  if (item.spread !== false || rest.length || head?.type !== 'paragraph' || !plainData(head.data)) return undefined;
  if (head.data?.hProperties || (nested && nested.type !== 'list')) return undefined;
  let inner = inlines(head.children);
  const inside = nested ? list(nested) : '';
  if (inner === undefined || inside === undefined) return undefined;
  const task = typeof item.checked === 'boolean';
  if (task) inner = `<span class="tick" aria-hidden="true"></span>${head.children.length ? ' ' : ''}${inner}`;
  return element(
    'li',
    item,
    inner + (nested ? `\n${inside}\n` : ''),
    task ? { className: ['task-list-item'] } : undefined,
  );
}

function table(node: Table): Printed {
  const rows = node.children.map((row, r) => {
    const cells = Array.from({ length: node.align ? node.align.length : row.children.length }, (_, c) => {
      const cell = row.children[c];
      if (node.align?.[c] || (cell && !plainData(cell.data))) return undefined;
      const tag = r ? 'td' : 'th';
      return cell ? element(tag, cell, inlines(cell.children)) : `<${tag}></${tag}>`;
    });
    return !cells.length || cells.some((c) => c === undefined) || row.data
      ? undefined
      : `<tr>\n${cells.join('\n')}\n</tr>`;
  });
  if (!rows.length || rows.some((r) => r === undefined)) return undefined;
  const body = rows.length > 1 ? `\n<tbody>\n${rows.slice(1).join('\n')}\n</tbody>` : '';
  return element('table', node, `\n<thead>\n${rows[0]}\n</thead>${body}\n`);
}

/** Phrasing: text, bold, links (safe ones only: a link the plugins would strip goes the slow way) and spans. */
function inlines(children: PhrasingContent[]): Printed {
  let out = '';
  for (const node of children) {
    const printed = inline(node);
    if (printed === undefined) return undefined;
    out += printed;
  }
  return out;
}

function inline(node: PhrasingContent): Printed {
  if (node.type === 'text') return node.data || /[\r\n]/.test(node.value) ? undefined : text(node.value);
  if (node.type === 'strong') return element('strong', node, inlines(node.children));
  if (node.type === 'emphasis') {
    const tag = node.data?.hName ?? 'em';
    return plainData(node.data, true) && /^[a-z]+$/.test(tag)
      ? element(tag, { data: { hProperties: node.data?.hProperties } }, inlines(node.children))
      : undefined;
  }
  if (node.type !== 'link' || (node.title !== null && node.title !== undefined) || node.data) return undefined;
  // normalizeUri leaves these alone; anything else (spaces, %, non-ASCII) it percent-encodes.
  if (!/^[!#$&-;=?-Z_a-z~]*$/.test(node.url) || !isSafeUrl(node.url, 'link')) return undefined;
  const inner = inlines(node.children);
  return inner === undefined ? undefined : `<a href="${attribute(node.url)}">${inner}</a>`;
}
