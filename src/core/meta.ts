import type { Line, ReportDocument } from './text/document';
import { contentOf, isBlank } from './text/document';
import { escapedPieces } from './text/escapedBreaks';
import { allMatches } from './text/allMatches';
import { scraperTitleOf } from './text/chrome';
import { cleanTitle } from './text/normalize';
import { PERSON, SPEAKER_TITLES } from './text/speakerLine';
import type { ReportMeta } from './types';
import { parseChineseDate } from './text/dates';
import { reportYearFromText } from './reportYear';
import { timeWords } from './indicators/timeScope';

/** How far into the document the title block may reach (lines). Scraper headers and portal chrome come first. */
const HEAD_LINES = 120;

/**
 * Report metadata from the title block: “政府工作报告——2021年1月19日在苏州市十六届人大五次会议上”, “市长李亚平”,
 * “——2021年3月5日在第十三届全国人民代表大会第四次会议上 / 国务院总理 李克强”, scraper headers (标题：…, 报告人：…).
 * Reads the head of the document as one string with line breaks removed, so split title lines (“政府工作报 / 告”)
 * still match.
 */
/**
 * The first HEAD_LINES non-blank lines of the first HEAD_LINES lines, a line of escaped breaks as its pieces (see
 * parseMeta). A loop, not flatMap and filter with arrows: an arrow made per call is a function whose optimised code a
 * full GC drops, re-optimised on every analysis after one (--trace-opt).
 */
function headLinesOf(doc: ReportDocument): Line[] {
  const out: Line[] = [];
  const n = Math.min(doc.lines.length, HEAD_LINES);
  for (let i = 0; i < n && out.length < HEAD_LINES; i++) {
    const line = doc.lines[i] as Line;
    if (isBlank(line)) continue;
    const pieces = escapedPieces(line);
    if (pieces === null) out.push(line);
    else for (const piece of pieces) if (!isBlank(piece) && out.length < HEAD_LINES) out.push(piece);
  }
  return out;
}

export function parseMeta(doc: ReportDocument): ReportMeta {
  // A line whose breaks were written out as escapes holds the whole title block: read as the lines it stands for (src32:
  // 徐水 2011's meeting read “…人民代表大会\r\n第五次会议” and its speaker, on a line of its own, was not found; 容城县 2020,
  // with no title block, took its date from a note at its end).
  const headLines = headLinesOf(doc);
  const salutation = headLines.findIndex((l) => /^各位代表/.test(contentOf(l)));
  // Traditional characters of older scans (1957: 在第一届全国人民代表大会第四次会議上) read as simplified.
  const titleBlock = (salutation >= 0 ? headLines.slice(0, salutation) : headLines.slice(0, 15)).map((l) => simplified(contentOf(l)));
  const joined = titleBlock.join('');
  const opening = simplified(openingOf(headLines, Math.max(0, salutation)));

  // A scraper's label (标题：…) names the title, the same line detection reads it from (chrome.ts scraperTitleOf).
  const scraperTitle = titleBlock.map((l) => scraperTitleOf(l.trim())).find((t) => t !== null && t.length >= 2);
  const title = scraperTitle ? cleanTitle(scraperTitle.slice(0, 60)) : titleOf(titleBlock);

  const meetingMatch = /在(.{2,60}?(?:会议|大会))上/.exec(joined);
  // Older national reports have no title block: the opening sentence names the session it is made to (1959: 我现在…向
  // 第二届全国人民代表大会第一次会议作政府工作报告; 1955/1956 …提出关于…的报告). A numbered session only: a report
  // the speaker recalls (1980: 向人大常委会第十四次会议作了报告) is another session's.
  const addressed = meetingMatch ? null : /向(第[一二三四五六七八九十\d]{1,3}届.{2,40}?(?:会议|大会))(?:作|提出|报告)/u.exec(opening);
  const meeting = meetingMatch ? cleanTitle(meetingMatch[1] as string) : addressed ? cleanTitle(addressed[1] as string) : null;

  // The session's date (“2025年3月21日在汉滨区第十九届…会议上”) before any other: a portal's table may date the page first
  // (汉滨 2025: “成文日期: | 2025年04月15日”).
  const dateMatch = SESSION_DATE.exec(joined) ?? DATE.exec(joined);
  const date = dateMatch ? parseChineseDate(dateMatch[1] as string) : null;

  // A scraper's 报告人： field is the speaker when it holds a name and nothing else on its line: run on into the next
  // line (“报告人：季允石” / “来源URL：…”) it read 季允石来 (河北 2006, 2011), and an office with no name (“报告人：高阳县人民政府
  // 县长”) read 高阳县人.
  const reporter = titleBlock.map((l) => REPORTER_FIELD.exec(l.trim())).find((m) => m !== null) ?? null;
  // The speaker is on one line (“市长李亚平”) or split over two (“国务院总理 / 李克强”).
  const compact = titleBlock.map((l) => l.replace(/\s+/g, ''));
  // A signature may follow the session on its line (“2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚”,
  // 陕西 2026, too long as a whole): what follows the session is a candidate of its own.
  const afterSession = compact.flatMap((l) => {
    const at = l.search(/(?:会议|大会)上/);
    return at >= 0 ? [l.slice(at + 3)] : [];
  });
  const candidates = [...compact, ...compact.slice(1).map((l, i) => `${compact[i] as string}${l}`), ...afterSession.filter((l) => l.length >= 3)];
  const speakerLine = candidates.find((l) => l.length <= 30 && SPEAKER_AFTER_TITLE.test(l));
  const speakerMatch = speakerLine ? SPEAKER_AFTER_TITLE.exec(speakerLine) : null;
  const headline = headlineSpeaker(compact);
  // A signature (国务院总理 李克强) wins over a headline naming only an office (headlineSpeaker drops those), unless it is the
  // headline's own name run on into its sentence (嫩江 2001's broken line “县长亢稚林在嫩江县…大会” reads 亢稚林在).
  const signed = speakerMatch ? wholeName(speakerLine as string, speakerMatch) : null;
  const speaker = signed !== null && !(headline !== null && signed.startsWith(headline)) ? signed : (headline ?? (reporter ? (reporter[1] as string) : bareName(compact, meetingMatch !== null || dateMatch !== null)));

  const place = placeFrom(meeting, title, opening, joined);
  const year = date ? Number(date.slice(0, 4)) : yearFrom(title, joined, doc);
  return { title, place, year, date, meeting, speaker };
}

