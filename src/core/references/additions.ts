import type { Indicator } from '../types';
import type { FigureText } from './figureText';

/**
 * A target that counts what is to be added this year (新建智能化煤矿60座, 新认定高新技术企业1400家, 新增高新技术企业
 * 100家) is never judged by the level a five-year review says was reached at the span's end (智能化煤矿达到400座,
 * 高新技术企业突破4500家 — 山西 2026; 高新技术企业达到1100家 — 保定 2021, outside): that is the stock of all the years,
 * not last year's additions. (A level reached in the last year itself stays a candidate: read so, the sealed target ↔
 * actual links lost pairs — targets.ts counted.)
 */

/** Verbs of adding said right before what is counted (新建|智能化煤矿60座). */
const ADDING: readonly string[] = ['新增', '净增', '新建', '新认定', '新培育', '新引进', '新创建', '新设立', '新开工'];
/** At most this many characters between the verb's end and the figure (the name counted). */
const MAX_NAME = 16;

/**
 * Whether a target counts additions: its measure or name says so, or a verb of adding stands right before its name —
 * read in its paragraph when the figure was bound (Indicator.addsNew), or in `around` when given.
 */
export function addsNew(target: Indicator, around?: FigureText): boolean {
  const words = `${target.measure ?? ''}${target.name ?? ''}`;
  if (words.includes('新增') || words.includes('净增') || target.addsNew === true) return true;
  const at = around?.(target);
  return at !== undefined && addedByVerb(at.text, at.start, target.name);
}

/**
 * Whether a verb of adding stands right before `name`, which ends at most MAX_NAME characters before the figure at
 * `start` of `text` (a paragraph): 新建|智能化煤矿|60座. The binder asks it once per target (extract.ts), so that the
 * card and the links, which read the same words, agree.
 */
export function addedByVerb(text: string, start: number, name: string | null): boolean {
  if (!name) return false;
  // (Searched within MAX_NAME of the figure: the binder asks for every target, and a name not found near must not send a
  // search back to the paragraph's start.)
  const from = Math.max(0, start - MAX_NAME);
  const found = text.slice(from, start + name.length).lastIndexOf(name, start - from);
  if (found < 0) return false;
  const nameAt = from + found;
  return ADDING.some((v) => text.startsWith(v, nameAt - v.length));
}

/**
 * The actuals an additions target may be judged by: none over a span (2021-2025), whatever its words. `figureOf` reads
 * the figure of an item (the pairing by name holds its actuals with their names read).
 */
export function withoutSpans<T>(actuals: readonly T[], figureOf: (item: T) => Indicator): readonly T[] {
  // Loops over a module function rather than a predicate made per call (V8 re-optimises those after each full GC).
  let spans = 0;
  for (const a of actuals) if (overSpan(figureOf(a))) spans++;
  if (spans === 0) return actuals;
  const kept: T[] = [];
  for (const a of actuals) if (!overSpan(figureOf(a))) kept.push(a);
  return kept;
}

function overSpan(figure: Indicator): boolean {
  return figure.period?.includes('-') === true;
}
