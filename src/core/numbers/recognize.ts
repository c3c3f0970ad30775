import { CN_NUMERAL_CHARS, isCnNumeralChar, parseChineseNumeral } from './chineseNumerals';
import { isVerb } from '../lexicon/verbs';
import { markRankMoves } from './rankMoves';
import { markReachedLevels } from './reachedLevels';
import type { NumberMention } from './types';
import type { UnitDef } from './units';
import { isRateUnit, matchUnit } from './units';
import { blockedSpans, isExcludedContext } from './exclusions';
import { withQualifiers } from './qualifiers';
import { alternation, HOUSEHOLD_NOUNS, PEOPLE_NOUNS } from '../lexicon/nameWords';
import { bareMagnitudeAt, chineseFractionAt, digitFractionAt, doublingAt, halfAt, streakWordAt, tenthsAt } from './forms';

const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  // 算力总规模达到10.36百亿亿次/秒 (10^18 operations a second, as EFLOPS).
  ['百亿亿', 18],
  ['万亿', 12],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];
/** 千 is a magnitude in 3千亩 but part of the unit in 千瓦, 千米, 千克, 千伏. */
const KILO_UNIT_NEXT = new Set(['瓦', '米', '克', '伏', '卡', '帕', '兆']);
const RANGE_SEPARATORS = ['——', '—', '–', '-', '~', '～', '至', '到'];
/** Words in the few characters before 第N/前N/首位 that make it a ranking (全国第四, 居中部地区第1, 稳居全市首位). */
const RANK_CONTEXT = /全国|全省|全市|全区|全球|世界|国内|中部|西部|东部|东北|地区|同类|城市|位居|位列|排名|排|居|列|跃居|稳居|进入|跻身/;

/**
 * More integer digits than this and a digit run is not a figure: it is an identifier, a pasted hash or noise. A double
 * holds every integer only up to 16 digits, so the value would be silently wrong (and past 309 digits Infinity, which
 * JSON writes as null); and the largest amount a report writes, a national GDP in 元, has 15.
 */
const MAX_INTEGER_DIGITS = 15;

interface Core {
  start: number;
  end: number;
  mantissa: string; // decimal string of the number as written, or '' for Chinese
  value: number;
  chinese: boolean;
  approx: boolean; // 多 / 余 inside the figure
}

/**
 * Every figure in a paragraph's (width-folded) text: Arabic, full-width (already folded), Chinese numerals,
 * magnitudes, units, percentages, 个百分点, ranges, ratios, ranks and qualifiers. One left-to-right scan with
 * bounded look-ahead: linear in the paragraph length whatever the input.
 */
/** Characters where a figure can start: the scan jumps between them with one regex instead of visiting every character. */
const CANDIDATE = /[0-9〇○零一二两三四五六七八九十百千万亿第前首连翻]/g;

