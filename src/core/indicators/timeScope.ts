import { parseChineseNumeral, smallNumber } from '../numbers/chineseNumerals';
import { charSetIndex, charSetTest } from '../text/charSet';
import type { OutlineNode, Position, ReportMeta } from '../types';
import { endsBefore, isBefore } from '../positions';
import { allMatches } from '../text/allMatches';
import { namesForeignAffairs } from './foreignAffairs';

/**
 * The time structure of a report: which stretch of time each part, section and paragraph speaks of, and whether
 * it reports (actual) or plans (target). A 2026 report reviews 2025 (actual · 2025), the 十四五 plan
 * (actual · 2021-2025), sets the 十五五 goals (target · 2026-2030) and this year's work (target · 2026).
 * Headings set the scope, a paragraph that opens with a time cue (五年来，… / 今年… / “十五五”时期…) changes it for
 * itself and the paragraphs after it under the same heading, and explicit time in the clause wins over both.
 */
export interface TimeScope {
  readonly status: 'actual' | 'target';
  readonly from: number;
  readonly to: number;
  /** A five-year plan's goals: growth and totals span the plan, levels to reach are dated at its end. */
  readonly plan: boolean;
  /** 主要预期目标 …: every figure in it is a target, whatever else the sentence mentions (高于上年). */
  readonly targetsList?: boolean;
  /** 这五年, 五年间: the five years the text is about, past in a review and the plan's in a plan's part. */
  readonly deictic?: boolean;
  /** Set by a detail of one paragraph (1979年农业总产值比1978年…): it does not carry to the paragraphs after it. */
  readonly paragraphOnly?: boolean;
}

/**
 * “一九八二年” → “1982年”, “１９８７年” → “1987年”, character for character, so offsets stay valid: older reports write every year in
 * Chinese numerals, and the time rules then read them like Arabic years.
 */
export function arabicYears(s: string): string {
  // Full-width digits (１９８７年, in 1990s national reports) become ASCII, one for one.
  const ascii = FULL_WIDTH_DIGIT(s) ? s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : s;
  // Most text has no year in Chinese numerals: cheap tests before the replacing scan (a hot path, called on every
  // paragraph, sentence and name). Every form CHINESE_YEAR reads holds four Chinese digits right before 年 or 两年.
  const twoYears = fourDigitsBefore(ascii, '两年') || fourDigitsBefore(ascii, '兩年');
  if (!twoYears && !fourDigitsBefore(ascii, '年')) return ascii;
  // (Without two years counted together, the pattern without its lookbehind finds the same years, and irregexp scans
  // it faster: a lookbehind alternative is tried at every position of the text.)
  return ascii.replace(twoYears ? CHINESE_YEAR : CHINESE_YEAR_NOT_TWO, chineseYearToArabic);
}

const chineseYearToArabic = (y: string): string => (/^[一二]/.test(y) ? String(parseChineseNumeral(y)) : y);

/**
 * A year in Chinese numerals: before 年, or one of two years named together before their count (一九五三和一九五四兩年合計 —
 * national 1954, outside; 一九七九和一九八○两年合计 — national 1986, outside), where only the count carries 年.
 */
const CHINESE_YEAR = /[一二三四五六七八九〇○零]{4}(?=年|[和、与與及][一二三四五六七八九〇○零]{4}[两兩]?年)|(?<=[一二三四五六七八九〇○零]{4}[和、与與及])[一二三四五六七八九〇○零]{4}(?=[两兩]年)/g;
/** CHINESE_YEAR where no two years are counted together (no Chinese year right before 两年): its first alternative. */
const CHINESE_YEAR_NOT_TWO = /[一二三四五六七八九〇○零]{4}(?=年|[和、与與及][一二三四五六七八九〇○零]{4}年)/g;

// Table lookups, not patterns: arabicYears runs on every paragraph and on every figure's sentence (text/charSet.ts
// says why a lookup per character beats a character class here).
const FULL_WIDTH_DIGIT = charSetTest('０１２３４５６７８９');
const YEAR_DIGIT = charSetTest('〇○零一二三四五六七八九');

/**
 * Whether four Chinese digits stand right before some `word` (/[〇○零一二三四五六七八九]{4}年/, by indexOf and lookups): a year
 * written in Chinese numerals, not the 五年 or 三年 of most paragraphs, which a one-digit test let through to the scan.
 */
function fourDigitsBefore(s: string, word: string): boolean {
  for (let at = s.indexOf(word, 4); at > 0; at = s.indexOf(word, at + 1)) {
    if (YEAR_DIGIT(s.charAt(at - 1)) && YEAR_DIGIT(s.charAt(at - 2)) && YEAR_DIGIT(s.charAt(at - 3)) && YEAR_DIGIT(s.charAt(at - 4))) return true;
  }
  return false;
}

