import type { DraftNode } from './draft';
import type { HeadingStack } from './headingStack';
import type { NumberedStyle } from './markers';

/**
 * The sentence ending a paragraph announces the list that follows (1986: “…着重考虑和研究了以下几个问题。” / “这里着重讲几个
 * 需要进一步明确的认识问题。”; 河北 2002 “…要着力抓好五个方面的工作：”), or names the tasks it lists with a colon (河北
 * 2000 part 二: “今年的主要任务是：” over 一、积极扩大内需 … 四、大力发展第三产业). O(1): the paragraph's last 40 characters.
 */
export function announcesList(text: string): boolean {
  return /(?:以下|如下|[几两三四五六七八九十]个[^。，,]{0,12}(?:问题|方面))[^。]{0,16}[。:：]$|(?:主要|重点)任务是[:：]$/.test(text.slice(-40));
}

/**
 * The paragraph ends announcing the tasks that follow (1979 part 二: “…当前我们发展国民经济的主要任务，是要着重抓好以下的十项
 * 工作。”): the list after it is the part's sections, not an enumeration of points (1955 “…概括为如下几点：”, 1988 “…着重
 * 考虑了以下几点。”). O(1): the paragraph's last 24 characters.
 */
export function announcesTasks(text: string): boolean {
  return /(?:以下|如下)[^。，,]{0,8}(?:工作|任务)[。:：]$/.test(text.slice(-24));
}

/**
 * A second 一、 list inside a part, numbered like the parts (1986 part 二 “…以下几个问题。” then 一、…五、, each a heading
 * over its own paragraphs): the announced list's items are the part's sections. Its numbers run into the parts' (its
 * 三、 would be part 三), so while it runs an item that continues it is its own; a number that only continues the
 * parts (1986 三、“七五”时期的经济体制改革 after its 五、) is the next part and ends it. O(1) per heading.
 */
export class AnnouncedList {
  private part: DraftNode | null = null;
  private value = 0;

  /**
   * Places a heading numbered `value` in `style` as the next section of the list (level 2, the stack cut to the part),
   * or opens the list with a 一、 right after an announcement; 0 when it is neither.
   */
  place(h: HeadingStack, style: NumberedStyle, value: number, afterAnnouncement: boolean): number {
    const part = h.stack[0];
    if (h.inBlock || !part || part.style !== style || part.node.level !== 1) return 0;
    const continues = this.part === part.node && value === this.value + 1;
    if (!continues && !(value === 1 && afterAnnouncement)) return 0;
    this.part = part.node;
    this.value = value;
    h.stack.length = 1;
    return 2;
  }
}
