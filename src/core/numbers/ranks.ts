/** Ranks (全国第四, 前三, 第9位, 稳居全市首位, 第一梯队) and streaks in Chinese numerals (连续三年). */
import { parseChineseNumeral, isCnNumeralChar } from './chineseNumerals';
import { withQualifiers } from './qualifiers';
import type { NumberMention } from './types';
import { matchUnit } from './units';
import { alternation } from '../lexicon/nameWords';
import lookalikes from '../lexicon/rankLookalikes.json';

/** Words in the few characters before 第N/前N/首位 that make it a ranking (全国第四, 居中部地区第1, 稳居全市首位). */
// (保持 keeps a place as 居 holds one, and the compass regions rank as 西部 does: 连续5年保持西北第一 — 宁夏 2026,
// 柳州连续六年保持第一 — 广西 2026, both outside; 连续4年保持全国首位 — 江苏 2026, dev, where 全国 already told.)
const RANK_CONTEXT = /全国|全省|全市|全区|全球|世界|国内|中部|西部|东部|东北|西北|西南|华北|华东|华南|华中|地区|同类|城市|位居|位列|排名|排|居|列|跃居|稳居|进入|跻身|保持/;

/** Words that hold 排, 列 or 居 without ranking (人事安排, 列宁, 居民): read past before RANK_CONTEXT is asked. */
const LOOKALIKE = new RegExp(alternation(lookalikes.words), 'g');
/** Whether the few characters before a 第N or 首位 speak of a ranking. */
// (One character more is read so that a word the window cuts (安|排) is still known; then only the window is asked.)
function rankContextBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 8);
  const masked = text.slice(Math.max(0, from - 1), at).replace(LOOKALIKE, (w) => '　'.repeat(w.length));
  return RANK_CONTEXT.test(masked.slice(masked.length - (at - from)));
}

/** 第4位, 全国第四, 前三, 前10位: ranks, only where a ranking is spoken of. */
export function rankAt(text: string, at: number): NumberMention | null {
  if (text.startsWith('首位', at)) {
    if (!rankContextBefore(text, at)) return null;
    return withQualifiers(text, { start: at, end: at + 2, value: 1, unit: '位次', nature: 'rank' });
  }
  const m = /^(?:第|前)(\d{1,3}|[一二三四五六七八九十]{1,3})(位|名)?/.exec(text.slice(at, at + 6));
  // 前1‰学科, 前1%学科: a percentile band, not the first place; 第三世界 is a name, and so is 第三产业 (跃居全省第一;
  // 第三产业加快开展 — a 2023 city report (蓝思科技), names17's page 010: the ranking words before the ; are another clause's).
  // (And 第五立面, 第六立面: a city's roofs and its ground counted as its fifth and sixth façade, a surface's name — 城市第六
  // 立面提升 in 深圳 2023–2025, 福田 2023, 罗湖 2024, 龙华 2023–2025 and more, outside, where 城市 read as a ranking's scope.)
  if (!m || /^[%‰]|^世界|^产业|^立面/.test(text.slice(at + m[0].length, at + m[0].length + 2))) return null;
  // 第一大电源, 全球第三大加油港: “the Nth largest” is a rank by itself (党的十九大 has no 第).
  // (Not 第一大类商品, 第三大点, 第一大于第二: a kind, a point, a comparison.)
  const largest = text[at + m[0].length] === '大' && text[at] === '第' && /^[\u4e00-\u9fff]/.test(text.slice(at + m[0].length + 1)) && !/^(?:类|项|点|部分|于|批)/.test(text.slice(at + m[0].length + 1));
  const explicit = m[2] !== undefined || largest;
  const context = rankContextBefore(text, at);
  if (!explicit && !context) return null;
  // 最重要、第一位的政治任务 (盐田 2018, twice), 坚持以第一位任务周密组织抓防控 (龙华 2021), both outside: 第一位 said of a task
  // is its priority, not a place in a ranking — with no ranking spoken of before it, and 的 or the task after it. (Not
  // 排名由2000年的第11位跃居第8位 — 深圳 2002: a place a ranking moves from, its ranking words further back.)
  if (m[2] === '位' && (m[1] === '一' || m[1] === '1') && !context && /^(?:的|任务|要务|工作)/.test(text.slice(at + m[0].length, at + m[0].length + 2))) return null;
  // 稳居全国第一梯队, 位列全国重点城市第一档: a tier of a ranking is a rank, its word part of the figure.
  const tier = /^(?:梯队|档)/.exec(text.slice(at + m[0].length, at + m[0].length + 2));
  if (tier && text[at] === '第' && context) {
    const n = /\d/.test(m[1] as string) ? Number(m[1]) : parseChineseNumeral(m[1] as string);
    if (Number.isFinite(n) && n >= 1) return withQualifiers(text, { start: at, end: at + m[0].length + tier[0].length, value: n, unit: '位次', nature: 'rank' });
  }
  const next = text[at + m[0].length] ?? '';
  // 前三年, 第二季度, 第三个: time frames and ordinals of things, not ranks; and so are kinds (属于前一种 — “the former”,
  // CPC congress 10, unseen, where the 列 of 布列斯特条约 just before read as a ranking verb; 第一类, 第二种).
  // (And the parts of a text cited: a page, volume, chapter, section, article or a newspaper's page — (见第7页) after each
  // note of 阜平县 2021's glossary, where 城市 in the note's last sentence read the page as a rank; 《列宁全集》第26卷 in CPC
  // congress 11 and 12 (README, session 24); both outside.)
  if (!explicit && /[个家批次届轮期步支方是大年季月天周种类页卷章节条款版]/.test(next)) return null;
  const n = /\d/.test(m[1] as string) ? Number(m[1]) : parseChineseNumeral(m[1] as string);
  if (!Number.isFinite(n) || n < 1) return null;
  return withQualifiers(text, { start: at, end: at + m[0].length, value: n, unit: '位次', nature: 'rank' });
}

