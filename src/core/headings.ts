/**
 * A heading as one line of text — its marker and title as written, runs of white space (a heading fused with a
 * wrapped paragraph) made one space — the one rendering shared by the Outline view, the Indicators view's groups,
 * the card's section path and workspace symbols. '' for a heading with neither marker nor title.
 */
import type { OutlineNode } from './types';

export function headingLabel(node: Pick<OutlineNode, 'marker' | 'title'>): string {
  return `${node.marker}${node.title}`.replace(/\s+/gu, ' ').trim();
}
