import type { Paragraph } from '../text/paragraphs';
import { matchMarker } from './markers';

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
 * `end`. O(paragraphs). A run of other reports' titles (a portal's related-reports boxes) ends the body the same way.
 */
export function findOtherReportStart(paragraphs: readonly Paragraph[], from: number, end: number): number {
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
