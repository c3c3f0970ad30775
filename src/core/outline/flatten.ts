import type { OutlineNode } from '../types';

/** Depth-first list of the outline with each node's ancestors (nearest last): for symbol search and breadcrumbs. */
export function flattenOutline(nodes: readonly OutlineNode[]): Array<{ node: OutlineNode; ancestors: OutlineNode[] }> {
  const out: Array<{ node: OutlineNode; ancestors: OutlineNode[] }> = [];
  const walk = (list: readonly OutlineNode[], ancestors: OutlineNode[]): void => {
    for (const node of list) {
      out.push({ node, ancestors });
      walk(node.children, [...ancestors, node]);
    }
  };
  walk(nodes, []);
  return out;
}
