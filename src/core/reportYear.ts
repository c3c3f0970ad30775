import type { ReportDocument } from './text/document';
import { contentOf, isBlank } from './text/document';
import { smallNumber } from './numbers/chineseNumerals';
import { planSpan, timeWords } from './indicators/timeScope';
import { withEscapedPieces } from './text/escapedBreaks';
import { allMatches } from './text/allMatches';

/**
 * The year a report is delivered in, when its title block carries no date (the national Wikisource files open
 * with 各位代表). Evidence, strongest first:
 * 1. the National People's Congress session the report is made to (向第六届全国人民代表大会第一次会议作…报告),
 *    or the one whose five years it reviews (第十二届全国人民代表大会第一次会议以来的五年 → the next congress);
 * 2. part headings: a review names the year before (一、1996年国内工作的回顾 → 1997), a plan names its own year
 *    (二、2009年工作总体部署 → 2009), a review heading without a year opening with that year
 *    (一、去年工作回顾 / 2005年，我国… → 2006).
 * The latest year the headings vouch for wins: “一、1993年国内工作的回顾和1994年工作的基本方针” says 1994 twice.
 */
export function reportYearFromText(document: ReportDocument): number | null {
  // A report exported with its breaks escaped is one physical line: its headings and opening are read as the lines the
  // escapes stand for (src32 顺平县 2023, 容城县 2019: 一、2022年工作回顾 inside one line of 40,000 characters gave no
  // year; 容城县 2015 and 徐水县 2015, whose headings were the first words of their opening, a year late).
  const doc = withEscapedPieces(document);
  return congressYear(doc) ?? lastYearsSession(doc) ?? planInProgress(doc) ?? headingYear(doc) ?? afterPastSession(doc) ?? yearByTense(doc) ?? yearReviewed(doc) ?? termReportYear(doc);
}

/** The opening's words in simplified characters (1954: 我們第一届全國人民代表大會第一次會議). */
function opening(line: Parameters<typeof contentOf>[0], length: number): string {
  return timeWords(contentOf(line).slice(0, length)).replace(/國/g, '国').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * 1a. the session a year ago that the opening counts from (1979: 从去年三月第五届全国人民代表大会第一次会议闭幕到我们这次会议
 *     召开; 1981: 从去年９月第五届全国人民代表大会第三次会议到现在): the year after it.
 */
function lastYearsSession(doc: ReportDocument): number | null {
  let seen = 0;
  for (const line of doc.lines) {
    if (line.chrome || isBlank(line)) continue;
    if (++seen > OPENING_PARAGRAPHS) break;
    const m = /去年[^，,。；;]{0,8}?第?([一二三四五六七八九十]{1,2})届全国人民代表大会第?([一二三四五])次会议/.exec(opening(line, 300));
    const y = m ? npcSessionYear(smallNumber(m[1] as string), smallNumber(m[2] as string)) : null;
    if (y !== null) return y + 1;
  }
  return null;
}

/**
 * 4a. (weak) the tense of the years the text names: a year with this year's plan after it (１９８７年，我们要…, 确定１９８７年
 *     经济体制改革的主要任务是) is the report's; a year told as done (１９８６年是开始执行第七个五年计划并取得显著成就的一年)
 *     the one before it. Only when the votes agree and come from two sentences at least.
 */
function yearByTense(doc: ReportDocument): number | null {
  const votes = new Map<number, number>();
  for (const line of doc.lines) {
    if (line.chrome || isBlank(line)) continue;
    const content = contentOf(line);
    // Every vote below is a year with 年 after it: a line without one (most lines of a report, every line of a table
    // of digits) needs no copy, no conversion and no scan.
    if (!content.includes('年')) continue;
    const c = content.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    const simplified = timeWords(c);
    for (const m of allMatches(YEAR_OF_WORK, c)) votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 1);
    for (const m of allMatches(YEAR_OF_GAINS, c)) votes.set(Number(m[1]) + 1, (votes.get(Number(m[1]) + 1) ?? 0) + 1);
    // A year's main targets set out (2018年我县经济社会发展的主要预期目标是：…; 提出了2019年經濟社會發展主要預期目標：…) are the
    // report's own year's, whatever year it names most (news of a report, 福建 2013: 2012年 four times, 2013年 three): two votes.
    // (Not goals met, 2020年主要预期目标全面完成: no 是/为/colon after them.)
    for (const m of allMatches(MAIN_TARGETS_OF_YEAR, simplified)) votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 2);
    // A line that looks ahead to a year's work (展望2024年工作目标, a county report retold without a dated title) names the
    // report's year; one that looks back (回顾2023年工作成果) the year before it.
    for (const m of allMatches(LOOKS_AHEAD, simplified)) votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 1);
    for (const m of allMatches(LOOKS_BACK, simplified)) votes.set(Number(m[1]) + 1, (votes.get(Number(m[1]) + 1) ?? 0) + 1);
    // The year just past (刚刚过去的2016年，是易县发展史上不平凡的一年 — src32 易县 2017; 刚刚过去的2020年，是深圳经济特区建立40
    // 周年 — 福田区 2021, outside) is the one before the report's, as plainly as a dated title says it: two votes.
    for (const m of allMatches(JUST_PAST, simplified)) votes.set(Number(m[1]) + 1, (votes.get(Number(m[1]) + 1) ?? 0) + 2);
    // An estimate of how a year ended (预计2021年全市地区生产总值突破3000亿元 — 宜宾 2022; 预计2011年全市生产总值为2060亿元 — 惠州
    // 2012: news of local reports, outside pages) is made in the report of the year after it. Not 预计到2025年 (a goal).
    for (const m of allMatches(ESTIMATED_YEAR, simplified)) votes.set(Number(m[1]) + 1, (votes.get(Number(m[1]) + 1) ?? 0) + 1);
  }
  if (votes.size !== 1) return null;
  const [[year, n]] = [...votes.entries()] as [[number, number]];
  return n >= 2 && year >= 1949 && year <= 2200 ? year : null;
}