export function recognizeNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const blocked = blockedSpans(text);
  const candidate = new RegExp(CANDIDATE.source, 'g');
  let i = 0;
  while (i < text.length) {
    candidate.lastIndex = i;
    const found = candidate.exec(text);
    if (!found) break;
    i = found.index;
    const ch = found[0];
    let mention: NumberMention | null = null;
    if (isDigit(ch) && !isDigit(text[i - 1]) && text[i - 1] !== '.') mention = (text[i + 1] === '/' || text[i + 2] === '/' ? digitFractionAt(text, i) : text[i + 1] === '成' ? tenthsAt(text, i) : /^\d{1,2}连/.test(text.slice(i, i + 3)) ? streakWordAt(text, i) : null) ?? arabicAt(text, i);
    else if ((ch === '百' && text.startsWith('百分之', i)) || (ch === '千' && text.startsWith('千分之', i))) mention = percentWordsAt(text, i);
    else if (ch === '第' || ch === '前' || (ch === '首' && text[i + 1] === '位')) mention = rankAt(text, i);
    else if (ch === '连' && text[i + 1] === '续' && isCnNumeralChar(text[i + 2])) mention = streakAt(text, i + 2);
    else if (isCnNumeralChar(ch) && !isCnNumeralChar(text[i - 1])) mention = otherFormAt(text, i) ?? chineseAt(text, i);
    else if (ch === '翻' && /^翻(?:了?(?:一|两|二)番|番)/.test(text.slice(i, i + 4))) mention = doublingAt(text, i);
    // A figure's value must be a finite number (the contract's `value`); the digit limit above keeps it so, this is
    // the guarantee for every other path (magnitudes, ranges).
    if (mention && !isFiniteMention(mention)) mention = null;
    // A quoted streak (“十二连增”) is a figure all the same; other quoted numbers are names (“263”专项行动).
    const quotedStreak = mention !== null && mention.unit !== null && mention.unit.startsWith('连') && text[mention.start - 1] === '“';
    if (mention && (quotedStreak || !blocked(mention.start, mention.end)) && !isExcludedContext(text, mention)) {
      out.push(mention);
      i = mention.end;
    } else if (mention) {
      i = Math.max(mention.end, i + 1);
    } else i++;
  }
  return markRankMoves(text, markReachedLevels(text, markListUnits(text, markRatios(text, out))));
}

/**
 * 分别高4.2和0.7个百分点, 分别增长8、9%: in a 分别 list the unit is written once, after the last number; the bare numbers
 * before it take it. Only rate units, and only within a few characters of 分别 (a bare number is otherwise no figure).
 */
function markListUnits(text: string, mentions: NumberMention[]): NumberMention[] {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i] as NumberMention;
    const b = mentions[i + 1] as NumberMention;
    // 分别快于全国3.4个、1个百分点: “3.4个” is 3.4 points with the rest of the word dropped.
    if (a.unit === '个' && b.unit === '个百分点' && /^[、和与及]$/.test(text.slice(a.tail, b.start)) && text[a.end - 1] === '个' && /(?:分别|快于|慢于|高于|低于|提高|下降)[^，,。；;]{0,8}$/.test(text.slice(Math.max(0, a.start - 12), a.start))) {
      mentions[i] = { ...a, unit: b.unit, nature: b.nature };
      continue;
    }
    if (a.nature !== 'bare' || a.valueMax !== undefined || b.unit === null || !isRateUnit(b.unit)) continue;
    if (!/^[和、与及]$/.test(text.slice(a.end, b.start)) || !/^[\d.]+$/.test(text.slice(a.start, a.end))) continue;
    if (!/分别[^，,。；;]{0,12}$/.test(text.slice(Math.max(0, a.start - 14), a.start))) continue;
    mentions[i] = { ...a, unit: b.unit, nature: b.nature };
  }
  return mentions;
}

function isFiniteMention(m: NumberMention): boolean {
  return Number.isFinite(m.value) && (m.valueMax === undefined || Number.isFinite(m.valueMax));
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Digits with thousands separators and a decimal part; also “1 9 9 8” digit runs broken by single spaces. */
function arabicCore(text: string, at: number): Core | null {
  let j = at;
  let digits = '';
  while (isDigit(text[j])) digits += text[j++];
  // Stray spaces inside a digit run (1 9 9 8 年, 1 5 ．3 ％, 1 0 ．0 6 ‰): single digits separated by single spaces.
  const spacedPoint = (k: number): boolean => text[k] === ' ' && text[k + 1] === '.' && isDigit(text[k + 2]);
  const spaced = digits.length === 1 && ((text[j] === ' ' && isDigit(text[j + 1]) && text[j + 2] !== undefined && !isDigit(text[j + 2])) || spacedPoint(j));
  if (spaced) {
    while (text[j] === ' ' && isDigit(text[j + 1]) && !isDigit(text[j + 2])) {
      digits += text[j + 1];
      j += 2;
    }
    if (spacedPoint(j)) j++;
  }
  while ((text[j] === ',' || text[j] === '，') && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4])) {
    digits += text.slice(j + 1, j + 4);
    j += 4;
  }
  if (digits.length > MAX_INTEGER_DIGITS) return null;
  let mantissa = digits;
  // “20.2026年…” is a list marker followed by a year, not a decimal.
  // 全年增长19·5％ (a middle dot for the point, in some older texts) — only before a percentage, never “4·11”森林火灾.
  const dotPoint = text[j] === '·' && /^·\d{1,3}(?:%|个百分点)/.test(text.slice(j, j + 9));
  if ((text[j] === '.' || dotPoint) && isDigit(text[j + 1]) && !/^\.\d{4}年/.test(text.slice(j, j + 6))) {
    j++;
    let frac = '';
    while (isDigit(text[j])) frac += text[j++];
    while (spaced && text[j] === ' ' && isDigit(text[j + 1]) && !isDigit(text[j + 2])) {
      frac += text[j + 1];
      j += 2;
    }
    mantissa = `${digits}.${frac}`;
  }
  if (!digits) return null;
  return { start: at, end: j, mantissa, value: Number(mantissa), chinese: false, approx: false };
}

