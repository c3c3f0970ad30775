import { smallNumber } from '../numbers/chineseNumerals';
import type { IndicatorKind } from '../types';
import type { TimeScope } from './timeScope';
import { periodString, planSpan, timeWords } from './timeScope';
import type { Span } from './explicitTime';
import { BASE_YEARS_AGO, explicitTime, lastMatch, lastPair, MULTIPLE_OF_YEARS_AGO, PLACE_HOLDS_NOW, PLAN_END, planEndYear, sentenceBase } from './explicitTime';
import type { CueWindow } from './timeCues';
import { doneInPlan } from './doneInPlan';
import { blankTitleDigits } from './documentTitles';
import { DOCUMENT_COUNT, DOCUMENT_KIND_BEFORE, FORESEEN_FACT, isGoalFigure, isStandingFact, isWholePeople, programmeNorm, PROGRAMME_YEARS } from './figureRoles';
import { allMatches } from '../text/allMatches';
import { alternation, OWN_PLACES, WHOLE_PLACES } from '../lexicon/nameWords';

export { isGoalFigure } from './figureRoles';

/**
 * Status and period of one figure: the scope of the text around it (see timeScope.ts), overridden by what its
 * own clause says — explicit time (到2030年, 2025年, 2016—2020年, 近3年, 去年) and wording (力争, 确保, 已).
 */
export interface FigureTimeInput {
  readonly year: number | null;
  readonly scope: TimeScope | null;
  /** From the sentence start to the figure, years in Chinese numerals already read as Arabic (arabicYears). */
  readonly sentenceBefore: string;
  readonly kind: IndicatorKind;
  readonly measure: string | null;
  /** The start value of 由a提高到b. */
  readonly isFrom: boolean;
  readonly inGlossary: boolean;
  /** A few characters after the figure (what it counts: 14亿多|中国人, 28个|主要指标). */
  readonly after?: string;
  /** The figure's unit (番: 翻一番 is a level to reach, not a growth over the base year). */
  readonly unit?: string | null;
  /** The indicator's name (城镇调查失业率: a rate held every year of a plan, not a level at its end). */
  readonly name?: string | null;
  /** The figure's value (a streak's length: 从2005年开始连续三年 → 2005-2007). */
  readonly value?: number;
  /**
   * Where sentenceBefore stands in its paragraph's shared cue index (then it is already in time words): the cue
   * searches become lookups instead of scans of the window, once per figure.
   */
  readonly window?: CueWindow;
  /**
   * The scope around the paragraph, when a sentence of the paragraph set another for itself (a review of five years
   * whose paragraph opens with its last year: １９８７年全国进出口总额达到８２７亿美元，平均每年增长１４．７％).
   */
  readonly outer?: TimeScope | null;
  /**
   * With no report year, the year a paragraph opens with (1991年是极不平凡的一年, 1992年,我们是在…渡过的), said by this
   * paragraph or by one right before it under the same heading (yearOpening.ts).
   */
  readonly yearSaid?: number | null;
}

/**
 * A streak that starts at a year the clause names (从2005年开始连续三年提高…, 从今年1月1日起，再连续三年…, 从一九七九年起，…
 * 财政收入连续三年下降): its N years from that year. Other streaks (连续11年获评…) are facts of the time reported.
 */
function streakFrom(input: FigureTimeInput, sentenceBefore: string): string | null {
  const n = input.value;
  if (input.year === null || input.unit !== '年' || n === undefined || !Number.isInteger(n) || n < 2 || n > 30 || !/连续$/.test(sentenceBefore)) return null;
  const m = /从((?:19|20)\d{2}年|今年)[^。！？；;]{0,60}?(?:开始|起)[^。！？；;]{0,50}$/.exec(sentenceBefore.slice(-110));
  if (!m) return null;
  const from = m[1] === '今年' ? input.year : Number((m[1] as string).slice(0, 4));
  return periodString(from, from + n - 1);
}

/**
 * A past year's plan quoted in a review (一九八一年计划为百分之三点七, 去年政府工作报告提出…要…, 超过原定计划427亿元, 由原定平均
 * 每年6%调高到…): a target, though dated before the report.
 */
// (Also the year's goal named right before its figure, as the facts reviewed quote it: 增长6.5%(年度目标6%以上) — src32 涞源县
// 2025, four times, read as facts; the same words head a goal in this year's work, 经济增长预期目标为5%左右 — dev national 2024,
// 2005, 2016, 1997's 调控目标为. Not a margin over the goal: 低于调控目标0.8个百分点 — src32 河北省 2007, a fact.)
export const PAST_TARGET = /计划(?:为|是|要求)[^，,。；;]{0,4}$|(?<!高于|低于|大于|小于|超过|超出|高出|好于)(?:年度|全年|预期|调控)目标(?:为|是)?$|(?:比|较|超过|少于)(?:预算数|原预算|预算规定的?)$|提出[^。；;]{0,16}要[^。；;]{0,20}$|原定(?:(?![少多超差])[^，,。；;\d零一二两三四五六七八九十百千万亿]){0,12}$/;


// 到2025年 sets a goal, but 增长到2020年的3.62万亿元 (or 调整到, 扩大到, 发展到: 三次产业结构由2000年的…调整到2005年
// 的18.9∶47.4∶33.7, 5年内二产上升12.4个百分点 — 福建 2006, outside page) reports one reached and 1950年到2002年 is a span. The 要 of 越是…越要
// (越是困难越要保住基本民生，全省财政民生支出占…81.7%, a review) is a maxim, no plan; 要务 and 要害 are nouns (咬定“发展是第一要务”，…与182批次央企…深度对接, 保定 2021's review). 计划 counts only as a verb (计划新增…), not in 年计划/超计划 or a programme's name. Inside a review, 争取 (secured
// funds) and 将 (将2.8万亿元…纳入) tell of what was done, so only the plainly forward-looking words turn a
// reported figure into a target. A rate kept within the target (登记失业率3.8%、控制在预期目标之内，…达到1520万人) tells a
// goal met, no goal.
// A goal named and left behind (接近10％左右的预期目标，高于全国增幅2个百分点, 河北 2000's review) is no cue for the clause
// after it; nor is one a fact is measured against (增长13.2%，高出预期目标1.2个百分点；规模以上工业总产值2880亿元 — 深圳市 2002;
// 居民消费价格上涨5.9%，高出预期目标1.9个点，但12月价格涨幅已回落至2.5% — 深圳市 2009, outside): the margin and the clauses
// after it are what the year brought.
const TARGET_CUES = /全年再|今年再|争取(?:实现|达到|完成|提前)|(?<!\d年(?:起)?)到本世纪末|本世纪内|计划安排|(?:今后|未来)(?:[两二三四五六七八九十]|\d{1,2})年|(?<!(?:高出|超出|超过|高于|低于|好于)(?:年初)?)预期目标(?![之以]内)(?!(?<=的预期目标)[，,])|主要目标|目标是|目标为|力争|确保(?!了)|计划(?:到|完成|新增|实施|建设|投资(?!的)|新建|改造)|预计到|(?<![长高加升至整大展]|\d年\s?)到\d{4}年|计划(?:期间)?要求|计划把|(?<![主重需纲必只越])要(?![求素点务害])(?!(?:清醒|清楚|深刻|充分)?地?(?:看到|认识到))|(?<![模虚])拟/;
// (Nor the 要 of 要看到, 要清醒认识到: what the report asks to be seen is how things stand — 特别要看到，我们国家30年改革开放造就的…
// — src32 保定市 2009; 我们也要清醒认识到，…长期在我县居住的外来人口远远低于历史上4万多人的高光时刻 — src32 涞源县 2025; both
// read as targets.)
// (Nor the 计划投资 of a plan a completion rate is measured against: 完成投资14.8亿元，占年计划投资的126.5% — src32 高阳县 2018;
// 5个市重点项目完成投资7.8亿元，完成年计划投资的300.5% — src32 阜平县 2013; both reviews, read as targets.)
/** 应该/必须 with the figure in its clause (a duty, not 必须看到): a cue only near the window's end, so tested there. */
const DUTY_AT_END = /(?:应该|应当|必须)(?!看到|指出|说|承认|肯定)[^，,。；;]{0,12}$/;
// (Not the 目前 of 项目前期, the 现有 of 实现有效, the 现在 of 体现在: words across a word boundary.) A mid-year report
// tells how the year has gone so far: 本年1——5月份…计划完成102.6%，比上年同期增长33.3%; 在第一季度只完成….
/** Cues that tell of this year so far (同期, 第一季度, 1——5月份): facts of the report's own year. */
const SO_FAR = /(?:上年|去年)同期|(?:第[一二三四]|一)季度(?!末|前)|(?<![到在前于])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份(?!前|以前|之前|底前|起)/;
// (上年 as the base a goal is set against, after 于 and the place whose year it is — 五保供养标准…确保不低于当地上年度农村居民人均
// 可支配收入的60%；孤儿…提高到每月1340元 — 广东省 2014 and 2016, outside: this year's standards, no fact of last year.)
const ACTUAL_CUES = new RegExp(`${/(?<![比较从由于与同])去年|(?<![比较于由从])(?<!于(?:当地|本地|全省|全市|全区|全县|全国))上年(?!结转|结余)|过去一年|一年来|五年来|已经|已(?:完成|实现|达到|有|由|从)|(?<!项)目前|我国有|(?<![体表实出])现在|近[\d两三四五]年来|(?<![\d十])[两三四六七八九]年(?:多)?(?:来|以来)|(?<![到至—\-－~])(?:19|20)\d{2}年(?:以来|来)|这几年|几年来/.source}|${SO_FAR.source}`);

