/**
 * The digits of a document's title (《唐县国土空间规划(2019-2035年)》, 《涞源县水污染防治(2018—2020年)三年作战计划》) blanked
 * out, so that the time rules do not read the years a title names as the time of a figure after it. The title names the
 * document; the clause around it has a time of its own (this year's work: 高质量完成《唐县国土空间规划(2019-2035年)》，…完成
 * 13个… — src32 唐县 2020; 认真落实…《关于白洋淀生态环境治理和保护规划(2018-2035年)》，加快推进4项… — src32 曲阳县 2020; or
 * the year reviewed: 制定完善《涞源县水污染防治(2018—2020年)三年作战计划》等6个方案，…封堵、整改…排污口132处 — src32 涞源县
 * 2020, read as a target of 2018-2020). Character for character, so offsets into the text stay valid; only titles closed
 * before the end of the text (the figure's own title, still open, is left as it is).
 */
export function blankTitleDigits(text: string): string {
  const open = text.indexOf('《');
  if (open < 0) return text;
  let out = '';
  let from = 0;
  for (let at = open; at >= 0; at = text.indexOf('《', from)) {
    const close = text.indexOf('》', at + 1);
    if (close < 0) break;
    out += text.slice(from, at) + text.slice(at, close + 1).replace(TITLE_DIGIT, '#');
    from = close + 1;
  }
  return out + text.slice(from);
}

/** Digits, half and full width (years in titles are written in digits). */
const TITLE_DIGIT = /[0-9０-９]/g;
