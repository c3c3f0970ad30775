/**
 * The 占 of a share (占全省生产总值的64.8%, 占地区生产总值比重, 占比) against the 占 that opens a word of its own: 占地
 * (land taken: 占地300亩的颛顼公园), 占用 (占用耕地), 占有 (市场占有率), 占据 (占据“半壁江山”), 占领 (军事占领), 占去 (took
 * up). One rule for the two readers that ask — the lexicon's suffix lookup (a whole after the share's 占 is no indicator
 * of the figure's own) and the share names (X占Y比重) — which had each written the list.
 * Two of those words are also the start of a share's whole: 占地区生产总值 / 占地方预算支出 (national 1956) are shares of
 * the region's or local whole, and 占去年全部支出的5—6% (national 1957) is a share of last year's spending.
 */
const OWN_WORD = /^(?:地(?!区|方)|用|有|据|领|去(?!年))/u;

/** Whether the 占 at `at` of `text` (text[at] === '占') opens a share rather than a word of its own. */
export function opensShare(text: string, at: number): boolean {
  return text[at] === '占' && !OWN_WORD.test(text.slice(at + 1, at + 3));
}

/** The offset of the first 占 of `text` that opens a share, or -1. */
export function shareOpenerIn(text: string): number {
  for (let at = text.indexOf('占'); at >= 0; at = text.indexOf('占', at + 1)) if (opensShare(text, at)) return at;
  return -1;
}
