/**
 * What opens a clause before an indicator's name and is no part of it — a time (今年上半年, 到2025年, 五年来), a plan word,
 * a list marker (一是), a conjunction or preposition, an adverb before a verb and its object — and the name read without
 * it (stripLeadingNoise). Its own module so that the names (names.ts) and the predicate-adverb rule
 * (predicateAdverb.ts), which both ask it, do not import each other.
 */
import { isVerb } from '../lexicon/verbs';
import { ACTION_VERBS, alternation, COUNTED_HEADS, LEADING_WORDS, PLAN_COMPOUNDS, WORD_STARTS } from '../lexicon/nameWords';
import { byCharCode, NO_ITEMS } from '../text/wordAt';

/** A head noun of counted things opening the text (事项, 项目, 中心 …). */
export const COUNTED_HEAD_START = new RegExp(`^(?:${alternation(COUNTED_HEADS)})`);

/**
 * Words that open a clause but are not part of an indicator's name (multi-character, or never a word start).
 * Single-character prepositions and adverbs are in SINGLE_NOISE, stripped only where they do not begin a word.
 */
// A plan named before the indicator (“十四五”时期全省生产总值) dates it; it is not part of its name.
// The time patterns come before the words, so that 五年间 is taken whole before the word 五年 would leave 间.
// Part of a year (今年上半年, 一季度, 一、二两月份) and a deadline (到2025年, 到本世纪末) say when, not what.
// (今年1至9月, 1到10月, 10月份: months, Arabic or Chinese, alone or as a run.)
const PART_OF_YEAR = '(?:今年|去年|明年|当年|本年)?(?:上半年|下半年|前三季度|第?[一二三四]季度|[一二两三四五六七八九十、]{1,5}月份|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:(?:至|到|—|－|-)(?:\\d{1,2}|[一二三四五六七八九十]{1,3}))?月份?(?:末|底)?)';
// (计划在一九八五年底以前全部建成的四百个: a deadline with its plan word is when, too.)
const DEADLINE = '(?:(?:到|至|截至)(?:\\d{4}年|本世纪末|今年|明年|年底|年末)(?:底|末)?|(?:计划|预计|争取|力争)?在?\\d{4}年(?:底|末)?(?:以|之)?前)';
// (利用三年时间完成植树2.3万亩 — dev 高阳 2019; 用二十年时间使工农业总产值翻两番 — national 1981, outside: the years a work
// takes, 用/利用/花 them, say how long, not what.)
// (1978、1979两年共增产粮食, 1953年至1980年二十八年中: a run of years is when, too.)
const YEARS = '\\d{4}年?(?:[、和至到—－-]\\d{4}年?)+(?:[两二三四五六七八九十]{1,3}年(?:中|间|内|来)?)?';
// (计划粮食产量, 计划生产氮肥, 一九五八年要求造林, 计划要求粮食增产 — national 1954-1959: a plan's word says the figure is
// a target, its status, not what it is; 计划期间 is when. Not the words 计划 opens, nameWords.json's planCompounds: 计划生育, 计划免疫, 计划投资 ….)
const PLAN_WORD = `(?:(?:今年|明年|本年|当年)?计划(?:期间|时期)|(?:今年|明年|本年|当年)?计划(?!${alternation(PLAN_COMPOUNDS)})(?:要求)?|要求(?!.?$))`;
// (2011年度中国十大创新城市 — 深圳 2012, outside, once 获 is gone (rankGroups.ts withoutAward): a year's 度 goes with it.)
// (五年中央财政支持重点建设投资 — dev national 2008: a time frame's 中 is never the first character of 中央, a word of its own;
// stripped with the frame, it left 央财政….)
// (这个省原定去冬今春兴修八亿土方的农田水利工程 — national 1958; 这两部分共计减收增支九百二十五亿元 — national 1981; 一九五四年这个
// 公司的畜产加工厂共亏损八十多万元 — national 1955, all outside: a demonstrative, with the place or body it points back to,
// refers to what the text said before; it names nothing itself, and the words after it are the name. Only with the body
// or the number of parts: 这个比重, 这部分支出 — a pointer and a head noun alone — are anaphora.ts's to resolve.)
const DEMONSTRATIVE = '这(?:(?:个|些)(?:省|市|县|公司|工程|单位|企业)|[两二三四五六七八九十几]部分)的?';
// (近几年把总产量稳定在一亿吨的水平上 — national 1981; 近两年, 近三年 — outside: a frame of recent years, as 过去五年 is;
// 去冬今春, 今冬明春: the season a work runs over — national 1958, outside.)
const RECENT = '近(?:几|[两二三四五六七八九十])年(?:来|中(?!央)|内|间)?|(?:去冬今春|今冬明春)';
const LEADING_NOISE = new RegExp(`^(?:${PART_OF_YEAR}|${DEMONSTRATIVE}(?=[\u4e00-\u9fff]{2})|${RECENT}|${DEADLINE}|${YEARS}|第?(?:十[一二三四五六七八九]|[一二三四五六七八九十])是|(?:它|它们|其)的|(?:利用|花|用)(?:[一二两三四五六七八九十]{1,3}|\\d{1,2})(?:个多?|多个?)?(?:年|月)(?:左右)?的?时间|本世纪(?:末|内)|\\d{4}年(?:度|以来|这一年|初|底|末)?|(?:在)?(?:过去|最近)的?(?:[一二两三四五六七八九十]{1,3}|\\d{1,2})年(?:中(?!央)|里|间|内|来)?|(?:在)?过去的?(?:几个|[两三四五六七八九]个)五年计划(?:期间|时期|中)?|\\d{1,2}年(?:来|间|中(?!央)|内)|(?:前|头)[两三四]年|(?:第一个)?[一二两三四五六七八九十]{1,3}年(?:合计|共计|间|中(?!央)|内|来)|${alternation(LEADING_WORDS)}|(?:第一个)?[一二三四五六七八九十]{1,3}年|“?十[一二三四五六七八九]?五”?(?:时期|期间|末)?|第[一二三四五六七八九十]{1,2}个五年计划(?:时期|期间|的)?|${PLAN_WORD}|，|,|、)+`);
// (要 before a verb, 要力争使…: the modal, not part of the name; 要素 is a word of its own, in wordStarts.)
const SINGLE_NOISE = /^(?:使|让|把|将|从|由|在|对|以|经|共|并|且|还|又|再|已|均|都|是|为|而|就|也|仅|只|如|有|则|但|即|据|要)/;
/** Words that begin with a SINGLE_NOISE character (在校生, 对外贸易, 经济): never cut their first character. */
export function stripLeadingNoise(s: string): string {
  let out = s;
  for (let guard = 0; guard < 8; guard++) {
    // 高标准农田 is a name of its own (高标准 alone opens a clause: 高标准建设…); 修复和新造红树林: a leading verb joined
    // to a second one by 和/或 is part of the phrase, never to leave the conjunction as the name's start.
    // (高水平医院 — dev 广东 2026, 江苏 2025, outside: before a noun the grade word is an adjective of the name; only
    // before a verb, 高水平建设, 高质量完成, is it how the work is done.)
    if (GRADE_BEFORE_NOUN.test(out) && !opensWithVerb(out.slice(3))) break;
    // (重点抓好…, 重点实施了…, 重点推进…, 重点培育… — 容城县 2012, 涞源县 2020, 阜平县 2013, 清苑区 2021; 依法查处违法占地,
    // 依法组织征地, 依法拆除… — 容城县 2017, 清苑区 2020, 顺平县 2020, 高阳县 2017/2018, src32, outside; 依法追讨农民工工资 —
    // dev 高阳: an adverb before a verb and its object says how or where the work bears, never what is counted, and goes.)
    const adverb = ADVERB_BEFORE_VERB.exec(out);
    if (adverb && verbWithObject(out.slice(adverb[0].length))) {
      out = out.slice(adverb[0].length);
      continue;
    }
    // 按时办复率, 按期偿还: a word that opens with a leading word (按) is never cut after it.
    const whole = opensWithWordStart(out);
    const next = whole ? out : out.replace(LEADING_NOISE, '');
    if (next !== out && /^(?:和|或者|或|及|与)/.test(next)) break;
    // 对非贸易额, 对美出口: trade with a place keeps its 对.
    const kept = opensWithWordStart(next) || /^对[\u4e00-\u9fff]{1,4}?(?:贸易|出口|进口|投资)/.test(next);
    const single = SINGLE_NOISE.test(next) && !kept ? next.slice(1) : next;
    if (single === out) break;
    out = single;
  }
  return out;
}
/**
 * Adverbs that open a name only before a verb and its object (see stripLeadingNoise). Not leading words, which the noise
 * strips wherever they follow another: 重点 before a noun is the noun's (全省重点项目), and 依法 before a verb alone is the
 * name's own (其中依法判刑的 — dev national 1982: 经济犯罪依法判刑).
 */
