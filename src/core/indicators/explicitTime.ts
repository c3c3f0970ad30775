import { smallNumber } from '../numbers/chineseNumerals';
import type { TimeScope } from './timeScope';
import { LATER_YEARS, PLAN, PLAN_START, planSpan } from './timeScope';
import { congressYear, SINCE_CONGRESS } from './congresses';
import { allMatches } from '../text/allMatches';
import { PRESENT_WORD } from './presentWords';
import { alternation, OWN_PLACES, WHOLE_PLACES } from '../lexicon/nameWords';

/**
 * Time written in a figure's own sentence, before it: years and spans (2025年, 2016—2020年), plans (“十三五”时期,
 * 第一个五年期间), counts of years (五年来, 近三年, 用两年时间, 在四年中间) and the comparisons that are not the figure's
 * own time (比2020年, 是1950年到2002年…的总和). figureTime.ts weighs what this finds against the scope around it.
 */
export interface Span {
  readonly from: number;
  readonly to: number;
  readonly at: number;
  /** Named by a five-year plan (“十三五”时期). */
  readonly plan?: boolean;
  /** Written as two years (从1951年到1957年, 2016—2020年). */
  readonly years?: boolean;
}

/** The time expression nearest before the figure in its sentence, or null. */
export function explicitTime(before: string, year: number | null, status: 'actual' | 'target', scope: TimeScope | null): Span | null {
  const found: Span[] = [];
  // 2016—2020年, 从一九五三年到一九八○年 (the first year may keep its 年).
  for (const m of allMatches(/((?:19|20)\d{2})年?\s*[—\-–~至到]\s*((?:19|20)\d{2})年(?!底|末)/g, before)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    // “是1950年到2002年53年的总和”, “相当于1953年至1980年…”: the years of what the figure is compared with.
    if (/(?:是|为|等于|相当于|超过)$/.test(before.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0))) continue;
    if (to > from) found.push({ from, to, at: m.index ?? 0, years: true });
  }
  // 從一九五〇年七月到一九五三年底 (national 1954), 原定一九五七年十月到一九五八年九月底 (national 1958; both outside): a span
  // from a month of one year to (a month or the end of) a later one is the years it runs over, not its last year alone.
  for (const m of allMatches(MONTH_SPAN, before)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to > from && to - from <= 30) found.push({ from, to, at: m.index ?? 0, years: true });
  }
  // “１９５４年和１９５５年都只征收了３８０亿斤”: two years side by side share the figure (a span from the first to the last).
  // (Also counted together, 年 said once: 一九五三和一九五四兩年合計就有二百萬億元 — national 1954, outside; 1978、1979两年共增产
  // 粮食4，900多万吨 — national 1980.)
  for (const m of allMatches(/((?:19|20)\d{2})年?(?:和|与|與|及|、)((?:19|20)\d{2})(?:年(?![的以前后底末])|(?=两年))/g, before)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to > from && to - from <= 2 && !/[比较与和同]$/.test(before.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0))) found.push({ from, to, at: m.index ?? 0, years: true });
  }
  // (Years before 1900 too: 英国早在一八八○年，年产量就已经达到一百三十一万吨.)
  for (const m of allMatches(/(?<![比较与和同\d—\-–~至])((?:18|19|20)\d{2})年(?![代以—\-–~至到])/g, before)) {
    const at = m.index ?? 0;
    // “从1951年到1957年，…”: the end of a span (found above), not a year of its own.
    // (So is the end of a span that opens at a month: 1950年七月到1953年底, MONTH_SPAN above.)
    if (/\d年?\s*[到至]\s*$/.test(before.slice(Math.max(0, at - 7), at)) || /\d年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?\s*[—\-–~至到]\s*$/.test(before.slice(Math.max(0, at - 12), at))) continue;
    // “分别为1982年的3.4倍”, “等于一九四九年的二点五倍”: the year of a base, not of the figure.
    if (/(?:[为是]|等于|相当于)$/.test(before.slice(Math.max(0, at - 3), at)) && before.startsWith('的', at + m[0].length)) continue;
    // “2007年新型农村合作医疗开展以来”, “自1993年定点帮扶以来”: the start of a stretch that runs to the time reported, read
    // with the other stretches counted back (SINCE_YEAR below), not the year of the figure.
    if (status === 'actual' && SINCE_AFTER_YEAR.test(before.slice(at + m[0].length, at + m[0].length + 60))) continue;
    // “2035年远景目标”: a document's name; “（2010年不变价）”, “按2020年价格计算”, “(2005年价)”: a price base.
    if (/^(?:远景|规划|纲要|不变价|价格|可比价|现价|价[)）])/.test(before.slice(at + m[0].length, at + m[0].length + 3))) continue;
    // “比五年计划原定1957年3856亿斤的水平超过133亿斤”: the year of the plan's figure compared with.
    // But the plan's figure itself, right after its year (比五年计划原定1957年3856亿斤…, 规定的1957年的水平498亿元), is of that year.
    if (/(?:原定|规定的?)$/.test(before.slice(Math.max(0, at - 3), at)) && !/^的?(?:水平)?$/.test(before.slice(at + m[0].length))) continue;
    // “在一九五八年增产三千八百亿斤的基础上，再使粮食产量增加…”, “在2020年基础上翻一番”: the year of the base.
    if (/^[^，,。；;]{0,24}?基础上/.test(before.slice(at + m[0].length, at + m[0].length + 28)) && /在$/.test(before.slice(Math.max(0, at - 1), at))) continue;
    // “对１９５４年的灾区，政府继续拨付…经费３亿元” (national 1956, on 1955): a year inside the object of 对 tells which
    // ones are acted on, not when the acting was.
    if (/对$/.test(before.slice(Math.max(0, at - 1), at)) && /^的[^\d零一二两三四五六七八九十百千〇○]/.test(before.slice(at + m[0].length, at + m[0].length + 2))) continue;
    // “面向2030年的科技创新重大项目”: the year names the projects, it does not date the figure.
    if (/面向$/.test(before.slice(Math.max(0, at - 2), at))) continue;
    // “从2006年的18亿元增加到2010年的306亿元，…，共资助学生2130万名”, “从2015年的74微克降至44.8微克”: a year that
    // qualifies one figure (年的) dates that figure only, the one right after it.
    // But 1957年的国家预算收入比1956年增长… dates the clause: a noun phrase follows 年的, not a figure.
    const dated = before.slice(at + m[0].length + 1);
    if (before.startsWith('的', at + m[0].length) && /^[\d零一二两三四五六七八九十百千〇○]/.test(dated) && (/[，,；;、]/.test(before.slice(at)) || dated.length > 2)) continue;
    // “从2002年1288亿元增加到…，占…比重从1.07%提高到1.49%”: the start year of a from–to pair dates its start value only.
    // (Not a date: 从２００２年１月１日起，我国关税总水平已由１５．３％降到１２％ — national 2002, outside — is the time the change
    // takes effect, the end value's.)
    if (/[从由]$/.test(before.slice(Math.max(0, at - 1), at)) && /^\d/.test(before.slice(at + m[0].length)) && !DATE_AFTER_YEAR.test(before.slice(at + m[0].length)) && /[，,；;]/.test(before.slice(at))) continue;
    // “比2020年”, “2013年以来”: a base or a start, not the figure's own time.
    found.push({ from: Number(m[1]), to: Number(m[1]), at: m.index ?? 0 });
  }
  // “十三五”时期经济年均增长6.5%, 十四五末: a plan named in the clause dates the figure (its end when 末 follows).
  if (/五/.test(before)) {
    for (const m of allMatches(PLAN, before)) {
      const span = planSpan(smallNumber((m[1] ?? m[2] ?? m[3]) as string));
      // 较“十三五”同期, 比“十三五”末: a base of comparison, not the figure's own time.
      if (!span || /(?:[比较]|[高低快慢]于)“?$/.test(before.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0))) continue;
      const rest = before.slice((m.index ?? 0) + m[0].length);
      // 是“九五”的1.6倍, 分别是“九五”的1.66倍和1.28倍 (河北 2006, outside, reviewing 十五): the plan a multiple is of is its
      // base, as 为1982年的3.4倍 is (above) — not 是“十二五”的开局之年, one year of the plan.
      // So is the end of a plan a multiple is of (规模工业增加值是“十五”末的6.7倍 — 宣城 2011, outside).
      // (With an approximation word too: 是“十一五”末的近2倍，年均增長14.3% — a 2016 district report, outside page.)
      if (/(?:[为是]|等于|相当于)“?$/.test(before.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0)) && /^”?\s?(?:时期|期间)?(?:期末|末)?的(?:近|约|将近|接近|超过)?(?:$|[\d零一二两三四五六七八九十百千〇○])/.test(rest)) continue;
      // 由“八五”期末的833亿元增加到2000年的1400亿元，年均递增10% (内蒙古 2001, outside page): the plan's end dates the start
      // value only, as 从2002年1288亿元增加到… does (above); the end value and what follows keep the clause's time.
      if (/[由从]“?$/.test(before.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0)) && /^”?\s?(?:时期|期间)?(?:期末|末)的?[\d零一二两三四五六七八九十百千〇○]/.test(rest) && /[，,；;到至]/.test(rest)) continue;
      // “六五”时期同“五五”时期相比, 与“十五”末相比: the plan (or its end) compared with is the base, not the figure's time.
      if (/[同与和]“?$/.test(before.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0)) && /^”?\s?(?:计划)?(?:时期|期间)?(?:期末|末)?(?:相比|比较)/.test(rest)) continue;
      // 超过第一个五年计划所规定的一九五七年的指标百分之十七点三 (national 1958's review of 1957, outside): the plan is where the
      // target compared with was set, as 比五年计划原定1957年3856亿斤的水平超过133亿斤 (national 1956) says; the figure keeps the
      // time of the clause it reports.
      // (Only after a verb of comparison: “十二五”确定的9项约束性指标全部完成 counts the plan's own targets, dated by the plan.)
      if (/(?:超过|超额|达到|接近|比|较)了?“?$/.test(before.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0)) && /^”?(?:计划|规划)?(?:所|中)?(?:规定|确定|提出)的/.test(rest)) continue;
      // 提前一年完成“十二五”规划目标；社会消费品零售总额突破1000亿元 (罗湖区 2015), 2019年本市生产总值2.69万亿元、增长6.7%，提前
      // 完成“十三五”规划目标任务；辖区公共财政收入9424亿元 (深圳市 2020), 提前实现“十二五”规划1.5万亿元的目标，…；固定资产投资
      // 2717亿元 (深圳市 2015), outside: a plan whose goal was met owns that goal; past the goal's clause it dates nothing, as
      // 超过…计划所规定的 does not (above). (Not the goal's own figure, 规划1.5万亿元, nor 完成“十二五”规划目标的167%.)
      if (/(?:完成|实现|达到)了?“?$/.test(before.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0)) && GOAL_MET.test(rest)) continue;
      // 新北环、新西环列入省交通厅“十四五”建设规划，完成道路改造99公里 (src32 曲阳县 2020, its review of 2019); …抽水蓄能项目列入国家
      // “十四五”规划，国电投300兆瓦光伏制氢…3个新能源项目稳步推进 (src32 涞源县 2025, its review of 2024); 围绕“十四五”规划实施，…
      // 全年省市重点项目完成投资8000亿元以上 (src32 河北省 2022's work): a plan whose document a project is listed in or a work
      // serves dates nothing past its clause; the clauses after it keep the time around them. (A figure in the plan's own
      // clause, 纳入“十四五”规划的102项重大工程, still takes the plan.)
      if (PLAN_DOCUMENT_VERB.test(before.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0)) && PLAN_DOCUMENT_AFTER.test(rest)) continue;
      // 提前实施“十四五”后期项目 (河北 2023): the plan names the projects, as 面向2030年的…项目 does; it does not date the figure.
      if (/^”?(?:前期|中期|后期)?(?:重大|重点)?(?:项目|工程)/.test(rest)) continue;
      // 加快建设“十四五”批复的6个沙戈荒大基地及外送通道，争取再纳规3个沙戈荒大基地 (内蒙古 2026's work, outside): in a part on
      // the work ahead, a plan named as what approved or set a figure dates that figure only, as 2015年的74微克 does (above), not
      // the clauses after it. (In a review it dates them all: “十二五”确定的9项约束性指标全部完成,15项预期性指标基本完成 — 镇安 2016.)
      if (scope?.status === 'target' && /^”?(?:时期|期间)?[^，,。；;\d的]{1,4}的[\d零一二两三四五六七八九十百千〇○]/.test(rest) && /[，,；;]/.test(rest)) continue;
      const end = /^(?:”)?(?:时期)?(?:末|期末)/.test(rest);
      // 六五计划的头两年, “十四五”前三年: the plan's first years.
      const first = /^”?(?:计划|规划|时期)?的?(?:头|前)([两二三四])年/.exec(rest);
      // 六五计划的后三年, 第一个五年计划后三年: the plan's last years (LATER_YEARS).
      const later = first ? null : LATER_YEARS.exec(rest);
      // 第二个五年计划的第一年: one year of the plan.
      const nth = /^”?(?:计划|规划|时期)?的?(?:第([一二三四五])|最后一|收官之)年/.exec(rest);
      // 实现“十四五”良好开局，地区生产总值760.49亿元 (盐田区 2022, outside): the plan's start is its first year, as a sentence's
      // opening reads it (timeScope.ts).
      const started = nth ? null : PLAN_START.exec(rest);
      const nthYear = nth ? (nth[1] ? span[0] + smallNumber(nth[1]) - 1 : span[1]) : started ? span[0] : 0;
      if (nth || started) found.push({ from: nthYear, to: nthYear, at: m.index ?? 0 });
      else if (first) found.push({ from: span[0], to: span[0] + smallNumber(first[1] as string) - 1, at: m.index ?? 0 });
      else if (later) found.push({ from: span[1] - smallNumber(later[1] as string) + 1, to: span[1], at: m.index ?? 0, plan: true });
      else found.push({ from: end ? span[1] : span[0], to: span[1], at: m.index ?? 0, plan: true });
    }
    // 第一个五年期间铁路共新建…, 第一个五年合计将达到…: the plan named by its ordinal alone.
    for (const m of allMatches(/第([一二三四五六七八九十]{1,3})个五年(?=期间|合计|内|中|来)/g, before)) {
      const span = planSpan(smallNumber(m[1] as string));
      // Not a plan's level to reach by its end: 期间, 合计 and 内 are about the whole five years.
      if (span) found.push({ from: span[0], to: span[1], at: m.index ?? 0 });
    }
  }
  if (year !== null) {
    const context: RelativeContext = { before, year, status, scope, reviewEnd: scope?.status === 'actual' && scope.to >= year - 1 ? scope.to : year - 1 };
    for (const [re, span] of RELATIVE) {
      for (const m of allMatches(re, before)) {
        // “从1932年到1936年五年间”: the count restates the span just named (一九五三和一九五四兩年合計: the two years just named).
        if (/\d年[，,的]?$|(?:19|20)\d{2}$/.test(before.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0))) continue;
        // “第一个五年合计”: the plan named by its ordinal (found above), not five years counted from the report.
        if (before[(m.index ?? 0) - 1] === '个') continue;
        // “六五”期间五年平均降到…, “十三五”时期五年累计…: the count restates the plan just named (found above).
        // (Not 五年计划的前三年: the plan's first years.)
        if (m[0].startsWith('五年') && PLAN_JUST_NAMED.test(before.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0))) continue;
        // “由今年预计的44％提高到45％”: the relative year of a start value (今年预计的44％) dates that figure only (but
        // 从2006年20.5亿元增加到去年的98亿元，高校资助面超过20%: the end year still dates what follows).
        if (/[由从]$/.test(before.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0)) && /^(?:同期)?(?:预计)?的[\d零一二两三四五六七八九十百千〇○]/.test(before.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 6)) && /[，,；;、到至]/.test(before.slice((m.index ?? 0) + m[0].length))) continue;
        const s = span(m, context);
        if (s) found.push({ from: s[0], to: s[1], at: m.index ?? 0 });
      }
    }
    // 今后五年, 未来五年: the next plan's five years; as a plan's, its levels to reach are dated at their end.
    for (const m of allMatches(/今后五年|未来五年/g, before)) found.push({ from: year, to: year + 4, at: m.index ?? 0, plan: status === 'target' });
    // 今后八年, 今后三年内: the next N years from this year, a plan's years too.
    for (const m of allMatches(/(?:今后|未来)([两二三四六七八九十]|[2-9]|1\d)年(?![代级龄])/g, before)) {
      const n = smallNumber(m[1] as string);
      if (n > 1 && status === 'target') found.push({ from: year, to: year + n - 1, at: m.index ?? 0, plan: true });
    }
    // 力争用两年时间…, 再连续三年提高…: a goal over the next N years, this year included; a level to reach is
    // dated at their end, as a plan's levels are (plan: true).
    if (status === 'target') {
      for (const m of allMatches(NEXT_YEARS, before)) {
        const n = smallNumber((m[1] ?? m[2] ?? m[3]) as string);
        if (n > 1 && n <= 10) found.push({ from: year, to: year + n - 1, at: m.index ?? 0, plan: true });
      }
    }
  }
  if (found.length === 0) return null;
  // (A time an earlier ；-clause said after one of its figures is closed: see closedBefore.)
  const semi = Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'));
  const kept = semi < 0 ? found : found.filter((s) => !closedBefore(before, s.at, semi));
  if (kept.length === 0) return null;
  return kept.reduce((a, b) => (b.at > a.at ? b : a));
}

