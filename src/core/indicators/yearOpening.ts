import { allMatches } from '../text/allMatches';

/**
 * A report excerpt without its year (a yearbook entry, a news page) often opens its review with the year it tells of:
 * 1992年,我们是在经济运行极其困难的情况下渡过的。… then 1.农业基本上实现了“一年受灾、一年恢复”目标。粮豆薯总产2267万公斤…
 * (抚远 1993), 1991年是极不平凡的一年,… then 工业生产稳定回升。… (拜泉 1992). The paragraphs right after such an opening,
 * naming no time of their own, tell of the same year (the caller ends it where a heading ends what paragraphs carry).
 */
export interface YearSaid {
  readonly year: number;
  /** Where the opening stands in its own paragraph; -1 when the year is carried from a paragraph before. */
  readonly at: number;
  /** Whether the paragraphs after it take the year too: nothing after the opening names another time. */
  readonly carries: boolean;
}

/**
 * A year opening a line or a sentence as its time (1992年, / 1991年是), after an item number at most; not 比/由/到 a year.
 * (A page may run its title and speaker into the first paragraph: 抚远县…实现稳步发展 / 抚远县县长 郑世安 / 1992年,… joins
 * into one text, so the lines' starts are passed in.)
 */
const YEAR_AS_TIME = /((?:19|20)\d{2})年(?:[，,]|是)/g;
const ITEM_NUMBER = /\d{1,2}[.、．]$/;

function opensLine(text: string, at: number, lineStarts: ReadonlySet<number>): boolean {
  const item = ITEM_NUMBER.exec(text.slice(Math.max(0, at - 3), at));
  const from = item ? at - item[0].length : at;
  return from === 0 || lineStarts.has(from) || /[\n。！？]/.test(text.charAt(from - 1));
}

/**
 * Time a paragraph names for itself, which ends the carried year: a later year, this or next year, a plan or a
 * stretch of years. Not an earlier year (a base: 夺得大丰收的1990年增长19.1%), nor 本年 and 比上年 (the year told of and
 * the one before it).
 */
const OWN_TIME = /((?:19|20)\d{2})年|今年|明年|去年|今后|未来|[一二三四五六七八九十]五”|五年|十年|年来|以来/g;

function namesOtherTime(text: string, year: number | null): boolean {
  for (const m of allMatches(OWN_TIME, text)) if (m[1] === undefined || year === null || Number(m[1]) > year) return true;
  return false;
}

/**
 * The year said for this paragraph (`converted`: years in Arabic, time words simplified; `lines`: its lines'
 * segments, where each starts in it), given the one before.
 */
export function nextYearSaid(before: YearSaid | null, converted: string, lines: readonly { readonly offset: number }[]): YearSaid | null {
  let opening: RegExpMatchArray | null = null;
  // (The set of line starts is made only for a paragraph that says a year: asked of every paragraph of a report without
  // its year, most of which say none.)
  if (converted.includes('年')) {
    const lineStarts = new Set(lines.map((g) => g.offset));
    for (const m of allMatches(YEAR_AS_TIME, converted)) if (opensLine(converted, m.index ?? 0, lineStarts)) opening = m;
  }
  if (opening) {
    const end = (opening.index ?? 0) + opening[0].length;
    // (Its own figures take it, the time cues around each deciding (figureTime.ts); the paragraphs after it only when
    // nothing after the opening names another time.)
    return { year: Number(opening[1]), at: end, carries: !namesOtherTime(converted.slice(end), Number(opening[1])) };
  }
  if (!before || !before.carries || namesOtherTime(converted, before.year)) return null;
  return { year: before.year, at: -1, carries: true };
}

/** The year said at a figure that starts at `start` in the paragraph: carried in, or this paragraph's opening once passed. */
export function yearSaidAt(here: YearSaid | null, start: number): number | null {
  return here && here.at <= start ? here.year : null;
}
