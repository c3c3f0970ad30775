/**
 * Words that name a report's part on foreign affairs (关于外交工作, 五、关于对外政策, 关于国际形势和我国的对外政策,
 * 坚持独立自主的和平外交政策). Such a part tells how the world stands now (拥有世界核武器总量97%以上的美苏两国) as much as
 * what was done: a time one of its paragraphs says (五年来，我国主要领导人访问了46个国家) is that paragraph's, not the
 * part's. Not 对外开放 or 对外经济: those are the economy's.
 */
const FOREIGN_AFFAIRS_WORDS: readonly string[] = ['外交', '对外政策', '对外关系', '国际形势', '国际关系'];

/** Whether a heading names the foreign-affairs part. */
export function namesForeignAffairs(title: string): boolean {
  // (A loop, not some with an arrow made per call: a full GC drops such an arrow's optimised code — numbers/units.ts unitAt.)
  for (const w of FOREIGN_AFFAIRS_WORDS) if (title.includes(w)) return true;
  return false;
}
