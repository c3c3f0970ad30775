/** 。；，、：！？ and the ASCII , ; : — where a clause begins, read back from a figure. */
const isClauseEnd = (c: number): boolean => c === 0x3002 || c === 0xff1b || c === 0xff0c || c === 0x3001 || c === 0xff1a || c === 0xff01 || c === 0xff1f || c === 0x2c || c === 0x3b || c === 0x3a;

/**
 * Where the clause holding offset `at` starts, read back at most `max` characters (a bounded window: the figure's own
 * clause, never the one before it); `at - max` (or 0) when no clause break stands in the window.
 */
export function clauseStartBefore(text: string, at: number, max: number): number {
  const limit = Math.max(0, at - max);
  for (let k = at - 1; k >= limit; k--) if (isClauseEnd(text.charCodeAt(k))) return k + 1;
  return limit;
}