/** Traditional characters of the time words and the cues around them, with their simplified forms. */
const TRADITIONAL: Readonly<Record<string, string>> = {
  個: '个', 計: '计', 劃: '划', 規: '规', 來: '来', 後: '后', 間: '间', 時: '时', 幹: '干', 屆: '届', 會: '会', 議: '议',
  預: '预', 標: '标', 務: '务', 這: '这', 過: '过', 將: '将', 達: '达', 現: '现', 實: '实', 際: '际', 內: '内', 兩: '两',
  們: '们', 爭: '争', 確: '确', 擬: '拟', 歲: '岁', 與: '与', 較: '较', 為: '为', 於: '于', 當: '当', 紀: '纪', 業: '业', 農: '农', 進: '进',
};
// A table lookup, not a character class: timeWords runs on every sentence's opening (text/charSet.ts says why).
const TRADITIONAL_TEST = charSetTest(Object.keys(TRADITIONAL).join(''));
const TRADITIONAL_ALL = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');

/**
 * Traditional characters in the time words (第一個五年計劃, 今後, 十年來; some 1950s texts mix them in) made simplified,
 * one for one, so that the time rules read them; for the time rules only (names keep the text's characters).
 */
export function timeWords(s: string): string {
  // The status and the period rules ask about the same clause one after the other: remember the last answer.
  if (s === lastTimeWords[0]) return lastTimeWords[1];
  const simplified = TRADITIONAL_TEST(s) ? s.replace(TRADITIONAL_ALL, (c) => TRADITIONAL[c] ?? c) : s;
  const out = OTHER_QUOTE_TEST(simplified) ? simplified.replace(PLAN_IN_OTHER_QUOTES, '“$1”') : simplified;
  lastTimeWords = [s, out];
  return out;
}

/**
 * A plan's name in straight or other quotes ("十二五"时期, ‘十一五’, 「十五」), as pages of 河北 and 保定 reports write it: the
 * curly quotes every plan rule reads (“十二五”), one character for one. Without it 二、"十二五"时期经济社会发展的战略任务 named
 * no time, and its goals read as undated facts.
 */
const PLAN_IN_OTHER_QUOTES = /["'‘「『]([一二三四五六七八九十]{1,3}五)["'’」』]/g;
// Whether such a quote is there at all: a table lookup, as TRADITIONAL_TEST (a character class cost a regex scan of
// every sentence's opening).
const OTHER_QUOTE_TEST = charSetTest('"\'‘「『');
let lastTimeWords: readonly [string, string] = ['', ''];

/** The last year of a period (“2016-2020” → 2020, “2021” → 2021), or null. */
export function periodEndYear(period: string | null): number | null {
  // Its last four characters, when they are digits (what /(\d{4})$/ read), read as code units: the pairing of targets
  // and actuals asks it of every actual a target meets, and a regex call each was most of what it cost.
  if (!period || period.length < 4) return null;
  let year = 0;
  for (let k = period.length - 4; k < period.length; k++) {
    const c = period.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return null;
    year = year * 10 + (c - 0x30);
  }
  return year;
}

export function periodString(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}

/** The years of the Nth five-year plan (一五 1953-1957, 二五 1958-1962; from the third, 1966 on in steps of five). */
export function planSpan(n: number): [number, number] | null {
  if (!Number.isInteger(n) || n < 1 || n > 30) return null;
  const start = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return [start, start + 4];
}

// “十四五”, 十五五时期, 第十四个五年规划, 第六个五年计划, “六五”. A bare 三五 needs quotes or a plan word after it.
// Not the five-year law-education programmes (“七五”普法 — 2016-2020, not the seventh plan's 1986-1990: 深入开展“七五”普法，建成
// 10个法治公园 — 宝安区 2017; 出台“七五”普法规划，…调解成功率达99.6% — 盐田区 2018; “八五”普法 in 2021-2025 reports, outside):
// a programme's name, which dates nothing in its clause.
export const PLAN = /第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)|“([一二三四五六七八九十]{1,3})五”(?!\s?普法)|(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})五(?=时期|期间|规划|计划|以来|末|初)/g;

/**
 * The last N years of a plan, right after its name (六五计划的后三年 — national 1982; 第一个五年计划后三年 — national 1955): a
 * plan's part still to come when a report is given in its second or third year. Its totals and growths span those years,
 * its levels to reach are dated at the plan's end (plan: true), as a whole plan's are.
 */
export const LATER_YEARS = /^”?(?:计划|规划|时期)?的?后([两二三四])年/;

/** What follows a plan's name that is its start (开好局, 良好开局, 开局, 起好步), within its clause and before another name. */
export const PLAN_START = /^[^，,。；;“”、]{0,12}?(?:开好局|开局|起好步)/;

interface Cue {
  readonly at: number;
  readonly scope: Omit<TimeScope, 'targetsList'>;
}

const REVIEW_WORDS = /回顾|成就|成绩|过去|以来|决算|执行情况|进展|取得/;
const PLAN_WORDS = /目标|任务|部署|安排|建议|要求|思路|重点|预算|展望|今后|奋斗/;
const YEAR = /((?:19|20)\d{2})年(?!代)/g;
const YEAR_SPAN = /从?((?:19|20)\d{2})年?\s*(?:到|至|—|－|-|~)\s*((?:19|20)\d{2})年/g;

/**
 * 四年来, 近三年来, 八年以来, 过去六年 (a term's review: 一、过去六年工作回顾 — 汉中 2017; 过去四年，是我县… — 泾县 2007, outside
 * pages); not 五年来 (a plan's span, above), 几十年来, 2013年以来, 过去十年代, nor 过去四年中执行的情况 (a programme's
 * years told in national 1960, its levels of 1959 after it).
 */
