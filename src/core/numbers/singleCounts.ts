/**
 * A count written with one Chinese digit (两个, 十个, 一个) is a word on its own (两个维护, 三个务必, 发现一个，取缔一个),
 * but it is a figure when it stands in a list of counts of the same thing, beside a count the scan already read:
 *
 * - closing its clause after its noun, as the count before it does: 制糖厂十二个，盐场十个。 (national 1958, outside);
 *   二十万千瓦以上的火电站四十五个，三十万千瓦的核电站一个， (national 1982, dev: labelled);
 * - the same noun after it as after the count beside it: 机械工业各部共有七十七个建设项目，地方有两个建设项目，共计七十九个
 *   (national 1958, outside);
 * - joined by 和/、 to the count after it: 其中包括十个水泥厂和二十三个森林工业企业 (national 1958, outside).
 *
 * Only beside a count of two characters or more with the same unit, in the same sentence, within a few characters:
 * each count looks at a bounded window on either side, so the pass stays linear.
 */
import type { NumberMention } from './types';
import { withQualifiers } from './qualifiers';

// A Map, not an object read with `in`: the key is a one-character slice of the paragraph, and `in` on an object looked
// it up through the runtime for every character of every count's window (the recognizer's hottest line).
const DIGIT_VALUE: ReadonlyMap<string, number> = new Map([['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['十', 10]]);
/** Count units a list of things is counted by. */
const LIST_COUNT_UNITS: ReadonlySet<string> = new Set(['个', '项', '座', '所', '家', '台', '条', '处']);
/**
 * What may not stand before the digit: another numeral, or a word that makes it an ordinal, a part or “each”, or 数
 * (数十个 is some tens of them, not ten).
 */
const NOT_BEFORE_CHARS = '一二两三四五六七八九十百千万亿零〇○第几每这那哪前后之余多数';
const NOT_BEFORE = new RegExp(`[${NOT_BEFORE_CHARS}]$|其中$|任何$`);
/** A one-digit count (not 一), its noun and 和/、 right before a count: 十个水泥厂和 (the same characters may not precede it). */
const JOINED_BEFORE = new RegExp(`(?:^|[^${NOT_BEFORE_CHARS}])([二两三四五六七八九十])([个项座所家台条处])([\\u4e00-\\u9fff]{1,10}?)[和、及与]$`);
/** What JOINED_BEFORE's window must end with (its last character): tested before the pattern runs over the window. */
const JOINERS = '和、及与';
const WINDOW = 24;
const HAN = /[\u4e00-\u9fff]/;

export function markSingleCounts(text: string, mentions: NumberMention[]): NumberMention[] {
  const added: NumberMention[] = [];
  // Built on the first count that may have a one-digit neighbour: most paragraphs have none.
  let taken: Set<number> | null = null;
  for (const m of mentions) {
    if (m.nature !== 'count' || m.unit === null || !LIST_COUNT_UNITS.has(m.unit) || m.end - m.start < 3) continue;
    const unit = m.unit;
    // (Every list unit is one character: the window is read by character code.)
    const unitCode = unit.charCodeAt(0);
    taken ??= new Set(mentions.map((x) => x.start));
    // The noun after the count (建设项目), for the parallel reading.
    const noun = /^[\u4e00-\u9fff]{2,4}/.exec(text.slice(m.tail, m.tail + 4))?.[0] ?? '';
    // After: “，盐场十个。” or “，地方有两个建设项目”.
    const after = text.slice(m.tail, m.tail + WINDOW);
    const stop = after.search(/[。；;！？]/);
    const ahead = stop >= 0 ? after.slice(0, stop + 1) : after;
    for (let k = 1; k + 1 < ahead.length; k++) {
      if (ahead.charCodeAt(k + 1) !== unitCode) continue;
      const digit = ahead[k] as string;
      const value = DIGIT_VALUE.get(digit);
      if (value === undefined) continue;
      const at = m.tail + k;
      if (taken.has(at) || NOT_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || !HAN.test(text[at - 1] ?? '')) continue;
      const rest = text.slice(at + 2, at + 2 + noun.length);
      const closes = /^[，,。；;、]/.test(text[at + 2] ?? '');
      const parallel = digit !== '一' && noun.length >= 2 && rest === noun;
      if (!closes && !parallel) continue;
      // (Closing its clause, the count's noun is right before it, not a verb's object: 盐场十个, 核电站一个.)
      if (closes && !/[，,]/.test(ahead.slice(0, k))) continue;
      added.push(single(text, at, value, unit));
      taken.add(at);
      break;
    }
    // Before: “十个水泥厂和” right before the count.
    const joined = m.start > 0 && JOINERS.includes(text[m.start - 1] as string) ? JOINED_BEFORE.exec(text.slice(Math.max(0, m.start - WINDOW), m.start)) : null;
    // (The noun between is ideographs only: no clause break can stand inside it.)
    if (joined && joined[2] === unit) {
      const at = m.start - 3 - (joined[3] as string).length;
      if (!taken.has(at)) {
        added.push(single(text, at, DIGIT_VALUE.get(joined[1] as string) as number, unit));
        taken.add(at);
      }
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The count with the qualifier around it, as every other count has it (盐场近十个: 近 is 接近, not a plain ten). */
function single(text: string, at: number, value: number, unit: string): NumberMention {
  return withQualifiers(text, { start: at, end: at + 2, value, unit, nature: 'count' });
}
