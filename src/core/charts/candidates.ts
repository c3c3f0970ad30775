/**
 * Which charts a folder of reports can draw: for every indicator (grouping key and unit, as the index keys
 * figures), the places whose reports give it in two or more years (chart a) and the years for which two or more
 * places give it (chart b). Feeds the Command Palette's pick list, the hover card's and the Indicators view's links.
 */
import { additionsName, addsToStock, holdsAdditions, seriesYear } from '../workspace/series';
import type { IndexedReport, SeriesRow } from '../workspace/series';
import type { Indicator, Position } from '../types';
import { rangeContains } from '../positions';
import { seriesKey } from '../workspace/relations';
import { usualName } from './figures';
import { indicatorSeries, seriesOfPlace } from './placeSeries';
import { placeCell, placeRows, placesChart, reportsByPlace } from './placesChart';
import type { PlacesChart, YearsChart } from './types';
import { yearsChart } from './yearsChart';
import { sameUnit, unitKey } from '../workspace/unitKey';
import { placeLevel } from '../workspace/placeLevel';
import { entryNameIn, entryOfGroup } from '../lexicon';
import type { PlaceLevel } from '../workspace/placeLevel';

/** What to draw: (a) an indicator across the years of a place, (b) across places for a year. */
export type ChartRequest =
  | {
      readonly type: 'years';
      readonly place: string;
      readonly groupKey: string;
      readonly unit: string | null;
      /** The row of a year's additions (新增70家) where the reports give the stock (达到1850家) too; the stock's when absent. */
      readonly additions?: true;
    }
  | {
      readonly type: 'places';
      readonly year: number;
      readonly status: Indicator['status'];
      readonly groupKey: string;
      readonly unit: string | null;
      /** Only places of this level (a country beside a district compares nothing); all places when absent. */
      readonly level?: PlaceLevel;
      /**
       * A year's additions (新增70家) in every place; when absent, every place's stock or level (达到1850家) — never one
       * place's additions beside another's stock.
       */
      readonly additions?: true;
    };

/** A chart the folder can draw, with how much it would show. */
export type ChartOption =
  | (Extract<ChartRequest, { type: 'years' }> & { readonly years: readonly number[] })
  | (Extract<ChartRequest, { type: 'places' }> & { readonly places: number });

/** One indicator and the charts it has. */
export interface IndicatorCharts {
  readonly groupKey: string;
  readonly unit: string | null;
  readonly name: string;
  /**
   * The other names it goes by: the lexicon's standard name and synonyms (国内生产总值 for 地区生产总值, and the other
   * way round), so that a picker finds it by the name the analyst's report uses.
   */
  readonly aliases: readonly string[];
  readonly options: readonly ChartOption[];
}

/** The chart a request asks for, from the reports given; undefined when they hold nothing for it. */
export function buildChart(reports: readonly IndexedReport[], request: ChartRequest): YearsChart | PlacesChart | undefined {
  return request.type === 'years'
    ? yearsChart(reports, request.place, request.groupKey, request.unit, request.additions === true)
    : placesChart(reports, request.year, request.groupKey, request.unit, request.status, request.level, request.additions === true);
}

const SEP = '\u0000';

/**
 * Every indicator that has a chart: (a) for a place, when it has a series there (seriesOfPlace, placeSeries.ts: the
 * rule `govreport series` shares); (b) for a year and a
 * status, when two or more places give it. The widest comparisons first, then by name; options by place, then
 * latest year first.
 */
