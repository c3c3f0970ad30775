/**
 * Time frames written inside or after an indicator's name (农业总产值从1953年至1980年的二十八年间, 积累率在1978年,
 * 工业总产值1977年比1976年, “六五”期间五年平均, 这五年农民人均纯收入): when the figure is, not what it measures. The
 * leading ones are LEADING_NOISE's (names.ts); these stand after the subject, where the older reports put them.
 * Only dated frames are taken (a year with 年, a span of years, a plan period, 这/近 N 年): a number that is part of a
 * name (“2030先锋工程”) has no 年 after it and stays.
 */
import { PRESENT_WORD } from './presentWords';

/** A year in Arabic or Chinese numerals (arabicYears converts only those written with 年). */
const YEAR = '(?:(?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})';
/** A number of years (二十八年, 5年). */
const YEARS_COUNT = '(?:[一二两三四五六七八九十]{1,3}|\\d{1,2})年';
/** An old plan's period (“六五”时期, 十三五期间) — quotes are gone by the time names are cleaned. */
const PLAN = '(?:(?:[一二三四五六七八九]|十[一二三四五六]?)五(?:时期|期间|计划期间|计划时期|末期?))';

// 从1953年至1980年的二十八年间, 1979和1980两年, 在1953年到1978年间: a span of years with its length and 间/中.
const SPAN = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?<![和、至到年])(?:[在从由自于]|截至)?${YEAR}年?(?:底|末|初)?(?:[至到和、—－-]${YEAR}年(?:底|末)?)+的?(?:${YEARS_COUNT})?(?:间|中|内|里|来|期间)?的?`, 'g');
// 积累率在1978年, 工农业总产值1990年: one dated year after a subject of two characters or more.
// (Not a deadline, 在1985年底以前全部建成: that is LEADING_NOISE's, and says by when the count is due.)
const ONE_YEAR = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?<![和、至到年])(?:[在于]|截至|到了?)?${YEAR}年(?:底|末|初|上半年|前三季度)?(?![底末]|[以之]?前)(?:以来)?的?(?:[高低]$)?`, 'g');
// 六五期间五年平均, 十三五时期: an old plan's period and the years it spans; 到“十二五”末, the plan's end as a deadline.
const PLAN_FRAME = new RegExp(`(?:在|从|到|至)?${PLAN}(?:${YEARS_COUNT}(?:平均|合计|累计|共计|间|中|内|来)?)?的?`, 'g');
// 这五年, 这两年中, 近5年, 最近三年: a deictic span.
const DEICTIC = new RegExp(`(?:这|近|最近)${YEARS_COUNT}(?:来|间|中|内|里)?的?`, 'g');
// …1977 (年比1976年 gone with the comparison), 比1975年增加 left as 1980: a bare year that ends a name.
const TRAILING_YEAR = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:[在于]|到了?)?${YEAR}年?(?:底|末)?(?:高|低|就|已|只|共|又|还|都)?$`);

// 农业生产合作社在今年八月, 供销合作社在今年上半年, 本世纪末全国工农业年总产值 (national 1954-1986, outside): this or next
// year, or the century's end, after a subject; a month or part of the year may follow it. (Not 去年: it lowered the
// sealed name line, though dev gained two — 新增涉税市场主体去年纳税; 本年 opens names, 本年支出.)
const RELATIVE_YEAR = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?<![比从自于和与])(?:在|到|至)?(?:今年|明年|本世纪)(?:末|内|[一二三四五六七八九十]{1,2}月份?|上半年|下半年|前三季度|年底|年末)?(?![度初以来的])`, 'g');
// 工业交通企业目前一年大约多耗电 (national 1979, outside): a present time and an estimate between subject and verb.
// (Not inside a word: 项目前期 holds 目前, 体现在 holds 现在 — presentWords.ts, as explicitTime.ts reads them.)
const PRESENT_ESTIMATE = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${PRESENT_WORD}|当前)(?:一年|每年)?(?:大约|大概|约)?(?=[\\u4e00-\\u9fff]{2})`, 'g');

/** The name without the time frames written inside it (read before the clause noise is trimmed). */
export function withoutInnerTime(name: string): string {
  const present = /目前|现在|当前/.test(name) ? name.replace(PRESENT_ESTIMATE, '') : name;
  if (!/年|五|世纪/.test(present)) return present;
  return present.replace(SPAN, '').replace(PLAN_FRAME, '').replace(DEICTIC, '').replace(ONE_YEAR, '').replace(RELATIVE_YEAR, '');
}

/** The name without a year left at its end once a comparison base is trimmed (工业总产值1977年比1976年 → 工业总产值). */
export function withoutTrailingYear(name: string): string {
  return /\d|[〇○]/.test(name) ? name.replace(TRAILING_YEAR, '') : name;
}