/** How much of the opening paragraph the place and session are read from (characters, at most OPENING_LINES lines). */
const OPENING_CHARS = 300;
const OPENING_LINES = 8;

/**
 * The opening after the salutation, by characters rather than lines: a Wikisource copy breaks the paragraph at each
 * 《title》 (national 2001: 《中共中央关于制定…的建议 / 》，提出了… / 》。现在，我代表国务院向大会作报告), which put 我代表国务院
 * on the sixth line, past a three-line window — the report had no place, and left every series and comparison.
 */
function openingOf(lines: readonly Line[], from: number): string {
  let out = '';
  for (let i = from; i < Math.min(lines.length, from + OPENING_LINES) && out.length < OPENING_CHARS; i++) out += contentOf(lines[i] as Line);
  return out.slice(0, OPENING_CHARS);
}

/**
 * The report's title, a name standing at a word boundary: first a line of the title block that opens with it
 * (“政府工作报告——2006年2月20日在…会议上”, “(内蒙古)2022年苏尼特左旗人民政府工作报告(全文)”, “陕西省2026年政府工作报告”),
 * else the first that holds one after a mark (“- 中文名:2010年江西政府工作报告”), else one split over lines (“政府工作报 /
 * 告”) that starts a line. Never words of other lines run into it (文秘网's menu: “添加文秘网到电脑桌面” / “安装后可以在桌面快捷
 * 访问” / “县政府工作报告” read as one title) nor the opening's “…向大會作政府工作報告” (天津南开 2010, no salutation).
 */
function titleOf(lines: readonly string[]): string | null {
  // Spaces between a year's digits and 年 go (“武汉市 2020 年政府工作报告” from a PDF); spaces between words stay boundaries.
  const tight = lines.map((l) => l.replace(/\s*(\d+)\s*年/g, '$1年').trim());
  let inLine: string | null = null;
  for (const l of tight) {
    for (const m of allMatches(TITLE, l)) {
      const t = m[1] as string;
      if (NOT_TITLE.test(t)) continue;
      if (/^(?:[(（【[][^)）】\]]{1,10}[)）】\]]|[^\u4e00-\u9fff\d]{0,4})$/.test(l.slice(0, m.index))) return t;
      inLine ??= t;
    }
  }
  if (inLine) return inLine;
  const compact = tight.map((l) => l.replace(/\s+/g, ''));
  let joined = '';
  const starts = new Set<number>();
  for (const l of compact) {
    starts.add(joined.length);
    joined += l;
  }
  for (const m of allMatches(TITLE, joined)) if (starts.has(m.index) && !NOT_TITLE.test(m[1] as string)) return m[1] as string;
  return null;
}

