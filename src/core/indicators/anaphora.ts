/**
 * A name that points back (这个比重, 此项支出, 这方面的投资): the indicator is the noun phrase the text named just
 * before, ending in the same head noun (…职工住宅、科学文教卫生和城市建设等方面的投资比重。这个比重，1978年为…).
 * Who spends or counts may stand before the pointer (国家财政用于这些方面的经费): it stays before what is pointed at.
 * A plural pointer whose head the text before never named (这些方面) points at the list of fields it named last
 * (我国科技、教育、文化事业重新出现了繁荣…。国家财政用于这些方面的经费 → 国家财政科技、教育、文化事业经费).
 */
import { cleanName, firstVerb } from './names';
import { isVerb } from '../lexicon/verbs';
import { allMatches } from '../text/allMatches';

const POINTER = /^(?:这个|这一|这些|此项|该项|这项|这方面的?|这部分)([\u4e00-\u9fff]{1,4})$/;
/** The same after who spends or counts (国家财政用于这些经费, 中央财政此项支出). */
const PREFIXED_POINTER = /^([\u4e00-\u9fff]{2,6}?)(?:用于|对)?(这个|这一|这些|此项|该项|这项|这方面的?|这部分)([\u4e00-\u9fff]{1,4})$/;
/** Words of time or plan after the pointer (这一比重预计): when, not what. */
const TRAILING_PLAN = /(?<=.{3})(?:预计|计划|将|已经|已)+$/;
/** How far back the phrase that is pointed at may stand: the sentence before, at most. */
const LOOK_BACK = 120;
/** A list of fields (科技、教育、文化事业): items of up to 8 characters joined by 、. */
const FIELD_LIST = /[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+/g;

/** The name `name` points back to, read from the text before `at`; `name` itself when it points at nothing found. */
export function resolvePointer(text: string, at: number, name: string | null): string | null {
  if (!name) return name;
  const bare = name.replace(TRAILING_PLAN, '');
  if (POINTER.test(bare)) {
    const resolved = pointedAt(text, at, bare, POINTER.exec(bare)?.[1] as string);
    return resolved ?? name;
  }
  const p = PREFIXED_POINTER.exec(bare);
  if (!p) return name;
  const owner = p[1] as string;
  // (这些方面支出: the fields are what 方面 stands for; the head is what is spent.)
  const head = (p[3] as string).replace(/^方面的?(?=[\u4e00-\u9fff])/, '');
  // (The owner must be a noun phrase of its own, not a verb's start: 中央财政, 国家财政, 各级政府.)
  if (isVerb(owner.slice(0, 2))) return name;
  const resolved = pointedAt(text, at, `${p[2] as string}${head}`, head) ?? (p[2] === '这些' ? fieldsBefore(text, at, bare) : null);
  if (!resolved) return name;
  return resolved.startsWith(owner) ? resolved : owner + (resolved.endsWith(head) ? resolved : resolved + head);
}

/** The phrase ending in `head` that `pointer` points at, in the text before it; null when none is found. */
function pointedAt(text: string, at: number, pointer: string, head: string): string | null {
  const window = text.slice(Math.max(0, at - LOOK_BACK), at);
  // The pointer's own place in the window: the phrase pointed at stands before it.
  const self = window.lastIndexOf(pointer.slice(0, 2));
  const before = self > 0 ? window.slice(0, self) : window;
  const end = before.lastIndexOf(head);
  if (end < 0) return null;
  // From the clause boundary before the head noun (、 joins the phrase's items and stays).
  const phraseStart = Math.max(...['，', ',', '。', '；', ';', '：', '\n'].map((c) => before.lastIndexOf(c, end))) + 1;
  // (提高了职工住宅、…的投资比重: the verb that raised it is not part of what was raised.)
  const raw = cleanName(before.slice(phraseStart, end + head.length).replace(/等?方面的?/g, ''));
  const phrase = isVerb(raw.slice(0, 2)) && raw.length - 2 > head.length + 1 ? raw.slice(2) : raw;
  return phrase.length > head.length + 1 && !POINTER.test(phrase) ? phrase : null;
}

/** The last list of fields named before the pointer, in the sentence before it or its own; null when none. */
function fieldsBefore(text: string, at: number, pointer: string): string | null {
  const window = text.slice(Math.max(0, at - LOOK_BACK), at);
  const self = window.lastIndexOf(pointer.slice(0, 2));
  const before = self > 0 ? window.slice(0, self) : window;
  let last: string | null = null;
  for (const m of allMatches(FIELD_LIST, before)) last = m[0];
  if (!last) return null;
  // (…、文化事业重新出现了…: the last item ends with its field word, 事业 or 领域; else it is a short noun of its own.)
  const cut = last.lastIndexOf('、');
  const tail = last.slice(cut + 1);
  const field = /^.{1,4}?(?:事业|领域|行业|产业)/.exec(tail)?.[0] ?? (tail.length <= 4 && firstVerb(tail, 0) < 0 ? tail : null);
  if (!field) return null;
  // (我国科技、…: the owner of the list, a place word, is not a field; the verb of the clause is not either.)
  // (各级政府加大对科技、…: the first item starts after the preposition that governs the list.)
  const list = cleanName((last.slice(0, cut + 1) + field).replace(/^[^、]*(?:对|于|在|向|把)(?=[^、]{1,8}、)/, '').replace(/^(?:我国|全国|全省|全市|各地|加强|发展|支持)/, ''));
  return list.includes('、') && list.length <= 24 ? list : null;
}