const YEARS_BACK = /(?<![\d一二两三四五六七八九十几数])近?([两二三四六七八九十]|[2-46-9])年(?:多)?(?:来|以来)|过去(?:的)?([两二三四六七八九十]|[2-46-9])年(?![代度前中])/;

/**
 * Time words of a heading or a paragraph's opening and the scope each sets, in the order they are read. One table for
 * the module: built inside cuesIn, asked of every heading and sentence opening, its regexps and scopes were all made
 * again at each call (session 26); a scope is now made only for a word found.
 */
const TIME_WORDS: ReadonlyArray<readonly [RegExp, (year: number) => Omit<TimeScope, 'targetsList'>]> = [
  // 从今年1月1日起，再连续三年提高…: a date from which a measure runs is this year's plan, not news so far (first:
  // it wins over the 今年1月 below at the same place).
  [/今年[一二三四五六七八九十\d]{1,2}月(?:[一二三四五六七八九十\d]{1,3}日)?起/, (year) => ({ status: 'target', from: year, to: year, plan: false })],
  [/五年来|过去(?:的)?五年|本届政府(?:任期)?以来/, (year) => ({ status: 'actual', from: year - 5, to: year - 1, plan: false })],
  [/这五年|五年间/, (year) => ({ status: 'actual', from: year - 5, to: year - 1, plan: false, deictic: true })],
  [/今后五年|未来五年/, (year) => ({ status: 'target', from: year, to: year + 4, plan: true })],
  // 这一年，我们… (保定 2021's review of 2020, seven paragraphs): the year spoken of — last year's unless the text before
  // named another (deictic: extract.ts and scopeChanges resolve it against the scope before it).
  [/^这一年(?!多)/, (year) => ({ status: 'actual', from: year - 1, to: year - 1, plan: false, deictic: true })],
  // (一年多来 as explicitTime.ts reads it in a clause: the last year reviewed — national 1979's 一年多来，我国领导人访问了…。我们也接待了….)
  [/去年|过去一年|过去的一年|刚刚过去的一年|刚过去的一年|上一年|一年多?来/, (year) => ({ status: 'actual', from: year - 1, to: year - 1, plan: false })],
  // A report made mid-year (1957, 1983) tells what this year has brought so far: 今年以来, 今年一至五月; and any
  // report may tell what happened early this year (面对今年初…突发疫情).
  // (Not the 初步 of 今年初步安排市以上重点项目500项左右 — 保定 2010's plan: a preliminary plan, a word of its own.)
  [/今年(?:以来|初(?![步见])|年初|上半年|头\S{1,2}个月|前\S{1,2}个月|[一二三四五六七八九十\d]{1,2}(?:至[一二三四五六七八九十\d]{1,2})?月)/, (year) => ({ status: 'actual', from: year, to: year, plan: false })],
  [/今年(?!以来|初(?![步见])|年初|上半年|头|前|[一二三四五六七八九十\d]{1,2}(?:至[一二三四五六七八九十\d]{1,2})?月)|本年度/, (year) => ({ status: 'target', from: year, to: year, plan: false })],
  // 现在，… / 目前，…: how things stand as the report is given — the report's own year, a fact.
  [/^(?:现在|目前|当前)$/, (year) => ({ status: 'actual', from: year, to: year, plan: false })],
];

