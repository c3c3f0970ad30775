import type { Range, Reference } from '../types';
import { findAbbreviations } from './abbreviations';
import type { RefContext } from './context';
import { findFootnotes } from './footnotes';
import type { FootnoteResult } from './footnotes';
import { findForwardReferences } from './forward';
import { findPeriodReferences } from './periods';
import { findTargetActualPairs } from './targets';
import { findTermReferences } from './terms';
import { findEntityReferences } from './entities';
import { findMeetingMentions } from './meetings';
import type { MeetingMention } from './meetings';

export type { RefContext } from './context';

export interface ReferenceResult {
  readonly references: Reference[];
  readonly footnotes: FootnoteResult;
  readonly meetings: MeetingMention[];
}

/** Every implicit link of one report, in document order of their sources. */
export function buildReferences(ctx: RefContext): ReferenceResult {
  const footnotes = findFootnotes(ctx);
  const glossary = new Map<string, { range: Range; text: string }>();
  for (const e of footnotes.entries) if (e.term && !glossary.has(e.term)) glossary.set(e.term, { range: e.range, text: e.text });
  const references = [
    ...findAbbreviations(ctx),
    ...findPeriodReferences(ctx),
    ...findTermReferences(ctx, glossary),
    ...findEntityReferences(ctx),
    ...footnotes.references,
    ...findForwardReferences(ctx),
    ...findTargetActualPairs(ctx.indicators(), ctx.meta),
  ].sort((a, b) => a.from.range.start.line - b.from.range.start.line || a.from.range.start.character - b.from.range.start.character);
  return { references, footnotes, meetings: findMeetingMentions(ctx, ctx.meta) };
}
