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

/**
 * The stages a count of works is named by when said alone (stageWorks.ts): STAGE_VERBS, and 供应 — housing is started,
 * completed and then supplied (保障房开工21.7万套、竣工9.04万套、供应9.1万套 — 深圳 2015; 开工建设保障房1.5万套、竣工1.5万套、
 * 供应1.8万套 — 深圳 2015 targets; …保障性住房8万套、供应4.6万套 — 深圳 2018, outside, names49). Not a stage the
 * references read (stages.ts links a plan's stage to its outcome; supply is no step of building).
 */
export const WORK_STAGES: readonly string[] = [...STAGE_VERBS, '供应'];
