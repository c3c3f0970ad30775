/**
 * Go to Definition, Find All References and Document Highlights over one report's model (the core's referenceAt and
 * relatedAt); the cross-report parts (last year's report, other years' mentions) are added by the service.
 */
import { referenceAt, relatedAt } from '../references/query';
import type { Related } from '../references/query';
import { rangeContains, sameRange } from '../positions';
import type { MeetingMention, Position, Range, ReportModel } from '../types';
import type { ReportDefinition, ReportHighlight } from './types';

/**
 * The definition of the cross-reference whose source is at the position: an abbreviation → the full title, 十四五 →
 * its part, a term → its glossary entry (or first mention), a footnote marker ↔ its entry, a target ↔ the actual it is
 * measured against. The whole source is the origin.
 */
export function definitionAt(model: ReportModel, uri: string, at: Position): ReportDefinition | undefined {
  const reference = referenceAt(model, at);
  return reference ? { origin: reference.from.range, target: { uri: reference.to.uri ?? uri, range: reference.to.range } } : undefined;
}

/** The mention of last year's people's congress session at the position (its definition is last year's report). */
export function previousSessionAt(model: ReportModel, at: Position): MeetingMention | undefined {
  return (model.meetings ?? []).find((m) => m.previous && rangeContains(m.range, at));
}

/** The mentions in document order; without the definition (glossary entry, full title, heading) unless asked. */
export function referenceRanges(related: Related, includeDeclaration: boolean): Range[] {
  const definition = related.definition;
  if (includeDeclaration || !definition) return related.ranges;
  return related.ranges.filter((range) => !sameRange(range, definition));
}

/**
 * Every mention of what is at the position in this report, the definition marked as a write; nothing for a lone
 * mention (the editor's own word highlighter would show the same).
 */
export function highlightsAt(model: ReportModel, at: Position): ReportHighlight[] {
  const related = relatedAt(model, at);
  if (!related || related.ranges.length < 2) return [];
  const definition = related.definition;
  return related.ranges.map((range) => ({ range, kind: definition && sameRange(range, definition) ? 'write' : 'read' }));
}