/**
 * 后二十, 后10位, 退后十: the bottom band of a ranking (the places counted from the end), a rank as 前三 is — value the band's
 * size, unit 位次 — only where a ranking is spoken of. Air-quality rankings are said this way in 保定 and Hebei reports
 * (空气综合指数退出全省“后二十” — src32 清苑区-2025, lines 17 and 49, dev; 历史性首次退出“后二十” — src32 保定市-2025; 退出全国重点
 * 城市空气质量“后十” — src32 河北省-2022, 河北省-2023; PM2.5指数退出全省后30位、全市后10位 — src32 博野县-2022, where 30位 was read
 * as a count; PM10平均浓度全省排名退后十 — src32 曲阳县-2022; all outside ../shared/corpus but 清苑区-2025).
 * (Not the 后 of a word — 最后, 以后, 今后, 之后, 先后, 前后, 然后, 随后, 落后, 背后 … —, and not 后三年, 后五天: a time frame.)
 */
const AFTER_WORD_HEAD = /[最以今之先前然随落背此其尔往向稍延而过午战滞善断殿幕身]/;
export function bottomBandAt(text: string, at: number): NumberMention | null {
  if (text[at] === '倒') return countedFromEndAt(text, at);
  if (AFTER_WORD_HEAD.test(text[at - 1] ?? '')) return null;
  const m = /^后(\d{1,3}|[一二三四五六七八九十]{1,3})(位|名)?/.exec(text.slice(at, at + 6));
  if (!m) return null;
  const next = text[at + m[0].length] ?? '';
  if (m[2] === undefined && /[个家批次届轮期步支方是大年季月天周种类页卷章节条款版%‰]|\d/.test(next)) return null;
  // (退出 right before a band is a ranking left: 历史性首次退出“后二十” — src32 保定市-2025, no scope word before it.)
  if (!rankContextBefore(text, at) && !/退出[“"]?$/.test(text.slice(Math.max(0, at - 3), at))) return null;
  const n = /\d/.test(m[1] as string) ? Number(m[1]) : parseChineseNumeral(m[1] as string);
  if (!Number.isFinite(n) || n < 1) return null;
  return withQualifiers(text, { start: at, end: at + m[0].length, value: n, unit: '位次', nature: 'rank' });
}

/**
 * 倒十名, 倒26名, 倒数第三: places counted from the end of a ranking are a rank as the bottom band 后十 is — value the
 * count, unit 位次 (空气质量综合指数退出全国重点城市倒十名 — src32 保定市-2018, which no rule read; 在168个重点城市空气质量排名
 * 倒26名 — src32 保定市-2025, read as 26 人; both outside ../shared/corpus). Only with 位 or 名 after the numeral, or 倒数,
 * and only where a ranking is spoken of: 倒 opens many words (倒逼, 倒闭, 压倒一切), never before a numeral and 名.
 */
function countedFromEndAt(text: string, at: number): NumberMention | null {
  // (\d{1,3} must end the digits: 倒数第1000位 is no 100th place from the end — the 后 band checks its next character.)
  const m = /^倒(数)?(第)?(\d{1,3}(?!\d)|[一二三四五六七八九十]{1,3})(位|名)?/.exec(text.slice(at, at + 8));
  if (!m || (m[4] === undefined && m[1] === undefined)) return null;
  if (!rankContextBefore(text, at) && !/退出[“"]?$/.test(text.slice(Math.max(0, at - 3), at))) return null;
  const n = /\d/.test(m[3] as string) ? Number(m[3]) : parseChineseNumeral(m[3] as string);
  if (!Number.isFinite(n) || n < 1) return null;
  return withQualifiers(text, { start: at, end: at + m[0].length, value: n, unit: '位次', nature: 'rank' });
}

/**
 * 连续三年 / 连续五个季度 / 连续四次获得: a streak written in Chinese numerals (a single character is enough here).
 * (Times in a row are a streak as years are: 连续3次获评优秀 is labelled, unit 次 — 福建 2026, dev; older city prose
 * writes them in words — 连续三次被评为“全国双拥模范城” (深圳 2004), 连续两次被评为“全国文明城市” (深圳 2010), 连续四次
 * 蝉联 (深圳 2015), all outside. 连续第四次 is the fourth time, an ordinal: 第 stops the scan before it gets here.)
 */
export function streakAt(text: string, at: number): NumberMention | null {
  let j = at;
  while (j < at + 3 && isCnNumeralChar(text[j])) j++;
  const value = parseChineseNumeral(text.slice(at, j));
  const unit = matchUnit(text, j);
  // (Durations, and times in a row: 次 keeps the nature its unit row gives it.)
  if (!Number.isFinite(value) || !unit || (unit.nature !== 'duration' && unit.base !== '次')) return null;
  return withQualifiers(text, { start: at, end: j + unit.surface.length, value, unit: unit.base, nature: unit.nature });
}
