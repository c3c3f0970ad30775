import type { NumberMention } from './types';

/**
 * How many figures of one unit, each written right against the one before it, no report writes: 5%5%5%… (the
 * pathological shape percent-run). Two figures may meet with nothing between them in a real report, each of its own unit
 * (1754户3735人 — 唐县 2020; 17条32.1公里 — 徐水县 2010; 3批次30－50项 — 保定市 2022; all src32, outside
 * ../shared/corpus), and a pair of one unit stays read too. So does a triple: a medal tally written short is three 枚
 * figures glued (斩获8金4银4铜 — 广东 2025, outside; numbers.test.ts), and no tally has a fourth part; a fourth figure of
 * the same unit in the run makes it no sentence.
 */
export const GLUED_RUN = 4;

/**
 * The mentions, without every run of GLUED_RUN or more figures of one unit written back to back (each starting where
 * the one before ends, its qualifier included): such a run is a string of numbers, not figures a text says of
 * anything — no words name, date or measure them — so none of it is carded. Why it is bounded here: every figure pays
 * the whole naming, period and status reading, and a run puts a figure every two characters (5% — a 1 MB paste held
 * half a million figures, ~4 s of a worker per MB). The mentions of a paragraph without such a run come back as they
 * are (the same array): one comparison per figure.
 */
export function withoutGluedRuns(mentions: readonly NumberMention[]): readonly NumberMention[] {
  let keep: boolean[] | null = null;
  for (let i = GLUED_RUN - 1; i < mentions.length; i++) {
    if (!runEndsAt(mentions, i)) continue;
    keep ??= new Array<boolean>(mentions.length).fill(true);
    for (let k = i - (GLUED_RUN - 1); k <= i; k++) keep[k] = false;
  }
  if (keep === null) return mentions;
  const out: NumberMention[] = [];
  for (let i = 0; i < mentions.length; i++) if (keep[i]) out.push(mentions[i] as NumberMention);
  return out;
}

/** Whether the GLUED_RUN mentions ending at `i` are glued one to the next, all of one unit. */
function runEndsAt(mentions: readonly NumberMention[], i: number): boolean {
  const last = mentions[i] as NumberMention;
  for (let k = i; k > i - (GLUED_RUN - 1); k--) {
    const m = mentions[k] as NumberMention;
    const prev = mentions[k - 1] as NumberMention;
    // (prev's unit too: the run's first figure is only ever a prev, and 17条32.1公里32.1公里's 条 is no third 公里.)
    if (m.start !== prev.tail || m.unit !== last.unit || prev.unit !== last.unit) return false;
  }
  return true;
}
