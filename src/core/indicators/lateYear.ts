import { arabicYears } from './timeScope';
import { PRESENT_WORD } from './presentWords';

/**
 * Reports delivered late in their year (national 1964, made in December; 1980, in August; 1981, at the end of
 * November): they review the year that is ending — its 今年 is the year reported, estimated to its end — and plan the
 * next, called 明年 or by its number (一九六五年计划草案, 1982年的计划). Read with the rules of a report given early in
 * the year, every 今年 figure came out as this year's goal, and 明年's plan had no year of its own.
 *
 * Such a report speaks from the standpoint of the year it plans: for the time rules only, it is read as a report of
 * that next year whose 今年 is 去年 and whose 明年 is 今年 (see `fromPlannedYear`). The year shown for the report stays
 * the one it was given in.
 */

/** The month of the report's own date, when the title block gives one in the report's year (“1964年12月21日”). */
function monthOf(date: string | null | undefined, year: number): number | null {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  return m && Number(m[1]) === year ? Number(m[2]) : null;
}

/**
 * Whether a report of `year` was given late in it. From its date when it has one (September or later); else from the
 * text: it names next year's plan (明年的计划, 1982年的计划, 一九六五年计划草案) AND tells this year as a whole, estimated
 * (今年…预计比去年…, 一九六四年全国工业总产值，预计比一九六三年…) or counted to autumn (今年１至９月, 一九八二年一到十月). Either alone is not
 * enough: a report in March may mention next year's plan, and one in June may estimate the year.
 */
export function deliveredLate(paragraphs: readonly string[], year: number, date?: string | null): boolean {
  const month = monthOf(date, year);
  if (month !== null) return month >= 9;
  const { next, whole } = latePatterns(year);
  let plansNext = false;
  let toldWhole = false;
  for (const p of paragraphs) {
    // Only paragraphs that can hold the evidence are converted (one test, then one bounded pass each).
    if (!p.includes('年')) continue;
    const t = arabicYears(p);
    plansNext ||= next.test(t);
    toldWhole ||= whole.test(t);
    if (plansNext && toldWhole) return true;
  }
  return false;
}

/**
 * The two patterns of deliveredLate for one year, made once per year: V8 drops its cache of compiled patterns at each
 * major GC, so a pattern built per call was compiled again after every one (perf38). A workspace holds a handful of
 * years, so the memo is emptied past 64.
 */
const LATE_PATTERNS = new Map<number, { readonly next: RegExp; readonly whole: RegExp }>();
function latePatterns(year: number): { readonly next: RegExp; readonly whole: RegExp } {
  const known = LATE_PATTERNS.get(year);
  if (known) return known;
  if (LATE_PATTERNS.size >= 64) LATE_PATTERNS.clear();
  const made = {
    // eslint-disable-next-line no-restricted-syntax -- once per year (this memo).
    next: new RegExp(`(?:${year + 1}年(?:的)?(?:国民经济|经济|年度)?计划|明年(?:的)?(?:国民经济)?计划)`),
    // The year estimated as the subject (今年轻纺工业的总产值预计比去年增长12%), not as the base of next year's plan
    // (比1980年预计增长5.5%, in a report made in August) nor a plan said to go well (1980年计划正在顺利执行，预计…).
    // eslint-disable-next-line no-restricted-syntax -- once per year (this memo).
    whole: new RegExp(`(?<![比较由从同与])(?:今年|${year}年)[^。；;]{0,14}?预计(?:将|可以|可)?(?:比|达到|达|增长|增加|下降)|(?:今年|${year}年)(?:1|一)(?:至|到|—|－|-)(?:9|1[01]|九|十一?)月`),
  };
  LATE_PATTERNS.set(year, made);
  return made;
}

/**
 * 明年 → 今年, 今年 → 去年, 去年 → 前年 (去年同期 → 上年同期: still a comparison within the year so far); and the
 * present (现在, 目前: 由四百六十六个减少到现在的二百七十六个) is the year reviewed too, so → 去年.
 */
const SHIFT: Readonly<Record<string, string>> = { 明年: '今年', 今年: '去年', 去年: '前年', 去年同期: '上年同期', 现在: '去年', 目前: '去年' };
/** (Not the 现在 of 体现在 and 实现在, nor the 目前 of 项目前期: words across a word boundary, presentWords.ts.) */
const SHIFTED = new RegExp(`去年同期|[明今去]年|${PRESENT_WORD}`, 'g');

/**
 * A late report's text as its planned year would say it, two characters for two so that offsets hold: 今年 becomes
 * 去年 (the year reviewed), 明年 becomes 今年 (the year planned). To be read with the planned year (`year + 1`).
 */
export function fromPlannedYear(s: string): string {
  return /[明今去]年|现在|目前/.test(s) ? s.replace(SHIFTED, (w) => SHIFT[w] ?? w) : s;
}