function chineseCore(text: string, at: number): Core | null {
  let j = at;
  const limit = Math.min(text.length, at + 16);
  // 十几万, 三十几个, 一百一十几万人: 几 (“some”) after 十 stands for a digit; the figure reads as its lower bound.
  // (A leading 几, 几百个科学家 or 几千万人, is rhetoric, not a figure.)
  while (j < limit && (isCnNumeralChar(text[j]) || (text[j] === '几' && text[j - 1] === '十' && j > at))) j++;
  // 八十万千瓦, 三千六百六十万千米: the 千 of a unit (千瓦, 千米, 千克) is not part of the number.
  if (j - at > 1 && text[j - 1] === '千' && KILO_UNIT_NEXT.has(text[j] ?? '')) j--;
  if (text[j] === '点' && isCnNumeralChar(text[j + 1]) && '十百千万亿'.indexOf(text[j + 1] as string) < 0) {
    j++;
    while (j < limit && isCnNumeralChar(text[j]) && '十百千万亿'.indexOf(text[j] as string) < 0) j++;
  }
  const s = text.slice(at, j);
  // 几十万人, 几百个科学家: a leading 几 is rhetoric (“hundreds of thousands”), not a figure of 十万.
  if (text[at - 1] === '几') return null;
  // 一九八二两个年度计划: a year written digit by digit is no figure, whatever numeral follows it.
  if (/^[一二][〇○零一二三四五六七八九]{3}/.test(s)) return null;
  // 一年零三个月: a numeral that opens with 零 continues the number before it (一年零三个月 is one time frame).
  if (s.length > 1 && /^[零〇○](?!点)/.test(s)) return null;
  // 一两个重点企业, 三五年, 一二三次产业: two or three bare digits side by side are “a few” or a list, not a number.
  if (/^[一二两三四五六七八九]{2,3}$/.test(s)) return null;
  // Single characters (一批, 三大, 十条, 两个维护) and bare magnitudes (万户, 千家万户) are words, not figures.
  if (s.length < 2 || /^[十百千万亿]/.test(s) && s.length < 2) return null;
  if (/^[万亿千百]/.test(s)) return null;
  const vague = s.includes('几');
  const value = parseChineseNumeral(vague ? s.replace(/几/g, '') : s);
  if (!Number.isFinite(value)) return null;
  return { start: at, end: j, mantissa: '', value, chinese: true, approx: vague };
}

/** 多/余 after the number or its magnitude: “500多亿”, “5亿多”, “1600多亿元”. */
function approxAt(text: string, j: number): number {
  return text[j] === '多' || text[j] === '余' ? j + 1 : j;
}

function magnitudeAt(text: string, j: number): readonly [number, number] {
  for (const [word, exp] of MAGNITUDES) {
    if (!text.startsWith(word, j)) continue;
    if (word === '千' && KILO_UNIT_NEXT.has(text[j + 1] ?? '')) continue;
    return [exp, j + word.length];
  }
  return [0, j];
}

