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
