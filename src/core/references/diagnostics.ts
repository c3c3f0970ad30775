import type { Indicator, Range, ReportModel } from '../types';
import { isFootnoteEntry } from './footnotes';

export type DiagnosticCode = 'footnote-missing' | 'footnotes-without-glossary' | 'footnote-unused' | 'indicator-conflict';

export interface ReportDiagnostic {
  readonly code: DiagnosticCode;
  readonly range: Range;
  /** Values for the message, which the adapter words in the user's language. */
  readonly args: Readonly<Record<string, string>>;
  /** Where the other side is (the conflicting figure), for related information. */
  readonly related?: Range;
}

/**
 * Low-noise checks: a footnote marker with no glossary entry, a glossary entry no marker points at, and one
 * indicator given two different values for the same period with the same unit, kind and measure (a typo or a
 * revised figure). Anything less certain is not reported.
 */
export function diagnose(model: ReportModel): ReportDiagnostic[] {
  const out: ReportDiagnostic[] = [];
  const fn = model.footnotes;
  if (fn) {
    // A page copied without its notes has every marker orphaned: one finding says so, at the first marker, instead of
    // one a marker (a trial's 保定 2021 showed 54). A marker missing from a glossary that is there stays its own finding.
    const glossary = fn.entries.some(isFootnoteEntry);
    const first = fn.orphanMarkers[0];
    // The lowest and highest numbers, not the first and last in the text, which can run backwards (review25: “[5] … [2]”).
    const byNumber = [...fn.orphanMarkers].sort((a, b) => markerNumber(a.text) - markerNumber(b.text));
    const low = byNumber[0];
    const high = byNumber[byNumber.length - 1];
    if (!glossary && first && low && high && fn.orphanMarkers.length > 1) {
      out.push({ code: 'footnotes-without-glossary', range: first.range, args: { count: String(fn.orphanMarkers.length), first: low.text, last: high.text } });
    } else for (const m of fn.orphanMarkers) out.push({ code: 'footnote-missing', range: m.range, args: { marker: m.text } });
    for (const e of fn.unreferencedEntries) out.push({ code: 'footnote-unused', range: e.range, args: { entry: e.number } });
  }
  const seen = new Map<string, Indicator>();
  for (const ind of model.indicators) {
    // Only standard indicators (lexicon entries) with a single-year period: names the binder assembled are not
    // certain enough to accuse the report of contradicting itself.
    if (!ind.groupKey?.startsWith('lexicon:') || !ind.name || ind.status !== 'actual' || !ind.period || !/^\d{4}$/.test(ind.period)) continue;
    if (ind.valueMax !== undefined || ind.measure === null || /\d/.test(ind.name)) continue;
    if (ind.kind === 'rank' || ind.kind === 'other' || ind.kind === 'count') continue;
    const key = [ind.groupKey, ind.period, ind.unit, ind.kind, ind.measure, ind.qualifier ?? ''].join('\u0000');
    const first = seen.get(key);
    if (!first) {
      seen.set(key, ind);
      continue;
    }
    if (Math.abs(first.value - ind.value) > 1e-9 * Math.max(1, Math.abs(first.value))) {
      out.push({ code: 'indicator-conflict', range: ind.range, related: first.range, args: { name: ind.name, period: ind.period, value: ind.text, other: first.text } });
    }
  }
  return out;
}

/** A marker's number ([12], ［3］, ^[7] → 12, 3, 7). */
function markerNumber(text: string): number {
  return Number(/\d+/u.exec(text)?.[0] ?? 0);
}
