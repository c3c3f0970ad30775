/**
 * A count of a subset after the set it is drawn from: 在本年的45种主要工业产品中，有37种完成或者超额地完成了…
 * (national 1955/1956, dev), 百家院所校进河北签约项目中有187项进入实施阶段 (河北, outside). What the count counts is
 * the set's noun; the verb after it is what that part did, which the clause after it names, not the figure.
 */

/** The set (在…中), then 有 and nothing else before the count. Read on a bounded window: linear. */
const SET_BEFORE = /([\u4e00-\u9fff“”]{2,20})中[，,]?(?:共有|就有|有)$/;

/** What opens a set phrase without being its noun: 在, a time word, a count of the whole set with its classifier. */
const SET_OPENING = /^(?:在)?(?:这|本年|今年|去年|当年|全年)?的?(?:[\d０-９]+|[一二两三四五六七八九十百千万零]+)?[种个项家类所户批件]?的?/;

/** The noun of the set a count right after it is drawn from, or '' when the text before the count is no such set. */
export function subsetSetName(text: string, start: number): string {
  const m = SET_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return '';
  const set = (m[1] as string).replace(SET_OPENING, '').replace(/[“”]/g, '');
  // (…，其中有30家: 其 is the set before, named by its own figure; 在执行中有…: a process, not a set.)
  return set.length >= 2 && !/其$/.test(set) && !/(?:执行|实施|实践|工作|过程|发展|建设)$/.test(set) ? set : '';
}