/**
 * A time said after a figure of its own ；-clause is an aside about that figure — a record (增速不仅创下龙华十年来的新高,
 * 龙华区 2022), a comparison (增加575亿元、超出过去3年增量总和, 宝安区 2022), a base (是五年前的1.9倍, 深圳市 2015), the
 * years a rank held (空气质量优良率2019、2020年连续两年排名全市第一, 坪山区 2021-2; all outside) — and ends with its clause:
 * the clauses after the next ； report the time around them again. A time that opens its ；-clause, before any figure
 * of it (2021年，全区…；…, 五年来，…；…), still holds past the ；. `semi` is where the sentence's last ； stands.
 */
function closedBefore(before: string, at: number, semi: number): boolean {
  if (at >= semi) return false;
  const start = Math.max(before.lastIndexOf('；', at), before.lastIndexOf(';', at)) + 1;
  // (A year said before the time is no figure: 2019、2020年连续两年 — only its numbers are dropped.)
  return FIGURE_IN_CLAUSE.test(before.slice(start, at).replace(/(?:19|20)\d{2}年/g, ''));
}
const FIGURE_IN_CLAUSE = /[\d０-９]|[百千]分之|[一二三四五六七八九十][零〇一二两三四五六七八九十百千点]*[万亿]/;

/** 同1957年比较，1964年…: a comparison that names its base before the year it speaks of (base and year captured). */
const BASE_FIRST_PAIR = /(?<![\d年])(?:同|与|和)((?:19|20)\d{2})年(?:相比|比较)[，,]((?:19|20)\d{2})年(?![—\-–~至到])/g;

