import data from '../lexicon/schoolClasses.json';

/** The school words a name may end with (schoolClasses.json; type words in entityTypes.json too). */
const SCHOOL_TYPES: ReadonlySet<string> = new Set(data.types);
/** Characters that make a school word a stage or the pair 中小学 (中|小学, 高|中学, 初|中学). */
const STAGE_BEFORE: ReadonlySet<string> = new Set(data.stageBefore);
/** Words that before a school word make a kind of school (普通|中学, 农村|小学). */
const CLASS_WORDS: readonly string[] = data.classWords;

/**
 * Whether the school word at `at` names the class of schools, not one school: 中小学, a stage (普通高中学位), or a kind
 * (普通中学, 农村小学). One look at the one or two characters before it.
 */
export function schoolClass(text: string, at: number, type: string): boolean {
  if (!SCHOOL_TYPES.has(type)) return false;
  if (at > 0 && STAGE_BEFORE.has(text[at - 1] as string)) return true;
  return CLASS_WORDS.some((w) => at >= w.length && text.startsWith(w, at - w.length));
}
