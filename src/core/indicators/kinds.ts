import type { NumberMention } from '../numbers/types';
import type { IndicatorKind } from '../types';
import type { MeasureDef } from './measures';
import { MEASURES } from './measures';
import { alternation, PEOPLE_NOUNS } from '../lexicon/nameWords';
import { isCountUnit } from '../numbers/units';

/** What the words around a figure say about its kind, beyond its unit. */
export interface KindContext {
  readonly mention: NumberMention;
  readonly measure: MeasureDef | null;
  readonly name: string | null;
  /** The unit after implied units are filled in (“20万劳动力” → 人). */
  readonly unit: string | null;
  /** A few characters of the clause before the figure. */
  readonly before: string;
  /** A few characters after the figure and its qualifier (7%左右的速度, 8%的预定目标). */
  readonly after?: string;
}

/** A rate of change named as such (涨幅控制在3%左右, 增速达到11.1%, 增长目标为16%): growth, whatever the verb. */
const GROWTH_NAME = /涨幅|增速|增幅|增长速度|增长幅度|增长目标|增长预期|预期增长|增长比例|上涨幅度|(?<!自然)增长率|年均增长|平均增长|增长保持|增长稳定|递增的?速度/;
const POPULATION_RATE = /人口(?:自然)?增长率|自然增长率/g;
/** The text with a population's growth rate cut to 人口率; every form of it ends in 增长率, so text without that is kept. */
function withoutPopulationRate(text: string): string {
  // (Asked for every percentage, on its name and on the text before it: the replace is skipped where it cannot match.)
  return text.includes('增长率') ? text.replace(POPULATION_RATE, '人口率') : text;
}
/** A rate of decrease named as such (降幅近40%, 下降幅度): a change. */
const DECREASE_NAME = /降幅|下降幅度|减幅/;
/**
 * A verb of change earlier in the figure's clause, with its object between (压减政府性基金项目30%, 货物通关时间平均缩短
 * 一半, 粮食增产百分之四十): the percentage is that change, not a share. A verb that reaches a level (提高到, 降至) or 占
 * leaves it a share, as does a rate named between (人口自然增长率6.5‰, 对经济增长贡献率超70%); nothing is read
 * across a comma.
 */
// (Not across a relative clause or a verb that reaches a level: 粮食增产的县中有30%, 降低成本的企业超过60% are shares.
// 超 right after the verb is its bound, though: 药品、耗材平均降价超50% is a cut, 青海省 2026.)
const OBJECT_UP_TO_FIGURE = '(?:(?![到至为率])[^，,；;。：:占率的有为达超]{0,10}|超过?)$';
/** The verbs of measures.ts that say a percentage is a growth or a change (not the from→to rows), and a few more. */
const verbsOf = (kind: 'growth' | 'change', more: readonly string[]): string =>
  alternation([...new Set([...MEASURES.filter((m) => m.percentKind === kind && !m.to).map((m) => m.surface), ...more])]);
const GROWTH_VERB = new RegExp(`(?:${verbsOf('growth', ['递增', '增产', '增收'])})(?!贡献|值)${OBJECT_UP_TO_FIGURE}`);
// (减 alone cuts too: 人员编制原则上减一半 — national 1999, outside the corpus; 减征50%. Not 减按20%税率征收, a rate
// applied.)
const CHANGE_VERB = new RegExp(`(?:${verbsOf('change', ['缩短', '压降', '上调', '下调', '调增', '调减', '减价', '降价', '减产'])}|减(?!按))${OBJECT_UP_TO_FIGURE}`);
/** 比去年预算执行数节约10%, 节约煤和电百分之二到三 (national 1987, 1979): a percentage saved is a cut. (A fraction saved, 节约能源三分之一以上, the labels keep a share.) */
const SAVING_VERB = new RegExp(`(?:节约|节省)${OBJECT_UP_TO_FIGURE}`);
/**
 * A rate of growth named after the figure (7%左右的速度可以实现…, 实现7％左右的增长速度): growth, as 增速 before it is.
 * And a growth set against its target (M2增长11.3%，低于13%左右的预期目标; 增长7.8％，虽然略低于8％的预定目标): the
 * target is a growth too (失业率4.1%，低于4.5%的目标 has no growth before it and stays a rate).
 */
