import type { Range, ReportModel } from '../types';

/**
 * Where a report's own words are not: page chrome (a portal's place list), the page's second copy of the report, and
 * the later reports of a compilation file (national 2022 followed by 2024 in one file).
 */
export type BodyLines = Pick<ReportModel, 'chromeLines' | 'duplicateFromLine' | 'laterReports'>;

/**
 * Whether a mention found by searching the file's text stands in the report's body. The references of a written name
 * are searched on the text as it is; without this a portal's list of cities and the page's repeat of the report count
 * as mentions (a trial: 11 references of 雄安新区 in hebei-2021 where the report writes it 4 times — and its card said 4).
 */
export function inBody(body: BodyLines | undefined): (range: Range) => boolean {
  if (!body) return () => true;
  const chrome = new Set(body.chromeLines);
  const ends = [body.duplicateFromLine, body.laterReports[0]?.line].filter((line): line is number => line !== null && line !== undefined);
  const end = ends.length > 0 ? Math.min(...ends) : Infinity;
  return (range) => range.start.line < end && !chrome.has(range.start.line);
}
