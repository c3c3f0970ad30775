/**
 * A figure's other side in its report: this year's target's pair among last year's actuals, or the target an actual
 * answers (findTargetActualPairs). One function for the hover card and the Compare Targets table, so that the two
 * never disagree (a trial user saw a growth target's card show last year's level while the table said “—”).
 */
import { findTargetActualPairs } from '../references/targets';
import { sameRange } from '../positions';
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
  return pair ? mentions.find((m) => sameRange(m.range, pair.to.range)) : undefined;
}

/**
 * A bare noun of two characters (项目, 企业) names no indicator of its own: 新引进…项目50个以上 and 10个项目列入… are
 * not one series (福建 2026, a new user's trial). Indicators the lexicon knows pair by their key whatever their name.
 */
function bareNoun(figure: Indicator): boolean {
  const name = figure.name?.replace(/\s+/gu, '');
  return name !== undefined && name !== null && !figure.groupKey?.startsWith('lexicon:') && name.length <= 2;
}
