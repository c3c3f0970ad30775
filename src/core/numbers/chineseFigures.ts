/**
 * Figures written in Chinese numerals: a numeral with a unit (三百三十九亿元), a head count by magnitude (六亿多人口),
 * a multiple after a measure word (增加了两倍), policy moves (两次降低), years gained (提前两年), thresholds crossed
 * (连跨两个万亿元台阶), counts of things that won or joined something (两所高校实现升格), and percentages in words (百分之七十七点五, 百分之八至九, 千分之十三).
 */
import { isCnNumeralChar } from './chineseNumerals';
import { isVerb } from '../lexicon/verbs';
import { alternation, HOUSEHOLD_NOUNS, PEOPLE_NOUNS } from '../lexicon/nameWords';
import { chineseCore, isNeighbourPair, singleNumeral } from './numberCore';
import { achievedCountAt } from './achievedCounts';
import { suffixAfter } from './magnitudes';
import { finish } from './finish';
import { matchUnit } from './units';
import { withQualifiers } from './qualifiers';
import { ALL_PEOPLE, GROUP_WORDS } from './groupNouns';
import { LIVELIHOOD_PROGRAMME } from './exclusions';
import type { NumberMention } from './types';

/** A Chinese numeral with a magnitude before people (六亿多人口, 八亿农民, 三千多万学生) counts them. */
// (Also 十亿以上人口, 三千六百万的少数民族人口, 一万多失业人员, 一亿二千万农户: a bound, 的 and a few words of the group may
// stand between.)
// (人才, 工人 and 专家 too: 培养近五百万高级专门人才.) Only words that name a group may stand between — any words
// would make money a head count (投入三千万的资金支持人才引进).
// (The groups of groupNouns.ts too: 一千二百万侨民, 近千万知识青年.)
const PEOPLE_AFTER = new RegExp(`^(?:以上|左右|多)?的?(?:${alternation(GROUP_WORDS)})?(?:${alternation([...ALL_PEOPLE, ...HOUSEHOLD_NOUNS])})`);
/** 共有人口一百二十万，/ 职工…增加到二千四百万。: a head count closing its clause after a verb that reaches it or a people noun. */
const PEOPLE_BEFORE = new RegExp(`(?:${alternation([...PEOPLE_NOUNS, '员额'])})$`);
const REACHED_BEFORE = /(?:增加到|增加至|增至|达到|只有|共有|控制在)$/;
/**
 * 贫困人口减少了三千二百万。(CPC congress 15), 共有人口超过十亿的 (national 1959), 全国人口有六万万之多 (1955), 贫困人口从两亿
 * 五千多万减少到两千多万 (congress 17): a head count after its people noun and the verb that gives it, the noun a few
 * characters back. The from-value of 从…减少到 is read past for the to-value (bounded: twelve numeral characters).
 */
const PEOPLE_VERB_BEFORE = new RegExp(`(?:${alternation(PEOPLE_NOUNS)})(?:从|(?:从[零一二两三四五六七八九十百千万亿多余]{1,12})?(?:减少|增加|下降|上升)(?:到|至|了)|超过|达到|已达|有|共有|约有)$`);
/** What may follow such a head count: the clause's end, 的 before its noun, 之多, or the 减少到 of a from-value. */
const PEOPLE_VERB_AFTER = /^(?:左右|以上|多)?(?:[，,。；;、]|的|之多|(?:减少|增加|下降|上升)(?:到|至)|$)/;
const CLAUSE_CLOSE = /^(?:左右|以上|以内|以下|[，,。；;、]|$)/;

/** Years gained (提前两年), added (延长三年) or set as a measure's term (免税两年, 不少于一年监测期) are a figure. */
// (Not 用三年时间, 经过五年努力, 历时十一年: the time a goal or an event is given is a time frame — test/fixtures/labels/README.md.)
const GAINED_OR_SET = /(?:提前|延长|免税|免征|不少于)$/;
/** Of those, the ones that make a figure whatever follows the 年 (再延长三十年整省试点, 不少于一年监测期). */
const TERM_SET = /(?:延长|免税|免征|不少于)$/;

/** Policy moves counted by 次: 两次降低, 四次提高, 三次下调. */
const POLICY_MOVE = /^(?:全面|定向|普遍)?(?:降低|下调|提高|上调|调高|调低|降息|降准|加息)/;

/** A measure word right before a multiple: 增加了两倍, 增长一倍, 提高三倍. */
// (And a bound over it, 增加值增长超一倍 — 深圳 2026; the comparative 高出, 比三产增速高出一倍 — 南山 2016; both outside.)
const MULTIPLE_BEFORE = /(?:增加|增长|提高|扩大|翻|相当于|是|为|高出?|多|大)了?(?:将近|近|约|大约|超过|超|逾)?$/;
/** 已經達到一九四九年的九倍多, 相当于…面积的六倍: “X's N times” after a verb that compares, earlier in the clause. */
const MULTIPLE_OF = /(?:相当于|相當於|等于|等於|达到|達到|是|为|為)[^，,。；;]{0,16}的$/;

