import type { Paragraph } from '../text/paragraphs';
import { positionAt } from '../text/paragraphs';
import type { HeadingStack } from './headingStack';
import { draft } from './headingStack';
import { blockKind, matchMarker } from './markers';
import type { matchBlockMarker } from './markers';
import { headingStart, titleText } from './titles';

/**
 * 附件, 名词解释 …: a block at the top level, its title on the next line when the marker stands alone. Opens the block
 * on `h` and returns the last paragraph it used (`pi`, or the title's line after a marker alone).
 */
export function openBlock(
  h: HeadingStack,
  paragraphs: readonly Paragraph[],
  bodyEnd: number,
  pi: number,
  block: NonNullable<ReturnType<typeof matchBlockMarker>>,
): number {
  const p = paragraphs[pi] as Paragraph;
  let title = block.title;
  let selectionEnd = positionAt(p, p.text.length);
  const next = paragraphs[pi + 1];
  if (!title && next && pi + 1 < bodyEnd && next.text.length <= 50 && !matchMarker(next.text)) {
    title = titleText(next.raw, 0, next.text.length);
    selectionEnd = positionAt(next, next.text.length);
    pi++;
  }
  const node = draft(block.title ? block.kind : blockKind(title), 1, block.marker, title || block.marker, headingStart(p), selectionEnd);
  h.stack.length = 0;
  h.roots.push(node);
  h.stack.push({ style: 'block', value: 0, node });
  h.inBlock = true;
  return pi;
}
