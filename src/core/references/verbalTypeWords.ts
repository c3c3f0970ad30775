/**
 * Type words that are also verbs or adverbs (规定, 计划), said as such: no name ends there.
 *
 * 规定 is a rule (中央八项规定, 有关规定) or the verb “to lay down”. Right after 所 (宪法所规定的, 第一个五年计划所规定
 * 的) it is the verb of a relative clause; right after a document that lays something down (“七五”计划草案规定，…,
 * 宪法规定, 《…》规定) it is that document's verb. Read as names, national 1954/1958/1986/1987 (outside) linked
 * 宪法所规定, 第一个五年计划所规定 and “七五”计划草案规定 from sentence to sentence as if programmes.
 *
 * 计划 after 有 is “in a planned way” (有计划地引导, 有计划、有步骤, 有计划的商品经济): national 1954/1987 linked
 * 更有计划 and 并有计划.
 */

/** Documents that lay something down: the subject of 规定 said right before it. */
// (法 covers 办法 and 宪法: a word ending with one of these is tested by its last characters.)
const LAYING_DOWN: readonly string[] = ['所', '法', '草案', '纲要', '计划', '条例', '决定', '章程', '》', '>'];

/**
 * 高速 is an expressway (京昆高速) or the adverb “fast” before what grows (高速发展, 高速增长): 推动高质量高速发展 (阜平
 * 2021, 2022, outside) linked 高质量高速 from the plan to the review as if a road. Before these words it is the adverb.
 */
const SPEED_OF: readonly string[] = ['发展', '增长'];

/** Whether the type word at `at` is a verb or adverb here (所|规定, 草案|规定, 有|计划). */
export function verbalTypeWord(text: string, at: number, type: string): boolean {
  if (type === '规定') return LAYING_DOWN.some((w) => at >= w.length && text.startsWith(w, at - w.length));
  if (type === '计划') return text[at - 1] === '有';
  if (type === '高速') return SPEED_OF.some((w) => text.startsWith(w, at + type.length));
  return false;
}
