/**
 * The word lists of the names rules, as data (nameWords.json): what opens a clause without being a name, the verbs
 * a counted noun follows, words never cut at their first character, and the nouns that count people. Patterns are
 * built here once, longest word first, so that a word is never cut by a shorter one it starts with.
 */
import data from './nameWords.json';
import predicateAdverbs from './predicateAdverbs.json';

export const LEADING_WORDS: readonly string[] = data.leadingWords;
export const PLAN_COMPOUNDS: readonly string[] = data.planCompounds;
export const ACTION_VERBS: readonly string[] = data.actionVerbs;
export const WORD_STARTS: readonly string[] = data.wordStarts;
export const PEOPLE_NOUNS: readonly string[] = data.people;
export const HOUSEHOLD_NOUNS: readonly string[] = data.households;
export const POPULATION_NOUNS: readonly string[] = data.population;
export const COUNTED_PEOPLE: readonly string[] = data.countedPeople;
export const NEVER_NAMES: ReadonlySet<string> = new Set(data.neverNames);
/** Negations that stand alone before a count whose predicate follows it (有10项没有完成: negatedCount.ts). */
export const NEGATIONS: ReadonlySet<string> = new Set(data.negations);
export const PREDICATE_OPENERS: readonly string[] = data.predicateOpeners;
export const COUNTED_HEADS: readonly string[] = data.countedHeads;
export const PER_HEAD_QUANTITIES: readonly string[] = data.perHeadQuantities;
export const FUND_VERBS: readonly string[] = data.fundVerbs;
export const FUND_HEADS: readonly string[] = data.fundHeads;
export const FUND_KINDS: readonly string[] = data.fundKinds;
export const OBJECT_VERBS: readonly string[] = data.objectVerbs;
export const END_PREDICATES: readonly string[] = data.endPredicates;
export const FACILITY_HEADS: readonly string[] = data.facilityHeads;
export const TIME_ENDS: readonly string[] = data.timeEnds;
export const TIME_EVENTS: readonly string[] = data.timeEvents;
export const GRADES: readonly string[] = data.grades;
export const CLASS_ATTRIBUTES: readonly string[] = data.classAttributes;
export const COUNT_VERBS: readonly string[] = data.countVerbs;
export const CONDITION_ATTRIBUTES: readonly string[] = data.conditionAttributes;
export const INNER_ADVERBS: readonly string[] = data.innerAdverbs;
export const ADVERB_HOSTS: readonly string[] = data.adverbHosts;
export const WHOLE_PLACES: readonly string[] = data.wholePlaces;
export const OWN_PLACES: readonly string[] = data.ownPlaces;
export const GENERIC_COUNTED: readonly string[] = data.genericCounted;
export const COUNT_PREDICATES: readonly string[] = data.countPredicates;
export const PEOPLE_PREDICATES: readonly string[] = data.peoplePredicates;
export const BENEFIT_VERBS: readonly string[] = data.benefitVerbs;
/** How a thing is done for the counted (免费, 无偿): between the counted noun and the benefit verb, no part of the noun. */
export const BENEFIT_ADVERBS: readonly string[] = data.benefitAdverbs;
export const LIGHT_PREDICATES: ReadonlySet<string> = new Set(data.lightPredicates);
export const PEOPLE_ATTRIBUTES: readonly string[] = data.peopleAttributes;
export const PURPOSE_HEADS: readonly string[] = data.purposeHeads;
export const AIR_POLLUTANTS: readonly string[] = data.airPollutants;

/** `a|b|c` of literal words, longest first (so 新开工改造 is tried before 新开工). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(escape).join('|');
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
export const FRAME_VERBS: readonly string[] = data.frameVerbs;
export const FRAME_AGENTS: readonly string[] = data.frameAgents;
export const PROGRAMME_PARTS: readonly string[] = data.programmeParts;
/** The programme parts that are its measures (举措, 措施), named with the programme before their count (countedAfter.ts). */
export const MEASURE_PARTS: readonly string[] = data.measureParts;
/** Verbs that issue a programme's measures (出台, 推出): the programme's name starts after them. */
export const ISSUE_VERBS: readonly string[] = data.issueVerbs;
/**
 * Adverbs of manner between a counted noun and its verb (36项重点改革任务扎实推进, 10件惠民实事圆满办结): no part of the noun.
 * They are the manner and naming adverbs of predicateAdverbs.json, the one list of adverbs that open a predicate.
 */
export const MANNER_ADVERBS: readonly string[] = predicateAdverbs.adverbs.filter((a) => a.reach === 'manner' || a.reach === 'naming').map((a) => a.word);
/** Verbs that open the work a sum alone pays for (投资N元，建设…; 投入资金N元，实施…), see fundedWork.ts. */
export const WORK_VERBS: readonly string[] = data.workVerbs;
/** The work verbs that also name the work after its object (供水管网建设, 医疗设施改善), see fundedWork.ts. */
export const WORK_NOUNS: ReadonlySet<string> = new Set(data.workNouns);
/** Verbs that say how the work verb after them is done (优化提升, 规范提升): before a measure and a count they name nothing. */
export const WORK_MANNERS: readonly string[] = data.workManners;
/**
 * The verbs that say where a figure ranks (位居全国第三, 排在全省首位): words that rank wherever they stand, and the one
 * character verbs (居, 排, 列) that rank only right before a rank or a scope (居全国首位), being the first character of
 * other words too (居民, 排放, 列入). Every rank-verb pattern of the names rules is built from these two lists.
 */
export const RANK_VERBS: readonly string[] = data.rankVerbs;
const RANK_CHARACTERS: readonly string[] = data.rankCharacters;
/** Either list, as one list and as one alternation. */
export const ANY_RANK_VERBS: readonly string[] = [...RANK_VERBS, ...RANK_CHARACTERS];
export const ANY_RANK_VERB = alternation(ANY_RANK_VERBS);
