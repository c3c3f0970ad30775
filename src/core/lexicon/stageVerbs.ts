/**
 * The stages a count of works is said by (基本建成500万套, 新开工700万套, 供应9.1万套): one list, lexicon/workStages.json,
 * read by the stage reader (indicators/workStages.ts) and by the pairing of a plan's stage with its outcome
 * (references/stages.ts). Longest first is not needed: alternation() sorts.
 */
import data from './workStages.json';

/** The stages of building, which a target and its outcome are paired by (started or completed). */
export const STAGE_VERBS: readonly string[] = data.building;

/**
 * The stages that start works (新开工700万套): a count of works said with one of them is the indicator a bare count of
 * those works stands for (棚户区改造580万套 is a target of starts; 棚户区住房改造开工601万套 its actual — extract.ts
 * groupKeyOf). A count completed (竣工, 建成) is another indicator and keeps its stage in its key.
 */
export const START_STAGES: readonly string[] = STAGE_VERBS.filter((verb) => verb.includes('开工'));

/**
 * The stages a count of works is named by when said alone (workStages.ts): STAGE_VERBS, and the stages after building
 * — housing is started, completed and then supplied (保障房开工21.7万套、竣工9.04万套、供应9.1万套 — 深圳 2015), goes on
 * being built (续建) or is under way (在建). Not stages the references read (stages.ts links a plan's stage to its
 * outcome; supply is no step of building).
 */
export const WORK_STAGES: readonly string[] = [...STAGE_VERBS, ...data.later];

/** Words that open the things a count of works counts with how they were gathered (建设筹集, 多渠道); the stages too. */
export const GATHERING_WORDS: readonly string[] = [...data.gathering, ...WORK_STAGES];

/** The words between gathering words (建设和筹集, 新开工及筹集, 新建、筹集). */
export const GATHERING_JOINERS: readonly string[] = data.joiners;