/**
 * “同建国初期的一九五零年的一百七十亿元作比较，则增长二点八倍”: a comparison with a year's figure, the base of the growth
 * in the clause after it.
 */
const COMPARED_WITH = /(?:同|与|和)[^，,。；;]{0,16}?((?:19|20)\d{2})年[^，,。；;]{0,20}?(?:相比|比较|作比较|对比)[，,][^。；;，,]{0,24}$/;

/** 比“十五”末增长74%, 是“十五”末的6.7倍: a plan's end as the base near the figure (its numeral captured). */
const PLAN_END_NEAR = new RegExp(`(?:比|较|为|是|等于|相当于|同|与|和)${PLAN_END}(?:相?比较?)?的?[^，,。；;]{0,16}$`);
/** 与“十五”末相比，生产总值…翻一番: a comparison with a plan's end that opens the clauses after it. */
const PLAN_END_COMPARED = new RegExp(`(?:同|与|和)${PLAN_END}相?比较?[，,][^。；;]{0,80}$`);
/** 较“十三五”末的9323.1亿元: the base value itself, right after the plan's end. */
const PLAN_END_VALUE = new RegExp(`(?:比|较)${PLAN_END}的$`);

/**
 * A relative clause with 已/已经 right before a count (已开工的57个, 已经确定规划建设的32个): what already is so, with no time of
 * its own inside the clause (not 去年已完成的…, 已于2020年建成的…).
 */
const ALREADY_SO = /已经?([^，,。；;的、]{1,16})的$/;
/**
 * The second of two such counts joined under the one 已 (对已精简的319项行政审批事项和清理规范的281项收费项目 — hebei 2010): the
 * first count and its noun, a joiner, then the second clause and its 的.
 */
const ALREADY_SO_PAIR = /已经?([^，,。；;的、]{1,16})的[\d.．]+[^\d，,。；;的、和及]{1,12}[和及、]([^，,。；;的、]{1,12})的$/;
function alreadySo(sentenceBefore: string): boolean {
  const tail = sentenceBefore.slice(-56);
  const m = ALREADY_SO.exec(tail.slice(-20)) ?? ALREADY_SO_PAIR.exec(tail);
  return m !== null && !/年|月|去|上|前期/.test(m.slice(1).join('')) && !/(?:年|月)[^，,。；;]{0,2}已经?[^，,。；;]*$/.test(tail);
}

/** A fact told as done. */
const DONE = /已经?|去年|过去|上年|取得|建成|完成/;

/** A plan's or a budget's completion rate (计划完成102.6%, 完成年计划27%, 完成预算数的92.49%): what was done. */
const COMPLETION_RATE = /完成(?:了)?(?:原定|全年|年度|年)?(?:计划|预算数?)?的?$/;

/**
 * The start value of a from–to pair the binding did not mark (从15个县（市）扩大到57个, 从全国第8位、第4位双双跃居第1位):
 * right after 从/由 (or a start value before it), with the verb to the end value a few characters on.
 */
function startValue(input: Pick<FigureTimeInput, 'sentenceBefore' | 'isFrom' | 'after'>): boolean {
  if (input.isFrom) return true;
  if (input.after === undefined || !/^[^，,。；;\d]{0,5}(?:[、和][^，,。；;]{0,6})?[，,]?(?:到|至|增至|增加到|提高到|提升到|扩大到|上升到|下降到|降低到|减少到|降至|降到|减至|跃居|跃升|减为|增为|上升为|提升为|下降为|降为)/.test(input.after)) return false;
  const tail = input.sentenceBefore.slice(-20);
  // (由上年的2.51吨煤，降低到2.28吨煤: the start value's own year may stand between 由 and the figure.)
  return /[从由](?:(?:上年|去年|今年|前年|(?:19|20)\d{2}年(?:底|末)?)(?:预计)?(?:的|居|位居)?)?(?:全国|全省|全市|全区|世界|全球)?(?:第)?$/.test(tail) || /[从由][^，,。；;从由到至]{1,14}[、和]第?$/.test(tail);
}

/**
 * The report's own year, or a later one, as the time of the clause (1980年计划基本建设投资总额控制在500亿元, 1980年将达到29%,
 * 国务院决定今年安排30亿元): this year's plan, even inside a review. Not what this year has brought so far (1980年上半年,
 * 今年以来, 今年1至5月), and not a base or a start (比2026年, 从今年起).
 */
function thisYearOnward(sentenceBefore: string, year: number | null | undefined): number {
  if (year === null || year === undefined || !/今年|本年度|\d{4}年/.test(sentenceBefore)) return -1;
  let at = -1;
  for (const m of allMatches(/(?<![比较到至从由与和同于向\d])(?:今年|本年度|((?:19|20)\d{2})年)(?!度|代|以来|上半年|下半年|初(?![步见])|年初|底|末|前|同期|[一二三四第]季度|头|[一二三四五六七八九十\d]{1,2}(?:[至—\-－~]+[一二三四五六七八九十\d]{1,2})?月|的基础|起|开始|[—\-－~至到])/g, sentenceBefore)) {
    if (m[1] === undefined || Number(m[1]) >= year) at = m.index ?? at;
  }
  // 今年的亏损额预计达四十多亿元: an estimate of how the year turns out, not a plan.
  return at >= 0 && /预计(?!到)/.test(sentenceBefore.slice(at)) ? -1 : at;
}

