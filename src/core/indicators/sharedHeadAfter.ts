/**
 * Two figures joined by 、 or 和 whose noun is written once, after the second (新建103个、修缮60个农村互助幸福院 — 阜平县 2013;
 * 每个市打造3-5个、每个县打造2-3个标志性建筑 — 河北省 2011; 总投资5200亿元、160个重点项目 — dev hebei 2010, 总投资638亿元、
 * 128个省市重点项目 — 安新县 2024, src32): the first figure counts or sizes the same things, but with nothing of its own
 * after it the reading named it by the verb before it (新建, 每个市打造) or by its attribute alone (总投资). A count takes
 * the noun the second one counts, when nothing stands between it and the joiner; an amount named by its attribute alone
 * takes it as the attribute's owner.
 *
 * Not a grade between (1410个县级和250个省、市（地）级疾病预防控制中心 — dev national 2005): the second's noun is read cut at
 * its first verb (疾病|预防), and half a name is no better than the grade.
 */
import type { Bound } from './figureNames';
import { cleanName, firstVerb, nameAfter } from './names';
import { isVerb } from '../lexicon/verbs';

/** After the first figure: a qualifier, maybe a grade (县级), then the joiner; after the joiner, the second's own words. */
const JOINED = /^(?:以上|左右|多|余)?([\u4e00-\u9fff]{1,4}级)?[、和及与]([^，,。；;：:、\d０-９]{0,6})$/u;
/** A grade word (市级, 省级): right before a count, and opening a name the count took. */
const GRADE = '(?:国家|省|市|县|区)级';
const GRADE_BEFORE = new RegExp(`(${GRADE})$`, 'u');
const GRADE_OPENING = new RegExp(`^${GRADE}`, 'u');
/** An attribute right before an amount that alone names it, of the works counted next (总投资5200亿元、160个重点项目). */
const WORKS_ATTRIBUTE = /(总投资|总投入)(?:约|达|近|超过?)?$/u;
/** What may stand before that attribute for it to be the amount's only name: a clause mark, or a verb (做好, 抓好). */
const OPENS_CLAUSE = /^$|[，,；;。、：:\s]$/u;

/**
 * The names the pair takes from the noun written after `second`: `first`'s, and `second`'s when the reading had named
 * it otherwise (总投资5200亿元、160个 重点项目: 160个 was named by the clause before, 支撑作用大的骨干项目; 每个县打造2-3个: by its
 * verb phrase); null when the pair is not so written. `secondTook` is the noun the second took the same way from the
 * figure after it, for chains of more than two (read from the last pair back).
 */
export function sharedHeadNames(text: string, first: Bound, second: Bound, secondTook = ''): { first: string; second: string | null } | null {
  const m = first.mention;
  const n = second.mention;
  if (n.nature !== 'count') return null;
  const joined = JOINED.exec(text.slice(m.tail, n.start));
  if (!joined) return null;
  const grade = joined[1] ?? '';
  const secondsOwn = joined[2] ?? '';
  // (农业局下属2家、交通局下属1家、…、工促局下属1家国有集体企业 — 徐水县 2010: down a chain, the noun the second took from the
  // count after it, `secondTook`, is the one it shares.)
  // (发展成为30万人、20万人和20万人的中等城市 — 保定市 2011, src32: figures before 的 size the noun, they do not count it.)
  if (/^\s*(?:以上|左右|多|余)?的/u.test(text.slice(n.tail, n.tail + 4))) return null;
  const noun = cleanName(nameAfter(text, n.tail)) || secondTook;
  if (noun.length < 2 || firstVerb(noun, 0) === 0) return null;
  // (Only a first count with nothing after it: 6个乡镇、70个村 counts its own 乡镇. A second named by its own verb phrase,
  // 每个县打造, counts the noun too.)
  if (m.nature === 'count' && m.unit === n.unit) {
    if (grade || nameAfter(text, m.tail) !== '') return null;
    // (规范市级51项、县级216项行政备案事项 — 保定市 2021: a grade right before the first count is its own, as 县级 is the second's.)
    const ownGrade = GRADE_BEFORE.exec(text.slice(Math.max(0, m.start - 4), m.start))?.[1] ?? '';
    const second_ = secondsOwn && second.name === secondsOwn && firstVerb(secondsOwn, 0) >= 0 ? noun : null;
    return { first: ownGrade && !noun.startsWith(ownGrade) ? ownGrade + noun : noun, second: second_ };
  }
  // (The grade or the second's own words would be a list of another kind: 总投资…、160个 has neither.)
  if (grade || secondsOwn || !m.unit?.endsWith('元')) return null;
  const before = text.slice(Math.max(0, m.start - 12), m.start).trimEnd();
  const attribute = WORKS_ATTRIBUTE.exec(before);
  // (项目总投资500亿元 is the total of the works before it: only a verb or a clause mark before the attribute.)
  const lead = attribute ? before.slice(0, attribute.index) : '';
  if (!attribute || !(OPENS_CLAUSE.test(lead) || isVerb(lead.slice(-2)))) return null;
  // (The count is named by the noun right after it too: its list read it as 总投资, or its clause by the clause before.)
  return { first: noun + (attribute[1] as string), second: noun };
}

/**
 * Every pair of a paragraph's bound figures (`bound`, in text order) so written takes its names (sharedHeadNames). Read
 * from the last pair back: down a chain (农业局下属2家、交通局下属1家、…1家国有集体企业 — 徐水县 2010), each takes what the next
 * took, without the grade the next one's own count had.
 */
export function takeSharedHeads(text: string, bound: readonly Bound[]): void {
  let took = '';
  for (let k = bound.length - 2; k >= 0; k--) {
    const b = bound[k] as Bound;
    const next = bound[k + 1] as Bound;
    const shared = sharedHeadNames(text, b, next, took);
    took = shared && b.mention.nature === 'count' ? shared.first.replace(GRADE_OPENING, '') : '';
    if (!shared) continue;
    b.name = shared.first;
    if (shared.second) next.name = shared.second;
  }
}