// Module-level regexes scanned with allMatches, never built or cloned (matchAll) per call: V8 drops its cache of
// compiled patterns at each major GC, so a regex made per call is compiled again after every one (perf38).
const YEAR_OF_WORK = /((?:19|20)\d{2})年(?:[，,]?(?:我们|全国)?(?:要|将|必须)|[^，,。；;]{0,12}的主要任务是)/g;
const YEAR_OF_GAINS = /((?:19|20)\d{2})年是[^，,。；;]{0,24}(?:成就|成绩|胜利|进展)的一年/g;
const LOOKS_AHEAD = /展望((?:19|20)\d{2})年/g;
const JUST_PAST = /刚刚过去的((?:19|20)\d{2})年/g;
const ESTIMATED_YEAR = /预计((?:19|20)\d{2})年(?:实现|完成|全年|全市|全县|全区|全旗|全省|全州|全国|我市|我县|我区|我省|[，,])/g;
const LOOKS_BACK = /回顾((?:19|20)\d{2})年(?![^，,。；;]{0,10}(?:和|及|与|以来))/g;
const MAIN_TARGETS_OF_YEAR = /((?:19|20)\d{2})年[^，,。；;：:]{0,16}?主要预期目标(?:是|为|[:：])/g;

/**
 * 1b. a report made late in a year, presenting next year's plan (1980: 关于1980、1981年国民经济计划安排的报告): its
 *     opening says which year's plan is being carried out now (1980年计划正在顺利执行) or that next year's plan is
 *     drawn up this year (今年提前制定1981年国民经济计划). Headings name the plan's year, one after the report's.
 */
function planInProgress(doc: ReportDocument): number | null {
  let seen = 0;
  for (const line of doc.lines) {
    if (line.chrome || isBlank(line)) continue;
    if (++seen > OPENING_PARAGRAPHS) break;
    const c = contentOf(line).slice(0, 400).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    const running = /((?:19|20)\d{2})年(?:的)?(?:国民经济)?计划(?:正在|目前)(?:顺利)?执行/.exec(c);
    if (running) return Number(running[1]);
    const next = /今年(?:提前)?(?:制定|编制|安排)((?:19|20)\d{2})年(?:的)?(?:国民经济)?计划/.exec(c);
    if (next) return Number(next[1]) - 1;
  }
  return null;
}

