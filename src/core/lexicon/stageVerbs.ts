/**
 * The stages a count of works is said by (基本建成500万套, 新开工700万套): alone before a figure they say what became of
 * works named elsewhere in the sentence (stageWorks.ts). Longest first is not needed: alternation() sorts.
 */
export const STAGE_VERBS: readonly string[] = ['基本建成', '新开工', '开工建设', '开工', '建成', '竣工'];