/** A span that opens at a month of its first year (1950年七月到1953年底, 1957年十月到1958年九月底), the years captured. */
const MONTH_SPAN = /((?:19|20)\d{2})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?\s*[—\-–~至到]\s*((?:19|20)\d{2})年(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?)?(?:底|末)?/g;

/** A month (and day) right after a year's 年: 2002年1月1日 is a date, not a year and a figure of it. */
const DATE_AFTER_YEAR = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月/;

/** What follows a plan whose goal was met, up to the end of the goal's clause: (规划|计划)…目标(任务)…，/； (also 提前完成“十二五”减排任务，— 深圳市 2014). */
const GOAL_MET = /^”?(?:规划|计划)?(?:确定|提出|规定)?的?[^，,。；;]{0,16}?(?:目标|任务)[^，,。；;]{0,6}[，,；;]/;

/** A verb whose object is a plan's document (列入, 纳入, 围绕 …), a few words before the plan's name, within its clause. */
const PLAN_DOCUMENT_VERB = /(?:列入|纳入|写入|编入|围绕)[^，,。；;]{0,8}$/;
/** The plan's document right after its name (“十四五”建设规划, ”规划实施), its clause then closed before the figure. */
const PLAN_DOCUMENT_AFTER = /^”?[^，,。；;\d]{0,4}(?:规划|计划|纲要)[^，,。；;\d]{0,6}[，,；;]/;

