import { parseMeta } from '../meta';
import type { LaterReport } from '../types';
import type { Line, ReportDocument } from './document';
import { contentOf, isBlank } from './document';

/**
 * A file that holds several reports one after another (an analyst's compilation, a scrape of a year's reports into
 * one file): where each report after the first starts. The analysis reads the first report only — its outline,
 * figures and links would otherwise run on into the next one (the next report's parts nested under the last part, or,
 * after a Wikisource licence footer, hidden as page chrome) — and the editor says where the others start.
 *
 * A report starts at a title line of its own (政府工作报告, 2024年湖南省政府工作报告) followed closely by its header:
 * the meeting (在…会议上), the date, the speaker or the salutation 各位代表. A second copy of the same report (a portal
 * page that holds it twice) is not another report: duplicate.ts leaves it out of the outline.
 */

/**
 * Lines of prose (with a comma or full stop, not page chrome) the report before must have before another can start:
 * its own title block and the portal's navigation have none.
 */
const MIN_PROSE_BEFORE = 30;
const PROSE = /[，。；,;]/;
/** Non-blank lines after a title where its header must stand. */
const HEADER_WINDOW = 12;
/** A title line is short; a sentence that mentions 政府工作报告 is not a title. */
const MAX_TITLE = 40;
// The year stands before the place (2024年湖南省政府工作报告) or after it (高阳县2024年政府工作报告, the Hebei archive's own
// titles); an archive's record may label its title line (标题：2023年保定市政府工作报告).
const TITLE_HEAD = String.raw`^(?:标题[:：])?(?:\d{4}年)?[\u4e00-\u9fff]{0,24}?(?:\d{4}年)?政府工作报告(?:[（(](?:全文|摘要|摘登|实录)[）)])?`;
const TITLE = new RegExp(`${TITLE_HEAD}$`);
/**
 * A title that carries its header on its own line, after a dash: the date, the meeting, the speaker (the seed, 苏州 2021:
 * 政府工作报告——2021年1月19日在苏州市十六届人大五次会议上; the scrapers' 标题：政府工作报告——2016年1月25日在…会议上; 广东
 * 2026 and 河北 2021 break the same line after 第十四届). After another report it went unnoticed, as the title had to end
 * the line: 苏州's figures were read as 辽宁 2026's (trial20). The dash must open the date or the meeting, so a sentence
 * that names the report and goes on (政府工作报告——这是…) is no title.
 */
const DASHED_TITLE = new RegExp(`${TITLE_HEAD}[—―－-]{1,2}(?:(?:\\d{4}|[〇○零一二三四五六七八九]{4})年|在)`);
/** A dashed title holds the whole header: longer than a bare title, still no sentence. */
const MAX_DASHED_TITLE = 64;
const HEADER = [
  /在.{2,60}?(?:会议|大会)上/,
  /^各位代表/,
  /^发文单位[:：]/, // an archive's record: 标题： / 发文单位： / 发文时间： (the Hebei archive's files, concatenated)
  /(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日/,
  /^(?:国务院)?(?:代?(?:总理|省长|市长|区长|县长|州长|盟长|旗长|主席))\s*[\u4e00-\u9fff·]{2,12}$/,
];
/** Lines over this are body text: never a title or a header (and the regexes above never see long input). */
const MAX_LINE = 200;
/** Lines of a candidate report its metadata is read from: its title block and opening (bounded: a file of many title
 * lines must not make this quadratic). */
const META_LINES = 300;
/** Later reports listed at most (each is a diagnostic and a folding region); the analysis reads the first one anyway. */
export const MAX_LATER_REPORTS = 100;

export function findLaterReports(doc: ReportDocument): LaterReport[] {
  const out: LaterReport[] = [];
  let firstMeta: ReturnType<typeof parseMeta> | null = null;
  let from = 0;
  let seen = 0;
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isBlank(line)) continue;
    const long = line.end - line.start > MAX_TITLE;
    const dashed = line.end - line.start <= MAX_DASHED_TITLE && DASHED_TITLE.test(squeeze(line));
    if (long && !dashed) {
      if (!line.chrome) seen++; // a long line is prose
      continue;
    }
    if (!line.chrome && PROSE.test(contentOf(line))) seen++;
    if (seen < MIN_PROSE_BEFORE) continue;
    // A dashed title is its own header (its date or meeting follows the dash).
    if (!dashed) {
      const titleEnd = titleEndsAt(lines, i);
      if (titleEnd < 0 || !hasHeader(lines, titleEnd + 1)) continue;
    }
    firstMeta ??= parseMeta(view(doc, from, Math.min(i, from + META_LINES)));
    const meta = parseMeta(view(doc, i, Math.min(lines.length, i + META_LINES)));
    // Another report only when its header says another place or year; the same again, or a header that says less
    // (a second copy of the page whose title block is cut short: 政府工作报告 / 2021年02月19日), is a copy or unknown.
    if (!differs(meta.place, firstMeta.place) && !differs(meta.year, firstMeta.year)) continue;
    out.push({ line: i, title: meta.title, place: meta.place, year: meta.year });
    if (out.length >= MAX_LATER_REPORTS) break;
    firstMeta = meta;
    from = i;
    seen = 0;
  }
  return out;
}