const GROWTH_AFTER = /^(?:左右)?的(?:经济)?(?:增长速度|增长幅度|增速|速度|增幅|涨幅)/;
const TARGET_AFTER = /^(?:左右)?的(?:预期|预定|年度)?目标/;
// (比上年增长9.1％，接近10％左右的预期目标 — 河北 2000: a growth that nears its target as well.)
const GROWTH_AGAINST_TARGET = /(?:增长|上涨|增速)[^，,；;。\d]{0,2}[\d.]+[%％][，,](?:虽然|但是?)?(?:略|明显|大大)?(?:低于|高于|超过|快于|慢于|超出|接近)$/;
/**
 * 比原定的计划还少3.02%, 比预算少支出了约1.59%, 超过计划成本4%左右, 超过原定计划…的百分之十五点三: a percentage by which
 * a result misses or passes its plan or budget is a change, not a share.
 */
// (超过年度计划百分之四点一 — national 1958: the plan of a year as well.)
const PLAN_GAP = /(?:比[^，,。；;]{0,10}(?:少|多)[^，,。；;\d]{0,5}|(?:超过|超出|低于)(?:了)?(?:原定|原)?(?:的)?(?:年度|全年)?(?:计划|预算)[^，,。；;\d]{0,14})$/;
/**
 * 比上一年增产二千二百万吨，即百分之七点八 (national 1979): a percentage that restates, after 即, the amount a verb of
 * growth just gave is that growth.
 */
const GROWTH_RESTATED = /(?:增产|增长|增加|增收)了?[^，,。；;]{1,14}[，,]即$/;
/** 收入比缩小至2.54, 收入倍差从1.96缩小至1.81: the words before the figure, as the name rules drop a trailing 比. */
// (收入比值由3.27缩小至2.93: 比值 and 由 as well.)
const RATIO_BEFORE = /(?:比|比值|倍差)(?:[从由][\d.]+)?(?:缩小|扩大|下降|降低|提高|上升)(?:至|到|为)?$/;
/** Years and ages that measure a level (平均受教育年限10.8年, 人均预期寿命80岁), not a span of time. */
const YEARS_LEVEL_NAME = /年限|寿命|年龄/;
/** Nouns counted in people when a figure has only a magnitude (20万劳动力, 用户突破3500万). */
const PEOPLE_NAME = new RegExp(`${alternation(PEOPLE_NOUNS)}|用户|人数|人次`);
/** Per-capita and per-thousand measures and outputs are levels even with a count unit (每千人口托位数4.6个, 汽车产量162.6万辆). */
// (Not 总量 or 规模: 市场主体总量244.3万户 and 招生规模19万人 count units; the labels count them.)
const PER_HEAD_NAME = /每千|每万|每十万|每百|人均|万人|千人/;
// An output or a capacity only as the name's head (人形机器人产量突破5000台, 城乡电话总容量…２８６０万门): 推进66个粮食产能
// 提升重点县 counts counties (河南省 2026). (A stock owned, 国内有效发明专利拥有量突破100万件, counts; per head it is a level.)
const OUTPUT_NAME = /(?:产量|产能|容量|密度)$/;
// Kinds and classes counted are never an output (钢、水泥、化肥等三十多种主要产品产量: national 1984).
const KINDS_COUNTED: ReadonlySet<string> = new Set(['种', '类', '项', '批']);
/** Days: a count of days (优良天数350天), not a time frame. */
const DAY_NAME = /天数/;

/**
 * The kind of a figure: its unit's nature first (%, 个百分点, counts, ranks, ratios), then what the clause says —
 * a named rate of change is growth, a decrease (削减5.5%, 减少三分之一) a change, a per-capita count or an output a
 * level, people counted by magnitude a count, ages and day counts what they measure.
 */
