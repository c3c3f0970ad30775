/**
 * “地区生产总值连续迈上4个万亿元台阶”, “金川集团工业总产值连跨两个千亿台阶”: a count of the thresholds (台阶) an
 * indicator crossed counts steps, not the indicator; it is named “<subject>跨越<threshold>台阶”, whatever verb of
 * crossing the text used, so that it never stands among the indicator's own values (a level, a growth rate).
 * Bounded: the clause before the figure and a few characters after it.
 */
import type { Boundaries } from './boundaries';
import { cleanName } from './names';

/** The threshold right after the count: a magnitude (万亿元, 千亿, 100亿元) and 台阶. */
const THRESHOLD_AFTER = /^(?:新的?)?((?:\d+(?:\.\d+)?)?[十百千万亿]+元?(?:级)?)台阶/;

/** A verb of crossing at the clause's end, with an adverb of succession (连续迈上, 连跨, 相继跃上). */
const CROSSING = /(?:连续|接连|相继|先后|再|又|累计)?(?:迈上|跨上|跨越|跨过|迈过|跃上|跃过|登上|站上|连跨|连上|突破)$/;

/** The name of a count of thresholds crossed, or '' when the figure is none. */
export function stepName(text: string, start: number, tail: number, bounds: Boundaries): string {
  const threshold = THRESHOLD_AFTER.exec(text.slice(tail, tail + 10));
  if (!threshold) return '';
  const head = text.slice(bounds.clauseEndBefore(start) + 1, start);
  const verb = CROSSING.exec(head);
  if (!verb) return '';
  const subject = cleanName(head.slice(0, verb.index));
  return subject.length >= 2 ? `${subject}跨越${threshold[1] as string}台阶` : '';
}

/** The indicator a steps count named (地区生产总值跨越万亿元台阶 → 地区生产总值): the figures after it measure that. */
export function stepSubject(name: string): string {
  const step = /^(.{2,}?)跨越(?:\d+(?:\.\d+)?)?[十百千万亿]+元?(?:级)?台阶$/.exec(name);
  return step ? (step[1] as string) : name;
}
