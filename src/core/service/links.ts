/**
 * Cross-references as links: every reference whose target is in the same document (abbreviation → full title,
 * 十四五 → its part, term → glossary entry or first mention, footnote ↔ entry, target ↔ actual), and a mention of
 * last year's people's congress session → last year's report of the same place, with a tooltip naming the target.
 */
import { figurePhrase } from '../indicators/card';
import { statusLabels } from '../l10n/labels';
import { translator } from '../l10n/translate';
import { rangeKey } from '../positions';
import type { Indicator, Range, Reference, ReportModel } from '../types';
import type { ReportLocation } from '../workspace/relations';
import type { ReportLink } from './types';

/** A tooltip names the target; headings and glossary entries are cut to this many characters. */
const MAX_TOOLTIP_CHARS = 60;

/** One link per reference that stays in this document. */
export function documentLinks(model: ReportModel, uri: string, language: string): ReportLink[] {
  const figureAt = figuresByRange(model);
  const links: ReportLink[] = [];
  for (const reference of model.references) {
    if (reference.to.uri !== undefined) continue;
    links.push({ range: reference.from.range, target: { uri, range: reference.to.range }, tooltip: referenceTooltip(reference, figureAt, language) });
  }
  return links;
}

/** The mentions of last year's session as links to last year's report, at its title line. */
export function previousReportLinks(model: ReportModel, target: ReportLocation, describe: (uri: string) => string, language: string): ReportLink[] {
  const tooltip = previousReportTooltip(target, describe, language);
  return (model.meetings ?? []).filter((m) => m.previous).map((m) => ({ range: m.range, target: { uri: target.uri, range: target.titleRange }, tooltip }));
}

/** “→ 《苏州市…纲要（草案）》”, “→ 二、“十四五”时期…”, “→ 2020 实际 6.1%” / “→ 2020 actual 6.1%”. */
export function referenceTooltip(reference: Reference, figureAt: (range: Range) => Indicator | undefined, language: string): string {
  if (reference.kind === 'indicator') {
    const target = figureAt(reference.to.range);
    if (target) return `→ ${[target.period, statusLabels(language)[target.status], figurePhrase(target)].filter((part) => part).join(' ')}`;
  }
  return `→ ${shorten(reference.to.text)}`;
}

/** “→ 苏州市 2020 government work report (reports/2020.txt)”. */
export function previousReportTooltip(target: ReportLocation, describe: (uri: string) => string, language: string): string {
  const { meta } = target.report;
  return translator(language)('→ {0} {1} government work report ({2})', meta.place ?? '', String(meta.year ?? ''), describe(target.uri));
}

/** Figures by the exact range they stand at (a paired target's or actual's tooltip names it), built on first use. */
function figuresByRange(model: ReportModel): (range: Range) => Indicator | undefined {
  let map: Map<string, Indicator> | undefined;
  return (range) => {
    if (!map) {
      map = new Map();
      for (const ind of model.indicators) map.set(rangeKey(ind.range), ind);
    }
    return map.get(rangeKey(range));
  };
}

function shorten(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > MAX_TOOLTIP_CHARS ? `${line.slice(0, MAX_TOOLTIP_CHARS - 1)}…` : line;
}
