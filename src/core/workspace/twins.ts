/**
 * One report kept twice in a workspace: a GBK original beside its UTF-8 copy, a CRLF copy, the same file in two
 * folders. The index reads each file on its own; where a list of places in other reports is meant to show reports,
 * a twin is the same report again (a fourteenth trial: Shift+F12 on a programme listed each mention twice, once per
 * copy). Series and charts already keep one report per place and year (series.ts onePerYear); this is for the lists
 * that go by file.
 */
import type { IndexedReport } from './series';

/**
 * What two readings of one text share: the same title, place, year and date, and the same figures at the same
 * places (decoding and line ends change no VS Code position). Undefined for a report with no figure: too little to
 * tell it from another text with no metadata.
 */
export function twinKey(report: IndexedReport): string | undefined {
  const { indicators, meta } = report;
  const first = indicators[0];
  const last = indicators[indicators.length - 1];
  if (!first || !last) return undefined;
  const at = (i: typeof first): string => `${i.range.start.line}:${i.range.start.character}:${i.text}`;
  return [meta.title, meta.place, meta.year, meta.date, indicators.length, at(first), at(last)].join('\u0000');
}

/**
 * The entries of `files` that are not a twin of `self` nor of an entry before them (the first of each set is kept;
 * files with no indexed report are kept as they are).
 */
export function withoutTwins<T extends { readonly report?: IndexedReport }>(files: readonly T[], self?: IndexedReport): T[] {
  const seen = new Set<string>();
  const selfKey = self && twinKey(self);
  if (selfKey !== undefined) seen.add(selfKey);
  return files.filter((file) => {
    const key = file.report && twinKey(file.report);
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The indexed reports of `files` other than `selfUri`'s that `keep` accepts, each report once: a copy of this report or
 * of one listed before it is left out (Find All References and Go to Definition into other reports).
 */
export function otherReportFiles<T extends { readonly uri: string; readonly status: string; readonly report?: IndexedReport }>(
  files: readonly T[],
  selfUri: string,
  keep: (file: T) => boolean = () => true,
): T[] {
  const own = files.find((f) => f.uri === selfUri)?.report;
  return withoutTwins(files.filter((f) => f.status === 'report' && f.uri !== selfUri && keep(f)), own);
}
