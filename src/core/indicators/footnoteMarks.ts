import { FOOTNOTE_MARKER, FOOTNOTE_OPEN } from '../text/footnoteMarker';

/**
 * A footnote marker ([5], ［4］, ^[3], 〔24〕, 【25】) points at a note on the word before it; it is never part of a name
 * (“专精特新”[4]中小企业, R&D[5]经费投入, 农村寄宿制学校〔24〕, 农副产品加工园区〔6〕占地面积 — 徐水区 2024, 易县 2022, 2025,
 * 阜平县 2021, 保定市 2021, 博野县 2022, src32, outside). The marker is the one the glossary links read (text/footnoteMarker.ts).
 */
const FOOTNOTE_MARK = new RegExp(FOOTNOTE_MARKER, 'g');

export function withoutFootnoteMarks(name: string): string {
  return FOOTNOTE_OPEN.test(name) ? name.replace(FOOTNOTE_MARK, '') : name;
}
