/**
 * 现在 and 目前 said as words of the present, never the same characters inside another word: the 现在 of 体现在, 表现在,
 * 实现在, 出现在, the 目前 of 项目前期 (src32 米易县-2023 ×2, outside). One pattern for the rules that read them — the time
 * of a figure (explicitTime.ts), a late report's shifted years (lateYear.ts), a present estimate inside a name
 * (nameTime.ts) — so that a word boundary found on one text is known to all three (regex source, no flags).
 */
export const PRESENT_WORD = '(?<![体表实出])现在|(?<!项)目前';
