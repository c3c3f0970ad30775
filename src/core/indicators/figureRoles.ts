import type { CueWindow } from './timeCues';

/**
 * What a figure is, whatever the time around it: a standing fact about the place (14亿多中国人), a count of a plan's
 * document (28个主要指标), a goal named after the facts measured against it (13%左右的预期目标), the norm of a programme
 * (纲要要求：…四百斤). statusOf and periodOf (figureTime.ts) ask these before they weigh the clause's time.
 */

/** Standing facts about the country or place (14亿多中国人, 全省7000万人民, 9亿多劳动力): actual and undated. */
const STANDING_FACT = /^(?:多|余)?(?:中国人|人民|人口|劳动力|各族群众)/;
/**
 * A whole people counted (7000万河北人民, 八亿农民, 14亿人的粮食安全): what the place or the country is, not a figure to reach,
 * even in a part on this year's work. Farmers and 人 only at a nation's size (≥ 1亿), so that 帮助1000万农民 stays a goal.
 */
const WHOLE_PEOPLE = /^(?:多|余)?[\u4e00-\u9fff]{0,3}?(?:人民(?!币)|中国人|各族群众)/;
const NATION_OF = /^(?:多|余)?(?:农民|劳动力|人口)|^的(?:粮食|吃饭|生活|就业)/;
/**
 * A place's people called its sons and daughters (7000多万江淮儿女 — 安徽 2026; 7400多万燕赵儿女 — 河北 2022; 新疆2600多万
 * 各族儿女共有的精神家园, in 新疆 2025's work, read as a goal for 2025): the whole people, as 人民 is. Only at a place's
 * size (≥ 1百万), so that a few children of families helped stay what the clause makes them.
 */
const SONS_AND_DAUGHTERS = /^(?:多|余)?[\u4e00-\u9fff]{0,3}?儿女/;
export function isWholePeople(after: string | undefined, value: number | undefined, unit: string | null | undefined): boolean {
  if (after === undefined) return false;
  if (WHOLE_PEOPLE.test(after)) return true;
  if (value === undefined || (unit !== '人' && unit !== null && unit !== undefined)) return false;
  return (value >= 1e8 && NATION_OF.test(after)) || (value >= 1e6 && SONS_AND_DAUGHTERS.test(after));
}

/** Counts of a plan's indicators (提出了28个主要指标, 细化提出22项主要指标) describe the document: actual. */
export const DOCUMENT_COUNT = /^(?:主要|预期性|约束性)?指标/;
// (Also the plan's goals counted as such: “十四五”时期经济社会发展主要目标设定为23项，其中约束性指标11项 — src32 涞水县 2021 and
// 易县 2021, whose 11项 and 12项 after it were already the document's; the dev labels count a plan's indicators so.)
export const DOCUMENT_KIND_BEFORE = /(?:预期性|约束性|主要)指标$|主要(?:目标|指标)(?:设定|确定)为$/;
/**
 * Facts of the year foreseen, not goals (今年高校毕业生将高达765万人); and things already done (对已精简的319项). Not a rate
 * of the graduates (应届高校毕业生就业率保持95%以上, 西藏 2026's work: a goal), nor how many of them find work (全年实现…
 * 高校毕业生就业900人, 海拉尔 2012's work: a goal).
 */
// (The 已 holds for a second thing done joined by 和: 对已精简的319项行政审批事项和清理规范的281项收费项目. Things done or
// under way, counted by what they are (已全部或者部分完工并投入生产的有十七项, 正在施工的有三十四项, national 1954): facts.)
export const FORESEEN_FACT = /(?:毕业生|新成长劳动力)(?:规模)?[^，,。；;率就]{0,5}$|已经?[\u4e00-\u9fff]{1,3}的(?:[^，,。；;和、已]{1,16}[和及、][\u4e00-\u9fff]{1,4}的)?$|(?:已经?|正在)[^，,。；;的]{1,16}的有$/;

/**
 * The requirements of the 1956–1967 national programme for agriculture (全国农业发展纲要), quoted in the reports of its
 * years: “纲要要求：…在十二年内，粮食每亩平均年产量…分别达到四百斤、五百斤和八百斤”, “达到了全国农业发展纲要修正草案所
 * 提出的每亩生产粮食四百斤、五百斤、八百斤的要求”. Goals of the programme's last year, like a plan's levels.
 */
const PROGRAMME_NORM = /纲要[^，,。；;：:]{0,8}?(?:要求|规定)[：:][^。；;]*$|纲要[^，,。；;]{0,10}?(?:提出|规定|要求)的[^，,。；;]{0,16}$/;
export const PROGRAMME_YEARS: readonly [number, number] = [1956, 1967];
export function programmeNorm(sentenceBefore: string, year: number | null | undefined): boolean {
  return year !== null && year !== undefined && year >= PROGRAMME_YEARS[0] && year <= PROGRAMME_YEARS[1] && /纲要/.test(sentenceBefore) && PROGRAMME_NORM.test(sentenceBefore);
}

/** What follows a figure that is itself a goal (13%左右的预期目标, 8%的目标). */
// (Also the first goals of a list named together: 人均公用经费500元和300元的目标; 年初提出的单位国内生产总值能耗降低4%左右、主要
// 污染物排放总量减少2%的目标, read in the longer text after the figure when the paragraph's cue index has it.)
const GOAL_AFTER = /^(?:左右|以上|以内|以下)?(?:[和、及][^，,。；;、的]{1,18}?){0,3}的(?:预期|预定|原定|既定|计划|增长|年度)?目标/;

/**
 * A goal named after the fact measured against it (增长11.3%，低于13%左右的预期目标): the goal of the time reviewed, a
 * target even though that time is past — extract.ts keeps it a target.
 */
export function isGoalFigure(after: string | undefined, window?: CueWindow): boolean {
  const text = window?.tail !== undefined ? window.cues.text.slice(window.tail, window.tail + GOAL_READ) : after;
  return text !== undefined && GOAL_AFTER.test(text);
}
/** How far after a figure a goal's name is looked for (three list items of up to 18 characters, and 的…目标). */
const GOAL_READ = 72;

/** A standing fact: actual, and dated only by explicit time in its clause. */
export function isStandingFact(after: string | undefined): boolean {
  return after !== undefined && STANDING_FACT.test(after);
}
