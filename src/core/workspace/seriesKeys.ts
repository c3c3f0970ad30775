/**
 * Which indicators of one place may have a series across its years: the keys (grouping key and unit, as the index
 * keys figures) with a yearly figure in two or more of the place's reports. The one candidate rule of `govreport
 * series` (seriesTable.ts) and of the charts across years (charts/placeSeries.ts).
 */
import { makesNoRow } from '../indicators/bareNoun';
import { addsToStock, seriesYear } from './series';
import type { IndexedReport } from './series';
import { unitKey } from './unitKey';

export interface SeriesKey {
  readonly groupKey: string;
  readonly unit: string | null;
  /** Some of its figures are a year's additions to a stock (新增70家): a row of additions may stand apart (series.ts additionsSeries). */
  readonly addition: boolean;
}

const SEP = '\u0000';

/**
 * The keys with a figure that stands for one year in two or more of `reports`, in the order they first come — a year
 * as the series reads it (series.ts seriesYear: a one-year period, or the level a review's span ended with), so that
 * what the picker and `govreport series` list is what a card's chart draws (review23: on trial17's folder the card
 * offered 20 charts across years the picker lacked, each holding a span's end level: 保定 2021's 市场主体达到79.1万家).
 */
export function keysInTwoReports(reports: readonly IndexedReport[]): SeriesKey[] {
  const seen = new Map<string, { groupKey: string; unit: string | null; uris: Set<string>; addition: boolean }>();
  for (const report of reports) {
    for (const ind of report.indicators) {
      if (!ind.groupKey || seriesYear(ind) === null || makesNoRow(ind)) continue;
      const id = `${ind.groupKey}${SEP}${unitKey(ind.unit) ?? ''}`;
      const found = seen.get(id) ?? { groupKey: ind.groupKey, unit: unitKey(ind.unit), uris: new Set<string>(), addition: false };
      found.uris.add(report.uri);
      if (addsToStock(ind)) found.addition = true;
      seen.set(id, found);
    }
  }
  return [...seen.values()].filter((k) => k.uris.size >= 2).map(({ groupKey, unit, addition }) => ({ groupKey, unit, addition }));
}