/**
 * A headline that names the speaker before the session (地方志 archives: “县长亢稚林在嫩江县第十三届人民代表大会 / 第五次会议上所
 * 做的政府工作报告(摘要)” — 嫩江 2001 from hljszw.org.cn; “任海深市长在烟台市第十二届人民代表大会第五次会议上的政府工作报告(摘要)”
 * — 烟台 1997 from shandong-chorography.org): the title and the name, either way round, opening a line of the title block
 * and followed by 在 and the session (…会议上, no comma between: “周恩来总理在报告中首先指出,从第二届全国人民代表大会…”, a
 * news item's sentence, is none). The name is the shortest that reaches a title or 在 (任海深代市长, not 任海深代). Before
 * it, the name ran on to 在 (“亢稚林在”), and a name before its title was not read at all.
 */
const HEADLINE_SPEAKER = new RegExp(
  `^(?:${SPEAKER_TITLES}([\\u4e00-\\u9fff]{2,4}?)|([\\u4e00-\\u9fff]{2,4}?)${SPEAKER_TITLES})在[^，。,;；]{2,60}?(?:会议|大会)上`,
);
/**
 * A newspaper's headline names the speaker with no title at all: “王正谱在省十四届人大四次会议上的政府工作报告（摘登）”
 * (河北 2026), “闫继红在保定市十六届人大七次会议上的政府工作报告（摘登）” (保定 2026) — only when the line is that headline
 * whole, ending with the report's name (and its 摘登/摘要 note), so that no sentence's subject is read as a name.
 */
const BARE_HEADLINE_SPEAKER = /^([\u4e00-\u9fff]{2,4})在[^，。,;；]{2,60}?(?:会议|大会)上(?:所作|所做|作)?的政府工作报告(?:[(（][^()（）]{1,6}[)）])?$/;

function headlineSpeaker(compact: readonly string[]): string | null {
  for (const line of compact) {
    const m = HEADLINE_SPEAKER.exec(line);
    const bare = m ? null : BARE_HEADLINE_SPEAKER.exec(line);
    const name = m ? ((m[1] ?? m[2]) as string) : bare ? (bare[1] as string) : null;
    // An office or a body before the title is no name (国务院总理在…, 市政府市长在…, 常务副市长在…: review15).
    if (name !== null && !OFFICE_WORDS.test(name)) return name;
  }
  return null;
}

/**
 * An office then a person's name, the speaker. Names of several parts keep their middle dot (自治区主席 艾尔肯·吐尼亚孜, in
 * a Xinjiang report). Not a preposition after the title (“区长在代表会上工作汇报”, a page's headline): no name opens with 在.
 * Nor a scraper's next label run on after an office left without its name (“报告人：高阳县人民政府县长” / “来源URL：…” read
 * 来源 as the speaker, 高阳 2008–2013 in the Hebei archive): a name ends where a label's colon or Latin letters begin.
 * Made once here, not in parseMeta: V8 drops its cache of compiled patterns at each major GC, so a pattern built per
 * call was compiled again after every one (about 0.15 ms of a 1.3 ms outline, perf38).
 */
const SPEAKER_AFTER_TITLE = new RegExp(`${SPEAKER_TITLES}\\s*(?!在)(${PERSON})(?![\\u4e00-\\u9fff]*(?:会议|报告))(?![A-Za-z:：])`);

/** What the words before a title are when they are an office or a body, not a person: 国务院, 政府, 常务, 副, 代. */
const OFFICE_WORDS = /国务院|政府|人民|常务|[副代]$|^[省市县州旗盟]/;

/** A title: a place and a year, or a year, then a name ending in 政府工作报告, not run on from an ideograph or a digit. */
const TITLE = /(?<![\u4e00-\u9fff\d])((?:[\u4e00-\u9fff]{0,12}\d{4}年)?[\u4e00-\u9fff]{0,20}?政府工作报告)/g;
/**
 * The opening's “向大会作政府工作报告”: a clause, not a title; nor the end of a headline's session line broken before it
 * (嫩江 2001: “…人民代表大会 / 第五次会议上所做的政府工作报告(摘要)”).
 */
const NOT_TITLE = /向|作政府工作报告$|^第[一二三四五六七八九十\d]{1,3}次会议?上/;

/**
 * The speaker's name as matched, or the whole rest of its line when the name is longer than four characters and the
 * line ends with it (内蒙古: “乌拉特后旗人民政府副旗长  阿拉腾宝力格”, whose six characters were cut to four).
 */
