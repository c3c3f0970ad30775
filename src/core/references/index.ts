import { compareRanges, positionKey } from '../positions';
import type { FigurePair, FootnoteResult, MeetingMention, Range, Reference } from '../types';
import { findAbbreviations } from './abbreviations';
import type { RefContext } from './context';
import { samePieceOf } from './context';
import { findFootnotes } from './footnotes';
import { findForwardReferences } from './forward';
import { findPeriodReferences } from './periods';
import { periodOf } from './planPeriods';
import { pairTargetsAndActuals, targetActualLinks } from './targets';
import { figureText } from './figureText';
import { findTermReferences } from './terms';
import { glossarySenses } from './termSenses';
import { collectEntityMentions, findEntityReferences } from './entities';
import type { EntityMentions } from './entities';
import { findShortNameReferences } from './shortNames';
import { findZoneHeadReferences } from './zoneHeads';
import { findCongressReferences } from './congresses';
import { findCountedListReferences } from './countedLists';
import { findMeetingMentions } from './meetings';
import { findAnnexTitleReferences } from './annexTitles';
import { oneLinkPerMention } from './oneLink';
import { withTermsAtMarkers } from './ownMarker';
import type { TermAtMarker } from './ownMarker';

export type { RefContext } from './context';

export interface ReferenceResult {
  readonly references: Reference[];
  readonly footnotes: FootnoteResult;
  readonly meetings: MeetingMention[];
}

/**
 * Every implicit link of one report, in document order of their sources. The target ↔ actual links are those of
 * `pairs`, the analysis' own (figurePairs), when given: the card and the tables read the same list.
 *
 * The stage is held to ≤ 30 % of the analysis a hover card waits for (the bench's share). A new pass stays cheap when
 * it walks the body only where a cheap test (an indexOf of its word or character, a bit table) says it may find
 * something, cuts no string and makes no object per clause or character, reads the words the body scan already found
 * (entities.ts scanned, remembered per paragraph) rather than walking the body again with a trie of its own, and makes
 * its RegExps once at module level (session 38: the road scan's piece per clause was 7 % of the stage).
 */
export function buildReferences(ctx: RefContext, pairs?: readonly FigurePair[]): ReferenceResult {
  const footnotes = findFootnotes(ctx);
  const glossary = new Map<string, { range: Range; text: string }>();
  for (const e of footnotes.entries) for (const term of e.terms) if (!glossary.has(term)) glossary.set(term, { range: e.range, text: e.text });
  const entities = collectEntityMentions(ctx);
  const names = entityAndShortNames(ctx, entities);
  const periods = findPeriodReferences(ctx);
  const atMarkers: TermAtMarker[] = [];
  const quoted = withoutPeriods(withoutShortTerms(findTermReferences(ctx, glossary, glossarySenses(footnotes.entries), atMarkers), names), periods);
  const named = withoutPeriods(withoutTerms(names, quoted), periods);
  const references = [
    ...findAbbreviations(ctx),
    ...periods,
    ...oneLinkPerMention(quoted, named),
    ...withTermsAtMarkers(footnotes.references, atMarkers),
    ...findForwardReferences(ctx),
    ...findAnnexTitleReferences(ctx),
    ...targetActualLinks(pairs ?? figurePairs(ctx)),
  ].sort((a, b) => compareRanges(a.from.range, b.from.range));
  // The meetings a report mentions (会议 links to last year's report) are read by the editor's document links and
  // navigation only, never by the references: found on first use (an enumerable getter, so spreading or serialising
  // the result still includes them), so that a reader of the links alone does not pay for them.
  let meetings: MeetingMention[] | undefined;
  return {
    references,
    footnotes,
    get meetings(): MeetingMention[] {
      return (meetings ??= findMeetingMentions(ctx, ctx.meta));
    },
  };
}

/** This year's targets with the actuals they are judged by (pairTargetsAndActuals), read with the words around each. */
export function figurePairs(ctx: RefContext): FigurePair[] {
  return pairTargetsAndActuals(ctx.indicators(), ctx.meta, ctx.outline, figureText(ctx));
}

/**
 * Later mentions of names, and clipped names → the full name. A clip that is a name of its own too (数博会 after
 * 中国国际大数据产业博览会) links to the full name only: the reader wants what the clip stands for.
 */
function entityAndShortNames(ctx: RefContext, entities: EntityMentions): Reference[] {
  const shorts = [...findShortNameReferences(ctx, entities), ...findZoneHeadReferences(ctx, entities), ...findCongressReferences(ctx), ...findCountedListReferences(ctx)];
  const samePiece = samePieceOf(ctx);
  if (shorts.length === 0) return findEntityReferences(entities, samePiece);
  // Clips start where they start: lines to the characters clips start at there (a few per report).
  const clipped = new Map<number, number[]>();
  for (const r of shorts) {
    const { line, character } = r.from.range.start;
    const list = clipped.get(line);
    if (list) list.push(character);
    else clipped.set(line, [character]);
  }
  const isClip = (r: Reference): boolean => clipped.get(r.from.range.start.line)?.includes(r.from.range.start.character) ?? false;
  return [...findEntityReferences(entities, samePiece).filter((r) => !isClip(r)), ...shorts];
}

/**
 * A known name the report quotes (“一带一路”) is a term too: where the term scan links a mention, the name scan's link
 * from inside those quotes would be the same link twice.
 */
function withoutTerms(names: Reference[], terms: readonly Reference[]): Reference[] {
  if (terms.length === 0) return names;
  const termStarts = new Set(terms.map((r) => positionKey(r.from.range.start)));
  // A quoted term's range starts at its opening quote, one character before the name inside it.
  return names.filter((r) => !termStarts.has(`${r.from.range.start.line}:${r.from.range.start.character - 1}`));
}

/**
 * A quoted short name everyone uses (“放管服”) that the name scan links to its full name (简政放权、放管结合、优化服务)
 * takes the reader to what it stands for: the term scan's link to the first “放管服” yields to it.
 */
function withoutShortTerms(terms: Reference[], names: readonly Reference[]): Reference[] {
  const shorts = new Set(names.filter((r) => r.from.text !== r.to.text && r.key?.startsWith('entity:') === true).map((r) => positionKey({ line: r.from.range.start.line, character: r.from.range.start.character - 1 })));
  if (shorts.size === 0) return terms;
  return terms.filter((r) => !shorts.has(positionKey(r.from.range.start)) || !(r.from.text.startsWith('“') || r.from.text.startsWith('"')));
}

/**
 * A plan period quoted (“九五”) or its plan named (“十五”计划, 第七个五年计划) goes to the part that treats the period where
 * the report has one: the term or name scan's link to its first mention would be a second link from the same place.
 */
function withoutPeriods(refs: Reference[], periods: readonly Reference[]): Reference[] {
  if (periods.length === 0) return refs;
  const treated = new Set(periods.map((r) => r.key));
  return refs.filter((r) => {
    const period = periodOf(r.from.text);
    return period === null || !treated.has(`period:${period}`);
  });
}
