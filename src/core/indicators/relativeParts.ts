/**
 * A part of a count named by what the part did or is, said as a 的-clause before the figure (old national prose):
 * 限额以上建设单位共有９６４个，其中本年开始建设的２７１个，继续建设的６９３个 (national 1956); 受训练的工人在今年将达７１万人，
 * 其中完成培养计划的将达２８万人 (1956); 新开工项目6700个，…其中500万元以上的2350个 (河北省 2004, outside). The clause
 * names no thing: the part counts the things the count before counts, with the clause before them — 继续建设的限额以上
 * 建设单位, 完成培养计划的工人, 500万元以上的项目 — not the clause alone (本年开始建设), the whole's name (受训练工人), nor the
 * first part's clause handed on to the second (继续建设的６９３个 read as 本年开始建设).
 *
 * Only a count in the classifier of the count before; only a clause of 2–16 characters that ends in 的 with at most a
 * verb of being or reaching after it (将达, 约有, 为); the first part after 其中 or 其余, its siblings in the same sentence
 * after it.
 */
import type { NumberMention } from '../numbers/types';
import { withoutLeadingVerb } from './names';

/** The clause before the count: 其中/其余, the part's 的-clause, and a verb of being or reaching. */
const PART_CLAUSE = /^(其中|其余)?([\u4e00-\u9fff0-9０-９]{2,16}?)的(?:将|约|共|已经|已|还)?(?:达到|达|有|为|是)?$/;

/** The things of the whole a first part was named from, kept for the parts after it in the sentence. */
export interface PartThings {
  readonly things: string;
  readonly unit: string;
  readonly sentence: number;
}

/**
 * The things a whole's name counts: the suffix of its name that its text writes after a 的-clause (施工的限额以上建设
 * 单位共有 → 限额以上建设单位; 受训练的工人在今年将达 → 工人), or its name without the verb it opens with. The whole's own
 * clause is not the part's: labels write 本年开始建设的限额以上建设单位, not …施工的限额以上….
 */
function thingsOf(name: string, wholeClause: string): string {
  const cut = wholeClause.lastIndexOf('的');
  if (cut >= 0) {
    const after = wholeClause.slice(cut + 1);
    for (let k = 0; k <= name.length - 2; k++) if (after.startsWith(name.slice(k))) return name.slice(k);
  }
  return withoutLeadingVerb(name);
}

/**
 * The name of the count `m` when `left` (its clause up to it) is a part's 的-clause: with the things of the count
 * before (`prev`, after 其中/其余; `wholeClause` is its clause up to it) or of the first part of the sentence (`first`, for the parts after it); null otherwise.
 */
export function relativePartName(left: string, m: NumberMention, prev: { mention: NumberMention; name: string | null } | undefined, wholeClause: string, first: PartThings | null, sentence: number): { name: string; part: PartThings } | null {
  if (m.nature !== 'count' || !m.unit) return null;
  const clause = PART_CLAUSE.exec(left.replace(/^[，,、：:\s]+/, '').trim());
  if (!clause) return null;
  const said = clause[2] as string;
  let part: PartThings | null = null;
  if (clause[1]) {
    if (!prev?.name || prev.mention.nature !== 'count' || prev.mention.unit !== m.unit) return null;
    const things = thingsOf(prev.name, wholeClause);
    if (things.length < 2 || said.endsWith(things)) return null;
    part = { things, unit: m.unit, sentence };
  } else if (first && first.sentence === sentence && first.unit === m.unit) part = first;
  if (!part) return null;
  return { name: `${said}的${part.things}`, part };
}
