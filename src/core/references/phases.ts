import type { OutlineNode } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import type { Mention } from './mention';

/** A phase of a project, then its kind (淮河入海水道|二期|工程, 粮食产能提升灌溉|二期|工程). */
const PHASE_NAME = /[一二三四五六七八九十\d]期(?:工程|项目)$/;
/** A phase name is looked for this many times at most (a bound for huge inputs). */
const MAX_PHASE_NAMES = 50;
/** What goes on after a phase said without its kind when it is another word's start, not the end of the name. */
const GOES_ON = /^[\u4e00-\u9fff]/;

/**
 * A project's phase is said with its kind once (淮河入海水道二期工程) and without it later (推进淮河入海水道二期、…):
 * the shorter writing, where it ends before punctuation, a particle or a verb's list sign, is a mention of the same
 * name. The type-word scan cannot find it (it has no type word). Bounded: phase names × paragraphs, each a native
 * search.
 */
export function addPhaseMentions(ctx: RefContext, blocks: readonly OutlineNode[], mentions: Map<string, Mention[]>): void {
  // The pattern is anchored at the end, which a regex tries from every offset: the plain end test comes first.
  // (The names walked in place, not spread into an array of every name first: few are phases.)
  const phases: string[] = [];
  mentions.forEach((_, name) => {
    if (phases.length < MAX_PHASE_NAMES && (name.endsWith('期工程') || name.endsWith('期项目')) && PHASE_NAME.test(name)) phases.push(name);
  });
  for (const name of phases) {
    const short = name.slice(0, -2);
    const list = mentions.get(name) as Mention[];
    for (const p of bodyParagraphs(ctx, blocks)) {
      for (let at = p.text.indexOf(short); at >= 0; at = p.text.indexOf(short, at + short.length)) {
        const after = p.text.slice(at + short.length, at + short.length + 1);
        // 二期工程 is the full name's own mention; 二期等 / 二期、 / 二期， end the short writing; 二期建设 goes on.
        if (GOES_ON.test(after) && after !== '等' && after !== '和' && after !== '及') continue;
        list.push({ range: rangeIn(p, at, at + short.length), text: short, nested: false });
      }
    }
  }
}