export function chartCandidates(reports: readonly IndexedReport[]): IndicatorCharts[] {
  const byKey = new Map<string, { groupKey: string; unit: string | null; additions: boolean; options: ChartOption[] }>();
  // A year's additions charted apart from the stock are an indicator of their own in the list (“X（新增）”).
  const entry = (groupKey: string, unit: string | null, additions = false) => {
    const id = `${groupKey}${SEP}${unit ?? ''}${additions ? `${SEP}+` : ''}`;
    const found = byKey.get(id) ?? { groupKey, unit, additions, options: [] };
    byKey.set(id, found);
    return found;
  };
  const places = reportsByPlace(reports);
  for (const [place, ofPlace] of places) {
    for (const { groupKey, unit, rows, additions } of seriesOfPlace(ofPlace)) {
      entry(groupKey, unit, additions).options.push({ type: 'years', place, groupKey, unit, ...(additions ? { additions } : {}), years: rows.map((r) => r.year) });
    }
  }
  for (const { year, status, groupKey, unit, level, additions, places: found } of yearFigures(places).values()) {
    if (found.size >= 2) entry(groupKey, unit, additions).options.push({ type: 'places', year, status, groupKey, unit, level, ...(additions ? { additions } : {}), places: found.size });
  }
  const out: IndicatorCharts[] = [];
  for (const { groupKey, unit, additions, options } of byKey.values()) {
    options.sort(compareOptions);
    const name = usualName(reports, groupKey, unit);
    out.push({ groupKey, unit, name: additions ? additionsName(name) : name, aliases: aliasesOf(groupKey, name), options });
  }
  // The widest comparisons first (GDP growth in every province, a target set every year), then by name.
  return out.sort((a, b) => coverage(b) - coverage(a) || a.name.localeCompare(b.name, 'zh-Hans-CN') || (a.unit ?? '').localeCompare(b.unit ?? ''));
}

/**
 * The candidates with the report being read put first: the indicators charted for its place lead (in their order),
 * and each one's chart of that place leads its options; then the indicators the report itself gives in a chart of
 * its year across places (`own`: its year and its figures' group keys), that chart first. A trial user reading 四川
 * 2026 found the national series first whatever report was open; a sixth, reading 湖南 2026 (one year of 湖南 in the
 * workspace, so no chart of its years), found 全国's unemployment first and 湖南's GDP chart third. Unchanged
 * without a place.
 */
export function placeFirst(candidates: readonly IndicatorCharts[], place: string | null | undefined, own?: { readonly year: number | null; readonly groupKeys: ReadonlySet<string> }): IndicatorCharts[] {
  if (!place) return [...candidates];
  const ofPlace = (o: ChartOption): boolean => o.type === 'years' && o.place === place;
  const ofYear = (c: IndicatorCharts, o: ChartOption): boolean => own !== undefined && own.year !== null && o.type === 'places' && o.year === own.year && own.groupKeys.has(c.groupKey);
  const tier = (c: IndicatorCharts): number => (c.options.some(ofPlace) ? 0 : c.options.some((o) => ofYear(c, o)) ? 1 : 2);
  const rank = (c: IndicatorCharts, o: ChartOption): number => (ofPlace(o) ? 0 : ofYear(c, o) ? 1 : 2);
  // Stable sorts: the order chartCandidates gave stays within a tier.
  const reordered = candidates.map((c) => (tier(c) < 2 ? { ...c, options: [...c.options].sort((a, b) => rank(c, a) - rank(c, b)) } : c));
  return [0, 1, 2].flatMap((t) => reordered.filter((c) => tier(c) === t));
}

/**
 * The candidates named as the report being read words them: a national report's reader sees 国内生产总值 where most
 * of the workspace's reports say 地区生产总值 (a twelfth trial, reading national 2017, was asked “Which chart of
 * 地区生产总值?”), and a province's reader 地区生产总值 where most say 国内生产总值. The other name stays findable among
 * the aliases. Only lexicon groups named by their entry (entryNameIn); unchanged elsewhere.
 */
export function inPlaceWords(candidates: readonly IndicatorCharts[], place: string | null | undefined): IndicatorCharts[] {
  return candidates.map((c) => {
    const entry = entryOfGroup(c.groupKey);
    // (Either wording of the entry's own name — the regional or the national — is read as the place words it.)
    const named = entry && (c.name === entry.name || c.name === entryNameIn(entry, '全国')) ? entryNameIn(entry, place) : c.name;
    return named === c.name ? c : { ...c, name: named, aliases: [c.name, ...c.aliases.filter((a) => a !== named && a !== c.name)] };
  });
}

