/**
 * Figures written without an Arabic number and a unit in the usual order: fractions (1/4, 三分之一, 一半),
 * numeral-less magnitudes (突破万件, 超千亿元, 上亿群众), doublings (翻两番) and streaks (十二连增, 七连冠).
 * Each reader looks at a bounded window from its start, so the recogniser stays linear.
 */
import { alternation, HOUSEHOLD_NOUNS } from '../lexicon/nameWords';
import { isCnNumeralChar, parseChineseNumeral, smallNumber } from './chineseNumerals';
import { withQualifiers } from './qualifiers';
import { ALL_PEOPLE, GROUP_WORDS } from './groupNouns';
import type { NumberMention } from './types';
import { matchUnit } from './units';
import { mentionWith } from './mentionShape';

/** “1/4”, “1/3”: a share (unit null, value the fraction), never a date (1/4日) or a page (第1/4页). */
export function digitFractionAt(text: string, at: number): NumberMention | null {
  const m = /^(\d{1,2})\/(\d{1,3})(?![\d/日月号页])/.exec(text.slice(at, at + 8));
  if (!m || /[\d./第]$/.test(text.slice(Math.max(0, at - 1), at))) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a === 0 || b < 2 || a >= b) return null;
  return withQualifiers(text, { start: at, end: at + m[0].length, value: a / b, unit: null, nature: 'fraction' });
}

/** “三分之一”, “三分之二”: a share. (百分之/千分之 are percentages, read elsewhere.) */
export function chineseFractionAt(text: string, at: number): NumberMention | null {
  const m = /^([二三四五六七八九十]{1,2})分之([一二三四五六七八九十]{1,2})/.exec(text.slice(at, at + 8));
  if (!m) return null;
  const b = parseChineseNumeral(m[1] as string);
  const a = parseChineseNumeral(m[2] as string);
  // 不到四分之一世纪: a span of time, not a share.
  if (!Number.isFinite(a) || !Number.isFinite(b) || a >= b || text.startsWith('世纪', at + m[0].length)) return null;
  return withQualifiers(text, { start: at, end: at + m[0].length, value: a / b, unit: null, nature: 'fraction' });
}

/** “减少一半”, “超过一半人口”: half, only where a quantity is spoken of (not 一半是…, 另一半). */
export function halfAt(text: string, at: number): NumberMention | null {
  if (!text.startsWith('一半', at)) return null;
  // 超过全球一半: the whole it is half of may stand between the verb and 一半; 一半用于大病保险: a share put to a use.
  const before = text.slice(Math.max(0, at - 6), at);
  const after = text.slice(at + 2, at + 4);
  // (占全球的一半, 超过全国总量一半: a few words of the whole, and 的, may stand between.)
  // (成灾面积已经缩小一半 — national 1954, 人员编制原则上减一半 — 1999: a cut by half; 目前约为国家预算收入的一半 —
  // 1981: a whole named after 为/是/相当于 and closed by 的 — all outside the corpus.)
  const wide = text.slice(Math.max(0, at - 12), at);
  if (!/(?:(?:减少|下降|降低|超过|压减|缩减|缩小|减|占)[\u4e00-\u9fff]{0,4}?的?|近|过)$/.test(before) && !/(?:约为|为|是|相当于)[\u4e00-\u9fff]{1,8}的$/.test(wide) && !/^(?:以上|左右|用于)/.test(after)) return null;
  return withQualifiers(text, { start: at, end: at + 2, value: 0.5, unit: null, nature: 'fraction' });
}

