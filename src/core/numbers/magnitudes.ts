/**
 * What follows a number: 多/余, its magnitude (万, 亿, 万亿, 1万6千), and its unit (with stray PDF spaces). The value
 * is scaled from the number as written, so decimals stay exact.
 */
import { parseChineseNumeral } from './chineseNumerals';
import type { Core } from './numberCore';
import { KILO_UNIT_NEXT } from './numberCore';
import type { UnitDef } from './units';
import { matchUnit } from './units';

const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  // 算力总规模达到10.36百亿亿次/秒 (10^18 operations a second, as EFLOPS).
  ['百亿亿', 18],
  ['万亿', 12],
  // 累计分别突破9千亿元, 超3千万人次: a digit before 千亿/百亿/千万/百万 takes both magnitudes (9千亿元 is 9×10^11 元,
  // not 9千 with the 亿元 left over).
  ['千亿', 11],
  ['百亿', 10],
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];

/** 多/余 after the number or its magnitude: “500多亿”, “5亿多”, “1600多亿元”. */
export function approxAt(text: string, j: number): number {
  return text[j] === '多' || text[j] === '余' ? j + 1 : j;
}

/** How many blanks (at most eight: a stray space or a blanked pinyin note, normalize.ts) start at j. */
function blanksAt(text: string, j: number): number {
  let k = j;
  while (k < j + 8 && text[k] === ' ') k++;
  return k - j;
}

/** The characters a magnitude word opens with: any other character at j is no magnitude, without trying each word. */
const MAGNITUDE_OPENINGS = new Set(MAGNITUDES.map(([word]) => word.charAt(0)));

export function magnitudeAt(text: string, j: number): readonly [number, number] {
  // (Asked up to twice per number, after every one of them: most numbers, 5%, 12个, have no magnitude after them.)
  if (!MAGNITUDE_OPENINGS.has(text.charAt(j))) return [0, j];
  for (const [word, exp] of MAGNITUDES) {
    if (!text.startsWith(word, j)) continue;
    if (word === '千' && KILO_UNIT_NEXT.has(text[j + 1] ?? '')) continue;
    return [exp, j + word.length];
  }
  return [0, j];
}

export function scaled(core: Core, exp: number): number {
  if (exp === 0) return core.value;
  if (core.mantissa) return Number(`${core.mantissa}e${exp}`);
  return Number(`${core.value}e${exp}`);
}

export interface Suffix {
  end: number;
  value: number;
  unit: UnitDef | undefined;
  hasMagnitude: boolean;
  approx: boolean;
}