/** The lexicon's names of a group other than the one shown (none for a group keyed by its own name). */
function aliasesOf(groupKey: string, shown: string): string[] {
  const entry = entryOfGroup(groupKey);
  return entry ? [entry.name, ...entry.synonyms].filter((n, i, all) => n !== shown && all.indexOf(n) === i) : [];
}
/** How much an indicator's widest chart compares: its years, or its places. */
export function coverage(charts: Pick<IndicatorCharts, 'options'>): number {
  return Math.max(0, ...charts.options.map((o) => (o.type === 'years' ? o.years.length : o.places)));
}

/**
 * The charts one figure of a report belongs to (the hover card's and the Indicators view's links): its place's
 * years when they make a chart, and its year across places when two or more places give it. `groupKey` is the key
 * the index uses for the figure (see the editor's seriesKey).
 */
export function chartOptionsFor(
  reports: readonly IndexedReport[],
  place: string | null,
  figure: Pick<Indicator, 'unit' | 'period' | 'status' | 'kind' | 'measure' | 'addsNew'> & { readonly name?: string | null; readonly groupKey?: string | null },
  groupKey: string,
): ChartOption[] {
  const out: ChartOption[] = [];
  const { unit } = figure;
  const places = reportsByPlace(reports);
  const ofPlace = place ? places.get(place) : undefined;
  // A figure of a year's additions opens the chart of additions where the reports chart the stock apart (a trial's
  // card of 新增70家 showed the additions and opened a chart of the stock, 739 / 1100 / 1850家).
  const adds = addsToStock({ measure: figure.measure, name: figure.name ?? null, ...(figure.addsNew ? { addsNew: true as const } : {}) });
  const added = place && ofPlace && adds ? indicatorSeries(ofPlace, groupKey, unit, true) : null;
  // Without a row of additions apart, a card of additions opens the place's main row only where that row is of
  // additions too: a trial's card of 新增市场经营主体18.1万户 opened a chart of the stock (26.5 → 60.4万户, 2013–2017),
  // which held neither the figure nor its year.
  const main = !added && place && ofPlace ? indicatorSeries(ofPlace, groupKey, unit) : null;
  const rows = added ?? (main && (!adds || holdsAdditions(main)) ? main : null);
  if (place && rows) out.push({ type: 'years', place, groupKey, unit, ...(added ? { additions: true as const } : {}), years: rows.map((r) => r.year) });
  const year = seriesYear(figure);
  if (year !== null) {
    const level = place ? placeLevel(place) : undefined;
    const found = level ? yearFigures(places, groupKey, unit).get(yearFiguresId(year, figure.status, level, groupKey, unit, adds)) : undefined;
    if (found && found.places.size >= 2) out.push({ type: 'places', year, status: figure.status, groupKey, unit, level, ...(adds ? { additions: true as const } : {}), places: found.places.size });
  }
  return out;
}

interface YearFigures {
  readonly year: number;
  readonly status: Indicator['status'];
  readonly groupKey: string;
  readonly unit: string | null;
  readonly level: PlaceLevel;
  /** A year's additions (addsToStock), compared only with other places' additions. */
  readonly additions: boolean;
  readonly places: Set<string>;
}

function yearFiguresId(year: number, status: Indicator['status'], level: PlaceLevel, groupKey: string, unit: string | null, additions: boolean): string {
  return `${year}${SEP}${status}${SEP}${level}${SEP}${groupKey}${SEP}${unitKey(unit) ?? ''}${additions ? `${SEP}+` : ''}`;
}

/**
 * For every year, status, place level and key given by two places or more: the places that give a figure for it as
 * placesChart finds it — a target in the year's own report, an actual in any report of the place, as that place's
 * series row (crossReportSeries) holds it. Optionally for one key only. A first pass collects the places that could
 * (one scan of the figures); the series confirms each, so that the picker offers the number of places the chart draws
 * (a twelfth trial was offered 2 and shown 3: 甘肃's 地区生产总值达到…, a level a five-year review ends on, is 2025's in
 * the chart; 天津's 提升农村公路310公里 is a rise, which the chart leaves out of a row of levels).
 */