/** Time cues in a heading or a paragraph's opening, in order of appearance. */
function cuesIn(raw: string, year: number): Cue[] {
  const out: Cue[] = [];
  const text = timeWords(arabicYears(raw));
  for (const m of allMatches(PLAN, text)) {
    const span = planSpan(smallNumber((m[1] ?? m[2] ?? m[3]) as string));
    if (!span) continue;
    const [s, e] = span;
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 16);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0);
    // 与“十五”末相比，生产总值…翻一番 (宣城 2011, outside, reviewing 十一五), 比“十三五”末: the plan compared with is a base,
    // no time of the text (the paragraphs after it were dated 2001-2005).
    if (/[比较]“?$/.test(before) || (/[同与和]“?$/.test(before) && /^”?\s?(?:计划|规划)?(?:时期|期间)?(?:期末|末)?(?:相比|比较)/.test(after))) continue;
    // 第二个五年计划的第二年——一九五九年: one year of the plan, reported or planned.
    const nth = /^”?(?:计划|规划|时期)?的?(?:第([一二三四五])|最后一|收官之)年/.exec(after);
    // 为“十三五”经济中高速增长开好局、起好步 (a section of this year's work — 广东省 2016, outside), 确保“十四五”开好局: the
    // plan's start is its first year, not the plan (全年安排省重点项目投资5000亿元 under it was dated 2016-2020). Not past
    // another plan's name (“十三五”圆满收官、“十四五”良好开局).
    const opening = nth ? null : PLAN_START.exec(after);
    const y = nth ? (nth[1] ? s + smallNumber(nth[1]) - 1 : e) : opening ? s : 0;
    // 六五计划前两年的执行情况 (late 1982): the plan's first years, the report's own year included.
    const first = /^”?(?:计划|规划)?的?(?:头|前)([两二三四])年/.exec(after);
    if (nth || opening) {
      out.push({ at: m.index ?? 0, scope: { status: y < year ? 'actual' : 'target', from: y, to: y, plan: false } });
    } else if (first && s + smallNumber(first[1] as string) - 1 <= year) {
      out.push({ at: m.index ?? 0, scope: { status: 'actual', from: s, to: s + smallNumber(first[1] as string) - 1, plan: false } });
    } else if (e < year || (s < year && REVIEW_WORDS.test(after) && !PLAN_WORDS.test(after.slice(0, 6)))) {
      out.push({ at: m.index ?? 0, scope: { status: 'actual', from: s, to: Math.min(e, year - 1), plan: false } });
    } else if (e === year && s < year && !PLAN_WORDS.test(after.slice(0, 8))) {
      // A plan in its last year (第一个五年计划 in 1957): what it has brought, reported; its goals carry their own cues.
      out.push({ at: m.index ?? 0, scope: { status: 'actual', from: s, to: e, plan: false } });
    } else if (!/完成|实现了/.test(before)) {
      // A plan presented after it began (六五 in late 1982) is still the whole plan: its totals span 1981-1985.
      out.push({ at: m.index ?? 0, scope: { status: 'target', from: s, to: e, plan: true } });
    }
  }
  // 从1979年到1981年，… / 1953年至1980年间: a span of years.
  for (const m of allMatches(YEAR_SPAN, text)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to <= from || to - from > 30) continue;
    // A span that ends in the report's year and began long before (从1951年到1957年，…, told in mid-1957) is reported.
    const reported = to < year || (to === year && year - from >= 3 && !PLAN_WORDS.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8)));
    out.push({ at: m.index ?? 0, scope: reported ? { status: 'actual', from, to, plan: false } : { status: 'target', from, to, plan: false } });
  }
  for (const m of allMatches(YEAR, text)) {
    const at = m.index ?? 0;
    const y = Number(m[1]);
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 14);
    if (/[比较到至由从]$/.test(before) || /^(?:[—\-–~至到]|以来|起)/.test(after)) continue;
    if (y < year) out.push({ at, scope: { status: 'actual', from: y, to: y, plan: false } });
    else out.push({ at, scope: { status: 'target', from: y, to: y, plan: false } });
  }
  for (const [re, scopeIn] of TIME_WORDS) {
    const m = re.exec(text);
    if (m) out.push({ at: m.index, scope: scopeIn(year) });
  }
  // 四年来，…, 近三年来，…, 八年以来，… (a term of government shorter or longer than five years): the N years before this one,
  // as explicitTime.ts reads them inside a clause.
  const back = YEARS_BACK.exec(text);
  if (back) {
    const n = smallNumber((back[1] ?? back[2]) as string);
    if (n >= 2 && n <= 10) out.push({ at: back.index, scope: { status: 'actual', from: year - n, to: year - 1, plan: false } });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The scope a heading title sets, or null when it names none or mixes a review with a plan
 * (二、“十四五”时期发展成就和“十五五”时期主要目标任务: its paragraphs decide).
 */
export function scopeOfTitle(title: string, year: number): TimeScope | null {
  const t = title.normalize('NFKC');
  const cues = cuesIn(t, year);
  if (cues.length > 0) {
    const statuses = new Set(cues.map((c) => c.scope.status));
    if (statuses.size > 1) return null;
    // “1996年国内工作的回顾和1997年工作的基本方针”-style mixes were caught above; one kind of cue: the first.
    const first = (cues[0] as Cue).scope;
    if (first.status === 'target' && REVIEW_WORDS.test(t) && !PLAN_WORDS.test(t)) return { ...first, status: 'actual' };
    return first;
  }
  // 一、改革开放和现代化建设取得伟大成就的五年 (a government's last report): the five years before the report.
  if (/回顾|成就|决算|执行情况/.test(t) && !PLAN_WORDS.test(t)) {
    return /(?<![第个十])五年(?!计划|规划)/.test(t) ? { status: 'actual', from: year - 5, to: year - 1, plan: false } : { status: 'actual', from: year - 1, to: year - 1, plan: false };
  }
  // (Not a section of a review that tells the tasks done: 三是坚决打好三大攻坚战，主要目标任务如期完成。)
  if (/(?:工作|主要)任务|重点工作|工作安排|总体部署|总体要求|预期目标|目标任务|工作建议/.test(t) && !(DONE_TITLE.test(t) && !FORWARD_TITLE.test(t))) return { status: 'target', from: year, to: year, plan: false };
  return null;
}

/** A title that tells of tasks done or goals exceeded (主要目标任务如期完成, 全面完成年度目标任务, ———就业超过预期目标). */
const DONE_TITLE = /完成|实现|取得|达成|超过|超额|好于|高于/;
const FORWARD_TITLE = /(?<![主重需纲必只])要|将|确保|力争|争取|努力|全力/;
// (A bare colon opens a list too: 2016年经济社会发展预期目标：实现地区生产总值增长9.5%左右；… — 坪山新区 2016; “十五五”时期经济社会
// 发展的主要目标：高质量发展迈上新台阶，地区生产总值超过5万亿元；… — 深圳市 2026; outside. Without it the first-year report's
// sections after this year's list kept the plan's list before it, 年内淘汰200家 dated 2016-2020.)
const TARGETS_LIST = /主要预期目标|主要目标(?:是|为|[:：])|预期目标(?:是|为|[:：])|主要指标(?:是|为)|目标(?:是|为)[:：]/;
/** What a time cue that opens a sentence looks like: a time adverbial, not a name or a price base. */
const OPENING_CUE = /^(?:(?:19|20)\d{2}年(?:$|是|全年|上半年|以来|，|(?:我国|全国|全省|全市|全区|我省|我市|我区)|的(?!基础|水平|价格|基数|同期)[^，,。]{2,12}(?:比|较))|从?(?:19|20)\d{2}年?\s*(?:到|至|—|－|-|~)\s*(?:19|20)\d{2}年(?:$|间|期间|的|，)|“?[一二三四五六七八九十]{1,3}五”?(?:$|时期|期间|以来|末|是)|第[一二三四五六七八九十]{1,3}个五年(?:规划|计划)(?:$|时期|期间)|近?(?:[两二三四六七八九十]|[2-46-9])年多?(?:来|以来)|过去(?:的)?(?:[两二三四六七八九十]|[2-46-9])年(?![代度前中])|(?:五年来|过去(?:的)?五年|这五年|五年间|今后五年|未来五年|去年|过去一年|过去的一年|刚刚过去的一年|刚过去的一年|上一年|一年多?来|这一年(?!多)|今年|本年度|本届政府|(?:现在|目前|当前)$))/;
/**
 * A past year as the subject of a comparison (1979年农业总产值比1978年增长8.6％。粮食产量…): the year the sentences after
 * it report on, until another time cue. Only for a year before the report's: 一九八二年预计比一九八一年… in a report made
 * late in 1982 is an estimate of the year, and 2026年…比上年 in a 2026 report a goal.
 */
const YEAR_SUBJECT = /^(?:19|20)\d{2}年(?!基础|水平|价格|基数|同期|计划|规划|目标|远景|以来)[^，,。；;]{2,12}?(?:比|较)(?:上年|去年|(?:19|20)\d{2}年)/;
const YEARS_BACK_OPENING = /^(?:近?(?:[两二三四六七八九十]|[2-46-9])年多?(?:来|以来)|过去(?:的)?(?:[两二三四六七八九十]|[2-46-9])年(?![代度前中]))/;
/** OPENING_CUE starting within a sentence's first four characters: a cheap test that must pass before cuesIn runs. */
const OPENING_CUE_NEAR_START = new RegExp(`^[\\s\\S]{0,3}?(?:${OPENING_CUE.source.slice(1)}|${YEAR_SUBJECT.source.slice(1)})`);
const VOCATIVE = /^(?:各位代表|同志们|代表们)[，,！!：:]\s*/;
/**
 * The characters any form of OPENING_CUE_NEAR_START starts with (a year's digits, 从, “, a numeral, 第, 近, 过, 这, 今, 未,
 * 去, 刚, 上, 本, 现, 目, 当): where none of a sentence's first four characters is one, the alternation, tried at each of
 * the four, cannot match — asked first, since it runs at every sentence's opening.
 */
const CUE_FIRST = charSetTest('0123456789从“一二两三四五六七八九十第近过这今未去刚上本现目当');
const opensNearStart = (clause: string): boolean => CUE_FIRST(clause.slice(0, 4));

/** Where the scope changes inside a paragraph: at its start or at a sentence that opens with a time cue. */
export interface ScopeChange {
  readonly at: number;
  readonly scope: TimeScope;
  /** The end of its sentence, for a present (现在，…) that may speak for that sentence only. */
  readonly until?: number;
}

/**
 * Sentences that open with a time cue (五年来，… / 今年… / “十五五”时期… / 2025年，…) change the scope from there on;
 * a targets list (今年经济社会发展的主要预期目标是：…) makes every figure after it in the paragraph a target.
 *
 * `plain`: the caller found that arabicYears and timeWords leave the whole paragraph as it is (most paragraphs: no year
 * in Chinese numerals, no full-width digit, no traditional time word, no plan in other quotes). They then leave every
 * sentence's opening as it is too — both rewrite matches that never cross a sentence's end — and the opening is read
 * without converting it once per sentence.
 */
export function scopeChanges(paragraph: string, year: number, plain = false): ScopeChange[] {
  const out: ScopeChange[] = [];
  // Sentence starts: the paragraph's start and after each 。！？; one forward scan, a bounded look at each start.
  for (let at = 0; at < paragraph.length; ) {
    const rest = paragraph.slice(at, at + 80);
    // (The vocative's pattern is run only where one of its first characters opens the sentence.)
    const vocative = VOCATIVE_FIRST(paragraph.charAt(at)) ? VOCATIVE.exec(rest) : null;
    const body = vocative ? rest.slice(vocative[0].length) : rest;
    const last = out[out.length - 1]?.scope;
    // 一九五七年工业投资额完成…。这一年继续施工的…: 这一年 is the year the paragraph has just spoken of.
    const opening = scopeOfOpening(body, year, plain);
    const change = opening?.deictic && opening.from === opening.to && last && last.from === last.to ? last : opening;
    const same = last && change && last.status === change.status && last.from === change.from && last.to === change.to && !!last.targetsList === !!change.targetsList;
    const stop = sentenceStop(paragraph, at);
    // 现在，我国已初步形成比较完备的粮食储备体系。 in a review of five years (national 1998): how things stand now, said in
    // passing; the sentences after it go back to the time reviewed (工业增加值平均每年增长15.3%) — extract.ts's scopeAt
    // ends it there inside a review of several years only.
    // So is a sentence opening with a year and its totals inside such a review (2010年全市生产总值完成2050.3亿元，… under
    // “十一五”时期经济社会发展取得显著成就 — 保定 2011, outside; 一九八一年国内财政收入比一九七八年减少… in national 1982's
    // review of 1981-1982): past its full stop the paragraph goes on with what the reviewed years did (工业增加值达到686.3亿元，
    // 增长1.3倍; 累计完成4632亿元; 外汇收支连续两年出现顺差).
    const aside = change && (PRESENT_OPENING.test(body) || (change.status === 'actual' && change.from === change.to && !opening?.deictic && statesYearTotals(paragraph, at, stop, plain)));
    if (change && !same) out.push(aside ? { at, scope: change, until: stop >= 0 ? stop + 1 : paragraph.length } : { at, scope: change });
    if (change && change.status === 'actual' && change.from === change.to) {
      const later = laterYearReached(paragraph.slice(at, stop >= 0 ? stop : paragraph.length), change.to, year);
      if (later) out.push({ at: at + later.at, scope: yearScope(change, later.year) });
    }
    if (stop < 0) break;
    at = stop + 1;
  }
  return out;
}

/** The next sentence end (。！？!?) at or after a position, by a table lookup (no regex exec per sentence). */
const sentenceStop = charSetIndex('。！？!?');
/** Whether a character may open VOCATIVE (各位代表, 同志们, 代表们). */
const VOCATIVE_FIRST = (c: string): boolean => c === '各' || c === '同' || c === '代';

/**
 * “1950年全国农民的购买力是八十一亿元，1956年上升到一百九十一亿元，…”: a sentence that opens with a year and goes on to the
 * level a later one reached ends at that later year; the sentences after it (在五万万多的农民中，…) speak of it, not of the
 * opening year (national 1957).
 */
const LATER_YEAR_REACHED = /[，,；;]((?:19|20)\d{2})年(?:末|底)?(?:又|已经|已)?(?:上升到|增加到|提高到|增长到|发展到|扩大到|达到|增至|上升为|增加为)/g;

function laterYearReached(sentence: string, from: number, year: number): { at: number; year: number } | null {
  if (!/年(?:末|底)?(?:又|已经|已)?(?:上升|增加|提高|增长|发展|扩大|达到|增至)/.test(sentence)) return null;
  let found: { at: number; year: number } | null = null;
  for (const m of allMatches(LATER_YEAR_REACHED, arabicYears(sentence))) {
    const y = Number(m[1]);
    if (y > from && y < year && y - from <= 30) found = { at: (m.index ?? 0) + 1, year: y };
  }
  return found;
}

/** The scope of a sentence's opening year moved to a later year it reached (same flags, field by field). */
function yearScope(s: TimeScope, y: number): TimeScope {
  return s.paragraphOnly === true
    ? { status: s.status, from: y, to: y, plan: s.plan, paragraphOnly: true }
    : { status: s.status, from: y, to: y, plan: s.plan };
}

/** A sentence that opens with the present (现在，… / 目前，…): it speaks for itself only. */
const PRESENT_OPENING = /^(?:现在|目前|当前)[，,]/;
/** A year opening a sentence whose opening cue (2010年，/2010年全市) or comparison (1981年国内财政收入比1978年) was found. */
const YEAR_OPENING = /^\s*(?:19|20)\d{2}年/;
/**
 * Whether the sentence at `at` (up to `stop`) opens with a year and states figures in digits after it: the year's totals,
 * its time said bare (2010年全市生产总值完成2050.3亿元，… — 保定 2011) or as the subject of a comparison (一九八一年国内财政
 * 收入比一九七八年减少一百多亿元 — national 1982). A year that opens an event (一九五三年，全國各地先後開展了…民主選擧運動。
 * then its figures, national 1954) sets the time of the sentences after it instead. Reads the sentence's first 80 characters.
 */
function statesYearTotals(paragraph: string, at: number, stop: number, plain: boolean): boolean {
  const raw = paragraph.slice(at, Math.min(stop >= 0 ? stop : paragraph.length, at + 80));
  const sentence = plain ? raw : arabicYears(raw);
  const m = YEAR_OPENING.exec(sentence);
  return m !== null && /[0-9０-９]/.test(sentence.slice(m[0].length));
}

/** A discourse lead-in before the time (这里还要着重指出的是，在刚刚过去的1987年，…; 应当看到，…). */
const LEAD_IN = /^[^，,。；;：:]{0,14}(?:的是|看到|指出)[，,：:]/;

/**
 * 根据《中国共产党广西壮族自治区委员会关于制定国民经济和社会发展第十五个五年规划的建议》，我们编制了“十五五”规划纲要（草案）…
 * 提出地区生产总值年均增长5%左右 (2026 provincial reports): a paragraph that presents the next plan's outline speaks of
 * that plan, though the plan is named only in the proposal's title, past the opening.
 */
const PLAN_PROPOSAL = /^根据《[^》]{0,80}?(第[一二三四五六七八九十]{1,3}个五年(?:规划|计划))的建议》/;

function scopeOfOpening(raw: string, year: number, plain: boolean): TimeScope | null {
  if (raw.startsWith('根据《')) {
    const proposal = PLAN_PROPOSAL.exec(plain ? raw : timeWords(raw));
    const plan = proposal ? cuesIn(proposal[1] as string, year)[0]?.scope : undefined;
    if (plan && plan.status === 'target' && plan.plan) return plan;
  }
  const sentence = (plain ? raw : timeWords(arabicYears(raw))).replace(LEAD_IN, '');
  // “刚刚过去的2017年，…”, “在过去的一年里，…”: the lead-in words before the time itself.
  // (Up to its first stop, found by a table lookup: a split made an array of every clause of the forty characters.)
  const head = sentence.slice(0, 40);
  const stop = clauseStop(head, 0);
  const firstClause = (stop < 0 ? head : head.slice(0, stop)).replace(/^在?(?:刚刚|刚)?过去的(?=(?:19|20)\d{2}年)/, '');
  const opening = sentence.slice(0, 60);
  // (Every form of TARGETS_LIST holds 目标 or 指标: two substring searches spare most openings the pattern's run.)
  const list = opening.includes('目标') || opening.includes('指标') ? TARGETS_LIST.exec(opening) : null;
  // Most sentences open with no time at all: skip the cue search for them (a hot path, once per sentence).
  if (!list && !(opensNearStart(firstClause) && OPENING_CUE_NEAR_START.test(firstClause))) return null;
  const cues = cuesIn(list ? opening.slice(0, list.index) : firstClause, year);
  const first = cues[0];
  if (list) {
    const target = first && first.scope.status === 'target' ? first.scope : { status: 'target' as const, from: year, to: year, plan: false };
    return listScope(target);
  }
  // The cue must open the sentence (“五年来，” / “在刚刚过去的一年里，” / “2025年，”), not sit in its middle
  // (围绕…“十四五”规划, 按2010年价格计算).
  if (!first || first.at > 3) return null;
  const cue = firstClause.slice(first.at);
  // (四年来，经济发展稳中有进。全市生产总值年均增长6.8%…: a stretch counted back speaks for its own paragraph, the
  // paragraphs of 保定 2017's review each opening with it; it sets no scope for the paragraphs after.)
  if (OPENING_CUE.test(cue)) return YEARS_BACK_OPENING.test(cue) ? paragraphScope(first.scope) : first.scope;
  return YEAR_SUBJECT.test(cue) && first.scope.status === 'actual' && first.scope.from === first.scope.to ? paragraphScope(first.scope) : null;
}

const clauseStop = charSetIndex('，,：:。；;');

/** A heading that names a topic (四、关于对外政策), not a line of work. */
const TOPIC_TITLE = /^[^、]{0,4}、?\s*关于/;

const SELF_BUILDING = /政府自身建设|服务型政府|法治政府|政府建设|廉政建设|作风建设/;

export interface NodeScope {
  /** The heading's range (positions, not lines: an escaped-break report is one line of many headings, escapedBreaks.ts). */
  readonly start: Position;
  readonly end: Position;
  readonly depth: number;
  readonly scope: TimeScope | null;
  /** Whether the heading's own title named a time (then it resets what earlier paragraphs said). */
  readonly ownScope: boolean;
  /** Index of the top-level part the heading belongs to. */
  readonly part: number;
  /**
   * The heading (or the one it inherits from) reviews several years and names none alone (一、过去五年工作回顾): a
   * sentence opening with one of those years (2007年，国内生产总值…) is a detail for its paragraph, not a new scope for
   * the paragraphs after it — unlike “十三五”时期和2020年工作回顾, whose 2020 paragraphs go on about 2020.
   */
  readonly reviewOfYears: boolean;
  readonly glossary: boolean;
  /** The heading, or the part it is in, is named by its topic (五、关于对外政策): no plan's time reaches it. */
  readonly topic: boolean;
  /** The heading, or the part it is in, is on foreign affairs (关于外交工作): each paragraph says its own time. */
  readonly foreign: boolean;
}

/** Heading scopes, innermost last, for every outline node (parts, sections, leads). */
export function headingScopes(outline: readonly OutlineNode[], meta: ReportMeta): NodeScope[] {
  const out: NodeScope[] = [];
  const year = meta.year;
  const walk = (nodes: readonly OutlineNode[], depth: number, inherited: TimeScope | null, glossary: boolean, part: number, inheritedReview: boolean, inTopic: boolean, inForeign: boolean): void => {
    // The scope of the last top-level part that named this year's work (二、2009年工作的总体要求和主要目标).
    let thisYearsWork: TimeScope | null = null;
    // Whether the last top-level part that named a time reviewed it (一、改革开放和现代化建设取得伟大成就的五年).
    let lastPartReviewed = false;
    for (const [i, n] of nodes.entries()) {
      const g = glossary || n.kind === 'glossary';
      let scope = year === null ? null : scopeOfTitle(n.title, year);
      // Parts that follow it without time words of their own (三、千方百计促进经济增长, 四、坚定不移地深化改革扩大开放 —
      // 河北 2007, 2009 outside) go on with this year's work: the report's plan is split into parts by field. A part
      // named by its topic (四、关于国家的政治生活, 五、关于对外政策 — national 1959) tells of how things stand as much as of
      // what is planned, and keeps no time.
      const inheritsWork = !scope && depth === 0 && thisYearsWork !== null && n.kind !== 'annex' && n.kind !== 'glossary' && !TOPIC_TITLE.test(n.title);
      if (depth === 0 && scope) thisYearsWork = year !== null && scope.status === 'target' && scope.from === year && scope.to === year ? scope : null;
      // Parts after the review that name no time at all (四、认真进行行政管理体制和政府机构改革, 三、在国有企业改革方面迈出更大的
      // 步伐 — national 1993, 1997) are the report's plan split by field, as above: this year's work. Not a part named by
      // its topic, an annex or a glossary.
      const afterReview = !scope && !inheritsWork && depth === 0 && lastPartReviewed && year !== null && n.kind !== 'annex' && n.kind !== 'glossary' && !TOPIC_TITLE.test(n.title);
      if (depth === 0 && scope) lastPartReviewed = scope.status === 'actual';
      if (!scope && n.kind === 'annex' && year !== null) scope = { status: 'target', from: year, to: year, plan: false };
      // A part on the government's own conduct (四、切实加强政府自身建设, 四、努力建设人民满意的服务型政府) says what it
      // will do this year; under a review, such a section keeps the review's time.
      if (!scope && inherited === null && year !== null && SELF_BUILDING.test(n.title)) scope = { status: 'target', from: year, to: year, plan: false };
      // A sub-heading without time words keeps its part's scope; one that names a different time replaces it.
      const effective = scope ?? (inheritsWork ? thisYearsWork : afterReview && year !== null ? { status: 'target' as const, from: year, to: year, plan: false } : inherited);
      const partIndex = depth === 0 ? i : part;
      // A sub-heading under “十三五”时期和2020年工作回顾 stays in a part that also reviews the year.
      const spanOnly = year !== null && scope !== null && scope.status === 'actual' && scope.to - scope.from >= 2 && cuesIn(n.title.normalize('NFKC'), year).every((c) => c.scope.from !== c.scope.to);
      const reviewOfYears = scope === null ? inheritedReview : spanOnly && (inherited === null || inheritedReview);
      const topic = inTopic || TOPIC_TITLE.test(n.title);
      const foreign = inForeign || namesForeignAffairs(n.title);
      out.push({ start: n.range.start, end: n.range.end, depth, scope: effective, ownScope: scope !== null, part: partIndex, glossary: g, reviewOfYears, topic, foreign });
      walk(n.children, depth + 1, effective, g, partIndex, reviewOfYears, topic, foreign);
    }
  };
  walk(outline, 0, null, false, -1, false, false, false);
  return out;
}

/**
 * The innermost heading around each paragraph, for paragraphs asked in document order by their first segment
 * (`from`–`to`: segmentSpan): nodes come in document order, parents before children, so a stack of open headings
 * answers every question in linear time overall. Read as positions.ts rangeTouches reads, not by line: a report whose
 * breaks were written out as escapes (text/escapedBreaks.ts) is one line holding all its headings, and by line every
 * paragraph read the last of them (src32 易县 2018: the 2017 review's “贫困发生率降到0.81%” was a 2018 target, under
 * 三、全面加强政府自身建设).
 */
export function headingCursor(scopes: readonly NodeScope[]): (from: Position, to: Position) => NodeScope | undefined {
  const open: NodeScope[] = [];
  let next = 0;
  return (from, to) => {
    while (next < scopes.length && isBefore((scopes[next] as NodeScope).start, to)) {
      const s = scopes[next++] as NodeScope;
      while (open.length && (open[open.length - 1] as NodeScope).depth >= s.depth) open.pop();
      open.push(s);
    }
    while (open.length && endsBefore((open[open.length - 1] as NodeScope).end, from)) open.pop();
    return open[open.length - 1];
  };
}

/*
 * Scopes written out field by field, not as `{ ...scope, extra: true }`: V8 gives each object a spread makes from a
 * literal a hidden class of its own (a “prototype” map, never shared), so every call made a new one, and the classes a
 * transition leads to die at each full GC — the optimised code of every function that met them is then thrown away
 * (“deoptimize: weak objects”) and the next analysis runs unoptimised. Same keys in the same order as the spread.
 */
function listScope(s: Omit<TimeScope, 'targetsList'>): TimeScope {
  return s.deictic === undefined
    ? { status: s.status, from: s.from, to: s.to, plan: s.plan, targetsList: true }
    : { status: s.status, from: s.from, to: s.to, plan: s.plan, deictic: s.deictic, targetsList: true };
}

function paragraphScope(s: Omit<TimeScope, 'targetsList'>): TimeScope {
  return s.deictic === undefined
    ? { status: s.status, from: s.from, to: s.to, plan: s.plan, paragraphOnly: true }
    : { status: s.status, from: s.from, to: s.to, plan: s.plan, deictic: s.deictic, paragraphOnly: true };
}
