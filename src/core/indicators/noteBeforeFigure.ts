/**
 * A note in brackets between a measure and its figure (全年新区实现地区生产总值372亿元，同比增长（下同）13%; 万元GDP水耗为
 * 15立方米，同比下降（下同）6.8% — 坪山新区 2014, 2015, outside): the note says how the measure is read further on, and
 * stands where the measure search looks for the measure, which it then missed; the figure was named by the measure
 * and its comparison base (同比增长, 同比下降) instead of the figure before. Read without the note, the measure is found
 * and the name goes on from the figure before, as after any bare measure.
 */
import { trailingMeasure } from './measures';

/** A short note in brackets with no number in it, right at the end of the text before a figure. */
const NOTE_AT_END = /[（(][^（）()\d０-９]{1,8}[）)]$/;

/** `left` without a bracketed note at its end when a measure stands right before the note; else `left`. */
export function withoutNoteBeforeFigure(left: string): string {
  if (!left.endsWith('）') && !left.endsWith(')')) return left;
  const note = NOTE_AT_END.exec(left);
  if (!note) return left;
  const before = left.slice(0, note.index).trimEnd();
  return trailingMeasure(before).measure ? before : left;
}
