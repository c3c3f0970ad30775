/**
 * “加大研发经费投入力度，全年增长10%”, “继续实施退耕还林还草，今年拟安排500万亩”, “鼓励和支持农民专业合作组织发展，
 * 全省力争发展到1.8万家”: a figure's clause with no subject of its own goes on about the object of the clause before,
 * when that clause is an action (an adverb or two, a verb, its object) and not a subject with its predicate. The
 * object is what the figure measures; the verb and a 加大…力度 frame are how it was acted on.
 * Bounded: the one clause before, within LOOK_BACK characters, in the same sentence.
 */
import type { Boundaries } from './boundaries';
import { LOOK_BACK, SENTENCE_END } from './boundaries';
import { isVerb } from '../lexicon/verbs';
import { cleanName, firstVerb } from './names';

/** Adverbs that open an action clause before its verb (继续实施, 进一步加大, 大力发展). */
const LEADING_ADVERBS = /^(?:继续|进一步|大力|积极|全面|持续|加快|切实|认真|深入|不断|稳步|着力|努力|逐步)+/;

/** A preposition of recipient that may open an action clause before its verb (向…发放, 为…提供, 对…实施). */
const RECIPIENT_OPENER = /^(?:向|为(?!了)|对|给)/;
/** How far in the recipient's phrase may run before the verb (向困难群众 → 5 characters). */
const RECIPIENT_SPAN = 9;

/** Clauses that say what is included or how a figure is reckoned, not what was done. */
const FRAME_CLAUSE = /^(?:包括|不包括|考虑|根据|按照|按|通过|随着|经过|由于|为了|除了?|扣除)|在内$/;

/** Clauses that face or overcome a circumstance (顶住…压力, 克服…影响, 应对…冲击, 经受住…考验), not act on a thing. */
const FACED_CLAUSE = /^(?:顶住|克服|面对|面临|应对|战胜|抵御|抵住|经受住?|迎战|抗击|扛住)/;

/** The length of the dictionary verb (two or three characters) that opens `s`, or 0. */
function verbLength(s: string): number {
  return isVerb(s.slice(0, 3)) ? 3 : isVerb(s.slice(0, 2)) ? 2 : 0;
}

/** The object of the action clause right before the figure's clause, cleaned to a name, or ''. */
export function actedObject(text: string, at: number, bounds: Boundaries): string {
  const clauseStart = bounds.clauseEndBefore(at);
  if (clauseStart <= 0 || SENTENCE_END.has(text[clauseStart] as string) || !/[，,]/.test(text[clauseStart] as string)) return '';
  const clause = text.slice(Math.max(bounds.clauseEndBefore(clauseStart) + 1, clauseStart - LOOK_BACK), clauseStart).trim();
  // (A clause with a figure of its own, or long enough to be a list or a sentence of its own, is no action's object.)
  if (/[\d０-９]|百分之|、/.test(clause) || clause.length > 20) return '';
  // (包括原有企业和新建企业的在内, 考虑价格下降因素: a scope note or a basis of reckoning frames the figure, it is no action.)
  if (FRAME_CLAUSE.test(clause)) return '';
  // (顶住经济下行压力，克服二季度增速回落影响，实现三季度增长4.6% — 湖南 2025, outside: what is faced or overcome is the
  // circumstance the figure was reached in, never what it measures; a trial's card named 湖南's GDP 增速回落影响.)
  if (FACED_CLAUSE.test(clause)) return '';
  let rest = clause.replace(LEADING_ADVERBS, '');
  // (向困难群众发放一次性生活补助，惠及1100多万人: a phrase saying to whom or for whom opens the action before its verb;
  // the action goes on from the verb after it.)
  if (verbLength(rest) === 0 && RECIPIENT_OPENER.test(rest)) {
    const v = firstVerb(rest, 2);
    if (v > 0 && v <= RECIPIENT_SPAN) rest = rest.slice(v).replace(LEADING_ADVERBS, '');
  }
  let verb = verbLength(rest);
  if (verb === 0) return '';
  rest = rest.slice(verb);
  // (鼓励和支持…, 建立健全…: two verbs, joined or side by side, act on one object.)
  const joined = /^(?:和|并|与)/.exec(rest);
  if (joined && verbLength(rest.slice(1)) > 0) rest = rest.slice(1 + verbLength(rest.slice(1)));
  else if ((verb = verbLength(rest)) > 0 && rest.length - verb >= 2 && firstVerb(rest.slice(verb), 0) !== 0) rest = rest.slice(verb);
  // (加大…投入力度: the degree of effort frames what is invested; 力度 is not measured.)
  const object = cleanName(rest.replace(/(?<=.{2})(?:的)?力度$/, ''));
  return object.length >= 2 && object.length <= 16 && verbLength(object) !== object.length ? object : '';
}
