import type { Paragraph } from '../text/paragraphs';
import { positionAt } from '../text/paragraphs';
import type { HeadingStack } from './headingStack';
import { draft, kindFor } from './headingStack';
import { matchBareNumeral, matchMarker } from './markers';
import type { Neighbours } from './neighbours';
import { headingStart, titleText } from './titles';

/**
 * A bare numeral on a line of its own (一 / 二 …), its title on the next line: placed on `h` when it continues its list.
 * Returns the last paragraph it used, or -1 when paragraph `pi` is no such heading. O(length of the two paragraphs).
 */
export function readBareNumeralHeading(h: HeadingStack, paragraphs: readonly Paragraph[], around: Neighbours, bodyEnd: number, pi: number): number {
  const p = paragraphs[pi] as Paragraph;
  const bare = matchBareNumeral(p.text);
  if (Number.isNaN(bare)) return -1;
  const next = paragraphs[pi + 1];
  // Its title is a name on the next line; a sentence there (1960 “下面我首先说一下…执行的情况。”) is the part's text.
  const titled = next !== undefined && pi + 1 < bodyEnd && next.text.length <= 50 && !matchMarker(next.text) && !/[。!?]$/.test(next.text);
  // Standing alone between blank lines over body text, the numeral is an untitled part (1960: “一” … “四” above the
  // paragraphs of each part, as published online).
  if (!titled && !(p.blankBefore && p.blankAfter && around.opensBody(pi + 1))) return -1;
  const level = h.place('cn-bare', bare);
  if (!level) return -1;
  const title = titled ? titleText(next.raw, 0, next.text.length) : '';
  const node = draft(kindFor('cn-bare', level), level, p.raw.trim(), title, headingStart(p), titled ? positionAt(next, next.text.length) : positionAt(p, p.text.length));
  h.attach(node);
  h.stack.push({ style: 'cn-bare', value: bare, node });
  return titled ? pi + 1 : pi;
}