export function statusOf(input: Pick<FigureTimeInput, 'scope' | 'sentenceBefore' | 'isFrom' | 'after' | 'unit' | 'window' | 'value'> & { readonly year?: number | null }): 'actual' | 'target' {
  const { scope, after } = input;
  const isFrom = startValue(input);
  const sentenceBefore = titleDigitsBlanked(input);
  if (isFrom) return 'actual';
  if (isStandingFact(after) || (after !== undefined && DOCUMENT_COUNT.test(after))) return 'actual';
  if (isWholePeople(after, input.value, input.unit)) return 'actual';
  if (isCountdown(sentenceBefore, input.unit)) return 'actual';
  // 发挥我省拥有487公里海岸线的优势 (hebei 2010's work): what the place has, a fact even among this year's tasks.
  // (So is what it 现有 with the things counted between: 全区现有超10亿企业111家 — PLACE_HOLDS_NOW.)
  if (PLACE_HAS.test(sentenceBefore.slice(-10)) || PEOPLE_HAS.test(sentenceBefore.slice(-8)) || PLACE_HOLDS_NOW.test(sentenceBefore.slice(-16))) return 'actual';
  // 以全省 100 个县（市、区）为基础参赛单元 (江西 2026's glossary): all the counties of the place, what it is made of.
  if (WHOLE_PLACE.test(sentenceBefore.slice(-6)) && after !== undefined && PLACE_UNITS.test(after)) return 'actual';
  if (input.unit === '%' && COMPLETION_RATE.test(sentenceBefore) && !/(?:要|力争|确保|将|预计)[^，,。；;]{0,8}完成[^，,。；;]{0,6}$/.test(sentenceBefore)) return 'actual';
  // 其中预期性指标19项: a count of the plan's indicators, after their kind.
  if (DOCUMENT_KIND_BEFORE.test(sentenceBefore)) return 'actual';
  if (FORESEEN_FACT.test(sentenceBefore.slice(-32))) return 'actual';
  if (scope?.targetsList || PAST_TARGET.test(sentenceBefore)) return 'target';
  // 超过五年计划规定的平均每年增长百分之八点六的速度: the plan's own figure, a target though a fact is measured against it.
  if (input.year !== null && input.year !== undefined && planOwnFigure(sentenceBefore, after, input.year, null)) return 'target';
  // 增长11.3%，低于13%左右的预期目标: the figure is the goal the fact is measured against.
  if (isGoalFigure(after, input.window)) return 'target';
  if (programmeNorm(sentenceBefore, input.year)) return 'target';
  const base = scope?.status ?? 'actual';
  // In a review, a plan word makes a target unless the review's own time comes after it (…去年已经对其中…);
  // 今年要扩大到511户 after 去年已经… is this year's target again.
  if (base === 'actual') {
    const reviewTime = lastCue(REVIEW_TIME, sentenceBefore, input.window);
    const review = Math.max(reviewTime, lastCue(ACTUAL_CUES_ALL, sentenceBefore, input.window));
    // (Unless a review of several years itself reaches the report's year. A report made late in its year, 1982's
    // 一九八二年预计比一九八一年…, is read from the year it plans (lateYear.ts); and a present told in one year, 当前，…
    // 国务院决定今年安排30亿元 (national 2005), does not stop this year's plan.)
    if (!(scope && input.year !== null && input.year !== undefined && scope.to >= input.year && scope.from < scope.to) && thisYearOnward(sentenceBefore, input.year) > review) return 'target';
    const duty = DUTY_AT_END.exec(sentenceBefore.slice(-16));
    const target = Math.max(ownPlanCue(sentenceBefore, input.window), duty ? sentenceBefore.length - Math.min(16, sentenceBefore.length) + duty.index : -1);
    return target > reviewTime ? 'target' : 'actual';
  }
  // (…去年已经对其中近３００户…，今年要扩大到５１１户, national 1997: this year's plan after what was done, a target again.)
  const doneAt = lastCue(ACTUAL_CUES_ALL, sentenceBefore, input.window);
  if ((doneAt >= 0 && !(thisYearOnward(sentenceBefore, input.year) > doneAt)) || HOLDS_NOW.test(sentenceBefore.slice(-12))) return 'actual';
  return doneInPlan(sentenceBefore, lastCue(TARGET_CUES_ALL, sentenceBefore, input.window)) ? 'actual' : 'target';
}

/**
 * Where the last plan word before a reported figure stands, leaving out those inside a quotation closed before the
 * figure: a slogan or a name quotes its own words, and a 要 there plans nothing of the clause (明确作风建设“十要”，…，83件人大
 * 代表建议、110件政协委员提案按期办结 — src32 安新县 2024; 我们坚持“新官要理旧账，不给历史留坏账”的工作思路，…，2089户平稳有序
 * 完成房屋分配 — src32 涞源县 2021; both reviews). A quotation still open at the figure quotes the figure too, and its
 * plan word counts. At most a few quotations are stepped over, each a lookup in the paragraph's cue index.
 */
function ownPlanCue(sentenceBefore: string, window: CueWindow | undefined): number {
  let text = sentenceBefore;
  for (let step = 0; step < 4; step++) {
    const at = lastCue(TARGET_CUES_ALL, text, window);
    if (at < 0) return at;
    const open = text.lastIndexOf('“', at);
    if (open < 0 || text.lastIndexOf('”', at) > open || text.indexOf('”', at) < 0) return at;
    text = text.slice(0, open);
  }
  return -1;
}

/**
 * The time left until a date (离…只有122天, 到…还有两年多): counted from the day the report is given. Only a span of time
 * is one (到一九五八年只有二亿二千万吨 is how much a year had, national 1959).
 */
function isCountdown(sentenceBefore: string, unit: string | null | undefined): boolean {
  return unit !== null && unit !== undefined && COUNTDOWN_UNITS.has(unit) && COUNTDOWN.test(sentenceBefore.slice(-48));
}
const COUNTDOWN = /(?:离|距|距离|到)[^。；;！？]{2,40}?(?:只有|还有|仅有|尚有|仅剩|只剩)$/;
const COUNTDOWN_UNITS = new Set(['天', '年', '个月', '月', '周', '小时', '日']);

/** 全省 (and 全国, 全市 …) right before a count of the place's own divisions (县, 市, 乡镇, 村): all of them, a fact. */
const WHOLE_PLACE = new RegExp(`(?:${alternation(WHOLE_PLACES)})\\s*$`, 'u');
const PLACE_UNITS = /^\s*个?(?:县|市|区|乡|镇|村|省|地市|盟|州)/;
/** The place or the country has (我国有2.9亿在校学生, 我省拥有487公里海岸线) right before the figure: how it stands. */
const PLACE_HAS = new RegExp(`(?:${alternation([...OWN_PLACES, ...WHOLE_PLACES])})(?:拥有|有)(?:近|约|超过)?$`, 'u');
/**
 * The population a place or a camp has (全国人口有六万万之多 — national 1955, in a part on the plan's tasks; 两个共有人口超过
 * 十亿的 — 1959): how it stands, as 我国有 says, not a figure to reach. Only with 有: 常住人口达到…万 in a plan is a goal.
 */
const PEOPLE_HAS = /(?:人口(?:共有|有)|共有人口)(?:近|约|超过)?$/;

/**
 * 现有 dates only what it counts (比现有的86个减少27个: the 86), not what the clause plans for what exists
 * (用于现有企业设备更新的资金为1300亿元, 着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇).
 */
const HOLDS_NOW = /(?<!实)现有(?:的)?[^，,。；;]{0,4}$/;

/** Where the last match of the global `re` starts in the figure's window: looked up in the shared index, else scanned. */
function lastCue(re: RegExp, sentenceBefore: string, window: CueWindow | undefined): number {
  return window ? window.cues.lastStart(re, window.from, window.from + sentenceBefore.length) : lastIndex(re, sentenceBefore);
}

const TARGET_CUES_ALL = new RegExp(TARGET_CUES.source, 'g');
const ACTUAL_CUES_ALL = new RegExp(ACTUAL_CUES.source, 'g');
// 预计 in a review estimates how the time reviewed ended (…“要因地制宜发展竹产业…”重要指示精神,…,预计2021年实现竹产业综合产值305亿元
// — 宜宾 2022, outside page): a fact, whatever plan word a quoted instruction before it used. Not 预计到2025年 (a goal).
const REVIEW_TIME = /五年来|过去|(?<![比较同与于])去年|预计(?!到|今年|明年|全年将)/g;

/** Where the last match of the global `re` starts in `text`, or -1. */
function lastIndex(re: RegExp, text: string): number {
  let at = -1;
  for (const m of allMatches(re, text)) at = m.index ?? at;
  return at;
}

/** The years of a plan named as 第五个五年计划 or “十三五”. */
function planOf(name: string): [number, number] | null {
  const m = /第?([一二三四五六七八九十]{1,3})(?:个五年|五)/.exec(name);
  return m ? planSpan(smallNumber(m[1] as string)) : null;
}