/** A plan's name (“六五”期间, 十四五时期, 五年计划) right before a count of years. */
const PLAN_JUST_NAMED = /(?:五”|[一二三四五六七八九十]五|计划|规划)(?:时期|期间)?[，,的]?$/;
/**
 * A plan in force named earlier in the clause (“十一五”期间，关停…；五年淘汰落后炼铁产能1亿吨, in 2007): the five years a goal
 * counts are that plan's, not five from this year.
 */
function namedPlan(before: string, year: number): [number, number] | null {
  const m = /五/.test(before) ? lastMatch(before, PLAN) : null;
  const span = m ? planSpan(smallNumber((m[1] ?? m[2] ?? m[3]) as string)) : null;
  return span && span[0] <= year && year <= span[1] ? span : null;
}

/** 五年 before the work it totals (五年全国新增…, 财政五年支出…); not 前五年, 十五年, 五年前, 五年计划. */
// (The subject may stand between: 五年全社会固定资产投资累计完成近10万亿元, 五年铁路正线铺轨总里程11344公里 — national 1998,
// outside, whose paragraph opens with 1997年….)
// (Also the money put in itself, right before its figure: 五年基本建设的投资四百二十七亿四千万元，是这样分配的： — national
// 1955's plan — is the five years' total, as 五年投资一百七十九亿元 is (national 1982); not 五年计划…投资的比例, no figure.)
const FIVE_YEARS_OF_WORK = /(?<![\d〇零一二两三四五六七八九十百前第个近这去上])五年(?=[^，,。；;：:\d]{0,12}?(?:新增|累计|合计|支出|投入|完成|培养|建成|新建|改造|减少|增加|淘汰|关停|化解|压减|总里程|投资$))/g;
/** 用两年时间, 用三年左右时间, 再连续三年: the years from now that a goal is given (in digits too: 拟用3年时间分批分期实施 — 福田区 2014, outside). */
// (三年内达到26.5% — 保定 2014's 实施三年增绿计划，…三年内达到26.5%: the years from now within which a goal is met, as
// 用三年时间; not 五年内, read above as a plan's five years, nor 十年内 or 几年内.)
const NEXT_YEARS = /用([两二三四五六七八九十]|[2-9])年(?:左右)?(?:时间|的时间)|(?:再|今后|从今年[^，,。；;]{0,8}起，?再?)连续([两二三四五])年|(?<![\d一二两三四五六七八九十几数近前头后])([两二三四])年(?:之)?内/g;

