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
 * `end`. O(paragraphs).
 */
export function findOtherReportStart(paragraphs: readonly Paragraph[], from: number, end: number): number {
  let i = from;
  while (i < end && matchMarker((paragraphs[i] as Paragraph).text) === null) i++;
  for (; i < end; i++) {
    const text = (paragraphs[i] as Paragraph).text;
    if (text.length <= MAX_NEWS_LINE && OTHER_REPORT.test(text)) return i;
  }
  return end;
}