export function suffixAfter(text: string, core: Core): Suffix {
  // 3 0 0 多个城市 (digits spaced out by a PDF): a stray space before 多/余 as well.
  const spacedApprox = !core.chinese && text[core.end] === ' ' && (text[core.end + 1] === '多' || text[core.end + 1] === '余') && text[core.end - 2] === ' ';
  let j = approxAt(text, spacedApprox ? core.end + 1 : core.end);
  let approx = j > core.end;
  let exp = 0;
  let extra = 0;
  if (!core.chinese) {
    // “39.8 万亿元”: a stray space between a number and its magnitude, as between a number and its unit below.
    const spaced = text[j] === ' ' && magnitudeAt(text, j + 1)[0] > 0;
    const [e, after] = magnitudeAt(text, spaced ? j + 1 : j);
    exp = e;
    j = after;
    // “接近或达到1万 亿元” (河北 2003): a stray space between the two magnitudes of 万亿 as well.
    // (7.27 萬(wàn)億元 — a site's pinyin reading, blanked by normalisation: up to eight blanks, names17's page 044.)
    const gap = blanksAt(text, j);
    if (exp === 4 && gap > 0 && text[j + gap] === '亿') {
      exp = 12;
      j += gap + 1;
    }
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
  // (十二點八萬億元 — 广东 2023, names17's page 025: a Chinese numeral with a decimal ends at its last decimal digit, so
  // its magnitude follows it as an Arabic number's does; read as written it lost its integer part, 八万亿元.)
  const decimal = core.chinese && !approx && text.slice(core.start, core.end).includes('点');
  if (decimal) {
    const [e, after] = magnitudeAt(text, j);
    exp = e;
    j = after;
  }
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
    // (人均突破1萬(wàn)美元 — a pinyin reading blanked by normalisation, three blanks or more, after a magnitude as
    // between the two of 萬億 above: periods10's page 026, 陕西 2021.)
    const gap = exp > 0 ? blanksAt(text, j) : 1;
    unit = matchUnit(text, j + (gap >= 3 ? gap : 1));
    if (unit) j += gap >= 3 ? gap : 1;
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
  // 提高2.9個(gè)百分點(diǎn) (a site's pinyin readings, blanked by normalisation: three blanks or more): the blanks after
  // 個 sit inside the unit 个百分点, not after a count of 个 — outside text, names17's page 023, periods10's page 026,
  // a 内蒙古 page (recog7); read 2.9个, a level with the wrong unit.
  const noted = unit && !inner ? blanksAt(text, j + unit.surface.length) : 0;
  if (unit && noted >= 3) {
    const at = j + unit.surface.length;
    const longer = matchUnit(text.slice(j, at) + text.slice(at + noted, at + noted + 6), 0);
    if (longer && longer.surface.length > unit.surface.length) {
      unit = longer;
      inner = noted;
    }
  }
  // 长江部分航段中断航运1个多月 (national 1999, outside the corpus): 多 or 余 inside a duration written with 个 (个月,
  // 个季度) is more than that many months, not a count of 1个 with 多月 left over.
  if (unit?.surface === '个' && !inner && (text[j + 1] === '多' || text[j + 1] === '余')) {
    const longer = matchUnit(`个${text.slice(j + 2, j + 6)}`, 0);
    if (longer && longer.nature === 'duration') {
      unit = longer;
      inner = 1;
      approx = true;
    }
  }
  if (!unit && !core.chinese) unit = priceCents(text, j);
  if (unit) j += unit.surface.length + inner;
  // 等於一九五〇年的六倍半, 增长一倍半: half a time more, inside the figure (6.5倍). (And half a mu: 人均只有一亩半耕地 —
  // national 1988 — is 1.5亩.)
  const half = (unit?.base === '倍' || unit?.base === '亩') && text[j] === '半' && exp === 0 && Number.isInteger(core.value);
  if (half) j++;
  const value = (chineseValue ?? scaled(core, exp) + extra) + (half ? 0.5 : 0);
  return { end: j, value, unit, hasMagnitude: exp > 0 || (core.chinese && /[万亿]/.test(text.slice(core.start, core.end))), approx };
}

/** In “5—6%” and “1.5至1.6万亿元” the first number takes the second one's magnitude. */
export function rescaleLike(first: Core, text: string, second: Core): number {
  const [exp] = magnitudeAt(text, approxAt(text, second.end));
  return scaled(first, exp);
}

/** A price per unit raised or cut a little before the figure (每斤分别提高3分、5分, 每公斤下调2角). Bounded look-behind. */
const PRICE_CHANGE_BEFORE = /每(?:斤|公斤|50公斤|千瓦时|度|吨|立方米|升)[^，,。；;]{0,10}?(?:提高|降低|上调|下调|增加|减少|上涨|下降)[^，,。；;]{0,8}$/;

/**
 * 早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱 (national 2010): bare 分 and 毛/角 after digits are cents and dimes
 * where a price per unit changes just before; elsewhere 分 is a score, a share (三分之一) or a part.
 */
function priceCents(text: string, j: number): UnitDef | undefined {
  const c = text[j];
  if (c !== '分' && c !== '毛' && c !== '角') return undefined;
  if (/^[之钟类别子区配析批期工局项布散数享担]/.test(text[j + 1] ?? '')) return undefined;
  if (!PRICE_CHANGE_BEFORE.test(text.slice(Math.max(0, j - 30), j))) return undefined;
  return { surface: c, base: c, nature: 'amount' };
}