/** N年前 (5年前, 五年前): a count of years back, the count captured. */
const YEARS_AGO = '([两二三四五六七八九十]|\\d{1,2})年前';
/** 相当于5年前…: N years back as a time of its own (not after 比/较, and not the tail of a longer count). */
const COUNTED_YEARS_AGO = new RegExp(`(?<![\\d两二三四五六七八九十比较由从])${YEARS_AGO}`, 'g');
/** 比五年前增加…: N years back as the base of a change, a short clause before the figure. */
export const BASE_YEARS_AGO = new RegExp(`(?:比|较)${YEARS_AGO}[^，,。；;]{0,16}$`);
/**
 * 是五年前的1.9倍: a multiple of the level N years back (深圳市 2015 ×5, 宝安区 2016-2, 罗湖区 2020, outside) runs over the
 * years since, as 为1982年的3.4倍 does — not the year of the base. Tested with the figure's unit 倍 (相当于5年前1.5个百分点
 * is the base's own value).
 */
export const MULTIPLE_OF_YEARS_AGO = new RegExp(`(?:[为是]|相当于|等于)${YEARS_AGO}的(?:近|约|将近|接近|超过)?$`);

/**
 * What follows a year that starts a stretch up to now: 以来 right after it or after a few words of what began then
 * (开展以来, 定点帮扶以来), within its clause; not a record (以来最高, 以来的新高).
 */
// (Also a year something began, with a total since then in the clauses after it: 大王店产业园区2007年开始规划建设，…基础设施累计
// 投入资金2亿元 — src32 徐水 2011 and 徐水区 2012, 2007-2010 and 2007-2011.)
const SINCE_TAIL = '(?:[^，,。；;\\d年]{0,14}?以来|来(?=[，,])|(?:开始|起)(?=[^。；;！？]{0,40}累计))(?!(?:同期)?的?(?:新高|新低|最))';
const SINCE_AFTER_YEAR = new RegExp(`^${SINCE_TAIL}`);
/** A stretch since a year (2012年以来, 2007年新型农村合作医疗开展以来), the year captured; not 比2010年以来 or the end of a span. */
const SINCE_YEAR = new RegExp(`(?<![比较与和同\\d—\\-–~至到])((?:19|20)\\d{2})年${SINCE_TAIL}`, 'g');

/** What the rules of relative time read besides their match: the clause before the figure, the report's year, the figure's status, its scope. */
interface RelativeContext {
  readonly before: string;
  readonly year: number;
  readonly status: 'actual' | 'target';
  readonly scope: TimeScope | null;
  /** The last year a review speaks of: the year before the report, or this year in a report given at its end. */
  readonly reviewEnd: number;
}

/**
 * A fact foreseen inside a plan's part (五年内大学毕业生共150万人) is about the plan's five years too; a plan in force named
 * without its number (五年计划原定…，五年合计…, in 1957) is the one the report is given in.
 */
function fiveYears(_m: RegExpExecArray, { before, year, status, scope }: RelativeContext): [number, number] {
  if (scope?.plan && scope.status === 'target') return [scope.from, scope.to];
  if (status === 'actual') return scope?.status === 'actual' && scope.to - scope.from === 4 ? [scope.from, scope.to] : [year - 5, year - 1];
  if (scope?.plan) return [scope.from, scope.to];
  return (/五年计划/.test(before) ? planIn(year) : null) ?? namedPlan(before, year) ?? [year, year + 4];
}

/**
 * A place that 现有 — has now — the things a count counts, said between 现有 and the count (全区现有超10亿企业111家，超50亿企业
 * 14家, 全区现有在库统计企业7.69万家 — 宝安区 2016's plan part, outside): how things stand as the report is given, a fact of
 * the report's year, as 现有的86个 (national 1993) and 新区现有22个 (坪山新区 2014, outside) are — not a goal of the plan the
 * paragraph sets out. Only the place as subject (全区, 我省 …): 用于现有企业设备更新的资金 plans for what exists; and
 * not past a 的 (占全国现有十二亿亩粮食耕地的百分之二十四 — national 1960, outside: 现有 dates the stock, not the share of it).
 */
export const PLACE_HOLDS_NOW = new RegExp(`(?:${alternation([...OWN_PLACES, ...WHOLE_PLACES])})现有[^，,。；;、：:的]{0,10}$`, 'u');
const PLACE_HOLDS_NOW_ALL = new RegExp(PLACE_HOLDS_NOW.source, 'gu');

