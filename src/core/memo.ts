/**
 * A pure function of a string, remembered: for the checks a report asks of the same few hundred names again and again
 * (every reading a rule tries, every target × actual pair). The memo is cleared when it reaches `limit` entries, so a
 * huge or adversarial input keeps it bounded instead of holding every string it ever saw.
 */
export function boundedMemo<R>(compute: (key: string) => R, limit: number): (key: string) => R {
  const memo = new Map<string, R>();
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
