/**
 * The 、 before a list's item (…、X等项目, …、Y等龙头企业), looked for at most `reach` characters back and never across
 * a clause's end: a bounded look, not a scan of the paragraph. Shared by the lists of projects and of firms, whose items
 * differ only in how long they may be.
 */
export function itemSeparatorBefore(text: string, end: number, reach: number): number {
  for (let k = end - 1; k >= 0 && k >= end - reach; k--) {
    const c = text[k];
    if (c === '、') return k;
    if (c === '，' || c === '。' || c === '；' || c === '：' || c === ',' || c === ';' || c === ':') return -1;
  }
  return -1;
}