/** 同“五五”时期相比: the plan a later one is compared with (its name captured). */
const PLAN_COMPARED = /[同与和](第[一二三四五六七八九十]{1,3}个五年(?:计划|规划)|“?[一二三四五六七八九十]{1,3}五”?)(?:计划)?(?:时期|期间)?(?:相比|比较)/g;

/** 年均/累计/新增 … over a plan span the whole plan; a level to reach is dated at the plan's end. */
// (Not 年均浓度, 年平均浓度: PM2.5年均浓度不高于18微克 is the year's mean concentration, a level to reach — 坪山区, 深圳市 2021,
// outside — not an average over the plan's years.)
const SPAN_MEASURE = /年均(?!浓度)|累计|新增|增加(?!值)|减少|控制在|平均(?!浓度)|每年|五年/;
/**
 * Money spent or raised over a plan (投资总额计划为三千六百亿元): its total. Not a stock or a yearly amount that a 总额 names
 * (省属企业资产总额达到2.7万亿元, 甘肃 2026's 十五五 goals): that is a level at the plan's end.
 */
const FLOW_TOTAL = /(?:投资|建设|支出|拨款|贷款|收入)总额|合计|共计|总计|安排|经费|支出|资金|拨款/;
const WORK_TOTAL_VERB = /(?:投入|筹集|关停|关闭|淘汰|压减|化解|退出)(?:了)?$/;
/**
 * A level said right after its own growth over the span reviewed (铁路货运周转量增长百分之二十三，达到１１６２０亿吨公里 — national
 * 1993 on 1988-1992; 规模以上工业企业实现利润增长3.9倍,达到1248.1亿元 — 河北 2008 on 2003-2007, outside): the growth runs
 * over the span, the level it reached is the span's last year's. (A growth of one year before it — 比上年增长, 同比 — dates
 * the level by that year already; this reads only a span.) Tested on the clause's last 30 characters, the longest such
 * growth-then-verb, so a figure costs the same however long its sentence runs.
 */
const LEVEL_AFTER_GROWTH = /(?:增长|增加|提高|翻了?[一两]番)[^，,。；;、]{0,16}[，,](?:达到|达|增至|增加到|提高到)$/;

/** A reported level or count said right after its own growth over `span` (LEVEL_AFTER_GROWTH): it stands at the span's end. */
function endsGrowthSpan(status: string, kind: string, span: { readonly from: number; readonly to: number }, sentenceBefore: string): boolean {
  return status === 'actual' && span.from < span.to && (kind === 'level' || kind === 'count') && LEVEL_AFTER_GROWTH.test(sentenceBefore.slice(-30));
}

/** 完成 and the work done, right before its amount (完成植树2.3万亩, 完成造林绿化37.5万亩); not an output's value (完成工业总产值…). */
const WORK_DONE = /完成了?[^，,。；;、\d总值产收额率]{2,10}$/;

/**
 * A total said of the span's years, between the span and the figure (1952年到1956年五年间的实际产量合计，粮食为…，棉花为一亿三千万担
 * — national 1957; 從一九五〇年到一九五三年共有八萬億元 — national 1954, outside): the sum over the span, not a level its last
 * year reached, though its verb (为, 有) reads as one. The total word either sits in the figure's own clause or heads the
 * list the figure is an item of (合计，…).
 */
const TOTAL_WORD = /合计|累计|共计|总计|共有|共达|总和/g;
function totalOverSpan(sentenceBefore: string, spanAt: number): boolean {
  const after = sentenceBefore.slice(spanAt);
  if (/[。；;！？]/.test(after)) return false;
  const clause = Math.max(after.lastIndexOf('，'), after.lastIndexOf(','));
  for (const m of allMatches(TOTAL_WORD, after)) {
    const end = (m.index ?? 0) + m[0].length;
    if ((m.index ?? 0) > clause || /^[，,：:]/.test(after.slice(end))) return true;
  }
  return false;
}

/**
 * Works begun or built during a plan named with 期间/时期, counted in the same clause (我國在第一個五年計劃期間新建和改建的重大工業
 * 建設項目約有六百個 — national 1954; 在第一个五年计划期间开始施工的是一百四十五个单位 — national 1955, both outside): a count
 * over the plan's years, though 有/是 before it reads as a level to reach at its end. Read from where the plan is named.
 */
const WORKS_IN_PLAN = /^[^，,。；;]{0,12}?(?:期间|时期)内?[^，,。；;]{0,24}?(?:新建|改建|扩建|建成|施工|开工|投产)[^，,。；;]{0,20}$/;

/**
 * A five-year plan's own figure, named where a fact is compared with it (两年平均每年增长百分之十一点九，超过五年计划规定的平均
 * 每年增长百分之八点六的速度 — national 1955; 第一个五年计划期间，…投资总额共为四百九十三亿元，超过原定计划四百二十七亿四千万元的
 * 百分之十五点三 — national 1959): a goal of the plan, over the plan's years, not of the time the fact reports. The figure is
 * the object's own (的 follows it: …的速度, …的百分之十五点三); the amount by which the fact exceeds (超过…所规定的一九五七年的
 * 指标百分之十七点三) is not, and a year named between the plan and the figure (比五年计划原定1957年3856亿斤的水平) dates it
 * as that year's level instead. The plan is the one named by its ordinal, else the one the clause's time names, else the plan
 * in force in the report's year.
 */
const PLAN_COMPARED_OWN = /(?:超过|超额完成|比|较|高于|低于|达到|接近)了?(?:(第[一二三四五六七八九十]{1,3}个)?五年计划(?:所|中)?(?:原定|规定|确定|提出)的?|原定(?:的)?计划|原计划)([^，,。；;]{0,16})$/;
function planOwnFigure(sentenceBefore: string, after: string | undefined, year: number, time: Span | null): [number, number] | null {
  if (after === undefined || !/^的/.test(after)) return null;
  const m = PLAN_COMPARED_OWN.exec(sentenceBefore.slice(-40));
  if (!m || /(?:19|20)\d{2}年|[\d零一二两三四五六七八九十百千万亿]/.test(m[2] as string)) return null;
  if (m[1]) return planOf(m[1]);
  if (time && time.plan && time.to - time.from === 4) return [time.from, time.to];
  return planIn(year);
}

/** The five-year plan a year falls in (1955 → 1953-1957), or null (1963-1965 had none). */
function planIn(y: number): [number, number] | null {
  for (let n = 1; n <= 30; n++) {
    const span = planSpan(n);
    if (span && span[0] <= y && y <= span[1]) return span;
  }
  return null;
}

/** Measures that name a level reached (达到3万公里, 提高到10.8年): dated at the plan's end. */
const LEVEL_MEASURE = /^(?:达到|提高到|提升到|增至|增加到|扩大到|下降到|降低到|上升到|降到|超过|突破|为|保持在|稳定在|调整为)$/;

/** A threshold verb ending the text before a figure (突破1500家, 超过100家): the figure is a level passed. */
const THRESHOLD_REACHED = /(?:突破|超过)$/;

/** Rates a plan holds every year (失业率控制在5.5%左右, 居民消费价格涨幅3%左右): they span the plan. */
const YEARLY_RATE = /失业率|消费价格|物价/;

/**
 * Whether a target of a plan is about the whole span (growth, totals of work: 改造2000万套) rather than a level
 * at its end (森林覆盖率达到23.04%).
 */