/**
 * Relative times (去年, 五年来, 近三年 …) and the years each stands for, in the order they are read. One table for the
 * module, not built per figure: explicitTime runs for every figure, and built inside it the table's twenty-odd regexps,
 * closures and pairs were made again at each call — about 4 % of the bytes the seed's figures allocated (session 26,
 * sampled heap profile; the function stays in baseline code, which keeps all of them).
 */
const RELATIVE: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray, c: RelativeContext) => [number, number] | null]> = [
  // (比上一年, like 比去年, is a base of comparison: 一九五八粮食的指标为…，比上一年增加二百二十亿斤.)
  [/(?<![比较从由于与同])(?:去年|上一年)|过去一年|过去的一年/g, (_m, c) => [c.year - 1, c.year - 1]],
  [/今年/g, (_m, c) => [c.year, c.year]],
  // 明年, 前年: the years either side of last year and this year (not 目前年, 提前年度, 学前年).
  [/明年(?!度)/g, (_m, c) => [c.year + 1, c.year + 1]],
  [/(?<![目提当学之此以空事比较])前年(?!度|龄|级)/g, (_m, c) => [c.year - 2, c.year - 2]],
  // 本年 in the accounts of a year reviewed (１９５５年国家决算…占本年支出的46.89%) is that year.
  [/本年(?!度)/g, (_m, c) => (c.scope?.status === 'actual' && c.scope.from === c.scope.to && c.status === 'actual' ? [c.scope.from, c.scope.to] : [c.year, c.year])],
  [/本年度/g, (_m, c) => [c.year, c.year]],
  // 全年 inside a review of several years is the last of them (山西 2026's “十四五” review: 全年规上原煤产量13.05亿吨、
  // 增长2.1%; 保定 2017's 四年来…全年优良天数159天): one year's total, not the span's.
  // (After a year the sentence named, 全年 is that year's: …一九八五年增加三百六十二亿元，全年总收入达到… — national 1986;
  // not after a base, 较2013年下降37.8%，全年优良天数159天.)
  // So is a change on the year before (同比, 比上年): 新能源和清洁能源装机同比增加1829万千瓦、达到9048万千瓦 (山西 2026).
  [/全年(?!计划|任务|目标)|同比|(?:比|较)(?:上年|去年)(?!同期)/g, (m, c) => (c.status === 'actual' && c.scope?.status === 'actual' && c.scope.from < c.scope.to && c.scope.to < c.year && !/(?<![比较从由与同和至到])(?:19|20)\d{2}年(?!以来)/.test(c.before.slice(0, m.index ?? 0)) ? [c.scope.to, c.scope.to] : null)],
  // 2012年以来共发放各类救助资金8300余万元 (dev gaoyang 2017, labelled 2012-2016), 2007年新型农村合作医疗开展以来，兑付补偿资金
  // 1.35亿元 (src32 徐水 2011), 自1993年定点帮扶以来，…直接投入资金和物资5700万元 (src32 阜平县 2021), 2003年以来城镇新增就业
  // 116万人 (src32 河北省 2006, in a review of 2001-2005): a stretch since a year named runs from that year to the last year
  // reported, neither the year alone nor the whole review around it. Not a record (2010年以来最高, 创…以来新高).
  [SINCE_YEAR, (m, c) => {
    const from = Number(m[1]);
    return c.status === 'actual' && from < c.year ? [from, Math.max(from, c.reviewEnd)] : null;
  }],
  // 现已吸纳农村劳动力1亿多人, 比现有的86个减少27个: how things stand as the report is given (not 现有企业, an adjective).
  [/现已|(?<!实)现有的?$/g, (_m, c) => [c.year, c.year]],
  // 全区现有超10亿企业111家: the same, with what the place has between 现有 and the count (PLACE_HOLDS_NOW).
  [PLACE_HOLDS_NOW_ALL, (_m, c) => [c.year, c.year]],
  // 现在全国有100多个城市…, 到现在为止: outside a review, how things stand as the report is given (not 体现在,
  // 项目前期); inside one, the time reviewed (现在国内生产总值每增长1个百分点…, said of last year) — in a review of
  // several years its last one: how things stand now, not the span (national 1993, reviewing 1988-1992: 目前由市场决定
  // 价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右 → 1992).
  // (目前 inside a review of one year is the report's own present, as a sentence opening with 目前， is (timeScope.ts): 目前我国
  // 农民大体上有百分之二十到三十过着略有积余的生活 — national 1957, reviewing 1956; 目前全国每天有近一亿劳动力参加农田水利的建设 —
  // national 1958, outside, reviewing 1957. 现在 there may still tell of the year reviewed.)
  [new RegExp(PRESENT_WORD, 'g'), (m, c) => (c.status === 'actual' && c.scope?.status !== 'actual' ? [c.year, c.year] : c.status === 'actual' && c.scope && c.scope.from < c.scope.to ? [c.scope.to, c.scope.to] : c.status === 'actual' && c.scope && c.scope.to === c.year - 1 && m[0] === '目前' ? [c.year, c.year] : null)],
  // 解放以来，… and 同解放前比较 in 1950s reports: the years since 1949 (not 解放以来最大的…, a record).
  [/解放(?:以来|后)(?=[，,])|(?:同|与|比)解放前/g, (_m, c) => (c.status === 'actual' && c.year < 1990 ? [1950, c.year - 1] : null)],
  // 党的十八大以来8次视察河北 (hebei 2021): the years from that congress to the report, the report's own included.
  [SINCE_CONGRESS, (m, c) => {
    const from = congressYear(m[1] as string);
    return c.status === 'actual' && from !== null && from < c.year ? [from, c.year] : null;
  }],
  // (这五年计划 is the plan, not five years back.)
  [/五年来|过去(?:的)?五年|这五年(?!计划|规划)|五年间/g, (_m, c) => [c.year - 5, c.year - 1]],
  // 五年内 in a plan's part is the plan's five years (a plan presented in its second year still spans all five).
  // In the review of a plan (the first five-year plan, reviewed in 1959), 五年内 is the plan's five years.
  // 五年累计 too: in a review the years reviewed, in the next plan's part that plan's (二、“十二五”时期…的主要任务 … 五年累计
  // 新增就业335万人, 河北 2011), not five years back.
  [/五年内|五年合计|五年共|五年投资|五年累计/g, fiveYears],
  // 五年全国新增城镇就业5100万人, 中央财政五年支出551亿元: five years of work, reviewed or planned.
  [FIVE_YEARS_OF_WORK, fiveYears],
  // Reports of the 1980s and 1990s set goals 到本世纪末.
  [/(?<!\d年(?:起)?到)本世纪末/g, (_m, c) => (c.year < 2000 ? [2000, 2000] : null)],
  // 从一九八一年到本世纪末的二十年内…翻两番: the twenty years from the year named.
  [/从((?:19)\d{2})年(?:起)?到本世纪末/g, (m, c) => (c.year < 2000 ? [Number(m[1]), 2000] : null)],
  // 近三年, 这两年: counted back from the end of the stretch reviewed (a report given late in 1982 reviews 1981-1982).
  // Not a record (粮食总产达615.6亿斤、创近5年新高 — 湖南 2025; 为近三年来最大降幅 — zhejiang 2026; 降至近十年最低, 为近6年最高
  // — 江西, 黑龙江 2025): the figure is the year's own, compared with the years before it, and the clauses after it too.
  [/(?:近|过去|这)([两二三四五六七八九十\d])年(?!计划|规划)(?!(?:来|以来)?(?:同期)?的?(?:新高|新低|最))/g, (m, c) => {
    const n = smallNumber(m[1] as string);
    return c.status === 'actual' && n > 0 ? [c.reviewEnd - n + 1, c.reviewEnd] : null;
  }],
  // 十年来, 十年间; not 十年内乱 (a name), 长江十年禁渔, 几十年以来 (an age, not ten years).
  // 十年增加近70万亿元: ten years of work, as 五年新增… is five.
  // (Not a record, as for 近N年 below: 增速不仅创下龙华十年来的新高，而且还高于全市3.5个百分点 — 龙华区 2022, outside.)
  [/(?<![几数\d一二三四五六七八九])十年(?:(?:来|以来)(?!(?:同期)?的?(?:新高|新低|最))|间|中|(?=[^，,。；;：:\d]{0,6}?(?:新增|累计|增加|增长|提高|减少|下降|合计|共)))/g, (_m, c) => (c.status === 'actual' ? [c.year - 10, c.year - 1] : null)],
  // 三年来, 5年来, 一年多来: counted back from the end of the stretch reviewed.
  [/(?<![\d两二三四五六七八九十])([一两二三四六七八九]|[2-9])年(?:多)?(?:来|以来)(?!(?:同期)?的?(?:新高|新低|最))/g, (m, c) => {
    const n = smallNumber(m[1] as string);
    return c.status === 'actual' && n >= 1 && !(n === 1 && !/多/.test(m[0])) ? [c.reviewEnd - n + 1, c.reviewEnd] : null;
  }],
  // 相当于5年前1.5个百分点: counted back from the last year reported.
  [COUNTED_YEARS_AGO, (m, c) => {
    const n = smallNumber(m[1] as string);
    return n > 0 && n <= 50 ? [c.year - 1 - n, c.year - 1 - n] : null;
  }],
  // “一九八二年预计比一九八一年增长百分之五，两年平均每年递增百分之五点三”: an average over N years ends at the
  // latest year the sentence has named (or the last year reviewed). Not 前三年平均 (1956年，…超过了前三年平均每年增加二十三亿
  // 八千万元的水平 — national 1957): the first years of the plan, read below.
  [/(?<![\d两二三四五六七八九十近这前])([两二三四五])年(?:平均|年均)/g, (m, c) => {
    const n = smallNumber(m[1] as string);
    const named = allMatches(/((?:19|20)\d{2})年/g, c.before.slice(0, m.index ?? 0)).map((y) => Number(y[1]));
    // 五年平均人口自然增长率控制在… in the next plan's part: that plan's years.
    if (c.status === 'target' && named.length === 0) return c.scope?.plan ? [c.scope.from, c.scope.to] : [c.year, c.year + n - 1];
    const end = named.length > 0 ? Math.max(...named) : c.scope && c.scope.status === 'actual' ? c.scope.to : c.year - 1;
    return n > 1 && end <= c.year ? [end - n + 1, end] : null;
  }],
  // 在五年计划的前三年共增加…, 前四年完成的比重 (in 1957): the first years of the plan in force.
  [/(?<![学提之此以目当空事])前([两二三四])年/g, (m, c) => {
    const plan = planIn(c.year - 1);
    const n = smallNumber(m[1] as string);
    return c.status === 'actual' && plan && n > 1 && plan[0] + n - 1 <= c.year - 1 ? [plan[0], plan[0] + n - 1] : null;
  }],
  // 1952年…，1956年提高到610元。在四年中间，…: N years that end at the latest year the sentence has named.
  [/(?<![\d两二三四五六七八九十前近这])([两二三四五六七八九十])年(?:中间|之中|当中)/g, (m, c) => {
    const n = smallNumber(m[1] as string);
    const named = allMatches(/((?:19|20)\d{2})年/g, c.before.slice(0, m.index ?? 0)).map((y) => Number(y[1]));
    const end = named.length > 0 ? Math.max(...named) : c.year - 1;
    return c.status === 'actual' && n > 1 && end < c.year ? [end - n + 1, end] : null;
  }],
  // 实施两年新增4万亿元的投资计划 (in the review of 2006-2010): the last N years of the stretch reviewed.
  [/(?<![连续前])([两二三四])年(?:新增|累计|合计|共)/g, (m, c) => {
    const n = smallNumber(m[1] as string);
    const end = c.scope && c.scope.status === 'actual' ? c.scope.to : c.year - 1;
    return c.status === 'actual' && n > 1 ? [end - n + 1, end] : null;
  }],
];

