/**
 * Every memo made, so that a benchmark can time each run as a first analysis pays it (clearMemos). Held for good:
 * make memos at module level only (one per function), never per call.
 */
const MEMOS = new Set<Map<string, unknown>>();

/**
 * Forgets what every memo remembered. For benchmarks that repeat a run and keep the fastest: without it a text whose
 * names fit in a memo is timed with every name remembered and a larger one is not, which reads as growth faster
 * than linear where there is none (the bench's mixed-eol shape between 128 and 256 KB).
 */
export function clearMemos(): void {
  for (const memo of MEMOS) memo.clear();
  for (const clear of CLEARERS) clear();
}

/** Memos of another shape (extract.ts's group keys, one memo per segmenter in a WeakMap), forgotten by clearMemos too. */
const CLEARERS = new Set<() => void>();

/**
 * Registers how to forget a memo that is no boundedMemo, so that clearMemos times a first analysis whole: before
 * perf39 the group keys' memo (extract.ts groupKeyOf, the analysis's only jieba calls) was left warm, and the bench's
 * memos-cleared line timed no jieba call at all. Module level only, as boundedMemo.
 */
export function onClearMemos(clear: () => void): void {
  CLEARERS.add(clear);
}

/**
 * A pure function of a string, remembered: for the checks a report asks of the same few hundred names again and again
 * (every reading a rule tries, every target × actual pair). The memo is cleared when it reaches `limit` entries, so a
 * huge or adversarial input keeps it bounded instead of holding every string it ever saw.
 * Module level only (see MEMOS).
 */
export function boundedMemo<R>(compute: (key: string) => R, limit: number): (key: string) => R {
  const memo = new Map<string, R>();
  MEMOS.add(memo);
  return (key) => {
    // One lookup where the value is there; a second only for a value that is undefined (or absent).
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as R;
    if (memo.size >= limit) memo.clear();
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}
