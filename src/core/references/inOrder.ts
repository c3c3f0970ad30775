/**
 * Sorts `list` in place by `compare`, unless it is in that order already — as most lists of mentions are, gathered
 * paragraph by paragraph (perf31). Array.prototype.sort copies the list into a work array before it looks at the order,
 * and calls the comparator as it goes: one look here passes a sorted list without either. Stable as sort is: a list
 * whose neighbours all compare ≤ 0 is what sort would leave it as.
 */
export function sortUnlessInOrder<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1] as T, list[i] as T) > 0) return list.sort(compare);
  }
  return list;
}