function scaled(core: Core, exp: number): number {
  if (exp === 0) return core.value;
  if (core.mantissa) return Number(`${core.mantissa}e${exp}`);
  return Number(`${core.value}e${exp}`);
}

interface Suffix {
  end: number;
  value: number;
  unit: UnitDef | undefined;
  hasMagnitude: boolean;
  approx: boolean;
}

function suffixAfter(text: string, core: Core): Suffix {
  let j = approxAt(text, core.end);
  let approx = j > core.end;
  let exp = 0;
  let extra = 0;
  if (!core.chinese) {
    // “39.8 万亿元”: a stray space between a number and its magnitude, as between a number and its unit below.
    const spaced = text[j] === ' ' && magnitudeAt(text, j + 1)[0] > 0;
    const [e, after] = magnitudeAt(text, spaced ? j + 1 : j);
    exp = e;
    j = after;
    // “1万6千多户”, “2万5千公里”, “1亿3千多万”: a smaller count of a smaller magnitude follows the first.
    const lower = exp >= 4 ? /^(\d{1,4})([千百万])/.exec(text.slice(j, j + 6)) : null;
    const lowerExp = lower ? ({ 千: 3, 百: 2, 万: 4 } as const)[lower[2] as '千' | '百' | '万'] : 0;
    if (lower && lowerExp < exp) {
      let end = j + lower[0].length;
      let scale = lowerExp;
      // 1亿3千多万: 3千 of 万s.
      const k0 = approxAt(text, end);
      if (lower[2] === '千' && exp === 8 && text[k0] === '万') {
        scale = 7;
        approx ||= k0 > end;
        end = k0 + 1;
      }
      extra = Number(`${lower[1]}e${scale}`);
      j = end;
    }
    const k = approxAt(text, j);
    approx ||= k > j;
    j = k;
    // “4万多亿元”: 多 between the two magnitudes of 万亿.
    if (approx && exp === 4 && text[j] === '亿') {
      exp = 12;
      j++;
    }
  }
  // “三百多万吨”, “二千二百多万人”, “三十余亿元”: after 多/余 a Chinese numeral may still take its magnitude.
  let chineseValue: number | null = null;
  if (core.chinese && approx) {
    const [e, after] = magnitudeAt(text, j);
    exp = e;
    j = after;
    // “三亿三千五百多万吨”: the 万 after 多 scales only what follows the 亿.
    const written = text.slice(core.start, core.end);
    const yi = written.lastIndexOf('亿');
    if (e === 4 && yi > 0 && yi < written.length - 1) {
      const hi = parseChineseNumeral(written.slice(0, yi + 1));
      const lo = parseChineseNumeral(written.slice(yi + 1));
      if (Number.isFinite(hi) && Number.isFinite(lo)) chineseValue = hi + lo * 1e4;
    }
  }
  let unit = matchUnit(text, j);
  // “100 个县”: a stray space between a figure and its unit.
  if (!unit && text[j] === ' ' && !core.chinese) {
    unit = matchUnit(text, j + 1);
    if (unit) j++;
  }
  // “487公 里海岸线”: a stray space inside the unit word (text pasted from PDF), the space kept in the figure's text.
  let inner = 0;
  if (!unit && !core.chinese) {
    const gap = text.slice(j + 1, j + 4).indexOf(' ') + j + 1;
    const joined = gap > j ? text.slice(j, gap) + text.slice(gap + 1, gap + 5) : '';
    const spaced = joined ? matchUnit(joined, 0) : undefined;
    if (spaced && spaced.surface.length > gap - j) {
      unit = spaced;
      inner = 1;
    }
  }
  if (unit) j += unit.surface.length + inner;
  const value = chineseValue ?? scaled(core, exp) + extra;
  return { end: j, value, unit, hasMagnitude: exp > 0 || (core.chinese && /[万亿]/.test(text.slice(core.start, core.end))), approx };
}

