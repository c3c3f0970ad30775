/**
 * A number and its suffix made into a figure: a range with its second bound (5%—6%, 1.5万亿元至1.6万亿元, 3至5年),
 * a concentration written around the number (每立方米33微克), its qualifiers; a bare number (no unit, no magnitude)
 * stays `bare` for the passes that may still give it a meaning.
 */
import type { Core } from './numberCore';
import { arabicCore, chineseCore } from './numberCore';
import type { Suffix } from './magnitudes';
import { rescaleLike, suffixAfter } from './magnitudes';
import { withQualifiers } from './qualifiers';
import type { NumberMention } from './types';
import { mentionOf, mentionWith } from './mentionShape';

// (U+2015 ― is the dash some pages set for —: 新增省级特色高中3―5所 — 保定 2026, outside; the same pages write
// their lead dashes ―― and 2023―2035年.) Two hyphens for a dash: 新上农业产业化企业1--2家 (徐水区 2012), 力争1--2家企业挂牌
// 上市 (徐水区 2019), both outside — read with the one-hyphen separator first, the range lost its first bound.
const RANGE_SEPARATORS = ['——', '――', '—', '―', '–', '--', '-', '~', '～', '至', '到'];

export function arabicAt(text: string, at: number): NumberMention | null {
  const core = arabicCore(text, at);
  if (!core) return null;
  return finish(text, core, suffixAfter(text, core));
}

/** “每立方米33微克”: a concentration whose unit is written around the number. */
function perCubicMetre(text: string, core: Core): NumberMention | null {
  if (!text.slice(Math.max(0, core.start - 4), core.start).endsWith('每立方米')) return null;
  const unit = /^(微克|毫克)/.exec(text.slice(core.end, core.end + 2));
  if (!unit) return null;
  return withQualifiers(text, { start: core.start - 4, end: core.end + 2, value: core.value, unit: `${unit[1]}/立方米`, nature: 'physical' });
}

/** A value that is a year of the calendar when written with 年 (2019年): the one test of it, exclusions.ts reads it too. */
export function isCalendarYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

export function finish(text: string, core: Core, suffix: Suffix): NumberMention | null {
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
    if (!second) break;
    const s2 = suffixAfter(text, second);
    if (s2.unit && unit && s2.unit.base !== unit.base) break;
    if (!s2.unit && !unit && !s2.hasMagnitude && !suffix.hasMagnitude) break;
    // 三次产业结构由2016年的6.2:61.2:32.6到2019年底的8.8:27.8:63.4 (涞源县 2020), 由2015年的6：61：33到2020年底的12：27：61
    // (涞源县 2021, both outside): 到 leads to the next date, not to a second bound — a year never closes a range that
    // did not open with one (2021—2025年 does, and is read as a span of years).
    if (!unit && s2.unit?.base === '年' && isCalendarYear(s2.value) && !isCalendarYear(value)) break;
    const firstScaled = unit || suffix.hasMagnitude ? value : rescaleLike(core, text, second);
    if (s2.value < firstScaled) break;
    valueMax = s2.value;
    value = firstScaled;
    unit = unit ?? s2.unit;
    end = s2.end;
    break;
  }
  // 三四百万吨, 二、三百亿度: “a few” in neighbouring digits is a range of its own (the numeral holds its magnitude, so
  // the suffix left the value unscaled; after 多 it would not be, and such a figure keeps its lower bound alone).
  if (core.upper !== undefined && valueMax === undefined && value === core.value) valueMax = core.upper;
  if (!unit && !suffix.hasMagnitude) {
    return mentionOf(core.start, end, value, undefined, null, 'bare', core.approx || suffix.approx ? '超过' : null, undefined, undefined, end);
  }
  const mention = withQualifiers(text, {
    start: core.start,
    end,
    value,
    unit: unit ? unit.base : null,
    nature: unit ? unit.nature : 'amount',
    valueMax,
  });
  if ((suffix.approx || core.approx) && mention.qualifier === null) return mentionWith(mention, { qualifier: '超过' });
  return mention;
}
