/**
 * Whether a string holds any of a fixed set of characters, by a table lookup per code unit.
 *
 * V8 compiles a character class of many scattered CJK characters (/[個計劃規來…]/) into a chain of comparisons that
 * costs tens of nanoseconds per character: testing a sentence for one of 39 traditional characters took longer than
 * every other time rule on it together. A 64 KB table answers each code unit in one load. Code units, as a regex
 * without the u flag reads them: a lone surrogate never matches a BMP character.
 */
export function charSetTest(chars: string): (s: string) => boolean {
  const table = charTable(chars);
  return (s: string): boolean => {
    for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] === 1) return true;
    return false;
  };
}

/**
 * Where the first of a fixed set of characters stands in a string at or after `from` (-1 when none does), by the same
 * table lookup: a scan that jumps between candidate characters without a regex exec (and its match array) per hop.
 */
export function charSetIndex(chars: string): (s: string, from: number) => number {
  const table = charTable(chars);
  return (s: string, from: number): number => {
    for (let i = from < 0 ? 0 : from; i < s.length; i++) if (table[s.charCodeAt(i)] === 1) return i;
    return -1;
  };
}

/**
 * The table itself (1 = in the set, by code unit), for a caller that reads single code units in place without a
 * string (extract.ts joinedByWord).
 */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
