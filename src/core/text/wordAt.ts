/**
 * The first of `words` written at `at` in `text`, or undefined: `words.find((w) => text.startsWith(w, at))`.
 *
 * A module function, not a callback made per call, for the hot paths that ask it of every figure: V8 keeps a
 * callback's optimised code only while one of its closures is alive, so after each full GC the callbacks made per
 * call ran unoptimised again, and were optimised again, on every analysis (node 20, `--trace-opt` with a forced GC
 * before each run: the same functions compiled again run after run).
 */
export function wordAt(words: readonly string[], text: string, at: number): string | undefined {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}

/** The first of `words` written right before `end` in `text` (`text.startsWith(w, end - w.length)`), or undefined. */
export function wordBefore(words: readonly string[], text: string, end: number): string | undefined {
  for (const w of words) if (text.startsWith(w, end - w.length)) return w;
  return undefined;
}

/** What a byCharCode lookup that finds no group reads: one empty list, not a new one per miss in a hot loop. */
export const NO_ITEMS: readonly never[] = [];

/**
 * Items grouped by the code of their first (or last) character, each group in the list's order: a lookup then tries
 * only the few items that can match at a position, in the order the whole list would. actedVerbAt runs at a dozen
 * offsets per figure, and trying every surface with startsWith there was a tenth of the figures' time on a line of
 * figures (the bench's 百分之 and figure-table shapes).
 */
export function byCharCode<T>(items: readonly T[], surface: (item: T) => string, last = false): ReadonlyMap<number, readonly T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const s = surface(item);
    if (s.length === 0) continue;
    const code = s.charCodeAt(last ? s.length - 1 : 0);
    const group = map.get(code);
    if (group) group.push(item);
    else map.set(code, [item]);
  }
  return map;
}