/**
 * 每人每年只有四元左右, 每人每月的平均开支只需要五元 (national 1957), 我国人均只有一亩半耕地 (national 1988): an amount per
 * head said in one numeral after the verb that gives it — one character is otherwise no figure (一元化领导, 城乡二元结构).
 */
const PER_HEAD_BEFORE = /(?:每人|每个人|人均)[^，,。；;]{0,10}(?:只有|仅有|只需要|只需|需要|不到|不足)$/;
const PER_HEAD_UNIT = /^(?:元|斤|公斤|亩)/;

export function chineseAt(text: string, at: number): NumberMention | null {
  // 增加了两倍 / 增长一倍多: one numeral character is a figure only as a multiple after a measure word.
  const single = text[at + 1] === '倍' || (text[at + 1] === '倍' && text[at + 2] === '多') ? singleNumeral(text, at) : null;
  // 两次降低存款准备金率, 四次提高退休人员基本养老金: a count of policy moves, one numeral and all.
  const moves = text[at + 1] === '次' && POLICY_MOVE.test(text.slice(at + 2, at + 7)) ? singleNumeral(text, at) : null;
  // 提前两年完成, 再延长三年，: years gained or added are a figure, not a time frame (one numeral and all); and so is
  // the term a measure sets (免税两年 — national 1956; 落实不少于一年监测期要求 — 江西 2026; both dev).
  const gained = GAINED_OR_SET.test(text.slice(Math.max(0, at - 3), at));
  // (Months gained are time gained as years are: 安宁河一桥提前三个月建成通车 — 易县 2023; 提前四个月完成…机场…拆迁 — 龙华 2020;
  // 提前两个月建成 — 龙华 2021; all outside. 提前3个月 in digits was read already.)
  const monthsGained = gained && /^提前$/.test(text.slice(Math.max(0, at - 2), at)) && text.startsWith('个月', at + 1);
  const years = (gained && text[at + 1] === '年') || monthsGained ? singleNumeral(text, at) : null;
  // 地区生产总值连跨两个万亿元台阶, 连续跨越…三个大台阶: thresholds crossed, counted (not 再上一个新台阶, a slogan).
  // (A bracket note between is read past: 五年跨過三個萬億元(人民幣,下同)級台階 — a 广东 2023 page, names17's page 025.)
  const stepNoun = text.slice(at + 1, at + 26).replace(/\([^()]{1,12}\)/, '');
  const steps = text[at + 1] === '个' && text[at] !== '一' && /^个[^，,。；;]{0,6}台阶/.test(stepNoun) && /(?:跨|迈)[^，,。；;]{0,20}$/.test(text.slice(Math.max(0, at - 22), at)) ? singleNumeral(text, at) : null;
  // 两所高校实现升格, 等四家企业进入…行列: things counted as the subject of a verb of winning or joining (achievedCounts.ts).
  const achieved = achievedCountAt(text, at);
  const perHead = PER_HEAD_UNIT.test(text.slice(at + 1, at + 3)) && PER_HEAD_BEFORE.test(text.slice(Math.max(0, at - 18), at)) ? singleNumeral(text, at) : null;
  // 十方面民生实事: the areas a livelihood programme is counted in, one numeral and all (exclusions.ts keeps no other
  // count of 方面).
  const areas = /^个?方面/.exec(text.slice(at + 1, at + 4));
  const programme = areas && LIVELIHOOD_PROGRAMME.test(text.slice(at + 1 + areas[0].length, at + 8)) ? singleNumeral(text, at) : null;
  // 获得三金、十二银、五铜 (曲阳县 2020, outside): a part of a medal tally is a count in one numeral too (units.ts).
  const medal = /^[金银铜]$/.test(text[at + 1] ?? '') && matchUnit(text, at + 1)?.base === '枚' ? singleNumeral(text, at) : null;
  const core = chineseCore(text, at) ?? medal ?? moves ?? years ?? steps ?? achieved ?? perHead ?? programme ?? (single && (MULTIPLE_BEFORE.test(text.slice(Math.max(0, at - 8), at)) || MULTIPLE_OF.test(text.slice(Math.max(0, at - 20), at))) ? single : null);
  if (!core) return null;
  const suffix = suffixAfter(text, core);
  // A Chinese numeral is a figure only with a unit (十三个百分点, 三百三十九亿元); durations in years are time frames.
  // Or as a count of people with its magnitude and the people after it (六亿多人口, 八亿农民, 六万万人民).
  if (!suffix.unit && suffix.hasMagnitude && PEOPLE_AFTER.test(text.slice(suffix.end, suffix.end + 10))) return finish(text, core, suffix);
  // (人口控制在十二亿以内。; 减少员额一百万的任务: after a people noun 的 may close the phrase too.)
  const before = text.slice(Math.max(0, at - 4), at);
  const people = PEOPLE_BEFORE.test(before);
  // (A cut in the forces' strength goes on to its task: 裁减军队员额二十万任务顺利完成 — CPC congress 17; 裁减现役员额三十万胜利
  // 完成 — congress 20, unseen, the one figure its blind reading missed.)
  const cutTask = /员额$/.test(before) && /^(?:的?任务|胜利完成|顺利完成|已经完成)/.test(text.slice(suffix.end, suffix.end + 4));
  if (!suffix.unit && suffix.hasMagnitude && (people || REACHED_BEFORE.test(before)) && (CLAUSE_CLOSE.test(text.slice(suffix.end, suffix.end + 3)) || (people && text[suffix.end] === '的') || cutTask)) return finish(text, core, suffix);
  if (!suffix.unit && suffix.hasMagnitude && PEOPLE_VERB_BEFORE.test(text.slice(Math.max(0, at - 24), at)) && PEOPLE_VERB_AFTER.test(text.slice(suffix.end, suffix.end + 4))) return finish(text, core, suffix);
  // 二百八十万到三百万千瓦: the lower bound of a range takes the unit of the upper one.
  if (!suffix.unit && /^(?:至|到|—)/.test(text.slice(suffix.end, suffix.end + 1)) && isCnNumeralChar(text[suffix.end + 1])) {
    const range = finish(text, core, suffix);
    return range && range.unit !== null && range.valueMax !== undefined && range.unit !== '年' ? range : null;
  }
  // (再延长三十年整省试点: years added by 延长 are a figure whatever follows, as 延长30年 written in digits is; and a
  // term set, 不少于一年监测期.)
  const added = TERM_SET.test(text.slice(Math.max(0, at - 3), at));
  if (suffix.unit?.base === '年' && gained && (added || /^(?:[，,。；;的]|$)/.test(text.slice(suffix.end, suffix.end + 1)) || isVerb(text.slice(suffix.end, suffix.end + 2)) || /^(?:超额|全面|基本)/.test(text.slice(suffix.end, suffix.end + 2)))) return finish(text, core, suffix);
  if (!suffix.unit || suffix.unit.base === '年') return null;
  return finish(text, core, suffix);
}

