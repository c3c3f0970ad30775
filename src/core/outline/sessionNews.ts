import type { Paragraph } from '../text/paragraphs';
import { matchMarker } from './markers';
import navLabels from './pageNavLabels.json';

/** A news line is short; a paragraph of the report that mentions another body's report is long prose. */
const MAX_NEWS_LINE = 100;
/**
 * A news item's sentence that another report was delivered to the session: who, 作, and the report of the people's
 * congress standing committee, the court or the procuratorate (高阳 2023/2024 from gaoyang.gov.cn: “县人大常委会主任续金明
 * 作高阳县人民代表大会常务委员会工作报告。”, then “高阳县人民法院院长王卫东作高阳县人民法院工作报告。”).
 */
const OTHER_REPORT = /作[^。，,；;]{0,40}(?:人民代表大会常务委员会|人大常委会|人民法院|人民检察院)工作报告[。.]?$/;

/**
 * A portal's news item on the session's opening summarises the government's report and then the other reports the
 * session heard (高阳 2023/2024: the standing committee's “一是坚持政治引领，…” … “五是…”, the court's, the
 * procuratorate's, then “会议表决通过了…选举办法。”): from the line saying another report was delivered, the text is no
 * part of the government's report, and the outline ends there (its points stood as five sections of the last part).
 * Only after the report's first numbered heading: the item's headlines name every report before it begins (高阳 2024:
 * “蒋东方出席 齐志国作政府工作报告” / “续金明作县人大常委会工作报告” over the item). Returns that paragraph's index, or
 * `end`. O(paragraphs). A run of other reports' titles (a portal's related-reports boxes) ends the body the same way, and
 * so does the page's own label that opens its footer (分享到：, 上一篇：, 相关文章 — pageNavLabels.json).
 */
export function findOtherReportStart(paragraphs: readonly Paragraph[], from: number, end: number): number {
  end = pageFooterStart(paragraphs, from, end);
  let i = from;
  while (i < end && matchMarker((paragraphs[i] as Paragraph).text) === null) i++;
  let titles = 0;
  for (; i < end; i++) {
    const text = (paragraphs[i] as Paragraph).text;
    if (text.length <= MAX_NEWS_LINE && OTHER_REPORT.test(text)) return i;
    titles = isReportTitleLine(text) ? titles + 1 : 0;
    if (titles === MIN_TITLE_RUN) return i - MIN_TITLE_RUN + 1;
  }
  return end;
}

/**
 * A portal page goes on after the report with boxes of other reports' titles (上一篇/下一篇, 相关文章, 本栏最新, 阅读排行:
 * 2020年曲阳县政府工作报告 / 焦作市解放区2025年政府工作报告 …, one a line, the box's heading fused to a title). Three such
 * lines in a row are no part of a report — its own title is said once, at the top — and left in the body they made links
 * between the titles and figures of other places. From the first of them the text is the page's.
 */
const MIN_TITLE_RUN = 3;
/** Longest list line: a place, a year and 政府工作报告, with a box heading fused to it (濮阳市2025年政府工作报告本栏推荐…). */
const MAX_TITLE_LINE = 40;

function isReportTitleLine(text: string): boolean {
  return text.length <= MAX_TITLE_LINE && text.includes('政府工作报告') && !/[。，,；;！!？?、]/u.test(text);
}

/**
 * A portal's footer label (pageNavLabels.json): a disclaimer, tags, share or previous/next label with its colon, alone or
 * with what it says or points to (上一篇：2021年阜平县政府工作报告), or a box heading alone. Where a page's lines are set apart by blank lines, the
 * labels stand between the titles and break their run: src32 易县 2021 so written read “2021年阜平县政府工作报告”,
 * “2022年易县政府工作报告” and “相关文章” as three sections of its glossary (30 of the free texts' pages alike), and the
 * titles' figures and names stayed in the body. Joined without blanks the labels fuse to the titles and the run ends
 * the body one title later; the label ends it first, either way.
 */
const NAV_LABEL = new RegExp(`^(?:(?:${navLabels.labels.join('|')})\\s*[:：]|(?:${navLabels.boxes.join('|')})\\s*[:：]?$)`);
/** A label with what it points to or says (上一篇：2021年阜平县政府工作报告; 免责声明：本文仅代表作者观点，…): a line, no more. */
const MAX_NAV_LINE = MAX_NEWS_LINE;
/** A paragraph this long is the report's (or the page's article's) prose: the page's head is behind it. */
const MIN_PROSE = 80;

/**
 * The first footer label (isPageNavLabel) once the text has begun — after a numbered heading or a paragraph of prose,
 * so that a page printing its previous/next links above the article keeps it — or `end`. A page without a numbered
 * heading ends there too (src32 保定市 2020, a page of gongxuanwang.com: an article's lead, then 上一篇：/下一篇：/延展阅读
 * over other articles' titles, each read as a heading once blank lines set them apart). O(paragraphs).
 */
function pageFooterStart(paragraphs: readonly Paragraph[], from: number, end: number): number {
  let begun = false;
  for (let i = from; i < end; i++) {
    const text = (paragraphs[i] as Paragraph).text;
    if (begun && isPageNavLabel(text)) return i;
    if (!begun && (text.length > MIN_PROSE || matchMarker(text) !== null)) begun = true;
  }
  return end;
}

function isPageNavLabel(text: string): boolean {
  return text.length <= MAX_NAV_LINE && NAV_LABEL.test(text);
}
