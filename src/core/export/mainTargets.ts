import type { Indicator } from '../types';

/** What opens a year's list of headline targets (今年经济社会发展的主要预期目标是：…; 主要目标是…; 主要指标为…). */
const MAIN_TARGETS = /主要预期目标(?:是|为|[:：])|主要目标(?:是|为)|预期目标(?:是|为)|主要指标(?:是|为)/u;
/** A line that ends a sentence ends its paragraph too, as far as a hard-wrapped file shows. */
const ENDS_SENTENCE = /[。！？!?][”’」』）)]*$/u;
/** How far up a list or a wrapped sentence may run from the figure's line. */
const REACH = 12;
/** A line of a list set out below its opening line is an item (地区生产总值增长6%左右；), not a paragraph of tasks. */
const MAX_ITEM_CHARS = 40;

/**
 * Whether a target is one of the year's headline targets, the 8–10 an analyst briefs on first: stated after the
 * main-targets phrase in its paragraph (on its line, or on the lines a hard-wrapped file broke the paragraph into; the
 * list may run on past a full stop: national 2016's 单位国内生产总值能耗下降3.4%以上 after 。), or on a short item line
 * of a list that the phrase opens with a colon on a line of its own. The phrase says what follows is the list (是, 为, a
 * colon): 全年主要预期目标圆满完成。今年要新建学校40所 opens none. An eighth trial: Compare Targets' 59 rows of the
 * seed (学校 40所, 足球场 20片 …) buried the headline ones. `lineAt` gives a line of the report as written.
 */
export function mainTargetTest(lineAt: (line: number) => string | undefined): (indicator: Indicator) => boolean {
  return (indicator) => {
    const at = indicator.range.start;
    const own = lineAt(at.line);
    if (own === undefined) return false;
    return inOpenedSentence(lineAt, at.line, own.slice(0, at.character)) || inListBelow(lineAt, at.line, own);
  };
}

/** The phrase before the figure in its paragraph, reading up through the lines a hard wrap made. */
function inOpenedSentence(lineAt: (line: number) => string | undefined, line: number, before: string): boolean {
  let text = before;
  for (let up = 1; ; up++) {
    if (MAIN_TARGETS.test(text)) return true;
    if (up > REACH) return false;
    const previous = lineAt(line - up);
    if (previous === undefined || previous.trim() === '' || ENDS_SENTENCE.test(previous.trimEnd())) return false;
    text = previous.trimEnd() + text;
  }
}

/** An item line of a list whose opening line (主要预期目标是：) stands above it, every line between an item with a figure. */
function inListBelow(lineAt: (line: number) => string | undefined, line: number, own: string): boolean {
  if (own.trim().length > MAX_ITEM_CHARS) return false;
  for (let up = line - 1; up >= Math.max(0, line - REACH); up--) {
    const text = (lineAt(up) ?? '').trim();
    if (text === '') continue;
    if (MAIN_TARGETS.test(text) && /[:：]$/u.test(text)) return true;
    // An item states a figure; a short line of tasks (新建学校40所。 after 加快发展教育事业，…。) ends the list above it.
    if (text.length > MAX_ITEM_CHARS || !/[0-9０-９]/u.test(text)) return false;
  }
  return false;
}