const ADVERB_BEFORE_VERB = /^(?:重点|依法)/;
/**
 * Whether `s` opens with a verb and an object of two characters or more, with no counted head right after the verb: 建设
 * 项目, 示范工程 — 重点建设项目, 重点示范项目, 米易县 2023, 河北省 2003 — are nouns whose verb modifies the head.
 */
function verbWithObject(s: string): boolean {
  const verb = isVerb(s.slice(0, 3)) ? 3 : opensWithVerb(s) ? 2 : 0;
  // (依法判刑的有… — dev national 1982: a verb with its 的 is no verb and object; the 的 makes what follows its noun.)
  return verb > 0 && s.length - verb >= 2 && !/^[的了]/.test(s.slice(verb)) && !COUNTED_HEAD_START.test(s.slice(verb));
}
/**
 * Whether `s` opens with a word of wordStarts. A loop, not WORD_STARTS.some with an arrow: stripLeadingNoise is asked of
 * every name, and an arrow made per call is a function whose optimised code a full GC drops, re-optimised on every
 * analysis after one (--trace-opt: 60 times in 100 analyses of the seed, each arrow).
 */
function opensWithWordStart(s: string): boolean {
  // (Only the words that open with s's first character: stripLeadingNoise asks this twice a round of every name, and
  // trying all of wordStarts was most of its time — perf41.)
  for (const w of WORD_STARTS_BY_FIRST.get(s.charCodeAt(0)) ?? NO_ITEMS) if (s.startsWith(w)) return true;
  return false;
}
const WORD_STARTS_BY_FIRST = byCharCode(WORD_STARTS, (w) => w);
/** A grade word that is an adverb before a verb (高质量发展) and an adjective before a noun (高标准农田, 高水平医院). */
const GRADE_BEFORE_NOUN = /^(?:高质量|高标准|高水平)[\u4e00-\u9fff]{2}/;
/** Whether `s` opens with a dictionary verb or an action verb the dictionary reads as a noun (建设, 发展). */
export function opensWithVerb(s: string): boolean {
  return isVerb(s.slice(0, 2)) || isVerb(s.slice(0, 3)) || /^(?:发展|建设)/.test(s) || ACTION_VERBS.some((v) => v.length >= 2 && s.startsWith(v));
}
