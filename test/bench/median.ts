/** The median of a set of timings (the mean of the middle two for an even count): every bench line is one. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The mean of the middle of a set of timings, a tenth cut from each end: it keeps the collections a stage's own
 * allocation causes in the proportion they happen (a median drops them whenever fewer than half the runs pay one) and
 * drops the runs another process disturbed most.
 */
export function trimmedMean(values: readonly number[], cut = 0.1): number {
  const sorted = [...values].sort((a, b) => a - b);
  const k = Math.floor(sorted.length * cut);
  const kept = sorted.slice(k, sorted.length - k);
  return kept.reduce((a, b) => a + b, 0) / Math.max(1, kept.length);
}