const BARE_MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['十亿', 1e9],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];
/** The first of BARE_MAGNITUDES written at `at`. A loop, not find with an arrow made per call (numbers/units.ts unitAt says why). */
function bareMagnitudeWordAt(text: string, at: number): readonly [string, number] | undefined {
  for (const entry of BARE_MAGNITUDES) if (text.startsWith(entry[0], at)) return entry;
  return undefined;
}
/** Words before a magnitude that make it a figure (突破万件, 超千亿元, 近千万家庭, 上亿群众). */
const MAGNITUDE_LEAD = /(?:超过|突破|超|过|近|逾|上|破|达到|达|保持在|稳定在)$/;
/** After it, a class or threshold inside a name (千亿级产业, 超百亿元的企业, 亿元以上项目): not a figure. */
// (千亿元以上。 at a clause's end is a level kept, not a class.)
const THRESHOLD_NEXT = /^(?:级|元?以[上下](?![，,。；;）)：:]|$)|元?的|元?企业|元?项目|元?县|元?城市|元?产业|元?园区|斤粮|吨级|千瓦级)/;

/**
 * 培育百家制造业“单项冠军” (河北 2021), 带动万名青年入乡发展 (浙江 2026; both dev): a round number of things a plan brings
 * about, a magnitude with its classifier right after the verb — a target count with no lead word (not 带动千家万户).
 */
const COUNT_VERB = /(?:培育|带动|引进|引育|培养|扶持|吸引|选派|招引)$/;
/**
 * 举办百场产业链供应链对接大会 (福建 2025), 举办百场艺术精品展演 (广东 2025; both outside): events held are brought about
 * by 举办 — counted in 场 only (举办百家央企走进河北…活动 names an event by the firms in it — 河北 2012, outside).
 */
const HELD_VERB = /举办$/;
const EVENT_UNIT = /^场次?$/;

/** “突破万件”, “超千亿元”, “上亿群众”: a magnitude without a numeral, after a word that makes it an amount. */
export function bareMagnitudeAt(text: string, at: number): NumberMention | null {
  if (isCnNumeralChar(text[at - 1]) || /\d/.test(text[at - 1] ?? '')) return null;
  // (百 only as 百余/百多 with a classifier: 百年, 百姓 and 近百年 are words.)
  // (近百场大型演唱会, 超百家: 百 after a lead word with a count classifier — not 近百年, a span.)
  const hundredCounted = text[at] === '百' && MAGNITUDE_LEAD.test(text.slice(Math.max(0, at - 3), at)) && matchUnit(text, at + 1)?.nature === 'count';
  const verbBefore = text.slice(Math.max(0, at - 2), at);
  const unitAfter = matchUnit(text, at + 1);
  const brought = COUNT_VERB.test(verbBefore) || (HELD_VERB.test(verbBefore) && EVENT_UNIT.test(unitAfter?.surface ?? ''));
  const targeted = /[百千万]/.test(text[at] as string) && brought && unitAfter?.nature === 'count' && !/[百千万]/.test(text[at + 2] ?? '');
  const found = bareMagnitudeWordAt(text, at) ?? (/^百[余多]/.test(text.slice(at, at + 2)) || hundredCounted || targeted ? (['百', 100] as const) : undefined);
  if (!found) return null;
  // 千余家央企, 百余项成果: 余/多 and a classifier make an amount even without a lead word (not 千家万户).
  const about = /^[余多]/.test(text.slice(at + found[0].length, at + found[0].length + 1));
  if (found[0] === '百' && !about && !hundredCounted && !targeted) return null;
  if (!about && !targeted && !MAGNITUDE_LEAD.test(text.slice(Math.max(0, at - 3), at))) return null;
  // 成千上万, 成百上千: an idiom for “very many”, not 上万 (“over ten thousand”).
  if (text[at - 1] === '上' && /[千百万]/.test(text[at - 2] ?? '')) return null;
  let end = at + found[0].length + (about ? 1 : 0);
  if (about && !matchUnit(text, end)) return null;
  if (THRESHOLD_NEXT.test(text.slice(end, end + 4))) return null;
  // Without a unit it must count people or households (上亿群众, 近千万家庭: 家 there is not a classifier); 超万亿
  // alone is a size class.
  const people = PEOPLE_OR_HOUSEHOLDS.test(text.slice(end, end + 8));
  const unit = people ? undefined : matchUnit(text, end);
  // 海洋生产总值突破万亿，: a magnitude that ends its clause is the level reached (its unit is the indicator's).
  const endsClause = /^(?:[，,。；;]|$)/.test(text.slice(end, end + 1));
  if (!unit && !people && !endsClause) return null;
  if (unit) end += unit.surface.length;
  const nature = unit ? unit.nature : 'amount';
  const mention = withQualifiers(text, { start: at, end, value: found[1], unit: unit?.base ?? null, nature });
  // 千余家: 余 says “more than”, as 80余家 does.
  if (about && mention.qualifier === null) return mentionWith(mention, { qualifier: '超过' });
  // 惠及上千万户, 上亿群众: 上 before a bare magnitude says “reaching, more than” (it is no qualifier before a numeral).
  if (mention.qualifier === null && text[at - 1] === '上') return mentionWith(mention, { qualifier: '超过', qualifierStart: at - 1, qualifierEnd: at });
  return mention;
}

