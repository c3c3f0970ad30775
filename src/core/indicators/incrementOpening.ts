/**
 * A count that a clause's opening verb says was newly added (全年新增高新技术企业60家以上、科技型中小企业500家以上): the
 * binder names it by its noun (高新技术企业) and the verb before the name is lost, so nothing told the count of new
 * firms from the stock of firms (现有高新技术企业433家). The verb is the figure's measure, as the label conventions
 * write it (measure 新增), for every item of a list the verb opens — the target ↔ actual pairing then pairs like with
 * like (a 新增 target is not judged by last year's total). So do the other verbs of cutting and adding
 * (lexicon/actedVerbs.json: 关停小火电2157万千瓦、小煤矿1.12万处 — national 2008; 淘汰落后炼铁产能…、炼钢产能…).
 */

import { OWN_PLACES, WHOLE_PLACES } from '../lexicon/nameWords';
import { actedVerbAt } from './actedMeasure';
import { byCharCode, NO_ITEMS } from '../text/wordAt';


/**
 * Words a clause may say before its verb without changing what it counts: time, scope and resolve (年内新增…,
 * 力争全市新增…, 预计净增…).
 */
const OPENING_WORDS: readonly string[] = [
  '全年', '年内', '今年', '当年', '去年', '上年', '力争', '确保', '预计', '计划', '要', '将', '再', '共', '累计', '实现', '其中',
  ...WHOLE_PLACES, ...OWN_PLACES,
];

/** OPENING_WORDS by first character, in the list's order (a lookup per step, not a startsWith per word). */
const OPENING_BY_FIRST = byCharCode(OPENING_WORDS, (w) => w);

/** Clause ends (as boundaries.ts reads them) and the openings of an aside: the clause runs back to one of them. */
const CLAUSE_BREAK = new Set('，,。!?！？；;：:（(');
/** The same as a table by character code: the look back reads up to 120 characters per count. */
const IS_CLAUSE_BREAK = new Uint8Array(0x10000);
for (const c of CLAUSE_BREAK) IS_CLAUSE_BREAK[c.charCodeAt(0)] = 1;

/**
 * The increment verb that opens the clause a count stands in (`start`: the figure's start in `text`), or null. Only
 * the clause's own opening: a verb inside it (建成…新增就业岗位…) says nothing of the figures after the next item.
 */
export function incrementOpening(text: string, start: number): string | null {
  let from = start;
  // A clause is short: bound the look back (linear in the text however long a run without punctuation).
  const limit = Math.max(0, start - 120);
  while (from > limit && IS_CLAUSE_BREAK[text.charCodeAt(from - 1)] !== 1) from--;
  if (from === limit && from > 0) return null;
  let at = from;
  for (let moved = true; moved; ) {
    moved = false;
    for (const word of OPENING_BY_FIRST.get(text.charCodeAt(at)) ?? NO_ITEMS) {
      if (text.startsWith(word, at)) {
        at += word.length;
        moved = true;
        break;
      }
    }
  }
  return actedVerbAt(text, at);
}
