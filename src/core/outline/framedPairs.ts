import type { Paragraph } from '../text/paragraphs';
import { isLeadSentence } from './leads';
import type { Neighbours } from './neighbours';

/** The titles of a framed pair are at most this long, as the leads of a pair side by side (parseOutline.ts). */
const MAX_FRAMED_TITLE = 20;
/** How far ahead the partner of a framed pair of leads may open a paragraph. */
const PAIR_REACH = 4;

/** A short title's frame: its first four and last two characters (继续实施…政策), or null. */
function leadFrame(title: string): string | null {
  return title.length >= 8 && title.length <= MAX_FRAMED_TITLE ? `${title.slice(0, 4)}…${title.slice(-2)}` : null;
}

/**
 * Two leads cast in one frame, a few paragraphs apart, directly under a part (2012 part 二: “继续实施积极的财政政策。…”,
 * two body paragraphs, then “继续实施稳健的货币政策。…”; 2011 has the pair side by side): each titles the paragraphs down
 * to the next, so the paragraphs between are the first one's body. The first looks ahead at most PAIR_REACH
 * paragraphs; the second finds the first's frame waiting. O(PAIR_REACH) per candidate.
 */
export class FramedPairs {
  private frame: string | null = null;
  /** The paragraph of the partner that the last pair's first lead found ahead. */
  private partnerAt = -1;

  constructor(
    private readonly paragraphs: readonly Paragraph[],
    private readonly around: Neighbours,
    private readonly bodyEnd: number,
  ) {}

  /** Paragraph `pi`, whose first sentence is `title`, is a lead of a framed pair. */
  isLead(pi: number, title: string): boolean {
    const frame = leadFrame(title);
    if (!frame) return false;
    if (frame === this.frame && pi === this.partnerAt) {
      this.frame = null;
      return true;
    }
    for (let j = pi + 1; j <= pi + PAIR_REACH && j < this.bodyEnd && !this.around.headingAt(j); j++) {
      const q = (this.paragraphs[j] as Paragraph).text;
      const end = isLeadSentence(q);
      if (end <= 0 || !q.startsWith(title.slice(0, 4))) continue;
      // A lead between them that opens alike makes a series of three or more, not a pair with a body between (河北 2009
      // part 六: “要统筹好环京津地区的发展。” / “要统筹好冀东经济区建设。” / “要统筹好冀中南地区经济发展。”); so does one right after.
      if (j === pi + 1 || leadFrame(q.slice(0, end)) !== frame) return false;
      this.frame = frame;
      this.partnerAt = j;
      return true;
    }
    return false;
  }

  /** Paragraph `pi` lies between the two leads of a pair: the first one's body. */
  between(pi: number): boolean {
    return pi < this.partnerAt;
  }
}
