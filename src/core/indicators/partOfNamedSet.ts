/**
 * A bare count with only what its things did after it, right after a clause that names the set they belong to without
 * counting it: 与铁道部协议共建"8+3"铁路项目,2条完工,3条在建 (src32 河北省-2008, outside ../shared/corpus). The count has no
 * noun of its own; its things are the set's, and labels name a part of a set by its predicate before the set's noun
 * (建成投产重大项目 — subsetCounts.ts partDoneName, where the set was counted before; 开工建设急需建设项目). The verb alone
 * (完工) said only what happened. The second part (3条在建) follows the first and takes its set from it (partDoneName).
 */
import { COUNT_PREDICATES, GENERIC_COUNTED, alternation } from '../lexicon/nameWords';
import { WORK_STAGES } from '../lexicon/stageVerbs';

/** The predicate after the count, then the clause's end: nothing else of the clause (2条完工,). */
const PREDICATE_ALONE = /^((?:已经|已|均|都)?[\u4e00-\u9fff]{2,4}?)(?=[，,；;。、]|$)/;
/** The count itself, digits and at most one classifier, after a clause break: the clause is the count and its predicate. */
const COUNT_AFTER_BREAK = /[，,]([\d０-９]+[\u4e00-\u9fff])$/;
/** The set named at the end of the clause before: a generic head (项目, 企业 …) with a short modifier, no verb in it. */
const SET_AT_END = new RegExp(`([\\u4e00-\\u9fff]{0,6}(?:${alternation(GENERIC_COUNTED)}))$`);
/** What the counted things did, whether or not the verb dictionary knows it (完工, 在建, 入驻). */
const KNOWN_PREDICATES: ReadonlySet<string> = new Set([...COUNT_PREDICATES, ...WORK_STAGES]);

/** The part's name, predicate + the set's noun, or '' when the clause before names no set or the count has a noun. */
export function partOfNamedSetName(text: string, start: number, tail: number, startsWithVerb: (s: string) => boolean): string {
  // (Bounded windows: a clause's few characters before and after the count.)
  const p = PREDICATE_ALONE.exec(text.slice(tail, tail + 8));
  if (!p) return '';
  const predicate = (p[1] as string).replace(/^(?:已经|已|均|都)/, '');
  if (!KNOWN_PREDICATES.has(predicate) && !(predicate.length === 2 && startsWithVerb(predicate))) return '';
  const count = COUNT_AFTER_BREAK.exec(text.slice(Math.max(0, start - 1), tail));
  if (!count) return '';
  const before = text.slice(Math.max(0, start - 31), start - 1);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1);
  // (A figure inside the clause before counts something of its own; quotes may hold a programme's digits, "8+3".)
  if (/[\d０-９]/.test(clause.replace(/["“][^"”]{0,10}["”]/g, ''))) return '';
  const set = SET_AT_END.exec(clause)?.[1] ?? '';
  // (Only a noun phrase names the set: a verb inside the words read (共建铁路项目) leaves where it starts unknown.)
  for (let i = 0; i + 1 < set.length; i++) if (startsWithVerb(set.slice(i))) return '';
  return set.length >= 2 ? `${predicate}${set}` : '';
}
