/** A body's templates, scripts and agendas as data (read from its MDX), and a playbook intro's blocks as document nodes. */
import type { Heading, Node, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { COMPONENTS, componentOf, type ContentBlock } from './components.ts';
import { blockLabel, blockNodes } from './block-nodes.ts';
import { parseBody, type BodyFormat } from './parse.ts';

const cache = new Map<string, ContentBlock[]>();

/** A copy of a node without positions and without MDX nodes, so it serialises small and renders anywhere. */
function plain<T extends Node>(node: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position') continue;
    copy[key] =
      key === 'children' && Array.isArray(value)
        ? (value as Node[]).filter((c) => !c.type.startsWith('mdx')).map(plain)
        : value;
  }
  return copy as T;
}

/** A top-level node as a block, when it is a `<Template>`, `<Script>`, `<Agenda>` or `<Callout>`. */
function blockOf(node: RootContent): ContentBlock | undefined {
  const use = node.type === 'mdxJsxFlowElement' ? componentOf(node as MdxJsxFlowElement) : undefined;
  if (!use) return undefined;
  const content = (node as MdxJsxFlowElement).children.map(plain) as RootContent[];
  if (use.name === 'Callout') return { kind: use.value === 'warning' ? 'warning' : 'tip', title: '', content };
  return { kind: COMPONENTS[use.name].kind, title: use.value, content };
}

/** The blocks of a body, in body order (what its steps point at with "the template below"), callouts included. */
export function tacticBlocks(body: string, format: BodyFormat = {}): ContentBlock[] {
  if (!format.mdx) return [];
  let blocks = cache.get(body);
  if (!blocks) {
    blocks = parseBody(body, format).children.flatMap((n) => blockOf(n) ?? []);
    cache.set(body, blocks);
  }
  return blocks;
}

/**
 * A parsed body's top-level nodes for a generated document: blocks (callouts too) as `blockNodes` (ids from `anchor`),
 * any other MDX left out (validation has refused it).
 */
export function documentNodes(
  nodes: RootContent[],
  depth: Heading['depth'],
  anchor: (text: string) => string,
): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    const block = blockOf(node);
    if (block) return blockNodes(block, depth, anchor(blockLabel(block)));
    return node.type.startsWith('mdx') ? [] : [plain(node)];
  });
}
