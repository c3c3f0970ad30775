import { arabicYears, timeWords } from './timeScope';
import { allMatches } from '../text/allMatches';

/**
 * The time cues of one paragraph (去年, 已经, 要, 力争 …), found in one scan per pattern and shared by all its figures.
 *
 * statusOf asks, for every figure, where the last review cue and the last plan cue stand in the text before it (up to
 * LOOK_BACK characters back). Scanning that window anew for each figure costs window × figures per sentence — a
 * sentence of forty figures, or a 512 KB line of them, pays it forty or thousands of times over. Here each pattern
 * scans the paragraph once, on first use; a figure's question is then a binary search over the positions found.
 *
 * The text is the paragraph with its years read as Arabic (arabicYears) and its time words simplified (timeWords),
 * both character for character, so a figure's window [from, to) is the same slice the rules read.
 */
export class ParagraphCues {
  readonly text: string;
  /**
   * Whether the text holds a title's opening 《: where it holds none, no window of it has a title's digits to blank
   * (blankTitleDigits), which the status and period rules otherwise looked for in each figure's LOOK_BACK window.
   */
  readonly holdsTitle: boolean;
  private readonly found = new Map<RegExp, { readonly starts: number[]; readonly ends: number[] }>();

  /** `converted`: the same conversion of `raw` when the caller has made it already (extract.ts, for scopeChanges). */
  constructor(raw: string, converted: string = timeWords(arabicYears(raw))) {
    this.text = converted;
    this.holdsTitle = converted.includes('《');
  }

  /**
   * Where the last match of the global `re` that lies wholly inside [from, to) starts, relative to `from`; -1 when
   * none does. `re` must not depend on where the window ends (no `$`): those patterns are tested on the window itself.
   */
  lastStart(re: RegExp, from: number, to: number): number {
    let hits = this.found.get(re);
    if (!hits) {
      const starts: number[] = [];
      const ends: number[] = [];
      for (const m of allMatches(re, this.text)) {
        starts.push(m.index ?? 0);
        ends.push((m.index ?? 0) + m[0].length);
      }
      hits = { starts, ends };
      this.found.set(re, hits);
    }
    // Matches do not overlap and come in order, so their ends ascend: the last one ending by `to`, if it starts at or
    // after `from`, is the answer (an earlier one starts earlier still).
    const { starts, ends } = hits;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as number) <= to) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    return last >= 0 && (starts[last] as number) >= from ? (starts[last] as number) - from : -1;
  }
}

/** A figure's window in its paragraph's cues: `sentenceBefore` is `cues.text.slice(from, from + its length)`. */
export interface CueWindow {
  readonly cues: ParagraphCues;
  readonly from: number;
  /** Where the figure ends in the paragraph: what follows it, read further than `after` when a rule needs it. */
  readonly tail?: number;
}