function spansPlan(kind: IndicatorKind, measure: string | null, sentenceBefore: string, name?: string | null): boolean {
  if (name && YEARLY_RATE.test(name)) return true;
  // Money spent or raised over a plan (投资总额计划为三千六百亿元, 经费计划为九百六十七亿元, 安排二千三百亿元) is
  // the plan's total, even after a level verb.
  if (kind === 'level' && FLOW_TOTAL.test(sentenceBefore.slice(-16))) return true;
  // 突破/超过 right before the figure is read as its qualifier, so the measure is null; in a plan's goals it still says
  // a level to reach by the plan's end (企业数量突破1500家 — 坪山 2021-2; 国家高新技术企业突破800家 — 罗湖 2021-2;
  // 上市企业数量超过100家 — 福田 2021-2; 研发支出占GDP比重超过5% — 宝安 2021-2, all outside), as 达到 does.
  if (measure === null && kind !== 'growth' && kind !== 'change' && kind !== 'other' && THRESHOLD_REACHED.test(sentenceBefore)) return false;
  // A share of the plan's money (六五计划…经费占国家财政支出总额的15.9%) is a share over the plan's years.
  if (kind === 'share' && measure === null && /(?:投资|支出|经费|资金|拨款)[^，,。；;]{0,8}$/.test(sentenceBefore.slice(-16))) return true;

  // Work done or money put in over a plan (“十一五”期间，关停5000万千瓦小火电机组; “十一五”时期中央财政将投入100亿元): the
  // plan's total, by the verb right before the figure.
  if ((kind === 'level' || kind === 'count') && WORK_TOTAL_VERB.test(sentenceBefore)) return true;
  // 新增非化石能源装机占比达到75%以上: a share of what the plan's years add, over those years.
  if (kind === 'share' && /新增[^，,。；;、]{0,14}$/.test(sentenceBefore.slice(-18))) return true;
  // Work done over the plan's years, named between 完成 and the figure (利用三年时间完成植树2.3万亩 — gaoyang 2019; 完成直接供应
  // 用地45公顷、空间储备用地… — 罗湖区 2021-2, outside, a 十四五 plan): the plan's total, not a level at its end. (Not an
  // output the year reaches, 地区生产总值完成65亿元: 完成 right before the figure, or an output's name after it.)
  if ((kind === 'level' || kind === 'count') && WORK_DONE.test(sentenceBefore.slice(-14))) return true;
  // A level reached (受教育年限提高到10.8年) whatever its unit; but a rate's change (提高2个百分点) spans the plan.
  if (measure !== null && LEVEL_MEASURE.test(measure) && kind !== 'growth' && kind !== 'change') return false;
  if (kind === 'growth' || kind === 'change' || kind === 'other') return true;
  if ((measure !== null && SPAN_MEASURE.test(measure)) || SPAN_MEASURE.test(sentenceBefore.slice(-8))) return true;
  // 新建改建高速公路通车里程约3万公里: work done over the plan, named before the noun it adds to.
  if ((kind === 'level' || kind === 'count') && measure === null && /(?:新建|改建|新开工|建成|改造|新增)[^，,。；;、]{0,10}$/.test(sentenceBefore.slice(-16))) return true;
  // Counts and amounts of work done without a level verb (城镇棚户区住房改造2000万套) add up over the plan.
  return kind === 'count';
}

/** A growth, an increment or work done before the plan's last year ends: what the plan does over its years. */
function planTotal(kind: IndicatorKind, measure: string | null, sentenceBefore: string): boolean {
  if (kind === 'growth' || kind === 'change') return true;
  if (measure !== null && /^(?:增加|新增|减少|净增)$/.test(measure)) return true;
  return /\d{4}年底?(?:以前|之前|前)[^，,。；;]{0,12}$/.test(sentenceBefore);
}

/**
 * A figure in parentheses after a growth rate restates it for another reach (工业总产值平均每年增长百分之七点五（不包括村办
 * 工业百分之七）, 增长1.7%（同口径增长2.5%）): a growth over the same time, whatever verb the parentheses use.
 */
