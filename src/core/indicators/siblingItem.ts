/**
 * A count that opens its own item of a 、 list, right after an item that is a whole clause of its own: 确保所有贫困县摘帽
 * 出列、33万贫困人口脱贫 (src32 河北省-2018, outside ../shared/corpus). The item before (所有贫困县摘帽出列) has its own subject
 * and predicate and no figure; it is a sibling of the count, not words about it, and named the count as if it were. The
 * count's things follow it (贫困人口), as after a comma. An item with no subject of its own (建成、投用50个) or a figure in
 * it (增长8%、9%) is left as it was.
 */
import { firstVerb } from './names';

/** The item before the 、 right before the count: after the clause's last mark, Han characters only, bounded. */
const ITEM_BEFORE = /(?:^|[，,。；;：:\s])([\u4e00-\u9fff]{4,16})、$/;
/** Nouns after the count: the count has things of its own when two Han characters that open no verb follow it. */
const NOUN_AFTER = /^(?:多|余)?[\u4e00-\u9fff]{2}/;

/** `head` without the sibling item before the count, or `head` as it was. */
export function withoutSiblingItem(head: string, text: string, start: number, tail: number): string {
  const item = ITEM_BEFORE.exec(head.slice(-24));
  if (!item) return head;
  const after = text.slice(tail, tail + 6);
  if (!NOUN_AFTER.test(after) || firstVerb(after.replace(/^(?:多|余)/, ''), 0) === 0) return head;
  if (text.charAt(start - 1) !== '、') return head;
  return head.slice(0, head.length - (item[1] as string).length - 1);
}
