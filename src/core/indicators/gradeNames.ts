/**
 * “打造5个千亿级、12个百亿级开发区”: a grade alone after a count (千亿级, 百亿级) is what size the counted things are;
 * they are named by the noun after the last grade of the list, and each count keeps its own grade
 * (千亿级开发区, 百亿级开发区). Bounded: GRADE_SPAN characters after the figure.
 */
import { alternation, GRADES } from '../lexicon/nameWords';
import { cleanName, nameAfter } from './names';

// (推进8个国家级、4个省级区域医疗中心建设 — 河北 2024, outside: a level of government grades them as a size does.)
/** A grade: a size (千亿级, 百亿元级, 万亿级) or a level (国家级, 省级 — grades in nameWords.json), with 及以上 or 以上. */
const GRADE = `(?:(?:\\d+|[一二两三四五六七八九]?[十百千万]*)亿元?级|${alternation(GRADES)})(?:及?以上)?`;

/** A grade standing alone as a name. */
const GRADE_ONLY = new RegExp(`^${GRADE}$`);

/** A size in digits right after the figure (400亿级), one of a list or before its noun. */
const DIGIT_GRADE = /^\d+亿元?级/;

/** The rest of a list of graded counts after the first grade (、12个百亿级, 、两个万亿级, 、4个省级, 、20家省级). */
const MORE_GRADES = new RegExp(`^(?:[、和及与](?:\\d+|[一二两三四五六七八九十]+)[个家所项座条处批名]${GRADE})+`);

/** How far after the figure a list of graded counts may run. */
const GRADE_SPAN = 40;

/** The name of a count whose noun after it is a grade alone: the grade with the noun after the list, or `name`. */
export function gradedName(text: string, tail: number, name: string): string {
  const after = text.slice(tail, tail + GRADE_SPAN);
  // (培育1个400亿级、3个100亿级产业名镇 — 山西 2025, outside: a size in digits is no noun, so the noun after the
  // figure reads empty; the grade is read from the text.)
  const grade = name === '' ? (DIGIT_GRADE.exec(after)?.[0] ?? '') : name;
  if (!GRADE_ONLY.test(grade) || !after.startsWith(grade)) return name;
  const more = MORE_GRADES.exec(after.slice(grade.length));
  // (Cleaned with its grade: the head alone may open like a verb, 开发区, and lose it.)
  const head = nameAfter(text, tail + grade.length + (more ? more[0].length : 0));
  const graded = head.length >= 2 ? cleanName(grade + head) : '';
  return graded.length > grade.length + 1 && graded.startsWith(grade) ? graded : name;
}

/** The rest of a list of counts each with its grade before it (、市级3000个, 、县级20个). */
const MORE_GRADED_COUNTS = new RegExp(`^(?:[、和及与]${GRADE}(?:\\d+|[一二两三四五六七八九十]+)[个家所项座条处批名])+`);

/**
 * “推进省级400个、市级3000个重点项目建设” (河北 2018, outside): a grade alone before a count grades the things the
 * list's last count names; the count takes its grade with that noun (省级重点项目). `name` unchanged otherwise.
 */
export function gradeBeforeCount(text: string, tail: number, name: string): string {
  if (!GRADE_ONLY.test(name)) return name;
  const more = MORE_GRADED_COUNTS.exec(text.slice(tail, tail + GRADE_SPAN));
  if (!more) return name;
  const head = nameAfter(text, tail + more[0].length);
  const graded = head.length >= 2 ? cleanName(name + head) : '';
  return graded.length > name.length + 1 && graded.startsWith(name) ? graded : name;
}