const PAREN_GROWTH = /(年均|平均每年|每年平均)?(?:增长|递增)[^，,。；;（）()]{0,12}[(（][^（）()]{0,20}$/;

/**
 * The years after the start year up to the end year of the sentence's last from–to pair with both years (由2002年的…增加到
 * 2007年的…, 从2011年的…预计提高到2016年的…) and where the pair ends; null when no such pair is in the sentence.
 */
function yearsBetween(sentenceBefore: string): { from: number; to: number; end: number } | null {
  const m = lastMatch(sentenceBefore, FROM_TO_YEARS);
  if (!m) return null;
  const from = Number(m[1]) + 1;
  const to = Number(m[2]);
  return to >= from && to - from < 30 ? { from, to, end: (m.index ?? 0) + m[0].length } : null;
}

/** 由2002年的1940.9亿元增加到2007年的6018.8亿元: a start value's year, its figure, a verb with 到, the end value's year. */
const FROM_TO_YEARS = /[由从]((?:19|20)\d{2})年(?:底|末)?的?[\d零一二两三四五六七八九十.．][^，,。；;]{0,24}?到((?:19|20)\d{2})年(?:底|末)?的?[\d零一二两三四五六七八九十]/g;

/** 五年 said of the past in a paragraph (过去五年, 五年来, 五年累计, 五年(下同)); not 十五年, 五年前, 今后五年, 五年计划/规划. */
const FIVE_YEARS_SAID = /(?<![十\d]|今后|未来)五年(?!前|以后|后|计划|规划|内)/g;

/** A year said as a time adverbial (2009年，), not a base, a start or a span's end (比2005年，, 从2015年，, 到2020年，). */
const OTHER_TIME = /年来|以来|年中|年间|时期|期间|去年|今年|明年|上年末|五年|十年/g;
const PARAGRAPH_YEAR = /(?<![比较由从到至与同和于\d—\-~－])(?:19|20)\d{2}年[，,]/g;

/**
 * The year before the report's, said as the time of the paragraph's past (2020年是极不平凡、极为不易的一年; 1992年,我们是在经济运行
 * 极其困难的情况下渡过的; 去年, 过去一年): a review, though no heading set one — a page that runs a report's opening and its
 * review heading into one line (赣州 2021, 抚远 1993, outside pages). Not a base or a start (比2020年, 由2020年), and not
 * when another time is said after it.
 */
const PAST_YEAR_SAID = /(?<![比较由从到至与同和于\d—\-~－])(?:19|20)\d{2}年(?:[，,]|是|全[市县区省国州旗盟]|我[市县区省国州旗盟])|去年(?![同底末])|过去的?一年|一年来/g;
const PAST_YEAR_AT = /(?:19|20)\d{2}年|去年|过去的?一年|一年来/y;
const LATER_TIME = /今年|明年|本年|今后|未来|(?:19|20)\d{2}年|[一二三四五六七八九十]{1,3}五”?(?:时期|期间)|五年来|过去五年/g;

function pastYearOfParagraph(window: CueWindow | undefined, sentenceBefore: string, year: number): boolean {
  if (!window) return false;
  const { cues, from } = window;
  const end = from + sentenceBefore.length;
  const at = cues.lastStart(PAST_YEAR_SAID, 0, end);
  if (at < 0) return false;
  PAST_YEAR_AT.lastIndex = at;
  const said = PAST_YEAR_AT.exec(cues.text);
  if (!said) return false;
  const word = said[0];
  if (/^\d/.test(word) && Number(word.slice(0, 4)) !== year - 1) return false;
  return cues.lastStart(LATER_TIME, at + word.length, end) < 0;
}

/**
 * Any time word (see periodOf). None of these words overlaps another or holds one of the characters, so the words a
 * scan of the whole paragraph finds are all those written, and a window holds one exactly when one of them lies in it.
 */
export const TIME_WORD = /[年五现]|世纪|解放|目前|大以来|同比/;
export const TIME_WORD_ALL = new RegExp(TIME_WORD.source, 'g');

export function periodOf(raw: FigureTimeInput, status: 'actual' | 'target'): string | null {
  const paren = raw.sentenceBefore.endsWith('（') || /[(（][^（）()]{0,20}$/.test(raw.sentenceBefore.slice(-21)) ? PAREN_GROWTH.exec(raw.sentenceBefore.slice(-60)) : null;
  const input = paren && raw.kind !== 'growth' && (raw.unit === '%' || raw.unit === null) ? { ...raw, kind: 'growth' as const, measure: paren[1] ? '年均增长' : '增长' } : raw;
  const { year, scope, kind, measure, inGlossary } = input;
  const isFrom = startValue(input);
  const sentenceBefore = titleDigitsBlanked(input);
  // Every time expression below contains 年, 五, 现, 世纪, 解放, 目前, 大以来 (十八大以来) or 同比; most clauses have none, and
  // skip the scan (once per figure). Looked up in the paragraph's cues where the figure has a window: a figure every few
  // characters scanned the same LOOK_BACK characters again each time.
  const timed = input.window ? input.window.cues.lastStart(TIME_WORD_ALL, input.window.from, input.window.from + sentenceBefore.length) >= 0 : TIME_WORD.test(sentenceBefore);
  const explicit = timed ? explicitTime(sentenceBefore, year, status, scope) : null;
  let until: Span | null = null;
  // 到2025年 (a goal's year); not 增长到2020年的… (a value reached) nor the end of 从2015年到2020年 (a span), also one opening
  // at a month (1950年七月到1953年底 — explicitTime.ts).
  if (timed) for (const m of allMatches(/(?<![长高加升至降]|\d年|\d年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?)到((?:19|20)\d{2})年(?:底|末)?(?!的)/g, sentenceBefore)) until = { from: Number(m[1]), to: Number(m[1]), at: m.index ?? 0 };
  const time = until && (!explicit || until.at >= explicit.at - 1) ? until : explicit;
  // 从今天起，到１９９７年７月１日我国对香港恢复行使主权，只有８４９天了 (national 1995, outside): how long is left is told as
  // the report is given, not of the date counted to (离香港回归祖国只有１２２天, national 1997 — the report's year).
  if (year !== null && isCountdown(sentenceBefore, input.unit)) return String(year);
  const streak = timed ? streakFrom(input, sentenceBefore) : null;
  if (streak) return streak;
  if (status === 'target' && programmeNorm(sentenceBefore, year)) return String(PROGRAMME_YEARS[1]);
  const ownPlan = year !== null && timed ? planOwnFigure(sentenceBefore, input.after, year, explicit) : null;
  if (ownPlan) return spansPlan(kind, measure, sentenceBefore, input.name) || /总额|合计|累计|共计|共为|平均每年|年均/.test(sentenceBefore.slice(-60)) ? periodString(ownPlan[0], ownPlan[1]) : String(ownPlan[1]);
  if (isFrom) {
    // “由一九八○年的七千二百万吨增加到…”: a start value with its own year.
    const own = timed ? /[由从]((?:19|20)\d{2})年(?:底|末)?的?$/.exec(sentenceBefore) : null;
    if (own) return own[1] as string;
    // “由上年的74.3％提高到83.7％”, “由今年预计的44％提高到45％”: a start value dated by a relative year; 上年 is the year
    // before the one the clause (or the review) speaks of.
    const relative = year !== null ? /[由从](上年|去年|今年|前年)(?:同期)?(?:预计)?(?:的|居|位居)(?:全国|全省|全市|全区|世界|全球)?第?$/.exec(sentenceBefore) : null;
    if (relative && year !== null) {
      const word = relative[1] as string;
      if (word !== '上年') return String(word === '今年' ? year : word === '去年' ? year - 1 : year - 2);
      const of = time && time.from === time.to ? time.from : scope && scope.status === 'actual' && scope.from === scope.to ? scope.from : year;
      return String(of - 1);
    }
    // “由2002年7703元增加到2007年13786元，农村居民人均纯收入由2476元增加到…”, “比2002年增长65.5%，…从世界第六位上升到
    // 第四位”: the start year the sentence named for its first pair, or its base year. (Its value may be a percentage in
    // words: 已從一九五〇年的百分之六十點八降低到…，其中國防費從百分之四十一點五降低到…, national 1954.)
    const earlier = timed ? lastMatch(sentenceBefore, /[由从]((?:19|20)\d{2})年(?:底|末)?的?(?!(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)(?:[\d零一二两三四五六七八九十]|[百千]分之)/g) ?? sentenceBase(sentenceBefore) : null;
    if (earlier && !/[。！？]/.test(sentenceBefore.slice(earlier.index ?? 0))) return earlier[1] as string;
    // “１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元”: the start value is the base year's.
    const pairBase = timed ? lastPair(sentenceBefore) : null;
    if (pairBase && Number(pairBase[1]) > Number(pairBase[2])) return pairBase[2] as string;
    // “六五”时期同“五五”时期相比，…粮食的年平均产量由三亿零五百三十万吨增加到…: the start value is the base plan's.
    const basePlan = timed ? lastMatch(sentenceBefore, PLAN_COMPARED) : null;
    const baseSpan = basePlan && !/[。！？]/.test(sentenceBefore.slice(basePlan.index ?? 0)) ? planOf(basePlan[1] as string) : null;
    if (baseSpan) return periodString(baseSpan[0], baseSpan[1]);
    // “从一九八○年至一九八五年，…煤炭由六亿二千万吨增加到…”, “一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九
    // 降到…”: two years set side by side with 到/至 date the start value at the first of them.
    // eslint-disable-next-line no-restricted-syntax -- its years are the figure's: made only for a start value with a span of years.
    if (time && time.years && time.from !== time.to && new RegExp(`${time.from}年?\\s*[至到]\\s*${time.to}年`).test(sentenceBefore)) return String(time.from);
    // “由年初的400多万人扩大到年末的1120多万人” (national 2002), “年末城镇调查失业率从上半年5.5%降到5.3%” (广西 2026): a start
    // value dated by a part of the year is of the year itself, not of the year before.
    if (/[由从](?:年初|上半年|一季度|第一季度|年中)(?:的)?$/.test(sentenceBefore)) {
      const of = time && time.from === time.to ? time.from : scope && scope.from === scope.to ? scope.from : null;
      if (of !== null) return String(of);
    }
    // “由77家增至144家”: the start value belongs to the year before the stretch reviewed.
    if (time && time.from !== time.to) return String(time.from - 1);
    if (scope && scope.status === 'actual') return String(scope.from - 1);
    return year === null ? null : String(year - 1);
  }
  // “由2002年7703元增加到2007年13786元，农村居民人均纯收入由2476元增加到4140元”, “从2002年1288亿元增加到2007年的3664
  // 亿元，占国内生产总值比重从1.07%提高到1.49%”: the end value of a later pair takes the end year the first pair named.
  // (至 as 到: 地区生产总值从2017年的111.8亿元提高至2021年的160亿元左右 — 正蓝旗 2022, outside page; the end value of the
  // pair itself is its year's.)
  const endOwn = timed && measure !== null && /[到至]$/.test(measure) ? /[由从](?:19|20)\d{2}年[^，,。；;]{0,24}?[到至]((?:19|20)\d{2})年(?:底|末)?的?$/.exec(sentenceBefore) : null;
  if (endOwn) return endOwn[1] as string;
  if (timed && measure !== null && /[到至]$/.test(measure)) {
    const ends = lastMatch(sentenceBefore, /[由从](?:19|20)\d{2}年[^，,。；;]{0,24}?[到至]((?:19|20)\d{2})年(?:底|末)?的?(?:[\d零一二两三四五六七八九十]|[百千]分之)/g);
    if (ends && !/[。！？]/.test(sentenceBefore.slice(ends.index ?? 0)) && (!time || time.at <= (ends.index ?? 0) + ends[0].length)) return ends[1] as string;
  }
  // “国民生产总值1987年达到10920亿元，平均每年增长11.1%”: a yearly average is over a stretch that ends in the
  // year named, the scope's span (in a review) or from this year on (到2000年…平均每年增产).
  // (The second of a list too: 平均每年实际增长4.7％和5.7％.)
  // (2015年PM2.5年均浓度降至29.8微克/立方米 in a review of 2011-2015 — 深圳市 2016, outside — is 2015's mean concentration,
  // a level of the year named, not a yearly average over the span.)
  const yearly = measure === '年均增长' || /年均(?!浓度)|平均每年|每年平均/.test(sentenceBefore.slice(-10)) || /(?:年均|平均每年|每年平均)[^，,。；;]{0,8}[\d零一二两三四五六七八九十点.．%％]+[和、及][^，,。；;]{0,2}$/.test(sentenceBefore.slice(-28));
  // 去年经济增长8.8%，…。农村经济全面发展，农业增加值平均每年增长4.5% (national 1998's five-year review): a yearly average
  // is no one year's, so a year a sentence before set for its paragraph gives way to the review of several years around it.
  const outerSpan = input.outer;
  if (!time && yearly && status === 'actual' && scope && scope.from === scope.to && outerSpan && outerSpan.status === 'actual' && outerSpan.from < outerSpan.to && outerSpan.to >= scope.to && outerSpan.from <= scope.from) return periodString(outerSpan.from, outerSpan.to);
  // 全区生产总值由2002年的1940.9亿元增加到2007年的6018.8亿元，年均增长20%；财政总收入由206.8亿元增加到1018.1亿元，年均增长
  // 37.5% (内蒙古 2008, outside page): a yearly average, a growth or a change after a pair with both years runs over the
  // years between them, whatever the report's year (a news page has none) or the scope says; later pairs of the sentence
  // without years too.
  const between = (yearly || kind === 'growth' || kind === 'change') && status === 'actual' && timed ? yearsBetween(sentenceBefore) : null;
  if (between && (!time || time.at < between.end)) return periodString(between.from, between.to);
  if (time && yearly && time.from === time.to) {
    if (scope && scope.from < scope.to && scope.to === time.to) return periodString(scope.from, scope.to);
    // (The review around a paragraph that opens with the review's last year: national 1988, 过去五年… / １９８７年….)
    const outer = input.outer;
    if (status === 'actual' && outer && outer.status === 'actual' && outer.from < outer.to && outer.to === time.to) return periodString(outer.from, outer.to);
    if (year !== null && status === 'target' && time.to > year) return periodString(year, time.to);
    // 报告提到,过去五年,…。…五年累计投入改善民生资金434.4亿元…。去年城镇居民可支配收入26500元,…,年均分别增长8.7%和16.2%
    // (惠州 2012, news of the report, outside page): with no review scope, five years said before in the paragraph are
    // the stretch a yearly average of the year named ends.
    if (status === 'actual' && input.window && !(scope && scope.from < scope.to) && input.window.cues.lastStart(FIVE_YEARS_SAID, 0, input.window.from + sentenceBefore.length) >= 0) return periodString(time.to - 4, time.to);
  }
  // “比一九八○年的七千一百五十九亿元增加…”, “比第五个五年计划期间的五百七十七亿元”: the figure is the base itself.
  if (timed) {
    const baseValue = /比((?:19|20)\d{2})年(?:底|末)?的$/.exec(sentenceBefore);
    if (baseValue) return baseValue[1] as string;
    const basePlan = /比(第[一二三四五六七八九十]{1,3}个五年(?:计划|规划)|“?[一二三四五六七八九十]{1,3}五”?)(?:时期|期间)?的$/.exec(sentenceBefore);
    const span = basePlan ? planOf(basePlan[1] as string) : null;
    if (span) return periodString(span[0], span[1]);
    // “较“十三五”末的9323.1亿元增加4374.4亿元” (甘肃 2026, outside): the base at the plan's end, its last year.
    const basePlanEnd = planEndYear(PLAN_END_VALUE.exec(sentenceBefore));
    if (basePlanEnd) return basePlanEnd[1] as string;
  }
  // (Not the 是 of 但是, nor the 为 of 因为: 但是一九五三年工业总产值仍然比一九五二年增加了百分之三十三 — national 1954, outside —
  // is over 1952, not 1953.)
  // “为1982年的3.4倍”, “比1978年增长…”, “同1980年比较，棉花增长…，油料增长…”: reported growth over a base year
  // runs from the year after it, for every figure of the comparison. (A target
  // such as 到2020年…比2010年翻一番 is a level of its final year.)
  const growthOverBase = kind === 'growth' || kind === 'change' || (kind === 'other' && input.unit !== '番');
  // “1956年比1950年，棉布供应增加了两倍，…”: a comparison opening the sentence spans the years after the base.
  const increment = measure !== null && /^(?:增加|增长|减少|增产|净增)$/.test(measure);
  // “1992年同1987年相比，钢产量增长42%，…；原煤产量增长20%”: the comparison holds over the semicolons of its sentence.
  const pair = timed && (growthOverBase || kind === 'other' || increment) ? lastPair(sentenceBefore) : null;
  if (pair && Number(pair[1]) > Number(pair[2])) return periodString(Number(pair[2]) + 1, Number(pair[1]));
  // (A plan's end is a base year too: 2010年，…生产总值2050.3亿元，比"十五"末增长74% — 保定 2011, outside: 2006-2010.)
  const nearBase = timed && (status === 'actual' || growthOverBase) && (kind === 'growth' || kind === 'other' || kind === 'change' || (increment && status === 'actual')) ? /(?:比|较|(?<![因作成认称视])为|(?<![但就还或于总凡正而不只也都即])是|等于|相当于|同|与|和)((?:19|20)\d{2})年(?:相?比较?)?的?[^，,。；;]{0,16}$/.exec(sentenceBefore) ?? /(?:同|与|和)((?:19|20)\d{2})年相?比较?[，,][^。；;]{0,80}$/.exec(sentenceBefore) ?? COMPARED_WITH.exec(sentenceBefore) ?? planEndYear(PLAN_END_NEAR.exec(sentenceBefore) ?? PLAN_END_COMPARED.exec(sentenceBefore)) : null;
  // “2007年，国内生产总值…比2002年增长65.5%，年均增长10.6%，…；全国财政收入…增长1.71倍”: a base year named earlier in
  // the sentence still holds for a later growth that names none (and no 比上年/同比 of its own). So it does for a change in
  // percent, as nearBase already reads one: 一九八一年国内财政收入比一九七八年减少一百多亿元，减少近百分之十 (national 1982).
  const earlierBase = !nearBase && timed && status === 'actual' && (kind === 'growth' || kind === 'other' || kind === 'change') && input.unit !== '番' ? sentenceBase(sentenceBefore) : null;
  // …比一九八○年增长百分之二十二，…，高于一九五三年至一九八○年二十八年平均每年递增百分之二点六: a time named after the
  // base is the figure's own.
  const base = nearBase ?? (earlierBase && !(time && time.at > (earlierBase.index ?? 0)) ? earlierBase : null);
  // 到2025年，…比2020年提高10个百分点: a gap to close by the year named, dated at that year.
  if (base && until && time === until && status === 'target' && kind === 'change') return String(until.to);
  // 比五年前增加5800多亿元, 是五年前的1.9倍: a change over the last N years.
  const yearsAgo = timed && year !== null && status === 'actual' && !base ? BASE_YEARS_AGO.exec(sentenceBefore) ?? (input.unit === '倍' ? MULTIPLE_OF_YEARS_AGO.exec(sentenceBefore) : null) : null;
  if (yearsAgo && year !== null) {
    const n = smallNumber(yearsAgo[1] as string);
    if (n > 0 && n <= 50) return periodString(year - n, year - 1);
  }
  // “一九五二年有十九万人，到了一九五七年已经有四十四万人，即增加一倍”: growth between the two years the sentence set side
  // by side (each year with its own level).
  if (!base && time && !time.years && status === 'actual' && (kind === 'growth' || (kind === 'other' && input.unit === '倍'))) {
    const first = /((?:19|20)\d{2})年(?:底|末)?(?:有|为|是|的)[\d零一二两三四五六七八九十百千万亿]/.exec(sentenceBefore);
    if (first && Number(first[1]) < time.to && time.to - Number(first[1]) <= 30) return periodString(Number(first[1]) + 1, time.to);
  }
  // (A year the clause names ends the span even when the report's own year is unknown: an excerpt without its title,
  // 1997年，国内生产总值完成90.28亿元，是1992年的4.7倍 — 青浦 1998, outside page.)
  if (base && (year !== null || time)) {
    const from = Number(base[1]) + 1;
    const to = time && time.to >= from ? time.to : scope && scope.to >= from ? scope.to : year === null ? from : status === 'target' ? year : year - 1;
    if (to > from) return periodString(from, to);
    // A change over a base year is after it: a time the clause said before the base that is not (为了避免象去年那样在财政上
    // 出现赤字的现象，国家预算支出比1956年减少百分之四 — national 1957's budget for 1957) is no time of the figure.
    if (to === from && time && time.to < from && time.at < (base.index ?? 0)) return String(from);
  }
  // 我国有2.9亿在校学生, 发挥我省拥有487公里海岸线的优势, in this year's work: how things stand, undated like the people
  // themselves.
  if (!time && status === 'actual' && scope?.status === 'target' && (PLACE_HAS.test(sentenceBefore) || PEOPLE_HAS.test(sentenceBefore))) return null;
  // 14亿多中国人 in this year's work is undated; inside a review (13亿多人口的大国实现了比较充分就业) it is the people of
  // the time reviewed.
  if (!time && (isStandingFact(input.after) || isWholePeople(input.after, input.value, input.unit)) && !(scope?.status === 'actual' && year !== null && scope.from < year)) return null;
  // A span said in the clause that reaches the report's year or later dates the plan or the work it names, not the people
  // (充分体现了曲阳“十四五”期间整体发展的现实需要，充分体现了65万曲阳人民对美好生活的向往 — src32 曲阳县 2022; …有人心思进、人心思干的
  // 干事创业氛围，有40万满城人民对品质美好生活的向往 — src32 满城区 2022, its sentence under “十四五”; both this year's work). A
  // present said so (目前全国每天有近一亿劳动力参加农田水利的建设 — national 1958) still dates them.
  if (time && year !== null && time.from < time.to && time.to >= year && (isStandingFact(input.after) || isWholePeople(input.after, input.value, input.unit))) return null;
  // 提出6项指标 in the outline of a plan: a fact about the plan's document, dated by the plan it sets.
  if (!time && status === 'actual' && scope?.plan && scope.status === 'target' && ((input.after !== undefined && DOCUMENT_COUNT.test(input.after)) || DOCUMENT_KIND_BEFORE.test(sentenceBefore))) {
    return periodString(scope.from, scope.to);
  }
  // 到一九八五年，…增长百分之十二点三: growth and totals up to the plan's last year are the plan's.
  if (time && time === until && status === 'target' && scope?.plan && time.to === scope.to && (kind === 'growth' || kind === 'change')) {
    return periodString(scope.from, scope.to);
  }
  // 到2007年使西部地区基本普及九年义务教育，…中央财政将为此投入100亿元: money put in or work done until the year named is
  // a total over the years from now to then.
  if (time && time === until && status === 'target' && year !== null && until.to > year && (kind === 'level' || kind === 'count') && WORK_TOTAL_VERB.test(sentenceBefore)) {
    return periodString(scope?.plan && scope.status === 'target' && scope.to === until.to ? scope.from : year, until.to);
  }
  if (time) {
    // 一九八五年…比一九八○年增加…, 计划在一九八五年底以前建成…: inside a plan's part, the plan's last year named for a
    // growth or a total of work still means the whole plan; a level reached stays at that year.
    if (status === 'target' && scope?.plan && scope.status === 'target' && time.from === time.to && time.to === scope.to && planTotal(kind, measure, sentenceBefore)) return periodString(scope.from, scope.to);
    // 从2003年到2007年，…财政收入增加到5.1万亿元: a level reached is the span's last year's.
    if (time.years && measure !== null && LEVEL_MEASURE.test(measure) && !spansPlan(kind, measure, sentenceBefore, input.name) && !totalOverSpan(sentenceBefore, time.at)) return String(time.to);
    if (endsGrowthSpan(status, kind, time, sentenceBefore)) return String(time.to);
    // A level to reach by the end of a plan named in the clause (“十三五”时期…森林覆盖率达到23.04%).
    if (status === 'target' && time.plan && !spansPlan(kind, measure, sentenceBefore, input.name) && !(kind === 'count' && WORKS_IN_PLAN.test(sentenceBefore.slice(time.at)))) return String(time.to);
    return periodString(time.from, time.to);
  }
  // With no report year (a news page or a yearbook entry: 2009年,我市實現地區生產總值333億元,同比增長13%。完成財政總收入50.8
  // 億元…), a year said as the paragraph's time (2009年，…) dates the figures of its later sentences, as a year reviewed would.
  if (year === null && !inGlossary && input.window) {
    const { cues, from } = input.window;
    const at = cues.lastStart(PARAGRAPH_YEAR, 0, from);
    // (Unless another time is said after it: 1997年…。…五年来,…总投资达21亿元 — a review of five years.)
    if (at >= 0 && cues.lastStart(OTHER_TIME, at, from + sentenceBefore.length) < 0) return cues.text.slice(at, at + 4);
    // (Or the year an opening said for the paragraphs after it: 1992年,我们是在经济运行极其困难的情况下渡过的。… / 1.农业基本上
    // 实现了“一年受灾、一年恢复”目标。粮豆薯总产2267万公斤 — 抚远 1993, a yearbook entry, outside page.)
    if (input.yearSaid && cues.lastStart(OTHER_TIME, 0, from + sentenceBefore.length) < 0) return String(input.yearSaid);
  }
  // A glossary note explains a term; it dates a figure only where it says so (到2030年).
  if (year === null || inGlossary) return null;
  // Outside any time scope (a part on this year's work without time words, after the review): a target is this
  // year's; a fact told as done (已经组织了57户) is last year's; a plain fact (全国有24万多户国有小企业) is undated.
  if (!scope) return status === 'target' ? String(year) : DONE.test(sentenceBefore.slice(-30)) || pastYearOfParagraph(input.window, sentenceBefore, year) ? String(year - 1) : null;
  // How far this year's plan is done (到5月份为止…完成年计划27%) belongs to the plan's year.
  if (status === 'actual' && scope.status === 'target' && !scope.plan && input.unit === '%' && COMPLETION_RATE.test(sentenceBefore)) return periodString(scope.from, scope.to);
  if (status === 'actual' && scope.status === 'target' && SO_FAR.test(sentenceBefore)) return String(year);
  // A past plan quoted in a review (由原定平均每年6%调高到…, 超过原定计划427亿元) and the goal a reported fact is measured
  // against (低于13%左右的预期目标) are the plan of the time reviewed.
  if (status === 'target' && scope.status === 'actual' && (PAST_TARGET.test(sentenceBefore) || isGoalFigure(input.after, input.window))) return periodString(scope.from, scope.to);
  // 重大水利工程已开工的57个项目要加快建设 (national 2015), 大力支持已经确定规划建设的32个产业基础条件和…(河北 2009), 支持已经具备
  // 较好行业地位的4个集群 (宝安 2024; both outside): in this year's work, things a relative clause says already are so are
  // counted as they stand when the report is given — the report's year, as what a place 现有 — not last year's.
  if (status === 'actual' && kind === 'count' && scope.status === 'target' && !scope.plan && alreadySo(sentenceBefore)) return String(year);
  if (status !== scope.status) return String(status === 'target' ? year : year - 1);
  if (scope.plan && status === 'target') {
    return spansPlan(kind, measure, sentenceBefore, input.name) ? periodString(scope.from, scope.to) : String(scope.to);
  }
  if (endsGrowthSpan(status, kind, scope, sentenceBefore)) return String(scope.to);
  return periodString(scope.from, scope.to);
}

/**
 * The words before the figure with its titles' digits blanked (blankTitleDigits). A window is a slice of its paragraph's
 * converted text: where that text holds no 《 the slice holds none either, and is its own answer (perf43: the status
 * and period rules each scanned the same LOOK_BACK characters for one again per figure).
 */
function titleDigitsBlanked(input: Pick<FigureTimeInput, 'sentenceBefore' | 'window'>): string {
  if (input.window) return input.window.cues.holdsTitle ? blankTitleDigits(input.sentenceBefore) : input.sentenceBefore;
  return blankTitleDigits(timeWords(input.sentenceBefore));
}
