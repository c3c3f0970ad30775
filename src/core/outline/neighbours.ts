import type { ReportDocument } from '../text/document';
import type { Paragraph } from '../text/paragraphs';
import { standaloneLeadEnd } from './boldLines';
import { dashLead, isLeadSentence, isStatement } from './leads';
import { matchMarker } from './markers';

/** How far ahead leadAhead looks for a lead of the same section. */
const SERIES_REACH = 3;

/** The paragraph after a heading name is a sentence at least this long (1982: “第六个五年计划已经执行了近两年，…。”, 39). */
const MIN_NAME_BODY = 20;

/** What the paragraphs next to the one being read look like (a heading, a lead, body text): O(1) per question. */
export class Neighbours {
  constructor(
    private readonly doc: ReportDocument,
    private readonly paragraphs: readonly Paragraph[],
    private readonly bodyEnd: number,
    private readonly indented: boolean,
    private readonly compact: boolean,
  ) {}

  headingAt(j: number): boolean {
    const q = this.paragraphs[j];
    return q !== undefined && j >= 0 && matchMarker(q.text) !== null;
  }

  isLeadAt(j: number): boolean {
    const q = this.paragraphs[j];
    return q !== undefined && j < this.bodyEnd && isLeadSentence(q.text) > 0;
  }

  /** One of the next SERIES_REACH paragraphs before a heading opens with a lead sentence that is no statement. */
  leadAhead(i: number): boolean {
    for (let j = i + 1; j <= i + SERIES_REACH && j < this.bodyEnd && !this.headingAt(j); j++) {
      const q = (this.paragraphs[j] as Paragraph).text;
      const end = isLeadSentence(q);
      if (end > 0 && !isStatement(q.slice(0, end))) return true;
    }
    return false;
  }

  leadOrHeadingAt(j: number): boolean {
    return j >= this.bodyEnd || this.isLeadAt(j) || this.headingAt(j);
  }

  /** Paragraph `j` opens with a lead of any kind; with `dashes` false, a ——X。 dash lead does not count. */
  leadLike(j: number, dashes = true): boolean {
    const q = this.paragraphs[j] as Paragraph;
    if (matchMarker(q.text)) return false;
    const dashed = dashLead(q.text) !== null;
    if (dashed) return dashes;
    return isLeadSentence(q.text) > 0 || standaloneLeadEnd(this.doc, this.paragraphs, j, this.indented, this.compact) > 0;
  }

  /** Paragraph `j` is body text (at least one sentence of some length) or a numbered heading: what follows a heading. */
  opensBody(j: number): boolean {
    const q = this.paragraphs[j];
    if (q === undefined || j >= this.bodyEnd) return false;
    return (q.text.length >= MIN_NAME_BODY && /[。！？!?]/.test(q.text)) || matchMarker(q.text) !== null;
  }
}
