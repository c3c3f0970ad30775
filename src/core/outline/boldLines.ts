import type { ReportDocument } from '../text/document';
import { isBlank } from '../text/document';
import { isCjk } from '../text/normalize';
import type { Paragraph } from '../text/paragraphs';
import { layoutCounts, MIN_BODY } from './layout';
import { isAnnouncement, isLeadSentence, isStatement, isSubHeadingLine } from './leads';
import { startsOnNextLine } from './paragraphShape';

/** Bold lead lines run to 68 characters (1988: “封建思想、小生产习惯势力和…得到传播和增强。”). */
const MAX_BOLD_LEAD = 72;
/** Without the indent line as evidence, a lead line must be clearly a sentence of its own. */
const MAX_PLAIN_LEAD = 50;
const NOT_A_LEAD = /^(?:各位代表|同志们|代表们)/;
/**
 * The speaker announcing what he turns to next (1958: “现在来说我国一九五七年度国民经济计划的执行结果。” over the plan's
 * cross-heads 先说工业战线上的情况 …; 1960 part 二: “下面我首先说一下农业发展纲要在过去四年中执行的情况。”): a bold sentence
 * of the speech's frame, no title of the paragraphs below it, as an announcement ending in a colon is none.
 */
const ANNOUNCES_TOPIC = /^(?:现在|下面|接着)[^，,。]{0,6}?(?:说|谈|讲)/;
const SENTENCE_END = /[。!?;；]/;

/**
 * A line that holds only ideographic spaces: the indent (U+3000 ×2) of a paragraph whose first words were bold, left
 * on a line of its own when the bold was lost (national 1994–2000 as published online). A plain paragraph keeps its
 * indent on its first line.
 */
export function isIndentOnlyLine(doc: ReportDocument, line: number): boolean {
  const l = doc.lines[line];
  return l !== undefined && isBlank(l) && !l.softBlank && l.raw.includes('\u3000');
}

/** Indent-only lines over a flush line that make the layout of bold lines lost online. */
const MIN_LOST_BOLD = 3;

/**
 * True when the report shows bold lines lost as published online: at least three indent-only lines, each right over a
 * flush line (national 1994–2001). O(lines).
 */
export function losesBoldLines(doc: ReportDocument): boolean {
  return lostBoldLines(doc, MIN_LOST_BOLD) >= MIN_LOST_BOLD;
}

/**
 * Bold lines lost that way that show the page set the report's leads so, not only a few announcements (national
 * 1993–2002 as published online hold 28–55; 2011 holds a handful, its leads fused with their paragraphs).
 */
const MIN_BOLD_LEADS = 12;

/** True when the report's leads stand on bold lines lost online: a dozen at least (MIN_BOLD_LEADS). O(lines). */
export function setsLeadsOnBoldLines(doc: ReportDocument): boolean {
  return lostBoldLines(doc, MIN_BOLD_LEADS) >= MIN_BOLD_LEADS;
}

/** Flush lines right under an indent-only line, counted up to `enough`. O(lines). */
function lostBoldLines(doc: ReportDocument, enough: number): number {
  let n = 0;
  const lines = doc.lines;
  for (let i = 1; i < lines.length && n < enough; i++) {
    const l = lines[i]!;
    if (!isBlank(l) && l.folded.charCodeAt(0) !== 0x20 && isIndentOnlyLine(doc, i - 1)) n++;
  }
  return n;
}

/** Whether the paragraph starts with an indent (see indentsParagraphs). */
function startsIndented(p: Paragraph, doc: ReportDocument): boolean {
  return !startsFlush(doc, p);
}

/**
 * True when most paragraphs of some length start with an indent (U+3000 ×2): then a paragraph starting flush at the
 * margin is set apart (1988: the bold lead line “国家经济实力继续得到显著增强。” above its indented-style body).
 */
export function indentsParagraphs(doc: ReportDocument, paragraphs: readonly Paragraph[]): boolean {
  const { long, yes: indented } = layoutCounts(paragraphs, startsIndented, doc);
  return long >= 10 && indented >= long * 0.6;
}