/** The five-year plan a year falls in (1956 → 1953-1957), or null (1963-1965 had none). */
function planIn(y: number): [number, number] | null {
  for (let n = 1; n <= 30; n++) {
    const span = planSpan(n);
    if (span && span[0] <= y && y <= span[1]) return span;
  }
  return null;
}

/** The last match of the global `re` in `text`, or null. */
export function lastMatch(text: string, re: RegExp): RegExpMatchArray | null {
  let last: RegExpMatchArray | null = null;
  for (const m of allMatches(re, text)) last = m;
  return last;
}

/**
 * A plan's end as the base of a comparison (比“九五”末, 较“十三五”期末, 是“十五”末的, 与“十五”末相比), the plan's numeral
 * captured: its last year is the base, as 比2000年 would say (2005年，我市生产总值达到146.2亿元，比“九五”末增长了68.1%，年均增长
 * 10.9% — 天水 2006, outside: both growths run 2001-2005).
 */
export const PLAN_END = '“?([一二三四五六七八九十]{1,3})五”?\\s?(?:时期|期间)?(?:期末|末)';

/** A match whose first group is a plan's numeral (PLAN_END) given that plan's last year instead, as a base year's match has. */
export function planEndYear(m: RegExpMatchArray | null): RegExpMatchArray | null {
  if (!m) return null;
  const span = planSpan(smallNumber(m[1] as string));
  if (!span) return null;
  m[1] = String(span[1]);
  return m;
}