export function percentWordsAt(text: string, at: number): NumberMention | null {
  // 百分之七十七点五, or one character (百分之八; a single 一…九 is no figure elsewhere, but is after 百分之).
  const core = chineseCore(text, at + 3) ?? singleNumeral(text, at + 3);
  if (!core) return null;
  // “百分之八至九”, “百分之四到五”: a range whose upper bound drops the 百分之.
  // (“百分之四至百分之五” repeats it: the upper bound starts after the second 百分之.)
  const sep = /^(?:至|到|—|-|～|~)/.exec(text.slice(core.end, core.end + 1));
  const from = sep && text.startsWith(text.slice(at, at + 3), core.end + 1) ? core.end + 4 : core.end + 1;
  // 减少百分之二、三的占用量 (national 1981): two neighbouring digits set apart by 、 are “two or three per cent”, one
  // range; not where the clause lists figures one by one (分别增长百分之五、六).
  const listed = !sep && core.end === at + 4 && text[core.end] === '、' && isNeighbourPair(text[core.end - 1], text[core.end + 1]) && !isCnNumeralChar(text[core.end + 2]) && !/分别[^，,。；;]*$/.test(text.slice(Math.max(0, at - 20), at));
  const upper = sep ? chineseCore(text, from) ?? singleNumeral(text, from) : listed ? singleNumeral(text, core.end + 1) : null;
  // Not a year (由…的百分之三十九点七到一九五七年上升为…): a bound of at most 100 that no 年 follows.
  // 千分之十三 (a rate per thousand, as older reports write 13‰).
  const unit = text[at] === '千' ? '‰' : '%';
  if (upper && upper.value > core.value && upper.value <= 1000 && text[upper.end] !== '年') return withQualifiers(text, { start: at, end: upper.end, value: core.value, valueMax: upper.value, unit, nature: 'percent' });
  // (百分之二、三十, 百分之五六十: “a few” tens per cent, read by chineseCore as one range.)
  if (!upper && core.upper !== undefined) return withQualifiers(text, { start: at, end: core.end, value: core.value, valueMax: core.upper, unit, nature: 'percent' });
  return withQualifiers(text, { start: at, end: core.end, value: core.value, unit, nature: 'percent' });
}