function arabicAt(text: string, at: number): NumberMention | null {
  const core = arabicCore(text, at);
  if (!core) return null;
  return finish(text, core, suffixAfter(text, core));
}

/** A Chinese numeral with a magnitude before people (六亿多人口, 八亿农民, 三千多万学生) counts them. */
// (Also 十亿以上人口, 三千六百万的少数民族人口, 一万多失业人员, 一亿二千万农户: a bound, 的 and a few words of the group may
// stand between.)
// (人才, 工人 and 专家 too: 培养近五百万高级专门人才.) Only words that name a group may stand between — any words
// would make money a head count (投入三千万的资金支持人才引进).
const GROUP_WORDS = ['少数民族', '失业', '下岗', '高级专门', '专门', '科技', '技术', '农村', '城镇', '贫困', '退休', '在校'];
const PEOPLE_AFTER = new RegExp(`^(?:以上|左右|多)?的?(?:${alternation(GROUP_WORDS)})?(?:${alternation([...PEOPLE_NOUNS, ...HOUSEHOLD_NOUNS, '人才', '工人', '专家'])})`);
/** 共有人口一百二十万，/ 职工…增加到二千四百万。: a head count closing its clause after a verb that reaches it or a people noun. */
const PEOPLE_BEFORE = new RegExp(`(?:${alternation([...PEOPLE_NOUNS, '员额'])})$`);
const REACHED_BEFORE = /(?:增加到|增加至|增至|达到|只有|共有|控制在)$/;
const CLAUSE_CLOSE = /^(?:左右|以上|以内|以下|[，,。；;、]|$)/;

/** Policy moves counted by 次: 两次降低, 四次提高, 三次下调. */
const POLICY_MOVE = /^(?:全面|定向|普遍)?(?:降低|下调|提高|上调|调高|调低|降息|降准|加息)/;

/** A measure word right before a multiple: 增加了两倍, 增长一倍, 提高三倍. */
const MULTIPLE_BEFORE = /(?:增加|增长|提高|扩大|翻|相当于|是|为|高|多|大)了?(?:将近|近|约|大约)?$/;

function chineseAt(text: string, at: number): NumberMention | null {
  // 增加了两倍 / 增长一倍多: one numeral character is a figure only as a multiple after a measure word.
  const single = text[at + 1] === '倍' || (text[at + 1] === '倍' && text[at + 2] === '多') ? singleNumeral(text, at) : null;
  // 两次降低存款准备金率, 四次提高退休人员基本养老金: a count of policy moves, one numeral and all.
  const moves = text[at + 1] === '次' && POLICY_MOVE.test(text.slice(at + 2, at + 7)) ? singleNumeral(text, at) : null;
  // 提前两年完成, 再延长三年，: years gained or added are a figure, not a time frame (one numeral and all).
  const gained = /(?:提前|延长)$/.test(text.slice(Math.max(0, at - 2), at));
  const years = gained && text[at + 1] === '年' ? singleNumeral(text, at) : null;
  // 地区生产总值连跨两个万亿元台阶, 连续跨越…三个大台阶: thresholds crossed, counted (not 再上一个新台阶, a slogan).
  const steps = text[at + 1] === '个' && text[at] !== '一' && /^个[^，,。；;]{0,6}台阶/.test(text.slice(at + 1, at + 10)) && /(?:跨|迈)[^，,。；;]{0,20}$/.test(text.slice(Math.max(0, at - 22), at)) ? singleNumeral(text, at) : null;
  const core = chineseCore(text, at) ?? moves ?? years ?? steps ?? (single && MULTIPLE_BEFORE.test(text.slice(Math.max(0, at - 8), at)) ? single : null);
  if (!core) return null;
  const suffix = suffixAfter(text, core);
  // A Chinese numeral is a figure only with a unit (十三个百分点, 三百三十九亿元); durations in years are time frames.
  // Or as a count of people with its magnitude and the people after it (六亿多人口, 八亿农民, 六万万人民).
  if (!suffix.unit && suffix.hasMagnitude && PEOPLE_AFTER.test(text.slice(suffix.end, suffix.end + 10))) return finish(text, core, suffix);
  // (人口控制在十二亿以内。; 减少员额一百万的任务: after a people noun 的 may close the phrase too.)
  const before = text.slice(Math.max(0, at - 4), at);
  const people = PEOPLE_BEFORE.test(before);
  if (!suffix.unit && suffix.hasMagnitude && (people || REACHED_BEFORE.test(before)) && (CLAUSE_CLOSE.test(text.slice(suffix.end, suffix.end + 3)) || (people && text[suffix.end] === '的'))) return finish(text, core, suffix);
  // 二百八十万到三百万千瓦: the lower bound of a range takes the unit of the upper one.
  if (!suffix.unit && /^(?:至|到|—)/.test(text.slice(suffix.end, suffix.end + 1)) && isCnNumeralChar(text[suffix.end + 1])) {
    const range = finish(text, core, suffix);
    return range && range.unit !== null && range.valueMax !== undefined && range.unit !== '年' ? range : null;
  }
  if (suffix.unit?.base === '年' && gained && (/^(?:[，,。；;的]|$)/.test(text.slice(suffix.end, suffix.end + 1)) || isVerb(text.slice(suffix.end, suffix.end + 2)) || /^(?:超额|全面|基本)/.test(text.slice(suffix.end, suffix.end + 2)))) return finish(text, core, suffix);
  if (!suffix.unit || suffix.unit.base === '年') return null;
  return finish(text, core, suffix);
}

