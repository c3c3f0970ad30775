/**
 * Openers of a sentence that speaks for the government rather than titling a block (outline.speakerOpeners.test.ts).
 *
 * A lead titles its block by the action or the outcome alone (推行招标承包制 / 国民经济稳步前进). Two openers name who acts
 * or that he must:
 * - a named country as the subject of a stance (1984 外交 一、: “中国要和平，不要战争。”, “中国既反对热战，也反对冷战。”,
 *   “中国赞同核裁军应与常规裁军结合进行的主张。”) — the same subject as 我国, which leads.ts refuses already; never a lead;
 * - the speaker's requirement 要… (1984 二、: “要积极推行以招标承包为核心的多种形式的经济责任制。”, “要着手组建多种形式的工程
 *   承包公司和综合开发公司。”, “要改革建筑材料供应方式，实行包工包料。” after three paragraphs of measures). Sections of
 *   older reports do open on series of 要… leads, right after their heading or its introduction, so 要 only shortens how
 *   long a section may run on as prose before its lead-like sentences are prose (leadReader.ts inRunningProse).
 */

/**
 * 要 opens a noun here, not the speaker's requirement (要素市场化配置改革…, 要点, 要求, 要害, 要务, 要件, 要闻, 要塞, 要津);
 * topicStatements.ts reads the same nouns after a subject's 要.
 */
export const NOUNS_AFTER_YAO = '求素点害务件闻塞津';

/** What follows 中国 when it is the subject of a stance (a modal, an adverb or a verb), not the first word of a noun. */
const STANCE_AFTER_CHINA = [
  '要', '将', '既', '也', '又', '愿', '一贯', '一向', '始终', '坚持', '坚决', '主张', '反对', '赞成', '赞同', '支持', '希望',
  '认为', '决不', '绝不', '不', '是', '属于', '重视', '信守', '遵循', '同', '对', '已', '正在', '从来', '历来', '仍', '还',
  '永远', '从不', '一直',
];

/** The sentence opens with the speaker's requirement 要… (not a noun such as 要素). O(1). */
export function opensWithRequirement(sentence: string): boolean {
  return sentence.startsWith('要') && !NOUNS_AFTER_YAO.includes(sentence.charAt(1) || '\u0000');
}

/** The sentence opens with 中国 as the subject of a stance (中国要和平 / 中国赞同…), not with a noun (中国特色…). O(1). */
export function opensWithCountryStance(sentence: string): boolean {
  return sentence.startsWith('中国') && STANCE_AFTER_CHINA.some((w) => sentence.startsWith(w, 2));
}