/**
 * A bold lead that became a line of its own, its body starting on the next line (national 1994 “国民经济快速增长。” /
 * “在１９９２年快速增长的基础上…”). Returns the end offset of the lead's title in `p.text`, or -1. Only the lead line
 * is the title: the next body line never is.
 *
 * Evidence, one of:
 * - the indent-only line right above it (the lead ends at its first sentence end, or at the line end: a lead
 *   “在科技工作方面，” continues as the body's sentence on the next line);
 * - in a report that indents its paragraphs, a flush first line that is one whole sentence, the body going on
 *   on the next line (1988);
 * - otherwise: a one-sentence paragraph after a blank line, followed with no blank line by a paragraph clearly
 *   longer than it (so a hard-wrapped paragraph whose first line happens to end in 。 is not taken).
 * A line ending in a colon announces a list (“五年来，我们主要做了以下工作：”): not a lead. O(length of the lead line).
 */
export function standaloneLeadEnd(doc: ReportDocument, paragraphs: readonly Paragraph[], pi: number, indented: boolean, compact = false, inLineSeries = false): number {
  const p = paragraphs[pi] as Paragraph;
  const first = p.segments[0];
  if (!first) return -1;
  // Every kind of lead line is short: the common long paragraph line costs O(1), unless the bold sentence kept its body.
  if (first.end - first.start > MAX_BOLD_LEAD) return fusedBoldLeadEnd(doc, p);
  const next = paragraphs[pi + 1];
  const bodyFollows = p.segments.length > 1 || (next !== undefined && startsOnNextLine(p, next));
  const lineLen = first.end - first.start;
  const line = p.text.slice(0, lineLen);
  const flush = startsFlush(doc, p);
  // A bold sentence may also stand between blank lines when a list follows it (2000: “继续实行以质取胜…。” / 一是), or
  // end on a question the paragraphs below answer (1959: “我们的大跃进的原因，是…的。我们的大跃进的原因究竟何在呢？”).
  const sentence = p.segments.length === 1 && /[。?!]$/.test(p.text);
  if (flush && (bodyFollows || sentence) && isIndentOnlyLine(doc, first.line - 1)) {
    const stop = line.search(SENTENCE_END);
    if (stop < 0 && /[:：]$/.test(line)) return -1;
    // Without a sentence end the bold words end at a comma (“在科技工作方面，” its sentence going on below); a line that
    // stops at neither is a fragment cut out by a link (1979: “农村人民公社工作条例（试行草案）” / “在经过试行以后，…”).
    if (stop < 0 && !/[,，、]$/.test(line)) return -1;
    const end = stop >= 0 ? stop : line.replace(/[,，、]+$/, '').length;
    return looksLikeLead(line.slice(0, end)) ? end : -1;
  }
  if (flush && indented && bodyFollows && p.blankBefore && isOneSentence(line)) {
    return looksLikeLead(line.slice(0, -1)) ? lineLen - 1 : -1;
  }
  // In a report without blank lines (one paragraph a line), a line of its own is set apart already.
  if (!bodyFollows || p.segments.length > 1 || (!compact && (!p.blankBefore || p.blankAfter)) || !next) return -1;
  const text = p.text;
  if (text.length > MAX_PLAIN_LEAD || !isOneSentence(text)) return -1;
  const nextFirst = next.segments[0];
  const nextLineLen = nextFirst ? nextFirst.end - nextFirst.start : 0;
  if (next.text.length < MIN_BODY || nextLineLen < text.length * 1.5) return -1;
  const title = text.slice(0, -1);
  // A line over a body that opens with its own lead introduces those leads (北京 2026 “坚持惠民生和促消费、…” over
  // “大力提振消费。…”): it titles nothing itself. A body opening with a statement is titled by the line (海南 2026
  // “依法行政强法治。” / “强法治是…的关键支撑。…”). In a series of such lines, each over its body (`inLineSeries`: the
  // line two paragraphs back was one), the line titles its body whatever the body opens with (海南 2026 “政府效能不断
  // 提高。” / “完成本轮政府机构改革。全面推进…” after “党风廉政建设全面加强。” / body).
  if (compact && (!isSubHeadingLine(title) || (!inLineSeries && opensWithLead(next.text)))) return -1;
  return looksLikeLead(title) && !/[\d:：]/.test(title) ? title.length : -1;
}

/** The words before a bold lead on its indent line are a clause's opening: short, ending in a comma. */
const MAX_LEAD_IN = 30;

