/**
 * “培育市级电商示范镇1个、示范村8个” (src32 高唐县-2022), “打造电商示范镇1个、示范村5个” (高唐县-2023), “打造市级以上示范
 * 农场5家、示范社2个” (涞水县-2022), “打造康养示范社区1个、示范乡村8个” (米易县-2024), all outside ../shared/corpus: an
 * item after a figure and a 、 that opens with the word the item before has after its modifiers (示范) is a second thing of
 * the same kind — its modifiers (市级电商, 市级以上, 康养) are written once, before the first. The count was named by the
 * bare 示范村, which reads as every model village of the place.
 */
import data from '../lexicon/sharedModifierWords.json';
import { isVerb } from '../lexicon/verbs';
import { ACTION_VERBS, WORK_VERBS } from '../lexicon/nameWords';

/** The names lists' actions (建设, 培育 are jieba's vn, no dictionary verbs). */
const ACTIONS: ReadonlySet<string> = new Set([...ACTION_VERBS, ...WORK_VERBS]);

/** The words such an item opens with (lexicon/sharedModifierWords.json). */
const WORDS: readonly string[] = data.words;

/** The longest an item's own head after the shared word may be (村, 社区, 乡村). */
const MAX_HEAD = 2;

/**
 * `name` with the modifiers `previous` (the figure before's name) has before the word `name` opens with, when `written`
 * (the words between the figure before and this one) is only a 、 and `name` itself — the item written bare, a word of
 * sharedModifierWords.json and a head of one or two characters — and the modifiers are two characters or more with no
 * verb (辽宁实验室集聚科研人员1110人、实施自主科研项目88项 — dev 辽宁 2026: what the item before did is no modifier);
 * `name` otherwise.
 */
export function withSharedModifier(name: string | null, previous: string | null, written: string): string | null {
  if (!name || !previous || written.replace(/^、/, '').trim() !== name) return name;
  const word = WORDS.find((w) => name.startsWith(w));
  if (!word || name.length - word.length < 1 || name.length - word.length > MAX_HEAD) return name;
  const at = previous.lastIndexOf(word);
  const ownHead = previous.length - at - word.length;
  if (at < 2 || ownHead < 1 || ownHead > MAX_HEAD || previous.endsWith(name) || holdsVerb(previous.slice(0, at))) return name;
  return previous.slice(0, at) + name;
}

/** Whether a dictionary verb or an action of two characters stands anywhere in `s` (the modifiers are short: at most a few windows). */
function holdsVerb(s: string): boolean {
  for (let i = 0; i + 2 <= s.length; i++) if (isVerb(s.slice(i, i + 2)) || ACTIONS.has(s.slice(i, i + 2))) return true;
  return false;
}
