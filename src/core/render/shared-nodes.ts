/** Nodes many documents hold (built once from library data, never changed): each is printed once per format. */
import type { RootContent } from 'mdast';

const shared = new WeakMap<RootContent, { markdown?: string; html?: string }>();

/** Marks a node as shared; returns it. */
export function sharedNode<T extends RootContent>(node: T): T {
  shared.set(node, {});
  return node;
}

/** A top-level node's printed form: remembered for a shared node, printed every time for any other. */
export function printOnce(node: RootContent, as: 'markdown' | 'html', print: () => string | undefined) {
  const memo = shared.get(node);
  return memo ? (memo[as] ??= print()) : print();
}
