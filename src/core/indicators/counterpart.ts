/**
 * A figure's other side in its report: this year's target's pair among last year's actuals, or the target an actual
 * answers (findTargetActualPairs). One function for the hover card and the Compare Targets table, so that the two
 * never disagree (a trial user saw a growth target's card show last year's level while the table said “—”).
 */
import { findTargetActualPairs } from '../references/targets';
import { comparePositions, sameRange } from '../positions';
import { sameUnit } from '../workspace/unitKey';
import { periodEndYear } from './timeScope';
import type { Indicator, ReportMeta } from '../types';
import { sameIndicatorAmong } from './lookup';

/**
 * Computed on the figure's own mentions only (the indicator's group), so a hover never waits for the report's other
 * references; the measures may differ (a growth target ↔ the level the review ends on: both are shown).
 */
export function counterpartFigure(indicators: readonly Indicator[], meta: ReportMeta, figure: Indicator): Indicator | undefined {
  if (!figure.groupKey || bareNoun(figure)) return undefined;
  const mentions = sameIndicatorAmong(indicators, figure);
  const pair = findTargetActualPairs(mentions, meta).find((r) => sameRange(r.from.range, figure.range));
  const paired = pair ? mentions.find((m) => sameRange(m.range, pair.to.range)) : undefined;
  if (paired || figure.status !== 'target') return paired;
  // The fallbacks below look at one year's target only, among last year's actuals measured as it is (kind, unit).
  const year = periodEndYear(figure.period) ?? meta.year;
  if (year === null || (figure.period !== null && figure.period.includes('-'))) return undefined;
  const lastYears = mentions.filter((m) => m.status === 'actual' && m.period === String(year - 1) && m.kind === figure.kind && sameUnit(m.unit, figure.unit));
  return startOfRise(lastYears, figure) ?? reviewedLevel(lastYears, figure);
}

/**
 * Last year's actual of a target's indicator that the report states elsewhere (among `lastYears`: same kind and unit),
 * measured exactly as the target is (its read measure too), when the pairing rules found no counterpart: national 1956's 粮食产量 target beside the
 * review's 粮食总产量达到３，６８０亿斤 (review14: the Compare table had shown it before the card and table were made to
 * agree, and the card never had). A different measure stays unpaired here: only the pairing rules set a growth beside a
 * level. A share is left out: the whole it is a share of is not read (1956's 经济建设支出占预算支出的52.22% is no
 * sequel to 1955's 地方…经济建设支出占27.21%).
 */
function reviewedLevel(lastYears: readonly Indicator[], target: Indicator): Indicator | undefined {
  // A share is left out (above), and so is a figure whose measure was not read: 2008's 中央财政赤字1800亿元 beside
  // 削减财政赤字450亿元 (a cut, read as a level with no measure) is no sequel.
  if (target.kind === 'share' || target.measure === null) return undefined;
  return lastYears.find((m) => m.measure === target.measure);
}

/**
 * Last year's level a target's own sentence starts from (赤字率从去年的2.1%提高到2.3% — national 2015, dev; 由55元提高
 * 到70元): the links leave it out (a link to the same sentence leads nowhere), but it is the actual the target is set
 * against, measured as the target is. The last of `lastYears` (same indicator, unit and kind, dated the year before
 * the target's) before it in the same paragraph (its line: 由…提高到… may span a clause or two).
 */
function startOfRise(lastYears: readonly Indicator[], target: Indicator): Indicator | undefined {
  const line = target.range.start.line;
  return lastYears.filter((m) => m.range.start.line === line && comparePositions(m.range.end, target.range.start) <= 0).at(-1);
}

/**
 * A bare noun of two characters (项目, 企业) names no indicator of its own: 新引进…项目50个以上 and 10个项目列入… are
 * not one series (福建 2026, a new user's trial). Indicators the lexicon knows pair by their key whatever their name.
 */
export function bareNoun(figure: Indicator): boolean {
  const name = figure.name?.replace(/\s+/gu, '');
  return name !== undefined && name !== null && !figure.groupKey?.startsWith('lexicon:') && name.length <= 2;
}
