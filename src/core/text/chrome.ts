/**
 * Page chrome: lines that belong to the web page or the scraper, not to the report.
 * All patterns are anchored or bounded literal alternations: linear time on any input.
 */
import { isSiteFooterLine } from './siteFooter';

/** A line that is chrome on its own, wherever it stands. Tested on the folded (half-width) line content. */
const CHROME_LINE: readonly RegExp[] = [
  /更多数据尽在/,
  /^(?:标题|发文单位|发文时间|发文字号|报告人|来源URL|来源网址|正文|责任编辑|编辑|作者|原标题|信息来源|备注)\s*[:：]/,
  /^来源[:：].{0,40}(?:发布日期|访问量|时间)/,
  /^(?:来源|发布时间|发布日期|时间)[:：][^。]{0,60}$/,
  /^\(?(?:责任编辑|编辑|校对)[:：][^。]{0,30}\)?$/,
  /^(?:https?:\/\/|www\.)\S*$/,
  /^[【[]?\s*(?:字号|字体)[:：]/,
  /^(?:下载|打印|关闭|关闭窗口|收藏|分享|分享到|全屏|返回顶部|打印本页|纠错|【?打印】?|【?关闭】?)(?:\s+(?:下载|打印|关闭|收藏|分享|全屏|纠错))*\s*$/,
  /^(?:加大|还原|减小|大|中|小|【|】|\||>>|>|»|©|EN|繁體中文|简体中文|无障碍|长者模式|首页|当前位置[:：]?)$/,
  /ICP备|网站标识码|公网安备/,
  // A site's credits are labels (版权所有：…) or short lines of their own (版权所有 © 2021 …); body text says 提供技术支持。
  /(?:版权所有|主办单位|承办单位|技术支持)\s*[:：]/,
  /^[^。，,；;]{0,30}(?:版权所有|主办单位|承办单位|技术支持)[^。，,；;]{0,40}$/,
  /^相关(?:报道|链接|新闻|阅读)[:：]?$/,
  // A page's counters and stamps (添加时间 2026/2/12 15:20:47  浏览次数 4034 次 — 保定 2026, outside): an eleventh trial
  // saw the clock's seconds and the count read as a figure (47浏览次数 4034次).
  /^[^。，,；;]{0,40}(?:浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击次数|访问量|访问次数)\s*[:：]?\s*\d+\s*次?\s*$/,
  /^(?:添加时间|更新时间|录入时间|发布时间|发布日期)\s*[:：]?\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/,
  // A date stamp alone on its line: a portal's list of related articles writes each entry's date on its own line over
  // the entry's title (01-24 / 2020年定兴县政府工作报告, the 保定 county pages of src32 — 博野县 2022, 易县 2021, 阜平县 2021,
  // 涞水县 2020, 唐县 2022 …), and the page's head its time (2026-02-02 09:20 — 陕西 2026). Joined to the title below as a
  // wrapped line, 01-24 and 2020年 read as one range 1–242020年. Month and day in two digits each (a list's stamp), or a
  // full date: no figure of a report stands alone on a line in that shape.
  /^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  /^\d{4}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(?:Public domain|false|true)$/,
  /记者.{0,12}摄\s*$/,
];

/** A scraper's title label (标题：政府工作报告——2016年1月25日在…会议上; 原标题：…): chrome, but it names the report. */
const SCRAPER_TITLE = /^原?标题\s*[:：]\s*(\S.*)$/;

/**
 * The report title a scraper's label line holds, or null. The label is chrome (the outline skips it), yet detection
 * and the metadata read the title from it: a Hebei city archive starts every file with it, and 25 of its 81 reports
 * without a salutation in the opening stayed plain text (a ninth trial).
 */
export function scraperTitleOf(content: string): string | null {
  return SCRAPER_TITLE.exec(content)?.[1] ?? null;
}

/**
 * The patterns above as one alternation, tested once per line: the same answer (none has flags or back-references, and
 * each keeps its anchors inside its group), without some twenty calls into the regex engine for every line of a report
 * (each short line paid every one of them).
 */
const ANY_CHROME_LINE = new RegExp(CHROME_LINE.map((re) => `(?:${re.source})`).join('|'));
// (A pattern given flags, /…/i, would lose them in the alternation: refused when the module loads, not dropped silently.)
if (CHROME_LINE.some((re) => re.flags !== '')) throw new Error('chrome.ts: CHROME_LINE patterns must have no flags');

export function isChromeLine(content: string): boolean {
  if (content.length > 200) return false;
  return ANY_CHROME_LINE.test(content) || isSiteFooterLine(content);
}

/**
 * Where a trailing block of page chrome starts, such as the Wikisource licence footer (“本作品是中华人民共和国的
 * 法律、法规…”) which runs to the end of the file. Returns the line index or -1.
 */
export function isFooterStart(content: string): boolean {
  return /^本作品(?:是|在|来自)/.test(content) || /^(?:此作品|本作品)在全世界都属于公有领域/.test(content);
}
