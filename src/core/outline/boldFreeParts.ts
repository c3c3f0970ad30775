import type { ReportDocument } from '../text/document';
import { isBlank } from '../text/document';
import { isIndentOnlyLine } from './boldLines';
import { matchMarker } from './markers';

/**
 * True when the part whose heading (一、 style, numbered `value`) stands on line `from` holds a bold lead line as
 * published online — a flush line right under an indent-only line (boldLines.ts isIndentOnlyLine) — before the heading
 * of part `value + 1`. A report whose page kept its leads that way set none in a part without one: national 1998's
 * 三、关于国际形势和外交工作 is indented prose throughout (“中俄关系继续发展。两国签署了…”), while its other parts
 * open each topic on a flush bold line. O(lines of the part); called once per part.
 */
export function partHoldsBoldLine(doc: ReportDocument, from: number, value: number): boolean {
  const lines = doc.lines;
  for (let i = from + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l) || l.folded.charCodeAt(0) === 0x20) continue;
    const m = matchMarker(l.folded);
    if (m !== null && m.style === 'cn-dun' && m.value === value + 1) return false;
    if (isIndentOnlyLine(doc, i - 1)) return true;
  }
  return false;
}

/** Remembers the answer for the part read last, so each part is scanned once. */
export class BoldFreeParts {
  private line = -1;
  private free = false;

  constructor(private readonly doc: ReportDocument) {}

  /** The part heading on line `line`, numbered `value` in the 一、 style, holds no bold lead line. */
  isFree(line: number, value: number): boolean {
    if (line !== this.line) {
      this.line = line;
      this.free = !partHoldsBoldLine(this.doc, line, value);
    }
    return this.free;
  }
}
