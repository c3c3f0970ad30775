import type { Paragraph } from '../text/paragraphs';
import { titleEnd } from './titles';

/** A short opener and its comma: “这五年，” (2–6 CJK characters). */
const OPENER = /^([\u4e00-\u9fff]{2,6})[,，]/;
/** Paragraphs in a row that must share the opener. */
const MIN_SERIES = 3;
/** Series titles run to 31 characters (北京 2026: “这五年，我们赓续文脉、传承发展，首都文化软实力和影响力不断提升”). */
const MAX_SERIES_TITLE = 50;
/**
 * A title is at most the opener and three clauses: the seed's “五年来，经济发展量质齐升，创新转型持续深化，综合实力显著增强。”
 * ×4 titles the review figures below it as 北京's “这五年，我们牢记嘱托、锚定蓝图，X。” does. A longer run of clauses is a
 * summary sentence, not a title.
 */
const MAX_SERIES_COMMAS = 3;

export function openerOf(text: string): string | null {
  const m = OPENER.exec(text);
  return m ? (m[1] as string) : null;
}

/**
 * Paragraphs in a row that open with the same short phrase and a comma (“这五年，X。…” ×5) are a series of parallel
 * leads, even though the phrase is a time opener and the sentence may say 我们: the repetition is the heading style.
 * `continuing` is the opener of the series the previous paragraph belonged to. Returns the end offset of this
 * paragraph's title, or -1. Looks at most two paragraphs ahead: O(1) per paragraph.
 */
export function seriesLeadEnd(paragraphs: readonly Paragraph[], pi: number, end: number, continuing: string | null): number {
  const text = (paragraphs[pi] as Paragraph).text;
  const opener = openerOf(text);
  if (!opener) return -1;
  let ok = opener === continuing;
  if (!ok) {
    let run = 1;
    for (let i = pi + 1; i < end && run < MIN_SERIES && openerOf((paragraphs[i] as Paragraph).text) === opener; i++) run++;
    ok = run >= MIN_SERIES;
  }
  if (!ok) return -1;
  const stop = titleEnd(text, 0, true);
  if (stop >= text.length || stop > MAX_SERIES_TITLE) return -1;
  let commas = 0;
  for (let i = 0; i < stop; i++) if (text[i] === ',' || text[i] === '，') commas++;
  return commas <= MAX_SERIES_COMMAS ? stop : -1;
}