/**
 * A bold lead whose paragraph opened with plain words: the page kept those words on the indent line and gave the bold
 * sentence a line of its own, flush at the margin, its body on the next line (national 2000: “(U+3000 ×2)各级政府要坚持‘两手
 * 抓、两手都要硬’的方针，” / “高度重视和加强社会主义精神文明建设。” / “既要重视提高科学文化水平，…”; 2001: “(U+3000 ×2)‘九五’
 * 期间，” / “我国政府恢复对香港、澳门行使主权，祖国和平统一大业取得历史性进展。” / body). As below an indent-only line,
 * the flush line is the bold one, in a report where bold lines lost their bold that way (boldLinesLost). Returns the lead's start and end offsets in
 * `p.text`, or null. O(MAX_BOLD_LEAD).
 */
export function boldLeadAfterLeadIn(doc: ReportDocument, paragraphs: readonly Paragraph[], pi: number, boldLinesLost: boolean): { start: number; end: number } | null {
  const p = paragraphs[pi] as Paragraph;
  const [leadIn, bold] = p.segments;
  if (!boldLinesLost || !leadIn || !bold || startsFlush(doc, p) || bold.offset > MAX_LEAD_IN) return null;
  if (!/[,，]$/.test(p.text.slice(0, bold.offset))) return null;
  const boldLine = doc.lines[bold.line];
  if (boldLine === undefined || boldLine.folded.charCodeAt(0) === 0x20 || bold.end - bold.start > MAX_BOLD_LEAD) return null;
  // The bold line is one whole sentence, and a body goes on right below it.
  const line = p.text.slice(bold.offset, bold.offset + (bold.end - bold.start));
  const next = paragraphs[pi + 1];
  if (!isOneSentence(line) || (p.segments.length < 3 && (next === undefined || !startsOnNextLine(p, next)))) return null;
  const title = line.slice(0, -1);
  return looksLikeLead(title) && !isStatement(title) ? { start: bold.offset, end: bold.offset + title.length } : null;
}

/**
 * A bold first sentence that kept its body on its line (1993 line 190: the indent-only line, then “坚决开展禁止卖淫嫖娼、
 * …的斗争，净化社会环境。要从严治警，…” flush at the margin): in this layout a plain paragraph keeps its indent on its
 * first line, so a flush one below the indent-only line began in bold, and the bold words are its first sentence.
 * Returns that sentence's end, or -1. O(MAX_BOLD_LEAD).
 */
function fusedBoldLeadEnd(doc: ReportDocument, p: Paragraph): number {
  const first = p.segments[0];
  if (!first || !startsFlush(doc, p) || !isIndentOnlyLine(doc, first.line - 1)) return -1;
  const stop = p.text.slice(0, MAX_BOLD_LEAD + 1).search(/[。!?！？]/);
  if (stop < 0 || p.text.length - stop < MIN_BODY) return -1;
  return looksLikeLead(p.text.slice(0, stop)) ? stop : -1;
}

/**
 * The marker stands alone on its line below an indent-only line (only the marker was bold, as published online), the
 * text it numbers starting on the next line: `titled` is the paragraph holding that text. A marker alone without the
 * indent-only line is a line broken after it (hebei-2010 “(五)” / “改 革开放” / “不断深化。…”, its siblings fused
 * headings). O(1).
 */
export function isBoldMarkerAlone(doc: ReportDocument, p: Paragraph, titled: Paragraph, markerLength: number): boolean {
  const first = p.segments[0];
  if (!first || !isIndentOnlyLine(doc, first.line - 1)) return false;
  return titled !== p || (p.segments.length > 1 && first.end - first.start <= markerLength);
}

/** The paragraph opens with a lead sentence that titles it (not a statement). */
function opensWithLead(text: string): boolean {
  const end = isLeadSentence(text);
  return end > 0 && !isStatement(text.slice(0, end));
}

/** One sentence ending in its only 。 */
function isOneSentence(text: string): boolean {
  return text.endsWith('。') && text.indexOf('。') === text.length - 1 && !/[!?;；]/.test(text);
}

export function startsFlush(doc: ReportDocument, p: Paragraph): boolean {
  const first = p.segments[0];
  const raw = first ? doc.lines[first.line] : undefined;
  return raw !== undefined && raw.folded.charCodeAt(0) !== 0x20;
}

function looksLikeLead(title: string): boolean {
  // A bold line announcing a list (1979: “国务院认为，…是要着重抓好以下的十项工作。” over 第一、…第十、) titles nothing.
  if (title.length < 4 || NOT_A_LEAD.test(title) || ANNOUNCES_TOPIC.test(title) || isAnnouncement(title)) return false;
  let cjk = 0;
  for (let i = 0; i < title.length; i++) if (isCjk(title.charCodeAt(i))) cjk++;
  return cjk >= title.length * 0.6;
}
