import { smallChineseNumber } from './numerals';

/**
 * Numbering styles of Chinese official documents. Each style is one list; the outline parser nests styles
 * in the order they first appear (as a reader does), so the same grammar covers 一、→（一）→1.→（1）, the seed's
 * 一、→1., （一） used as the top level, and so on.
 */
export type NumberedStyle =
  | 'cn-dun' // 一、
  | 'cn-paren' // （一） (一)
  | 'arabic' // 1. 1． 1、
  | 'arabic-paren' // （1） (1)
  | 'shi' // 一是 二是, and 一要 二要 (2009: “一要大幅度增加农业农村投入。”), never 一要求/一要素
  | 'di' // 第一， 第一、
  | 'di-part' // 第一部分
  | 'circled' // ①
  | 'cn-bare'; // a line holding only 一

export interface MarkerMatch {
  readonly style: NumberedStyle;
  readonly value: number;
  /** Length of the marker in the paragraph text, including its punctuation. */
  readonly length: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
// Tested on folded text: full-width brackets and digits are already half-width. All patterns are anchored and
// bounded, so matching costs O(marker length).
export const PATTERNS: ReadonlyArray<readonly [NumberedStyle, RegExp]> = [
  ['cn-dun', new RegExp(`^(${CN})(?:、|\\.(?!\\d))`)],
  ['cn-paren', new RegExp(`^\\((${CN})\\)[、.]?`)],
  ['arabic-paren', /^\((\d{1,2})\)[、.]?/],
  ['arabic', /^(\d{1,2})(?:[.、](?![\d%])| (?=[\u4e00-\u9fff“《]))/],
  ['di-part', new RegExp(`^第(${CN})部分[,:：、 ]?`)],
  // A page that sets every paragraph's first character apart (a drop cap the scrape left as a space: 河北 2007 from
  // hebei.gov.cn, “第 二，打造新的区域经济增长极。” / “三 是改革开放取得重要进展，…”) splits these markers after it.
  ['di', new RegExp(`^第 ?(${CN})[,、:：]`)],
  ['shi', new RegExp(`^(${CN}) ?(?:是(?![的否])|要(?![求素点]))`)],
  ['circled', /^([\u2460-\u2473])/],
];

/**
 * The characters any of PATTERNS can open with (a numeral, a bracket, a digit, 第, a circled number): a paragraph that
 * opens with another is no marker, unread by the eight patterns — the outline asks this of every paragraph. Kept by
 * hand beside PATTERNS: test/unit/outline.markers.test.ts checks that every character a pattern opens with is here.
 */
const CAN_OPEN = new Uint8Array(0x10000);
for (const c of '一二三四五六七八九十(0123456789第') CAN_OPEN[c.charCodeAt(0)] = 1;
for (let c = 0x2460; c <= 0x2473; c++) CAN_OPEN[c] = 1;

/** Whether a paragraph opening with this code unit may hold a marker (CAN_OPEN). */
export function canOpenMarker(code: number): boolean {
  return CAN_OPEN[code] === 1;
}

export function matchMarker(text: string): MarkerMatch | null {
  if (CAN_OPEN[text.charCodeAt(0)] !== 1) return null;
  for (const [style, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const digits = m[1] as string;
    const value =
      style === 'circled' ? digits.charCodeAt(0) - 0x2460 + 1 : /\d/.test(digits) ? Number(digits) : smallChineseNumber(digits);
    if (!Number.isFinite(value) || value < 1) return null;
    let length = m[0].length;
    while (text.charCodeAt(length) === 0x20) length++;
    return { style, value, length };
  }
  return null;
}

/** A paragraph that is only a Chinese numeral (a “bare numeral line” whose heading follows on the next line). */
export function matchBareNumeral(text: string): number {
  return /^[一二三四五六七八九十]{1,3}$/.test(text) ? smallChineseNumber(text) : NaN;
}

export interface BlockMarker {
  readonly kind: 'annex' | 'glossary';
  /** “附件1” as written, or '' */
  readonly marker: string;
  /** Title after the marker ('' when it is on the next line). */
  readonly title: string;
}

const GLOSSARY_WORDS = /(?:名词解释|名词注释|名词解读|注释|注解|字库未存字注释|附注|有关说明)/;

/** 附件 / 名词解释 / 注释 blocks, which restart numbering after the body and are never report parts. */
export function matchBlockMarker(text: string): BlockMarker | null {
  if (text.length > 50) return null;
  const annex = /^(附件\s*[一二三四五六七八九十\d]{0,3})\s*[:：]?\s*(.*)$/.exec(text);
  if (annex) {
    const title = (annex[2] as string).trim();
    return { kind: blockKind(title), marker: annex[1] as string, title };
  }
  // The title is the line as written, 有关 with it (南山区 2021, 2022, 2024, 罗湖区 2020–2023: “有关名词解释”), as a heading's
  // title is its text without a marker.
  const gloss = GLOSSARY_LINE.exec(text);
  if (gloss) return { kind: 'glossary', marker: '', title: gloss[1] as string };
  const framed = framedGlossary(text);
  if (framed) return framed;
  const spaced = spacedGlossary(text);
  if (spaced) return spaced;
  return namedGlossary(text);
}

/** A line of four to eight ideographs, one or two spaces between each (folded: a full-width space is a space). */
const LETTER_SPACED = /^[\u4e00-\u9fff](?: {1,2}[\u4e00-\u9fff]){3,7}$/;

/**
 * A glossary heading set in letter-spaced type, as these pages set the report's own title (阜平县 2021, src32: “名 词 解 释”
 * after the closing words, over 〔1〕…〔75〕; the title block of 阜平县 2021 and 高唐县 2025 reads “政 府 工 作 报 告”). Read
 * with its spaces, it stood as a lead of the last section and the glossary's entries ran on under it. The title is the
 * line as written. O(n) in the line, which matchBlockMarker keeps short.
 */
function spacedGlossary(text: string): BlockMarker | null {
  if (!LETTER_SPACED.test(text)) return null;
  return GLOSSARY_LINE.test(text.replace(/ /g, '')) ? { kind: 'glossary', marker: '', title: text } : null;
}

/** What a glossary's heading calls it; framed between ornaments (framedGlossary) only these are. */
const GLOSSARY_NOUNS = '名词解释|名词注释|注释|注解';
/** A glossary heading line as written, 有关 before it or not: those nouns or a note's (字库未存字注释, 附注, 注), a colon. */
const GLOSSARY_LINE = new RegExp(`^((?:有关)?(?:${GLOSSARY_NOUNS}|字库未存字注释|附注|注))\\s*[:：]?$`);
/** A framed glossary heading's inner words (framedGlossary). */
const FRAMED_GLOSSARY = new RegExp(`^(?:有关)?(?:${GLOSSARY_NOUNS})$`);

/** Ornament pairs a web page sets around a block's heading line. */
const FRAME_PAIRS: Readonly<Record<string, string>> = { '※': '※', '[': ']', '［': '］', '【': '】', '〔': '〕' };

/**
 * A glossary heading set between ornaments, as the 保定 county pages print it: “※名词解释※” (博野县 2022, 2024, 涞水县
 * 2020, 2021, 曲阳县 2020), “※注释※” (易县 2022, 2025), “[名词解释]” (徐水区 2024). Unframed, the glossary's [1]…
 * entries ran on as the last part's paragraphs and the block was lost. The title is the line as written. O(n) in the
 * line, which matchBlockMarker keeps short.
 */
function framedGlossary(text: string): BlockMarker | null {
  const close = FRAME_PAIRS[text.charAt(0)];
  if (close === undefined || text.length < 4 || !text.endsWith(close)) return null;
  const inner = text.slice(1, -1).trim();
  if (!FRAMED_GLOSSARY.test(inner)) return null;
  return { kind: 'glossary', marker: '', title: text };
}

/**
 * A glossary heading that names what it explains, standing alone without 附件: “政府工作报告名词、术语注释” (盐田区
 * 2016–2022, 福田区 2014–2020 after 附件), “《政府工作报告》名词解释” (罗湖区 2014), “附：名词解释” (龙华区 2021). Without
 * it the glossary's numbered entries were read as the last section's sub-headings (or as a part with sections).
 * Phrases explained (“附：短语说明”, 高唐县 2021, src32: forty numbered phrases after the closing words) are such a
 * glossary too: read as sub-headings, its entries linked to their first use in the body, not the body to them.
 * A short line, no sentence, not itself a list item (福田区 2016's annex list “1. …名词、术语注释” names the block).
 */
function namedGlossary(text: string): BlockMarker | null {
  if (text.length > 30 || /[。；;，,]/.test(text) || matchMarker(text)) return null;
  if (!/(?:名词|术语|短语)(?:解释|注释|解读|说明)\s*[:：]?$/.test(text)) return null;
  return { kind: 'glossary', marker: '', title: text.replace(/\s*[:：]$/, '') };
}

/** An annex whose title names notes or a glossary (附件2 名词解释) is a glossary block. */
export function blockKind(title: string): 'annex' | 'glossary' {
  return GLOSSARY_WORDS.test(title) ? 'glossary' : 'annex';
}
