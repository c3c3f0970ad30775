import type { Paragraph } from '../text/paragraphs';
import { isStatement } from './leads';

/**
 * Series of paragraphs that open with the same words and go on to a long title: the CPC congress reports' foreign
 * and policy parts (the 16th, 2002: “我们主张顺应历史潮流，维护全人类的共同利益。” ×4 then “我们将继续改善和发展同发达国家的
 * 关系，以各国人民的根本利益为重，…。” ×6; the 17th, 2007: “深入贯彻落实科学发展观，要求我们X。” ×4; the 18th, 2012:
 * “我们要始终坚持一个中国原则。” / “我们要持续推进两岸交流合作。” / …, all unseen, session 24). Each title runs to 70
 * characters, past what a lone lead or a series of short openers may have: the shared opening is what makes the
 * series, so it must be long enough to be a phrase (three characters) and run over three paragraphs in a row.
 */
const OPENING = 3;
/** Paragraphs in a row that share the opening. */
const MIN_RUN = 3;
/** The longest first sentence such a series titles (the 16th congress report: 53). */
const MAX_TITLE = 70;
/** Below this a first sentence is left to the short-lead rules (leads.ts, leadSeries.ts). */
const MIN_TITLE = 8;
/** The paragraph goes on after its title with at least this much body: a one-sentence paragraph is a statement. */
const MIN_BODY = 20;

/** The opening a paragraph shares with its series, tagged so that no other series key equals it; or null. */
export function sharedOpeningOf(text: string): string | null {
  if (!/^[\u4e00-\u9fff]{3}/.test(text)) return null;
  const stop = text.indexOf('。');
  if (stop < MIN_TITLE || stop > MAX_TITLE || text.length < stop + 1 + MIN_BODY) return null;
  const title = text.slice(0, stop);
  // Figures, brackets, questions or a clause list closed by a colon belong to prose, and a judgment or a definition
  // (X是Y, X，就是Y — 1979: “我们讲改革，就是要对现行经济管理体制…实行全面改革。” ×3 —, 必须…,
  // 关键在于…) introduces its paragraph rather than titling it: 17th congress part 二 “我们要永远铭记，改革开放伟大事业，
  // 是以邓小平同志为核心的…开创的。” ×3 is narrative.
  if (/[\d:：;；!?！？()（）]/.test(title) || /[，,]就?是|^[^，,。]{2,12}是/.test(title) || isStatement(title)) return null;
  return `opening:${text.slice(0, OPENING)}`;
}

/**
 * Paragraph `pi` is a member of a series of paragraphs opening alike with long titles: it continues the series the
 * paragraph before belonged to (`continuing`, that paragraph's sharedOpeningOf), or opens one of three in a row.
 * Returns the end offset of its title (before its 。), or -1. Looks at most two paragraphs ahead: O(1) per paragraph.
 */
export function sharedOpeningEnd(paragraphs: readonly Paragraph[], pi: number, end: number, continuing: string | null): number {
  const text = (paragraphs[pi] as Paragraph).text;
  const opening = sharedOpeningOf(text);
  if (!opening) return -1;
  if (opening !== continuing) {
    let run = 1;
    for (let i = pi + 1; run < MIN_RUN && i < end && sharedOpeningOf((paragraphs[i] as Paragraph).text) === opening; i++) run++;
    if (run < MIN_RUN) return -1;
  }
  return text.indexOf('。');
}
