/**
 * What a name of works counts once the verbs of building said together before it are set aside (worksVerbs.json):
 * 新建和改造提升高标准农田 and 建设和改造提升高标准农田 are both 高标准农田 built or upgraded, and the two years' reports
 * that word the same target differently (湖南 2025 and 2026) meet in one row. Only two verbs or more joined by 和/及/、
 * (a verb alone may be part of the name: 建设用地); the rest of the name must keep two characters. Reads the name's
 * start only.
 */
import works from './worksVerbs.json';

/** Longest first, so that 改造提升 is read before 改造. */
const VERBS: readonly string[] = [...works.verbs].sort((a, b) => b.length - a.length);
const JOINERS: readonly string[] = works.joiners;
/** Bound on the verbs read in one phrase (a name is short; a list of verbs longer than this is no name's). */
const MAX_VERBS = 4;

/** The name without a leading phrase of two or more verbs of building joined by 和/及/、; the name itself otherwise. */
export function worksObject(name: string): string {
  let at = 0;
  let verbs = 0;
  let end = 0;
  while (verbs < MAX_VERBS) {
    const verb = VERBS.find((v) => name.startsWith(v, at));
    if (verb === undefined) break;
    verbs++;
    at += verb.length;
    end = at;
    const joiner = JOINERS.find((j) => name.startsWith(j, at));
    if (joiner === undefined) break;
    at += joiner.length;
  }
  return verbs >= 2 && name.length - end >= 2 ? name.slice(end) : name;
}