function wholeName(line: string, match: RegExpExecArray): string {
  const name = match[1] as string;
  const written = line.slice((match.index ?? 0) + match[0].length - name.length);
  // An honorific ending the line (代市长李亚平同志) is no part of the name, which is the rest of the line before it.
  const rest = written.replace(/同志$/u, '');
  if (rest !== written && /^[\u4e00-\u9fff]{2,8}$/.test(rest)) return rest;
  return rest.length > name.length && /^[\u4e00-\u9fff]{5,8}$/.test(rest) ? rest : name;
}

const DATE_TEXT = '((?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)';
const DATE = new RegExp(DATE_TEXT);
const SESSION_DATE = new RegExp(`${DATE_TEXT}\\s*在.{2,60}?(?:会议|大会)上`);

/** The time words' traditional characters (timeScope.ts) and 國, which the title block and the opening also use. */
function simplified(s: string): string {
  return timeWords(s).replace(/國/g, '国');
}

/**
 * A speaker's name on a line of its own, no title before it (1957: 政府工作报告 / 1957年6月26日在…会议上 / 周恩来): the
 * last line of the title block, after its meeting or date, two or three characters and no word of a title block.
 */
function bareName(compact: readonly string[], dated: boolean): string | null {
  const last = compact[compact.length - 1];
  if (!dated || compact.length < 2 || last === undefined) return null;
  return /^[\u4e00-\u9fff]{2,3}$/.test(last) && !/报告|全文|摘要|目录|附件|会议|政府|代表|同志/.test(last) ? last : null;
}

/** A scraper's 报告人： field holding a name and nothing else. */
const REPORTER_FIELD = new RegExp(`^报告人\\s*[:：]\\s*(${PERSON})\\s*$`);
/**
 * A county named by one character and 县 (唐县, 易县, 蠡县 of 保定; 雄县, 沛县): the other units need two characters before
 * their kind (广州市 is no place 广州 of kind 州). Without it a title “2020年唐县政府工作报告” gave the place 年唐县 (src32
 * 唐县-2020, 易县-2021) and “易县2025年政府工作报告” / “在蠡县第…届人民代表大会” none (易县-2025, 蠡县-2020). A word that
 * points at a county (全县, 本县, 我县, 各县) or a preposition before one (关于县…) is not its name.
 */
const ONE_CHARACTER_COUNTY = '(?![全本我该各每两于在和与及])[\\u4e00-\\u9fff]县';
/** A place's name: the most specific unit ends with its kind; never the 年 of a year before it (2020年全县…). */
const PLACE = `(?!年)(?:[\\u4e00-\\u9fff]{2,16}?(?:自治区|自治州|省|市|区|县|州|盟|旗)|${ONE_CHARACTER_COUNTY})`;
/** The place a title names before its report (2006年宁夏回族自治区政府工作报告). */
const TITLE_PLACE = new RegExp(`(?:\\d{4}年)?(${PLACE})(?:人民)?政府工作报告`);
/** The place before the year (the Hebei archive's “高阳县2011年政府工作报告”, “保定市2000年政府工作报告”). */
const TITLE_PLACE_BEFORE_YEAR = new RegExp(`^(${PLACE})\\d{4}年(?:人民)?政府工作报告`);
/**
 * The government the speaker speaks for in the opening (我代表海拉尔区人民政府), or the management committee a new area
 * has instead (我代表大鹏新区管理委员会, 坪山新区管委会: Shenzhen's new areas, outside the corpus, ten reports).
 */
const SPEAKS_FOR = new RegExp(`代表(${PLACE})(?:人民政府|管理委员会|管委会)`);
/** A scraper's 发文单位： field: the government that issued the report (发文单位：高阳县人民政府). */
const ISSUER = new RegExp(`发文单位\\s*[:：]\\s*(${PLACE})人民政府`);

/** The units of a place's name (深圳市罗湖区: 深圳市, 罗湖区), each ending with its kind: in a meeting's name and a file's. */
const PLACE_UNIT = new RegExp(`[\\u4e00-\\u9fff]{2,12}?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|州|盟|旗)|${ONE_CHARACTER_COUNTY}`, 'gu');
/** What a file name adds around the place (2025年罗湖区政府工作报告): the year, the document's kind. */
const FILE_NAME_NOISE = /(?:19|20)\d{2}年?|(?:人民)?政府工作报告|工作报告|政府|报告|全文/gu;

/** The last segment of a path (callers may pass one whole). */
function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}

