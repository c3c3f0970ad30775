import type { Paragraph } from '../text/paragraphs';
import { isClauseLine } from './paragraphShape';
import { matchMarker } from './markers';

/** The first characters the topic lines of one series share (“一年来，”, “我们始终”, “过去五年”). */
const TOPIC_HEAD = 4;
/** Topic lines of one series in a part, the first with two more ahead, before they make the part's layout. */
const MIN_TOPIC_SERIES = 3;
/** How many paragraphs a topic line's group may run to before the next topic line of the series (米易 2023: 3 or 4). */
export const MAX_GROUP = 6;
/** A topic line's group opens with a paragraph of body (a sentence and more), not a line. */
const MIN_GROUP_BODY = 20;

/**
 * The head of a topic line standing alone without blank lines around it: a clause line with no stop (isClauseLine) over a
 * paragraph of body, whose first four characters the next topic lines of the part share, or null. A part without numbered
 * sections set out in groups under such lines (米易 2023 and 2024, filed as 易县 in src32, part 工作回顾: “一年来，我们坚持事不
 * 避难、真抓实干，发展质量稳步提升” / figures / “工业经济提质扩面。…” / … / “一年来，我们坚持精明增长、协同发展，城乡建设提质
 * 增速” / …, seven groups; 高唐 2025, filed as 唐县: “我们始终保持发展定力，经济运行跑出新速度” / “主要经济指标保持…。” /
 * “我们始终坚持提质增效，产业发展取得新突破” / “工业经济运行稳健。…” …, six; 南山区 2021 (src27) part 过去五年工作回顾:
 * “过去五年，我们坚定不移走创新发展之路，城区发展更高质量” / “经济体量更大。…” …) titles each group with them, as 1988's
 * standalone “五年来，…” lines between blank lines do: the lines are the part's topics, the leads below them theirs.
 * `continuing` is the head of the series whose last line came at most MAX_GROUP paragraphs before. O(MAX_GROUP × MIN_TOPIC_SERIES).
 */
export function topicLineHead(paragraphs: readonly Paragraph[], pi: number, bodyEnd: number, continuing: string | null): string | null {
  const p = paragraphs[pi] as Paragraph;
  if (!isTopicLine(p) || !opensGroup(paragraphs, pi + 1, bodyEnd)) return null;
  const head = p.text.slice(0, TOPIC_HEAD);
  if (head === continuing) return head;
  let run = 1;
  let last = pi;
  for (let i = pi + 2; i < bodyEnd && i <= last + MAX_GROUP + 1 && run < MIN_TOPIC_SERIES; i++) {
    const q = paragraphs[i] as Paragraph;
    if (matchMarker(q.text)) return null;
    if (!isTopicLine(q) || !q.text.startsWith(head) || !opensGroup(paragraphs, i + 1, bodyEnd)) continue;
    run++;
    last = i;
  }
  return run >= MIN_TOPIC_SERIES ? head : null;
}

/** A clause line that no marker opens (a numbered heading is read as one) and no dash (a dash line is a lead of its own). */
function isTopicLine(p: Paragraph): boolean {
  return isClauseLine(p) && !matchMarker(p.text) && !/^[—―-]/.test(p.text) && /^[\u4e00-\u9fff]{2}/.test(p.text);
}

/** Paragraph `i` is a body paragraph, not another line standing alone. */
function opensGroup(paragraphs: readonly Paragraph[], i: number, bodyEnd: number): boolean {
  const q = paragraphs[i];
  return i < bodyEnd && q !== undefined && q.text.length >= MIN_GROUP_BODY && /[。！？!?]/.test(q.text);
}
