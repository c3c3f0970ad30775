/**
 * “打造5个千亿级、12个百亿级开发区”: a grade alone after a count (千亿级, 百亿级) is what size the counted things are;
 * they are named by the noun after the last grade of the list, and each count keeps its own grade
 * (千亿级开发区, 百亿级开发区). Bounded: GRADE_SPAN characters after the figure.
 */
import { cleanName, nameAfter } from './names';

/** A size grade standing alone as a name (千亿级, 百亿元级, 万亿级). */
const GRADE_ONLY = /^[十百千万]*亿元?级$/;

/** The rest of a list of graded counts after the first grade (、12个百亿级, 、两个万亿级). */
const MORE_GRADES = /^(?:[、和及与](?:\d+|[一二两三四五六七八九十]+)个[十百千万]*亿元?级)+/;

/** How far after the figure a list of graded counts may run. */
const GRADE_SPAN = 40;

/** The name of a count whose noun after it is a grade alone: the grade with the noun after the list, or `name`. */
export function gradedName(text: string, tail: number, name: string): string {
  if (!GRADE_ONLY.test(name)) return name;
  const after = text.slice(tail, tail + GRADE_SPAN);
  const grade = after.indexOf(name);
  if (grade !== 0) return name;
  const more = MORE_GRADES.exec(after.slice(name.length));
  // (Cleaned with its grade: the head alone may open like a verb, 开发区, and lose it.)
  const head = nameAfter(text, tail + name.length + (more ? more[0].length : 0));
  const graded = head.length >= 2 ? cleanName(name + head) : '';
  return graded.length > name.length + 1 && graded.startsWith(name) ? graded : name;
}