function percentWordsAt(text: string, at: number): NumberMention | null {
  // 百分之七十七点五, or one character (百分之八; a single 一…九 is no figure elsewhere, but is after 百分之).
  const core = chineseCore(text, at + 3) ?? singleNumeral(text, at + 3);
  if (!core) return null;
  // “百分之八至九”, “百分之四到五”: a range whose upper bound drops the 百分之.
  // (“百分之四至百分之五” repeats it: the upper bound starts after the second 百分之.)
  const sep = /^(?:至|到|—|-|～|~)/.exec(text.slice(core.end, core.end + 1));
  const from = sep && text.startsWith(text.slice(at, at + 3), core.end + 1) ? core.end + 4 : core.end + 1;
  const upper = sep ? chineseCore(text, from) ?? singleNumeral(text, from) : null;
  // Not a year (由…的百分之三十九点七到一九五七年上升为…): a bound of at most 100 that no 年 follows.
  // 千分之十三 (a rate per thousand, as older reports write 13‰).
  const unit = text[at] === '千' ? '‰' : '%';
  if (upper && upper.value > core.value && upper.value <= 1000 && text[upper.end] !== '年') return withQualifiers(text, { start: at, end: upper.end, value: core.value, valueMax: upper.value, unit, nature: 'percent' });
  return withQualifiers(text, { start: at, end: core.end, value: core.value, unit, nature: 'percent' });
}

/** One Chinese numeral character as a core (the 九 of 百分之八至九). */
function singleNumeral(text: string, at: number): Core | null {
  const value = parseChineseNumeral(text[at] ?? '');
  if (!Number.isFinite(value) || isCnNumeralChar(text[at + 1])) return null;
  return { start: at, end: at + 1, mantissa: '', value, chinese: true, approx: false };
}

/** The forms of forms.ts that start with a Chinese numeral: one look at the next characters picks the reader. */
function otherFormAt(text: string, at: number): NumberMention | null {
  const next = text.slice(at + 1, at + 4);
  if (next.includes('分之') && !text.startsWith('百分之', at) && !text.startsWith('千分之', at)) return chineseFractionAt(text, at);
  if (text[at] === '一' && next[0] === '半') return halfAt(text, at);
  if (next.includes('连')) return streakWordAt(text, at);
  if (next[0] === '成') return tenthsAt(text, at);
  if ('十百千万亿'.includes(text[at] as string)) return bareMagnitudeAt(text, at);
  return null;
}

