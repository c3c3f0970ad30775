import data from '../lexicon/figuresOfSpeech.json';

/**
 * Figures of speech a report puts in quotes for emphasis (实现“零的突破”, 抓住“牛鼻子”, 不搞“一刀切”, 吃“大锅饭”, 当好
 * 首都政治“护城河”): rhetoric said the same in every report, never a programme the reader goes back to, as the Party's
 * standing formulae are (terms.ts). Read as terms, they linked from paragraph to paragraph: dev national 2022 “一刀切”
 * (unmarked in its hand labels); outside 山西 2026 “零的突破”, 河北 2023 “牛鼻子”, national 1984 “大锅饭” ×3, 河北
 * 2001/2002 and 保定 2021 “护城河”. The list is lexicon/figuresOfSpeech.json (links48 added 紧日子, 回头看, 硬支撑, 软实力).
 */
export const FIGURES_OF_SPEECH: ReadonlySet<string> = new Set(data.figures);