/**
 * The place a file's name gives (罗湖区-2025.txt, 2025年深圳市罗湖区政府工作报告.txt → 罗湖区: the most specific unit), or
 * null. Only a run of Han characters made of place units and nothing else counts, so that 小区调研.txt names no place.
 */
export function placeFromFileName(fileName: string): string | null {
  const stem = baseName(fileName).replace(/\.[^.]*$/, '').replace(FILE_NAME_NOISE, ' ');
  let place: string | null = null;
  for (const run of stem.match(/[\u4e00-\u9fff]+/gu) ?? []) {
    const units = run.match(PLACE_UNIT);
    if (units && units.join('') === run) place = units[units.length - 1] as string;
  }
  return place;
}

/**
 * A year in a file's name: standing apart from letters and digits (2015.txt, 罗湖区-2025, 苏州市2021年), not inside a
 * hash or a code (a3f2019e.txt).
 */
const YEAR_IN_FILE_NAME = /(?:^|[^0-9A-Za-z])((?:19|20)\d{2})(?=[^0-9A-Za-z]|$)/gu;

/**
 * The year a file's name gives: the one year standing apart in it, or null. A name with two years (2020年工作总结和2021年
 * 工作安排.txt, 十三五2016-2020.txt) does not say which is the report's: the first would date every figure of an undated
 * report a year off, where no year leaves them undated. namesItsYear (workspace/series.ts) reads file names with it too.
 */
export function yearOfFileName(fileName: string): number | null {
  const years = new Set(allMatches(YEAR_IN_FILE_NAME, baseName(fileName)).map((m) => Number(m[1])));
  return years.size === 1 ? (years.values().next().value as number) : null;
}

/**
 * A report's meta with what its file's name says filled in where the text says nothing: the year (national/2015.txt)
 * and the place (罗湖区-2025.txt — a user trial: a district report opening 我代表区人民政府 was shown as “2025” alone,
 * in the status bar, the Indicators view and the charts across places). What the text says always wins.
 */
export function metaWithFileName(meta: ReportMeta, fileName: string): ReportMeta {
  const yearFromName = meta.year === null ? yearOfFileName(fileName) : null;
  const place = meta.place === null ? placeFromFileName(fileName) : null;
  if (yearFromName === null && !place) return meta;
  return { ...meta, ...(yearFromName !== null ? { year: yearFromName } : {}), ...(place ? { place } : {}) };
}

/** The last unit of a place's name (保定市清苑区 → 清苑区), or the name itself when it is not made of units. */
function mostSpecificUnit(place: string): string {
  const units = place.match(PLACE_UNIT);
  return units && units.join('') === place ? (units[units.length - 1] as string) : place;
}

function placeFrom(meeting: string | null, title: string | null, opening: string, head: string): string | null {
  if (meeting) {
    if (/全国人民代表大会/.test(meeting)) return '全国';
    // “呼伦贝尔市海拉尔区第十五届…” → the most specific unit, 海拉尔区.
    const prefix = meeting.split(/第?[一二三四五六七八九十\d]+届/)[0] ?? '';
    const units = prefix.match(PLACE_UNIT);
    if (units && units.length) return units[units.length - 1] as string;
  }
  if (title) {
    // The most specific unit, as from a meeting: “保定市清苑区2020年政府工作报告” is 清苑区's, as its 2025 report
    // (“清苑区2025年政府工作报告”) and its session say — one place across the years (src32 清苑区-2020, -2021).
    const m = TITLE_PLACE.exec(title) ?? TITLE_PLACE_BEFORE_YEAR.exec(title);
    if (m) return mostSpecificUnit(m[1] as string);
  }
  // The premier speaks for the State Council (代表国务院, 受中共中央和国务院的委托, 根据国务院的决定) to a session of the
  // national congress (我们第一届全國人民代表大會第一次會議, 1954).
  if (/代表(?:中华人民共和国)?国务院|(?:受|根据)[^，。；]{0,8}国务院的?(?:委托|决定)|第.{1,3}届全国人民代表大会/.test(opening)) return '全国';
  const rep = SPEAKS_FOR.exec(opening);
  if (rep) return rep[1] as string;
  const issuer = ISSUER.exec(head);
  return issuer ? (issuer[1] as string) : null;
}

function yearFrom(title: string | null, head: string, doc: ReportDocument): number | null {
  const fromTitle = title ? /(\d{4})年/.exec(title) : null;
  if (fromTitle) return Number(fromTitle[1]);
  const published = /发文时间\s*[:：]\s*(\d{4})/.exec(head);
  if (published) return Number(published[1]);
  return reportYearFromText(doc);
}