function yearFigures(places: ReadonlyMap<string, readonly IndexedReport[]>, onlyKey?: string, onlyUnit?: string | null): Map<string, YearFigures> {
  const out = new Map<string, YearFigures>();
  const rowsOf = seriesRowsOf(places);
  for (const [place, ofPlace] of places) {
    const level = placeLevel(place);
    for (const report of ofPlace) {
      for (const ind of report.indicators) {
        // The year the places chart draws it under (crossReportSeries' rows): its own, or the last of the span whose
        // level a review ends on — so that the picker's count is the chart's (a twelfth trial saw 2 offered, 3 drawn).
        const year = seriesYear(ind);
        if (!ind.groupKey || year === null || (onlyKey !== undefined && (ind.groupKey !== onlyKey || !sameUnit(ind.unit, onlyUnit ?? null)))) continue;
        if (ind.status === 'target' && year !== report.meta.year) continue;
        const additions = addsToStock(ind);
        const id = yearFiguresId(year, ind.status, level, ind.groupKey, ind.unit, additions);
        const found = out.get(id) ?? { year, status: ind.status, groupKey: ind.groupKey, unit: unitKey(ind.unit), level, additions, places: new Set<string>() };
        found.places.add(place);
        out.set(id, found);
      }
    }
  }
  for (const [id, found] of out) {
    // One place makes no chart across places: not confirmed (a series per place and key is the costly part — a review
    // saw 44 national reports, one place, take 1.15 s here).
    if (found.places.size < 2) {
      out.delete(id);
      continue;
    }
    for (const place of found.places) {
      const row = rowsOf(place, found.groupKey, found.unit, found.additions).find((r) => r.year === found.year);
      if (!placeCell(row, found.status, found.additions)) found.places.delete(place);
    }
    if (found.places.size < 2) out.delete(id);
  }
  return out;
}

/** A place's series rows of one key, computed once per place and key (the confirming pass asks for each year). */
function seriesRowsOf(places: ReadonlyMap<string, readonly IndexedReport[]>): (place: string, groupKey: string, unit: string | null, additions: boolean) => readonly SeriesRow[] {
  const cache = new Map<string, readonly SeriesRow[]>();
  return (place, groupKey, unit, additions) => {
    const id = `${place}${SEP}${groupKey}${SEP}${unit ?? ''}${additions ? `${SEP}+` : ''}`;
    let rows = cache.get(id);
    if (!rows) {
      const ofPlace = places.get(place);
      rows = ofPlace && ofPlace[0] ? placeRows(ofPlace, groupKey, unit, additions) : [];
      cache.set(id, rows);
    }
    return rows;
  };
}

function compareOptions(a: ChartOption, b: ChartOption): number {
  if (a.type !== b.type) return a.type === 'years' ? -1 : 1;
  if (a.type === 'years' && b.type === 'years') return a.place.localeCompare(b.place, 'zh-Hans-CN');
  if (a.type === 'places' && b.type === 'places') return b.year - a.year || (a.status === 'target' ? -1 : 1);
  return 0;
}

/**
 * The indicator of the figure at `position` in `self` leads the list (a seventh trial pressed Enter on the chart
 * picker's first row, expecting the figure the cursor stood on); the rest keep their order.
 */
export function figureFirst(candidates: readonly IndicatorCharts[], self: IndexedReport | undefined, position: Position | undefined): IndicatorCharts[] {
  if (!self || !position) return [...candidates];
  const figure = self.indicators.find((i) => rangeContains(i.range, position));
  const key = figure ? seriesKey(figure, self) : undefined;
  const i = key && figure ? candidates.findIndex((c) => c.groupKey === key && sameUnit(c.unit, figure.unit)) : -1;
  return i > 0 ? [candidates[i] as IndicatorCharts, ...candidates.slice(0, i), ...candidates.slice(i + 1)] : [...candidates];
}