/** 第4位, 全国第四, 前三, 前10位: ranks, only where a ranking is spoken of. */
function rankAt(text: string, at: number): NumberMention | null {
  if (text.startsWith('首位', at)) {
    if (!RANK_CONTEXT.test(text.slice(Math.max(0, at - 8), at))) return null;
    return withQualifiers(text, { start: at, end: at + 2, value: 1, unit: '位次', nature: 'rank' });
  }
  const m = /^(?:第|前)(\d{1,3}|[一二三四五六七八九十]{1,3})(位|名)?/.exec(text.slice(at, at + 6));
  // 前1‰学科, 前1%学科: a percentile band, not the first place; 第三世界 is a name.
  if (!m || /^[%‰]|^世界/.test(text.slice(at + m[0].length, at + m[0].length + 2))) return null;
  // 第一大电源, 全球第三大加油港: “the Nth largest” is a rank by itself (党的十九大 has no 第).
  // (Not 第一大类商品, 第三大点, 第一大于第二: a kind, a point, a comparison.)
  const largest = text[at + m[0].length] === '大' && text[at] === '第' && /^[\u4e00-\u9fff]/.test(text.slice(at + m[0].length + 1)) && !/^(?:类|项|点|部分|于|批)/.test(text.slice(at + m[0].length + 1));
  const explicit = m[2] !== undefined || largest;
  const context = RANK_CONTEXT.test(text.slice(Math.max(0, at - 8), at));
  if (!explicit && !context) return null;
  // 稳居全国第一梯队, 位列全国重点城市第一档: a tier of a ranking is a rank, its word part of the figure.
  const tier = /^(?:梯队|档)/.exec(text.slice(at + m[0].length, at + m[0].length + 2));
  if (tier && text[at] === '第' && context) {
    const n = /\d/.test(m[1] as string) ? Number(m[1]) : parseChineseNumeral(m[1] as string);
    if (Number.isFinite(n) && n >= 1) return withQualifiers(text, { start: at, end: at + m[0].length + tier[0].length, value: n, unit: '位次', nature: 'rank' });
  }
  const next = text[at + m[0].length] ?? '';
  // 前三年, 第二季度, 第三个: time frames and ordinals of things, not ranks.
  if (!explicit && /[个家批次届轮期步支方是大年季月天周]/.test(next)) return null;
  const n = /\d/.test(m[1] as string) ? Number(m[1]) : parseChineseNumeral(m[1] as string);
  if (!Number.isFinite(n) || n < 1) return null;
  return withQualifiers(text, { start: at, end: at + m[0].length, value: n, unit: '位次', nature: 'rank' });
}

/** 连续三年 / 连续五个季度: a streak written in Chinese numerals (a single character is enough here). */
function streakAt(text: string, at: number): NumberMention | null {
  let j = at;
  while (j < at + 3 && isCnNumeralChar(text[j])) j++;
  const value = parseChineseNumeral(text.slice(at, j));
  const unit = matchUnit(text, j);
  if (!Number.isFinite(value) || !unit || unit.nature !== 'duration') return null;
  return withQualifiers(text, { start: at, end: j + unit.surface.length, value, unit: unit.base, nature: 'duration' });
}

/** “每立方米33微克”: a concentration whose unit is written around the number. */
function perCubicMetre(text: string, core: Core): NumberMention | null {
  if (!text.slice(Math.max(0, core.start - 4), core.start).endsWith('每立方米')) return null;
  const unit = /^(微克|毫克)/.exec(text.slice(core.end, core.end + 2));
  if (!unit) return null;
  return withQualifiers(text, { start: core.start - 4, end: core.end + 2, value: core.value, unit: `${unit[1]}/立方米`, nature: 'physical' });
}