/**
 * 4. (weakest) the year the report reviews: a report without a dated title, session or dated heading (1980s and
 *    1990s national reports call the current year 今年 and name only the year past) mentions one year far more than
 *    any other — the year before it. Only a clear lead counts (a plan report names its base and end years about as
 *    often: 一九八○年 33 times, 一九八五年 23 in 1982), so that the year stays unknown rather than guessed.
 */
function yearReviewed(doc: ReportDocument): number | null {
  const counts = new Map<number, number>();
  const bases = new Map<number, number>();
  for (const line of doc.lines) {
    if (line.chrome || isBlank(line)) continue;
    const text = contentOf(line);
    // Every year counted has 年 after it: a line without one needs no scan (a file of lines of “ alone).
    if (!text.includes('年')) continue;
    for (const m of allMatches(BODY_YEAR, text)) {
      const y = smallNumber((m[1] as string).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
      if (y < 1949 || y > 2200) continue;
      if (isHorizon(text, m.index ?? 0, m[0].length)) continue;
      counts.set(y, (counts.get(y) ?? 0) + 1);
      if (BASE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0))) bases.set(y, (bases.get(y) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 3 || (second && top[1] < 1.5 * second[1])) return null;
  // A year named mostly as a base of comparison (比1992年, 由1992年的, 是1992年的4.7倍) is no year reviewed: 青浦 1998's
  // review of five years names 1992 six times, every time that way, and was dated 1993.
  if ((bases.get(top[0]) ?? 0) * 2 >= top[1]) return null;
  return top[0] + 1;
}

/**
 * 5. (weakest) a term report (一、过去五年工作回顾 … 二、未来五年主要任务和工作安排 — 福田区, 宝安区 and 龙华区 2021, outside
 *    district reports of a new term with no dated title or heading): the five years it reviews end the year before it, and
 *    the plan it opens ends four years after it. Two lower bounds, the later wins: the year after the last year its review
 *    names (地区生产总值从2015年2694亿元增长到2020年3847亿元; 特别是2020年以来), and the plan's last year less four, from its
 *    nearest goal year (到2025年实现金融业增加值2600亿元; not 面向2035年). A review that names an older year only (特别是
 *    2018年10月) counts with a goal year beside it; one alone it must name twice. Without this the whole report was undated.
 */
function termReportYear(doc: ReportDocument): number | null {
  let reviewed = false;
  let planAhead = false;
  let lastReviewed = 0;
  const reviewedCount = new Map<number, number>();
  let goal = Infinity;
  for (const line of doc.lines) {
    if (line.chrome || isBlank(line)) continue;
    const text = contentOf(line);
    if (!planAhead && TERM_REVIEW.test(text)) reviewed = true;
    const ahead = PLAN_AHEAD.exec(text);
    // The review's years: those before the plan ahead is first named (a glossary after it dates its own notes).
    const reviewPart = planAhead ? '' : ahead ? text.slice(0, ahead.index) : text;
    if (ahead) planAhead = true;
    if (!text.includes('年')) continue;
    for (const m of allMatches(BODY_YEAR, text)) {
      const y = smallNumber((m[1] as string).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
      if (y < 1949 || y > 2200) continue;
      const at = m.index ?? 0;
      if (at < reviewPart.length) {
        // In the review, 增长到2020年 is a level the reviewed years reached, not a goal (but 面向2035年 is no year reviewed).
        if (/面向$/.test(text.slice(Math.max(0, at - 2), at)) || text.startsWith('远景', at + m[0].length)) continue;
        lastReviewed = Math.max(lastReviewed, y);
        reviewedCount.set(y, (reviewedCount.get(y) ?? 0) + 1);
      } else if (isHorizon(text, at, m[0].length) && y % 5 === 0 && /(?<!预计)到$/.test(text.slice(Math.max(0, at - 3), at))) {
        // 到2025年, 力争到2025年 in the plan's part: the plan's last year (a multiple of five); not 面向2035年 (a vision).
        goal = Math.min(goal, y);
      }
    }
  }
  if (!reviewed || !planAhead) return null;
  const afterReview = lastReviewed > 0 && (goal !== Infinity || (reviewedCount.get(lastReviewed) ?? 0) >= 2) ? lastReviewed + 1 : null;
  const fromGoal = goal !== Infinity ? goal - 4 : null;
  if (afterReview === null) return fromGoal;
  return fromGoal === null ? afterReview : Math.max(afterReview, fromGoal);
}

/** A review of a term's five years (五年来, 过去五年, 区七届人大一次会议以来的五年, 本届政府工作回顾). */
const TERM_REVIEW = /五年来|过去(?:的)?五年|以来的五年|本届政府|人大一次会议以来/;
/** The next plan's five years (未来五年, 今后五年). */
const PLAN_AHEAD = /未来五年|今后五年/;

/**
 * A year named as a goal to reach (力争到2025年, 面向2035年, 二〇三五年远景目标), not a time the report speaks of: a term
 * report that sets its plan's goals names the plan's last year more than any year it reviews (到2025年 six times in
 * 龙华区 and 福田区 term reports of 2021, outside, which were dated 2026), and a heading that sets the long-range vision
 * (二、“十四五”时期主要任务和二〇三五年远景目标 — 福田区 2021, outside) vouches for no year of the report (it was dated 2035).
 */
function isHorizon(text: string, at: number, length: number): boolean {
  return HORIZON_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || text.startsWith('远景', at + length);
}
// (Not 预计到2016年底，本区生产总值超过1800亿元 — 罗湖区 2016, outside, a term report made late in the year: an estimate of
// how the year reviewed ends.)
const HORIZON_BEFORE = /(?:(?<!预计)到|至|面向)$/;

/** What stands before a year that is a base of comparison, not a time spoken of (比, 较, 由, 从, 是/为…的). */
const BASE_BEFORE = /(?:[比较由从]|[是为]|相当于)$/;

/** A year in the body, in any of the three ways reports write it (1984年, １９８４年, 一九八四年); not 年代. */
const BODY_YEAR = /((?:19|20)\d{2}|[１２][０-９]{3}|[一二][一二三四五六七八九〇○零]{3})年(?!代)/g;

const PAST_SESSION = /(?<![省市县区州旗盟一二三四五六七八九十第])(?:第)?([一二三四五六七八九十]{1,2})届(?:全国)?人(?:民代表)?大(?:会)?(?:第)?([一二三四五])次会议(?:上|以来|期间)/g;

/**
 * 3. (weakest) a past session the opening recalls (在五届人大四次会议上，国务院…提出了… → the report is made at a later
 *    session): the year after it. National sessions only (a 市十六届人大四次会议 is a city's).
 */
function afterPastSession(doc: ReportDocument): number | null {
  let seen = 0;
  let best: number | null = null;
  for (const line of doc.lines) {
    if (line.chrome || isBlank(line)) continue;
    if (++seen > OPENING_PARAGRAPHS * 2) break;
    const c = opening(line, 600);
    for (const m of allMatches(PAST_SESSION, c)) {
      const y = npcSessionYear(smallNumber(m[1] as string), smallNumber(m[2] as string));
      if (y !== null) best = Math.max(best ?? 0, y + 1);
    }
  }
  return best;
}

/** First-session years of the National People's Congress; sessions were yearly except in the 2nd congress. */
const NPC_FIRST_SESSION: Readonly<Record<number, number>> = { 1: 1954, 2: 1959, 3: 1964, 4: 1975, 5: 1978, 6: 1983, 7: 1988, 8: 1993, 9: 1998, 10: 2003, 11: 2008, 12: 2013, 13: 2018, 14: 2023, 15: 2028 };
const NPC_IRREGULAR: Readonly<Record<number, readonly number[]>> = { 2: [1959, 1960, 1962, 1963] };

function npcSessionYear(congress: number, session: number): number | null {
  const first = NPC_FIRST_SESSION[congress];
  if (first === undefined || session < 1 || session > 5) return null;
  return NPC_IRREGULAR[congress]?.[session - 1] ?? first + session - 1;
}

/** The opening paragraphs only: later mentions of congresses are history, not the occasion. */
const OPENING_PARAGRAPHS = 6;

function congressYear(doc: ReportDocument): number | null {
  let seen = 0;
  for (const line of doc.lines) {
    if (line.chrome || isBlank(line)) continue;
    if (++seen > OPENING_PARAGRAPHS) break;
    const c = opening(line, 300);
    // 1954: 我们第一届全国人民代表大会第一次会议，…现在，我代表中央人民政府作工作报告 — the session the report is made at.
    const here = /我们(?:这次)?第([一二三四五六七八九十]{1,3})届全国人民代表大会第([一二三四五六七八九十]{1,2})次会议/.exec(c);
    if (here) return npcSessionYear(smallNumber(here[1] as string), smallNumber(here[2] as string));
    const made = /向第([一二三四五六七八九十\d]{1,3})届全国人民代表大会(?:第([一二三四五六七八九十\d]{1,2})次(?:会议)?)?/.exec(c);
    if (made) return npcSessionYear(smallNumber(made[1] as string), made[2] ? smallNumber(made[2]) : 1);
    // (1993: “从第七届全国人民代表大会第一次会议，到这次大会的召开，…”.)
    const reviewed = /第([一二三四五六七八九十\d]{1,3})届全国人民代表大会(?:第一次会议)?(?:以来|期间|[，,]?到这次(?:大会|会议))/.exec(c);
    if (reviewed) return npcSessionYear(smallNumber(reviewed[1] as string) + 1, 1);
  }
  return null;
}

const PART_HEADING = /^(?:[一二三四五六七八九十]{1,2}、|第[一二三四五六七八九十]{1,2}部分)/;
/**
 * A part heading without its numeral (2015年工作回顾 / 2016年工作安排 — 南山区 2014-2018, 盐田区 2021; “十二五”时期发展情况及
 * 2015年工作回顾 / “十三五”规划的主要思路及2016年工作计划 — 坪山新区 2016; outside district reports): a short line, no
 * sentence stop or comma, that ends in a review or a year's work. Those reports were left undated, every period null.
 */
const UNMARKED_PART = /^[^，,。；;：:！？]{0,30}(?:回顾|工作(?:安排|计划|任务|部署)|主要(?:工作|任务))$/;
const YEAR = /((?:19|20)\d{2}|[一二三四五六七八九〇○零]{4})年/g;
const NO_YEARS: readonly RegExpExecArray[] = [];

function headingYear(doc: ReportDocument): number | null {
  let best: number | null = null;
  const vote = (y: number): void => {
    if (y >= 1949 && y <= 2200) best = Math.max(best ?? 0, y);
  };
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.chrome || isBlank(line)) continue;
    const c = contentOf(line);
    if (c.length > 60 || !(PART_HEADING.test(c) || UNMARKED_PART.test(c))) continue;
    // (Every year YEAR reads ends in 年: a heading without one, 一、 alone on each of 100,000 lines, builds no match list.)
    const years = c.includes('年') ? allMatches(YEAR, c).filter((m) => !isHorizon(c, m.index ?? 0, m[0].length)) : NO_YEARS;
    for (const m of years) {
      // “1996年国内工作的回顾”: the year right before 回顾 is the year reviewed.
      const after = c.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12);
      vote(smallNumber(m[1] as string) + (/^[^和，,、]*回顾/.test(after) ? 1 : 0));
    }
    // 一、“六五”计划执行情况的回顾 (1986), 一、“九五”时期国民经济和社会发展的回顾 (2001): the report comes in the year after
    // the plan reviewed (and presents the next).
    const reviewed = years.length === 0 && !/目标|任务|展望|建议/.test(c) ? /“?([一二三四五六七八九十]{1,3})五”?(?:计划|规划|时期|期间)?(?:[^，,、（(]{0,16}回顾|(?:的)?执行情况)/.exec(c) : null;
    const span = reviewed ? planSpan(smallNumber(reviewed[1] as string)) : null;
    if (span) vote(span[1] + 1);
    if (years.length === 0 && /(?:去年|上年|过去一年)[^，,]*回顾/.test(c)) {
      // “一、去年工作回顾” followed by “2005年，我国…”: the year the review opens with is last year.
      const next = lines.slice(i + 1, i + 6).find((l) => !l.chrome && !isBlank(l));
      const opened = next ? /^(?:(?:19|20)\d{2}|[一二三四五六七八九〇○零]{4})年/.exec(contentOf(next)) : null;
      if (opened) vote(smallNumber(opened[0].slice(0, 4)) + 1);
    }
  }
  return best;
}
