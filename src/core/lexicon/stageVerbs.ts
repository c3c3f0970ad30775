/**
 * The stages a count of works is said by (基本建成500万套, 新开工700万套): alone before a figure they say what became of
 * works named elsewhere in the sentence (stageWorks.ts). Longest first is not needed: alternation() sorts.
 */
export const STAGE_VERBS: readonly string[] = ['基本建成', '新开工', '开工建设', '开工', '建成', '竣工'];

/**
 * The stages that start works (新开工700万套): a count of works said with one of them is the indicator a bare count of
 * those works stands for (棚户区改造580万套 is a target of starts; 棚户区住房改造开工601万套 its actual — extract.ts
 * groupKeyOf). A count completed (竣工, 建成) is another indicator and keeps its stage in its key.
 */
export const START_STAGES: readonly string[] = STAGE_VERBS.filter((verb) => verb.includes('开工'));