/** People or households after a bare magnitude (上亿群众, 近千万家庭, 百万用户). */
// (And the groups of groupNouns.ts, with a word of the group before: 上百万赤脚医生, 近千万知识青年 — national 1975.)
const PEOPLE_OR_HOUSEHOLDS = new RegExp(`^(?:${alternation(GROUP_WORDS)})?(?:${alternation([...ALL_PEOPLE, ...HOUSEHOLD_NOUNS])}|用户)`);

/** “增长三成”, “七成以上”, “占全国9成”: tenths as a percentage, only where a share or change is spoken of (not 三成为…). */
export function tenthsAt(text: string, at: number): NumberMention | null {
  const m = /^([一二两三四五六七八九1-9])成/.exec(text.slice(at, at + 2));
  if (!m) return null;
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(at + 2, at + 4);
  const spoken = /(?:增长|提高|提升|下降|降低|减少|超过|近|占|约|达|逾|超)$/.test(before) || /^(?:以上|左右|多|[，,。；;、])/.test(after);
  if (!spoken || /^[为了立本果效绩就熟交]/.test(after)) return null;
  return withQualifiers(text, { start: at, end: at + 2, value: smallNumber(m[1] as string) * 10, unit: '%', nature: 'percent' });
}

/** “翻一番”, “翻两番”: the text is the 番 count (一番 = doubling), unit 番. */
export function doublingAt(text: string, at: number): NumberMention | null {
  // 翻一番, and the past tense 翻了一番 (技术交易额翻了一番).
  // 翻番 alone is one doubling (数量翻番): its text is the word itself.
  if (text.startsWith('翻番', at)) return withQualifiers(text, { start: at, end: at + 2, value: 1, unit: '番', nature: 'multiple' });
  // 比2011年翻了近一番 (高阳 2017, outside the corpus): 近 or 将近 between 了 and the count is “about”, outside the
  // figure as 近 before a numeral is.
  const m = /^翻(了?)((?:将|接)?近)?(一|两|二)番/.exec(text.slice(at, at + 6));
  if (!m) return null;
  const start = at + 1 + (m[1] as string).length + (m[2] ?? '').length;
  return withQualifiers(text, { start, end: at + m[0].length, value: m[3] === '一' ? 1 : 2, unit: '番', nature: 'multiple' });
}

/** “十二连增”, “七连冠”, “九连好”, “五连快” (growth faster five years running): a streak of years, kind other; the unit is the 连X word. */
export function streakWordAt(text: string, at: number): NumberMention | null {
  const m = /^([一二三四五六七八九十]{1,3}|\d{1,2})连(增|冠|好|胜|涨|降|升|丰|优|跳|快)/.exec(text.slice(at, at + 6));
  if (!m) return null;
  // (耕地面积实现5连增: a streak written with a digit, too.)
  const value = smallNumber(m[1] as string);
  if (!Number.isFinite(value) || value < 2) return null;
  return withQualifiers(text, { start: at, end: at + m[0].length, value, unit: `连${m[2] as string}`, nature: 'multiple' });
}