/** The document cut to its lines [from, to): what one report of a compilation is made of. */
export function view(doc: ReportDocument, from: number, to: number): ReportDocument {
  if (from === 0 && to >= doc.lines.length) return doc;
  return { text: doc.text, lines: doc.lines.slice(from, to), chromeLines: doc.chromeLines.filter((i) => i >= from && i < to) };
}

function differs<T>(a: T | null, b: T | null): boolean {
  return a !== null && b !== null && a !== b;
}

const squeeze = (line: Line): string => contentOf(line).replace(/\s+/g, '');

/**
 * The last line of a title that starts at line `i`, or −1: the line alone, or the line and the next non-blank one
 * when a narrow page broke the title in two (national 2017 as published: 政府工作报 / 告).
 */
function titleEndsAt(lines: readonly Line[], i: number): number {
  const first = squeeze(lines[i] as Line);
  if (TITLE.test(first)) return i;
  let next = i + 1;
  while (next < lines.length && next <= i + 2 && isBlank(lines[next] as Line)) next++;
  const second = lines[next];
  if (second === undefined || isBlank(second) || second.end - second.start > MAX_TITLE) return -1;
  // A title line of its own after a short line (a portal's 时政要闻 over 王正谱在…会议上的政府工作报告) starts there, not
  // on the line above: the loop meets it next.
  const secondText = squeeze(second);
  if (TITLE.test(secondText) || DASHED_TITLE.test(secondText)) return -1;
  const joined = first + secondText;
  return joined.length <= MAX_TITLE && TITLE.test(joined) ? next : -1;
}

/**
 * Whether a short line is one of a report's title block: its title (政府工作报告, 2024年湖南省政府工作报告, also with the
 * meeting after a dash) or a header line (the meeting, the date, the speaker, 各位代表). Not for long lines: callers
 * pass short ones only.
 */
export function isTitleBlockLine(text: string): boolean {
  const squeezed = text.replace(/\s+/g, '');
  if (squeezed.length > MAX_DASHED_TITLE) return false;
  if (DASHED_TITLE.test(squeezed) || /^政府工作报告(?:——|—|-)/u.test(squeezed)) return true;
  return squeezed.length <= MAX_TITLE && (TITLE.test(squeezed) || HEADER.some((re) => re.test(squeezed)));
}

function hasHeader(lines: readonly Line[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < HEADER_WINDOW; i++) {
    const line = lines[i] as Line;
    if (isBlank(line)) continue;
    seen++;
    if (line.end - line.start > MAX_LINE) continue;
    const content = contentOf(line);
    if (HEADER.some((re) => re.test(content))) return true;
  }
  return false;
}
