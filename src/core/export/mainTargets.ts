import type { Indicator } from '../types';

/** What opens a year's list of headline targets (今年经济社会发展的主要预期目标是：…; 主要目标是…; 主要指标为…). */
const MAIN_TARGETS = /主要预期目标|主要目标(?:是|为)|预期目标(?:是|为)|主要指标(?:是|为)/;
/** How far a list set out below its opening line may run (the opening line ends in a colon: 主要预期目标是：). */
const LIST_REACH = 12;
/** A line of such a list is an item (地区生产总值增长5%左右；), not a paragraph of tasks. */
const MAX_ITEM_CHARS = 40;

/**
 * Whether a target is one of the year's headline targets, the 8–10 an analyst briefs on first: stated after the
 * main-targets phrase on its own line (the paragraph that lists them), or on a short item line of a list whose opening
 * line, at most LIST_REACH lines up, ends with the phrase and a colon. An eighth trial: Compare Targets' 50 rows of the
 * seed (学校 40所, 足球场 20片 …) buried the headline ones. `lineAt` gives a line of the report as written.
 */
export function mainTargetTest(lineAt: (line: number) => string | undefined): (indicator: Indicator) => boolean {
  return (indicator) => {
    const at = indicator.range.start;
    const own = lineAt(at.line);
    if (own === undefined) return false;
    if (MAIN_TARGETS.test(own.slice(0, at.character))) return true;
    if (own.trim().length > MAX_ITEM_CHARS) return false;
    for (let line = at.line - 1; line >= Math.max(0, at.line - LIST_REACH); line--) {
      const text = (lineAt(line) ?? '').trim();
      if (text === '') continue;
      if (MAIN_TARGETS.test(text) && /[:：]$/u.test(text)) return true;
      if (text.length > MAX_ITEM_CHARS) return false;
    }
    return false;
  };
}
