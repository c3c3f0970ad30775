import type { Paragraph } from '../text/paragraphs';
import { positionAt } from '../text/paragraphs';
import type { DraftNode } from './draft';
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
  if (!block.title && captions(h.roots[h.roots.length - 1], title)) h.roots.pop();
  h.stack.length = 0;
  h.roots.push(node);
  h.stack.push({ style: 'block', value: 0, node });
  h.inBlock = true;
  return pi;
}

/** Titles compared as written but for spaces (a caption and its block's heading are set by the same page). */
const bare = (s: string): string => s.replace(/\s/g, '');

/**
 * The block just opened before this one only named it: a caption after the closing that lists what is attached, the
 * block itself following with its marker alone on its line and its title below (福田区 2019 and 2020: “附件：《区政府工作
 * 报告》名词、术语注释” then “附件” / “《区政府工作报告》名词、术语注释” / 1.…; 坪山新区 2015: “附件：名词解释” then “附件” /
 * “名词解释”; 福田区 2017: “附件：1. 2017年区政府工作报告名词、术语注释” / “2．…” / “3. …” then “附件1” / “政府工作报告名词、
 * 术语注释”). One block, at its heading: the caption stood as a second, empty one. O(title length).
 */
function captions(before: DraftNode | undefined, title: string): boolean {
  if (!before || (before.kind !== 'annex' && before.kind !== 'glossary') || !title) return false;
  return bare(before.title).includes(bare(title));
}

/** A file name as a page lists its attachments for download (“1．附件1：有关名词解释.doc”). */
const FILE_NAME = /\.(?:docx?|xlsx?|pdf|wps|zip|rar)\s*$/i;

/**
 * A 附件 heading over nothing but file names is the page's list of its attachments for download, not a block of the
 * report (坪山新区 2016, 坪山区 2017 and 2020, 南山区 2016, 宝安区 2019 and 2020, 福田区 2021: “附件：” / “1．附件1：
 * 《政府工作报告》有关名词解释.doc” / “2．附件2：…docx” after the closing): the attachments themselves are not on the page.
 * Returns the last file name's paragraph, or -1 when the heading opens a block. O(file names listed).
 */
export function attachedFilesEnd(paragraphs: readonly Paragraph[], bodyEnd: number, pi: number): number {
  let j = pi;
  while (j + 1 < bodyEnd && FILE_NAME.test((paragraphs[j + 1] as Paragraph).text)) j++;
  return j > pi ? j : -1;
}
