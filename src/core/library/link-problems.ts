/** Finds the link targets and image sources in a content body that DESIGN.md §6 rule 12 does not allow. */
import type { Node, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ALLOWED_URLS, isSafeUrl } from '../markdown/safe-url.ts';
import type { Problem } from './problems.ts';

type Kind = keyof typeof ALLOWED_URLS;

/** The URL as a message shows it: control characters made visible, long `data:` URLs cut short. */
function shown(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be made visible
  const visible = url.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\t' ? '\\t' : c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return visible.length > 80 ? `${visible.slice(0, 79)}…` : visible;
}

/** How each definition is used: `[x][d]` makes `d` a link target, `![x][d]` an image source. */
function definitionKinds(tree: Root): Map<string, Set<Kind>> {
  const kinds = new Map<string, Set<Kind>>();
  visit(tree, (node) => {
    if (node.type !== 'linkReference' && node.type !== 'imageReference') return;
    const set = kinds.get(node.identifier) ?? new Set<Kind>();
    set.add(node.type === 'imageReference' ? 'image' : 'link');
    kinds.set(node.identifier, set);
  });
  return kinds;
}

/**
 * Every link (inline, autolink or reference definition) whose target is not relative, `#…`, http(s): or mailto:,
 * and every image that does not come from the project; `bodyLine` is the file line the body starts on.
 */
export function linkProblems(tree: Root, file: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const used = definitionKinds(tree);
  const check = (node: Node, url: string, kinds: Iterable<Kind>) => {
    // An image source is held to the stricter rule, so a definition used both ways is reported once, as an image.
    const kind = [...kinds].sort().find((k) => !isSafeUrl(url, k));
    if (!kind) return;
    const what = kind === 'link' ? 'link target' : 'image source';
    problems.push({
      file,
      line: bodyLine + (node.position?.start.line ?? 1) - 1,
      field: 'body',
      problem: `${what} '${shown(url)}' is not allowed${kind === 'image' ? '; images must come from the project' : ''}`,
      allowed: ALLOWED_URLS[kind],
    });
  };
  visit(tree, (node) => {
    if (node.type === 'link') check(node, node.url, ['link']);
    else if (node.type === 'image') check(node, node.url, ['image']);
    // An unused definition renders nothing today, but the first reference to it would: judge it as a link.
    else if (node.type === 'definition') check(node, node.url, used.get(node.identifier) ?? ['link']);
  });
  return problems;
}
