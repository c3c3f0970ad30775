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

/** The nodes of flattenOutline in the same order, without an ancestors array made per node (for scans per report). */
export function outlineNodes(nodes: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (list: readonly OutlineNode[]): void => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}