function finish(text: string, core: Core, suffix: Suffix): NumberMention | null {
  if (!core.chinese) {
    const concentration = perCubicMetre(text, core);
    if (concentration) return concentration;
  }
  let { end } = suffix;
  let valueMax: number | undefined;
  let unit = suffix.unit;
  let value = suffix.value;
  // Range: 5%—6%, 1~2个, 1.5万亿元至1.6万亿元, 6%-6.5%, 3至5年.
  for (const sep of RANGE_SEPARATORS) {
    if (!text.startsWith(sep, end)) continue;
    const second = core.chinese ? chineseCore(text, end + sep.length) : arabicCore(text, end + sep.length);
    if (!second || (second.chinese === false && sep === '-' && !unit && !suffix.hasMagnitude && false)) break;
    const s2 = suffixAfter(text, second);
    if (s2.unit && unit && s2.unit.base !== unit.base) break;
    if (!s2.unit && !unit && !s2.hasMagnitude && !suffix.hasMagnitude) break;
    const firstScaled = unit || suffix.hasMagnitude ? value : rescaleLike(core, text, second);
    if (s2.value < firstScaled) break;
    valueMax = s2.value;
    value = firstScaled;
    unit = unit ?? s2.unit;
    end = s2.end;
    break;
  }
  if (!unit && !suffix.hasMagnitude) {
    return { start: core.start, end, value, unit: null, nature: 'bare', qualifier: core.approx || suffix.approx ? '超过' : null, tail: end };
  }
  const mention = withQualifiers(text, {
    start: core.start,
    end,
    value,
    unit: unit ? unit.base : null,
    nature: unit ? unit.nature : 'amount',
    ...(valueMax !== undefined ? { valueMax } : {}),
  });
  if ((suffix.approx || core.approx) && mention.qualifier === null) return { ...mention, qualifier: '超过' };
  return mention;
}

/** In “5—6%” and “1.5至1.6万亿元” the first number takes the second one's magnitude. */
function rescaleLike(first: Core, text: string, second: Core): number {
  const [exp] = magnitudeAt(text, approxAt(text, second.end));
  return scaled(first, exp);
}



/**
 * 4.2∶41.1∶54.7 (三次产业结构): the parts of a ratio are figures with unit null. A chain joined by ∶ (or by a
 * plain colon when it has three parts, so a clock time 02:16 never counts).
 */
function markRatios(text: string, mentions: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    let j = i;
    while (j + 1 < mentions.length && isRatioJoin(text, mentions[j] as NumberMention, mentions[j + 1] as NumberMention)) j++;
    const chain = mentions.slice(i, j + 1);
    const strong = chain.length >= 2 && chain.slice(1).every((m) => text[m.start - 1] === '∶');
    // 城乡居民收入比从2.50:1缩小至2.27:1: X to one is a multiple, X alone (the 1 is the unit of comparison).
    const toOne = chain.length === 2 && (chain[1] as NumberMention).value === 1 && text.slice(chain[1]!.start, chain[1]!.end) === '1';
    if (toOne) {
      out.push({ ...(chain[0] as NumberMention), unit: null, nature: 'multiple', qualifier: null, tail: (chain[1] as NumberMention).end });
      i = j;
    } else if (chain.length >= 3 || strong) {
      for (const m of chain) out.push({ ...m, unit: null, nature: 'ratio', qualifier: null, tail: m.end });
      i = j;
    } else out.push(mentions[i] as NumberMention);
  }
  return out;
}

const RATIO_WORD = /比例|之比|比值|比重|收入比|倍差|[比例]为|比[由从]|调整为|改为/;

function isRatioJoin(text: string, a: NumberMention, b: NumberMention): boolean {
  if (a.nature !== 'bare' || b.nature !== 'bare' || b.start !== a.end + 1) return false;
  // 生铁和钢产量的比例…从1.03比1改为1比1: a ratio written with 比 between two bare numbers, X比1 as X∶1.
  // (Only where a ratio is spoken of: 以3比1战胜 is a score.)
  return text[a.end] === '∶' || text[a.end] === ':' || (text[a.end] === '比' && text.slice(b.start, b.end) === '1' && !isDigit(text[b.end]) && RATIO_WORD.test(text.slice(Math.max(0, a.start - 30), a.start)));
}

export { CN_NUMERAL_CHARS };