export function kindOf(c: KindContext): IndicatorKind {
  const { mention: m, measure, name, unit } = c;
  const named = name ?? '';
  // 连续10次获评, 连续12届获奖, 连续5个季度居全国前列: a streak is kind other, like 连续5年 (a count only in form).
  if (/连续$/.test(c.before) && (unit === '次' || unit === '届' || unit === '季度' || unit === '轮')) return 'other';
  switch (m.nature) {
    case 'rank':
      return 'rank';
    case 'points':
      return 'change';
    case 'percent':
      // (A population's growth rate is a rate, 人口自然增长率由上年的1.2%下降到1.17%: cut from the text before the slice
      // is taken, so that a cut 然增长率 cannot read as 增长率.)
      if (GROWTH_NAME.test(withoutPopulationRate(named)) || GROWTH_NAME.test(withoutPopulationRate(c.before).slice(-8))) return 'growth';
      if (DECREASE_NAME.test(c.before.slice(-6))) return 'change';
      if (!measure && GROWTH_VERB.test(c.before)) return 'growth';
      if (!measure && (CHANGE_VERB.test(c.before) || SAVING_VERB.test(c.before))) return 'change';
      if (PLAN_GAP.test(c.before)) return 'change';
      if (!measure && GROWTH_RESTATED.test(c.before)) return 'growth';
      if ((measure?.percentKind ?? 'share') === 'share' && c.after !== undefined && (GROWTH_AFTER.test(c.after) || (TARGET_AFTER.test(c.after) && GROWTH_AGAINST_TARGET.test(c.before)))) return 'growth';
      return measure?.percentKind ?? 'share';
    case 'fraction':
      // (增加了十分之一 is a growth, as 增加了9% is; 减少三分之一 a change.)
      if (!measure && GROWTH_VERB.test(c.before)) return 'growth';
      if (!measure && CHANGE_VERB.test(c.before)) return 'change';
      return measure?.percentKind === 'change' || measure?.percentKind === 'growth' ? measure.percentKind : 'share';
    case 'count':
      // (门 of a telephone exchange counts its lines, a capacity: 电话交换机近１９００万门 — national 1995; 100门 课程 count.)
      // (A count per unit written with its denominator, 食品抽检量由4.5批次/千人提升至5.0批次/千人 — 宝安区 2016-2 and 2017,
      // outside, is a rate per head as 每千人 in the name makes one: a level, whether the value is whole or not.)
      if (!Number.isInteger(m.value) || PER_HEAD_NAME.test(named) || (unit ?? '').includes('/') || (unit === '门' && /电话|交换机/.test(named))) return 'level';
      return OUTPUT_NAME.test(named) && !KINDS_COUNTED.has(unit ?? '') ? 'level' : 'count';
    case 'duration':
      // (举办3届商博会: editions held are counted; a streak of them, 连续12届, was read above.)
      if (unit === '届') return 'count';
      if (unit === '岁' || (unit === '年' && YEARS_LEVEL_NAME.test(named))) return measure?.percentKind === 'change' ? 'change' : 'level';
      // (优良天数增加13天: days gained or lost are a change, as points are.)
      if (unit === '天' && DAY_NAME.test(named)) return measure?.percentKind === 'change' || measure?.percentKind === 'growth' ? 'change' : 'count';
      return 'other';
    case 'multiple':
      return 'other';
    case 'ratio':
      return 'share';
    default:
      // 电价下降5分/千瓦时: a rate per unit moved by an amount is a change, as a percentage moved by points is
      // (提高到842元/月 stays the level reached).
      if (unit !== null && unit.includes('/') && measure?.percentKind === 'change' && !measure.to) return 'change';
      // A magnitude without a unit that counts people (378万农村人口, 用户突破3500万) is a count.
      // 收入比缩小至2.54, 收入倍差从1.96缩小至1.81: a ratio written as one number is a multiple, like 2.50:1.
      if (m.unit === null && unit === null && (/(?:比|比值|倍差|倍数)$/.test(named) || RATIO_BEFORE.test(c.before))) return 'other';
      // (People are counted by magnitude only: a number below 万 with no unit is no head count.)
      // (Households too: 惠及近千万家庭, 一亿二千万农户 count them, as 户 written after the number does.)
      // (Any count unit a list or a noun lends it: 客运量分别达1409万、1305万人次.)
      if (m.unit === null && ((unit !== null && isCountUnit(unit)) || (PEOPLE_NAME.test(named) && m.value >= 10_000))) return 'count';
      return 'level';
  }
}
