/**
 * The plan document as Markdown without running remark-stringify over all of it: the plain shapes the plan builds
 * (headings, paragraphs of text, bold and links, tight lists, tables of text) are written here exactly as the printer
 * writes them; a block's content comes printed from block-units.ts; any other node goes through the real printer.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { blockLedBy, blockUnit } from './block-units.ts';
import { printOnce } from './shared-nodes.ts';
import { markdownOf } from './pipelines.ts';
import { isSpace, printsAsIs, urlPrintsAsIs } from './markdown-text.ts';

type Printed = string | undefined;

/** The document as remark-stringify prints it, or undefined when only the real printer can tell. */
export function printMarkdown(doc: Root): Printed {
  const out: string[] = [];
  const nodes = doc.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    // Two lists in a row make the printer alternate bullets: that is the real printer's business.
    if (node.type === 'list' && nodes[i - 1]?.type === 'list') return undefined;
    const block = blockLedBy(nodes, i);
    if (block?.content.length) {
      const unit = blockUnit(block);
      if (!unit || (block.content.at(-1)!.type === 'list' && nodes[i + 1 + block.content.length]?.type === 'list'))
        return undefined;
      out.push(flow(node) ?? markdownOf([node]), unit.markdown);
      i += block.content.length;
      continue;
    }
    if (CONTEXT_FREE.has(node.type)) out.push(printOnce(node, 'markdown', () => flow(node) ?? markdownOf([node]))!);
    else return undefined;
  }
  // As toMarkdown ends a file: with one line ending, unless it is empty or already ends a line.
  const text = out.join('\n\n');
  return text && !/[\r\n]$/.test(text) ? `${text}\n` : text;
}

// What prints the same alone as in the document (top-level phrasing or html would change how the whole is joined).
const CONTEXT_FREE = new Set(['heading', 'paragraph', 'list', 'table', 'blockquote', 'code', 'thematicBreak']);

/** A flow node the fast path knows, or undefined. */
function flow(node: RootContent): Printed {
  switch (node.type) {
    case 'heading': {
      const text = phrasing(node.children, '# ', '\n');
      return text && !/^[\t ]/.test(text) ? `${'#'.repeat(Math.min(6, Math.max(1, node.depth)))} ${text}` : undefined;
    }
    case 'paragraph':
      return paragraph(node);
    case 'list':
      return list(node);
    case 'table':
      return table(node);
    default:
      return undefined;
  }
}

const paragraph = (node: Paragraph): Printed =>
  node.children.length ? phrasing(node.children, '\n', '\n') : undefined;

function list(node: List): Printed {
  if (node.spread) return undefined;
  const start = typeof node.start === 'number' && node.start > -1 ? node.start : 1;
  const items: string[] = [];
  for (const [i, item] of node.children.entries()) {
    const bullet = node.ordered ? `${start + i}.` : '-';
    const printed = listItem(item, bullet);
    if (printed === undefined) return undefined;
    items.push(printed);
  }
  return items.join('\n');
}

/** A tight item: a paragraph, then perhaps a list, indented under the bullet; a task item gets its box. */
function listItem(item: ListItem, bullet: string): Printed {
  const [head, nested, ...rest] = item.children;
  if (item.spread !== false || rest.length || head?.type !== 'paragraph' || (nested && nested.type !== 'list'))
    return undefined;
  const first = paragraph(head);
  const inner = nested ? list(nested) : '';
  if (first === undefined || inner === undefined) return undefined;
  const box = typeof item.checked === 'boolean' ? `[${item.checked ? 'x' : ' '}] ` : '';
  // Text never spans lines here, and a nested tight list has no blank lines: only the nested lines are indented.
  const under = nested ? `\n${inner}`.replaceAll('\n', `\n${' '.repeat(bullet.length + 1)}`) : '';
  return `${bullet} ${box}${first}${under}`;
}

/** A GFM table of plain cells, columns padded to their widest cell (markdown-table with its defaults). */
function table(node: Table): Printed {
  if (!node.children.length || node.align?.some((a) => a)) return undefined;
  const rows: string[][] = [];
  for (const row of node.children) {
    const cells: string[] = [];
    for (const cell of row.children) {
      const text = cell.children.length ? phrasing(cell.children, ' ', ' ') : '';
      if (text === undefined) return undefined;
      cells.push(text);
    }
    rows.push(cells);
  }
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(1, ...rows.map((r) => r[c]?.length ?? 0)));
  const line = (cells: string[]) => `| ${widths.map((w, c) => (cells[c] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

/**
 * Text, bold and links between `before` and `after` (what the printer has on either side). Bold is written only where
 * whitespace surrounds it, so the printer's attention rules keep `**` and encode nothing.
 */
function phrasing(children: PhrasingContent[], before: string, after: string): Printed {
  let out = '';
  for (const [i, node] of children.entries()) {
    const prev = i ? out.at(-1)! : before.at(-1)!;
    const nextNode = children[i + 1];
    const next = nextNode ? peek(nextNode) : after[0]!;
    const printed = inline(node, prev, next, i === 0 && (before === '\n' || before === '\r'));
    if (printed === undefined) return undefined;
    out += printed;
  }
  return out;
}

/** The first character a node prints (what the printer looks ahead at). */
function peek(node: PhrasingContent): string {
  if (node.type === 'strong') return '*';
  if (node.type === 'link') return '[';
  return node.type === 'text' ? (node.value[0] ?? '') : '';
}

function inline(node: PhrasingContent, prev: string, next: string, atBreak: boolean): Printed {
  if (node.type === 'text') return printsAsIs(node.value, prev, next, atBreak) ? node.value : undefined;
  const only = 'children' in node && node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text') return undefined;
  const text = only.value;
  if (node.type === 'strong') {
    const plain = isSpace(prev) && isSpace(next) && !isSpace(text[0]) && !isSpace(text.at(-1));
    return plain && printsAsIs(text, '*', '*', false) ? `**${text}**` : undefined;
  }
  if (node.type !== 'link' || node.title || !urlPrintsAsIs(node.url) || text === node.url) return undefined;
  if (`mailto:${text}` === node.url || !printsAsIs(text, '[', ']', false)) return undefined;
  return `[${text}](${node.url})`;
}