const BASE_BY = new RegExp(`(?:比|较)(?:((?:19|20)\\d{2})年|${PLAN_END})`, 'g');
/** What a multiple is of (财政收入…达到11067万元，是2000年的1.65倍，年均增长10.6% — xx旗 2006, outside page): a base too. */
const BASE_OF = new RegExp(`(?:是|为|相当于)(?:((?:19|20)\\d{2})年|${PLAN_END})的`, 'g');

/** The last 比2002年 (or 比“九五”末, 是2000年的) of the clause, unless a later 比上年/同比/比去年 has replaced it. */
export function sentenceBase(before: string): RegExpMatchArray | null {
  let last: RegExpMatchArray | null = null;
  for (const m of allMatches(BASE_BY, before)) last = m;
  for (const m of allMatches(BASE_OF, before)) if (!last || (m.index ?? 0) > (last.index ?? 0)) last = m;
  if (!last) return null;
  if (last[1] === undefined) {
    const span = planSpan(smallNumber(last[2] as string));
    if (!span) return null;
    last[1] = String(span[1]);
  }
  const tail = before.slice((last.index ?? 0) + last[0].length);
  return tail.length <= 120 && !/[。！？]|比上年|比去年|较上年|同比|比\S{0,4}年/.test(tail) ? last : null;
}

/**
 * The last “1992年同1987年相比，” of the clause, with no full stop after it ([1] the year, [2] its base). It holds over
 * the semicolons of a long sentence (national 1987: １９８６年同１９７８年相比，…；…；全国城乡居民平均消费水平由１７５元增加到
 * ４５０元，扣除物价上升因素增长８６．９％, some 200 characters on).
 */
export function lastPair(before: string): RegExpMatchArray | null {
  let last: RegExpMatchArray | null = null;
  // (The base year may carry a short attribute after 同/与/和: １９８０年同完成经济恢复的１９５２年相比，工农业总产值增长八点一倍，
  // 国民收入增长四点二倍 — national 1981, outside.)
  for (const m of allMatches(/((?:19|20)\d{2})年(?:比|(?:同|与|和)(?:[^，,。；;\d]{1,12}的)?)((?:19|20)\d{2})年(?:相比|比较)?[，,]/g, before)) last = m;
  // (The base may come first: 同一九五七年比较，一九六四年供应的猪肉、羊肉、蔬菜等副食品，都增长百分之三十以上；机制纸、铝制品…，增长
  // 百分之五十以上 — national 1964, outside; its groups are read in the same order, the year then its base.)
  for (const m of allMatches(BASE_FIRST_PAIR, before)) {
    if (last && (last.index ?? 0) > (m.index ?? 0)) continue;
    const [year, base] = [m[2] as string, m[1] as string];
    m[1] = year;
    m[2] = base;
    last = m;
  }
  const tail = last ? before.slice((last.index ?? 0) + last[0].length) : '';
  return last && tail.length <= 240 && !/[。！？]/.test(tail) ? last : null;
}
