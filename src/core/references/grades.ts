/**
 * The level a figure's thing is graded at (国家级, 省级, 市级 …), read from its name, for the pairing of a target with
 * last year's actual: two names that both say a grade, and say different ones, count two sets of things, however
 * alike the rest of their names is — 打造14个省级美丽乡村、20个市级美丽乡村 beside last year's 10个省级美丽乡村 (易县 2022,
 * outside: the 20 city-graded villages were judged by the 10 provincial ones), 推进8个国家级、4个省级区域医疗中心 beside
 * 8个国家区域医疗中心 (河北 2024, outside: the 4 provincial centres were judged by the 8 national ones), 创建省级美丽乡村18个
 * beside 省市级美丽乡村30个 (阜平 2022, outside: a union of two levels is no one level's count). A name with no grade
 * says nothing of one: 科技型中小企业 beside 国家级科技型中小企业 (博野 2024), 高新技术企业 beside 国家高新技术企业
 * (深圳, dev) stay one indicator, as the marked links keep them.
 */
import { GRADES } from '../lexicon/nameWords';
import data from '../lexicon/pairGrades.json';
import { boundedMemo } from '../memo';

const ALIASES: ReadonlyMap<string, string> = new Map(Object.entries(data.aliases));
/** Every word read as a grade, longest first: a joint grade (省市级) before the level it ends with (市级). */
const WORDS: readonly string[] = [...new Set([...GRADES, ...data.joint, ...ALIASES.keys()])].sort((a, b) => b.length - a.length);

/**
 * The grade a name says first (新建省级外贸转型升级示范基地 → 省级, 国家区域医疗中心 → 国家级), or undefined. Scanned
 * left to right, the longest word at each place; bounded by the name's length × the few grade words.
 */
export function gradeOf(name: string | null): string | undefined {
  if (!name) return undefined;
  for (let at = 0; at < name.length; at++) {
    for (const word of WORDS) if (name.startsWith(word, at)) return ALIASES.get(word) ?? word;
  }
  return undefined;
}

/** Whether two names both say a grade and the grades differ: two sets of things, never one pair. */
export function gradesDiffer(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * The grades of a report's figures, each read once (the pairing asks many targets × actuals). One function for every
 * report, over a module-level memo (memo.ts), not a closure made per report: a full GC drops the optimised code of a
 * closure no live function holds, and each analysis after one re-optimised it (--trace-opt: 79 times in 100 analyses
 * of the seed). gradeOf reads the name alone, so what one report remembered holds for the next.
 */
export function gradesOf(): (name: string | null) => string | undefined {
  return gradeOfOnce;
}
const gradeRemembered = boundedMemo((name: string): string | null => gradeOf(name) ?? null, 4096);
function gradeOfOnce(name: string | null): string | undefined {
  return name ? (gradeRemembered(name) ?? undefined) : undefined;
}
