import type { ReportDocument } from '../text/document';
import type { Paragraph } from '../text/paragraphs';
import { isAddress } from './body';
import { standaloneLeadEnd } from './boldLines';
import { dashLead, isLeadSentence, isStatement } from './leads';
import { matchMarker } from './markers';

/** A numbered heading line of its own is a name: at most this long (1988's longest section names run to 40). */
const MAX_STANDALONE_HEADING = 48;

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

  /**
   * Paragraph `j` is a numbered heading standing alone, a name with nothing after it (1997 “第一，深化政府机构改革。”, a
   * bold line of its own), not a heading fused with the first sentences of its text. O(length of the heading line).
   */
  standaloneHeadingAt(j: number): boolean {
    const q = this.paragraphs[j];
    if (q === undefined || j < 0) return false;
    const m = matchMarker(q.text);
    if (m === null || q.text.length > MAX_STANDALONE_HEADING) return false;
    const stop = q.text.search(/[。！？!?]/);
    return stop < 0 || stop === q.text.length - 1;
  }

  /** Paragraph `j` is a numbered heading fused with the first sentences of its text (not standaloneHeadingAt). */
  fusedHeadingAt(j: number): boolean {
    return this.headingAt(j) && !this.standaloneHeadingAt(j);
  }

  /**
   * Paragraph `j` closes what is open before it: a heading, the deputies addressed as body.ts isAddress reads them
   * (各位代表 or 代表们 before ！ or ，, or 各位代表 alone), 同志们！, or the end of the body. The comma was added in
   * session 38: src32 高唐县-2021 and -2023 close part 一's last section with “各位代表，2020年是极不平凡的一年。” /
   * “各位代表，这些成绩的取得，…”, so that section's only paragraph kept its first sentence as a lead.
   */
  closesAt(j: number): boolean {
    const q = this.paragraphs[j];
    return j >= this.bodyEnd || q === undefined || this.headingAt(j) || isAddress(q.text) || /^同志们[！!]/.test(q.text);
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

  /**
   * Paragraph `j`, a block at least `minLength` long, opens with a lead sentence only beside others can be
   * (isLeadSentence relaxed: two clauses over 20 characters, “社会秩序保持安全稳定，人民群众安全感进一步增强。”), no statement.
   */
  longLeadAt(j: number, minLength: number): boolean {
    const q = this.paragraphs[j];
    if (q === undefined || j >= this.bodyEnd || q.text.length < minLength) return false;
    const end = isLeadSentence(q.text, true);
    return end > 0 && !isStatement(q.text.slice(0, end));
  }

  /**
   * Paragraphs `i` to the next heading (or the end of the body) all open with such leads, two of them at least and at
   * most SERIES_REACH: the rest of a section after its introduction is a series of its own. O(SERIES_REACH).
   */
  longLeadsToHeading(i: number, minLength: number): boolean {
    let j = i;
    while (j < i + SERIES_REACH && this.longLeadAt(j, minLength)) j++;
    return j - i >= 2 && (j >= this.bodyEnd || this.headingAt(j));
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
