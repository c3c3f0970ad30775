import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import type { ReportDocument } from '../text/document';
import type { Paragraph } from '../text/paragraphs';
import { firstLine, positionAt } from '../text/paragraphs';
import type { OutlineNode } from '../types';
import { findDuplicateStart } from './duplicate';
import { findInlinePoints } from './inlinePoints';
import { addInlinePoints, goesOn, repeats, startsOnNextLine } from './paragraphShape';
import { InnerLists } from './innerLists';
import { AnnouncedList, announcesList, announcesTasks } from './announcedList';
import { alternatingLeadEnd, alternatingOpener, headShape, parallelHeadEnd, seriesLeadEnd, seriesOpenerOf } from './leadSeries';
import { PointRuns } from './pointRuns';
import { findBodyStart, isAddress, isAfterSalutation } from './body';
import { isCompactLayout, isNameLine } from './nameLines';
import { indentsParagraphs, isBoldMarkerAlone, standaloneLeadEnd } from './boldLines';
import { continuesEnumeration, dashLead, isClosingHeading, speaksForReview, isLeadSentence, isPlainHeading, isStatement, isSubHeadingPhrase, isTopicSentence, ownsUpToProblems } from './leads';
import { matchBlockMarker, matchMarker } from './markers';
import { openBlock } from './blockHeading';
import { listLeadEnd } from './listLeads';
import { headingStart, isListItem, titleEnd, titleText } from './titles';
import { assignRanges } from './ranges';
import { Neighbours } from './neighbours';
import { FramedPairs } from './framedPairs';
import { readBareNumeralHeading } from './bareNumerals';
import { isBelowHeadingGap, widensHeadingGaps } from './gaps';
import type { DraftNode } from './draft';
import { draft, HeadingStack, kindFor } from './headingStack';
import type { StackEntry, Style } from './headingStack';

/** Paragraphs in a row that must open with leads for lead sentences directly under a part to be headings. */
const MIN_PART_SERIES = 3;
/** Lead sentences of a pair directly under a part are at most this long (1955's prose pairs run to 23–25). */
const MAX_PAIR_LEAD = 20;
/** A paragraph at least this long is a block that a longer lead of its section's series may title (sentenceLead). */
const MIN_TITLED_BLOCK = 200;

export interface OutlineResult {
  readonly nodes: OutlineNode[];
  readonly duplicateFromLine: number | null;
  /** Paragraph indices of the report body: after the title block, before a duplicated second copy. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

/**
 * Heading grammar → outline tree. Works on logical paragraphs (split lines rejoined), so a heading broken over
 * three lines or fused with its paragraph is one heading. Numbered headings are accepted only when they continue
 * their list (headingStack.ts), which is what keeps stray list items, annex numbering and the lone “2.5” of a split
 * “PM2.5” out of the outline.
 */
export function parseOutline(doc: ReportDocument, paragraphs: readonly Paragraph[], token?: CancellationLike): OutlineResult {
  const dupStart = findDuplicateStart(paragraphs);
  const bodyEnd = dupStart >= 0 ? dupStart : paragraphs.length;
  const bodyStart = findBodyStart(paragraphs, bodyEnd);
  const parser = new OutlineParser(doc, paragraphs, bodyStart, bodyEnd);
  for (let pi = bodyStart; pi < bodyEnd; pi++) {
    if ((pi & 0x3ff) === 0) throwIfCancelled(token);
    pi = parser.read(pi);
  }
  throwIfCancelled(token);
  const nodes = assignRanges(parser.headings.roots, doc, dupStart >= 0 ? firstLine(paragraphs[dupStart] as Paragraph) : doc.lines.length);
  return { nodes, duplicateFromLine: dupStart >= 0 ? firstLine(paragraphs[dupStart] as Paragraph) : null, bodyStart, bodyEnd };
}

/** The reading of the body, one paragraph at a time: each kind of heading is one step, tried in this order. */
class OutlineParser {
  readonly headings = new HeadingStack();
  /** After 结束语: the closing remarks, which are not a part (test/fixtures/expected/README.md). */
  private closing = false;
  /** The paragraph that is the body of a standalone lead or point line: never a lead itself. */
  private leadBody = -1;
  /** The paragraph of the last lead that is a line of its own over its body, for series of such lines. */
  private lastLineLeadPi = -3;
  /** The last paragraph that is an item of an enumeration: never a lead. */
  private listItem = -1;
  /** The paragraph of the last lead, for lead series. */
  private lastLeadPi = -2;
  /** Paragraphs in a row, ending at lastLeadPi, that open with leads. */
  private leadRun = 0;
  /** The opener of the lead series the last lead belongs to (“这五年”), or null. */
  private seriesOpener: string | null = null;
  /** The opener of the standalone lines alternating with body paragraphs (这是…的五年。), while the series runs. */
  private alternatingSeries: string | null = null;
  /**
   * After a part's numbered sections, a paragraph addressed to the deputies (各位代表！) opens the part's closing words
   * (2018 part 一: “过去五年，…” on 港澳台, 外交…; 天津 2026: “各位代表！“十四五”以来，…” then “五年来，…” ×6): they are no
   * section's content, and their lead-like sentences are not listed (test/fixtures/expected/README.md, “Leads after a
   * part's last numbered section”). Until the next heading; the sections stay open, as the list may go on after the
   * closing words (辽宁 2026: “各位代表！今年，我们继续安排20件民生实事，…” before （十）).
   */
  private closingWords = false;
  private readonly innerLists = new InnerLists();
  /** What the paragraphs around the one being read look like. */
  private readonly around: Neighbours;
  private readonly announcedList = new AnnouncedList();
  private readonly pointRuns = new PointRuns();
  private readonly framedPairs: FramedPairs;
  /** The report indents its paragraphs, so a flush line is set apart (a lead that lost its bold). */
  private readonly indented: boolean;
  /** The report does not set paragraphs apart with blank lines: a heading stands alone on its own line. */
  private readonly compact: boolean;
  /** The report keeps a wide gap of blank lines for its headings (widensHeadingGaps). */
  private readonly headingGaps: boolean;

  constructor(
    private readonly doc: ReportDocument,
    private readonly paragraphs: readonly Paragraph[],
    private readonly bodyStart: number,
    private readonly bodyEnd: number,
  ) {
    this.indented = indentsParagraphs(doc, paragraphs);
    this.compact = isCompactLayout(paragraphs);
    this.headingGaps = widensHeadingGaps(doc, paragraphs);
    this.around = new Neighbours(doc, paragraphs, bodyEnd, this.indented, this.compact);
    this.framedPairs = new FramedPairs(paragraphs, this.around, bodyEnd);
  }

  /** Reads paragraph `pi` (and the next one when a heading takes its title from it); returns the last one it used. */
  read(pi: number): number {
    const p = this.paragraphs[pi] as Paragraph;
    this.headings.sinceHeading++;
    // A heading of any kind (attach() restarts the count) ends the part's closing words.
    if (this.headings.sinceHeading === 1) this.closingWords = false;
    const block = matchBlockMarker(p.text);
    if (block) return this.blockHeading(pi, block);
    // The closing remarks belong to no heading: nothing after 结束语 but an annex or glossary is outline.
    if (this.closing) return pi;
    const bare = readBareNumeralHeading(this.headings, this.paragraphs, this.around, this.bodyEnd, pi);
    if (bare >= 0) return bare;
    const marker = matchMarker(p.text);
    if (marker) {
      const used = this.numberedHeading(pi, p, marker);
      if (used >= 0) return used;
    }
    if (this.headings.stack.length === 0 && !isAfterSalutation(this.paragraphs, this.bodyStart, pi)) return pi;
    if (this.plainHeading(pi, p)) return pi;
    if ((isAddress(p.text) || ownsUpToProblems(p.text)) && this.headings.hasNumberedSections()) this.closingWords = true;
    // The lessons drawn from the whole review and the problems it owns up to speak for the part, after its sections or
    // leads: the list they announce is the part's (2008 part 一, 1995 part 一; 2011's bold “…认识和体会：” over 一是…四是
    // after （五）).
    if (this.headings.stack.length > 1 && !this.headings.inBlock && (this.headings.stack[0] as StackEntry).node.level === 1 && speaksForReview(p.text)) this.headings.stack.length = 1;
    // A paragraph that looks back on what the leads above it said (在切实做好上述工作的同时，…) closes their topics: a list
    // after it is the part's or section's (2000 part 七: 一是…三是 after it are points of the part).
    if (/^[^,，。]{0,12}上述/.test(p.text)) this.headings.popWhile((e) => e.style === 'lead');
    if (!this.closingWords && !repeats(p, this.paragraphs[pi - 1]) && (this.listLead(pi, p) || this.leadHeading(pi, p))) return pi;
    const parent = this.headings.inlineParent();
    if (parent) addInlinePoints(parent, findInlinePoints(p, 0));
    return pi;
  }

  /** 附件, 名词解释 …: a block at the top level (blockHeading.ts); it ends the closing remarks and closing words. */
  private blockHeading(pi: number, block: NonNullable<ReturnType<typeof matchBlockMarker>>): number {
    this.closing = false;
    this.closingWords = false;
    return openBlock(this.headings, this.paragraphs, this.bodyEnd, pi, block);
  }

  /** 一、 （一） 1. 一是 第一，…: a heading when it continues its list; -1 when the paragraph is no such heading. */
  private numberedHeading(pi: number, p: Paragraph, marker: NonNullable<ReturnType<typeof matchMarker>>): number {
    const h = this.headings;
    const text = p.text;
    // “一是…。二是…。” inside one paragraph is an inline list, not a heading that opens a section.
    const inlinePoints = marker.style === 'shi' && marker.value === 1 ? findInlinePoints(p, 0) : [];
    if (inlinePoints.length >= 2) {
      // The paragraph's points belong to the heading above it, not to a lead made of “一是稳增长”.
      const parent = h.top();
      if (parent) {
        h.popWhile((e) => e.style === 'lead');
        addInlinePoints(h.top() ?? parent, inlinePoints);
      }
      return pi;
    }
    // A bold “一是” left alone on its line (2000 as published online): its title is the next line's sentence.
    const next = marker.length >= text.length && pi + 1 < this.bodyEnd ? this.paragraphs[pi + 1] : undefined;
    const titled = next && startsOnNextLine(p, next) && !matchMarker(next.text) ? next : p;
    const from = titled === p ? marker.length : 0;
    const end = titleEnd(titled.text, from, marker.style === 'shi');
    const title = titleText(titled.raw, from, end);
    const fused = goesOn(titled.text, end);
    const inner = this.innerLists.continues(marker.style, marker.value, pi);
    // A marker left alone on its line whose text is a whole paragraph below it (only the marker was bold) numbers the
    // items of an enumeration, not headings (1955 （五） 第一，…第五，, 1988 五、 第一，…第三，): a heading's title is
    // the whole line, or the marker's own line goes on. A bold 一是 alone stays a point (2000).
    // Inside an annex the numbered items are the block's list whatever their punctuation (内蒙古 2026 附件 “1.通过…；…（牵头
    // 单位：…）。”); in the body a ；-item is an enumeration.
    // Directly under a part, though, such ordinals open the part's sections, as a fused 第一， does (1986 part 四: “第一、”
    // … “第十、” each alone on its line over its paragraph, the ten points of the foreign policy). So do they right after a
    // paragraph announcing the part's tasks, closing the sections open before it (1979 part 二: （一）…（五） inside its
    // 调整 paragraphs, then “…着重抓好以下的十项工作。” over “第一、” … “第十、”).
    const partOpen = h.stack.length > 0 && (h.stack[0] as StackEntry).node.level === 1 && !h.inBlock;
    const opensTasks = partOpen && h.stack.length > 1 && marker.value === 1 && marker.style !== 'shi' && fused && pi > this.bodyStart && announcesTasks((this.paragraphs[pi - 1] as Paragraph).text) && isBoldMarkerAlone(this.doc, p, titled, marker.length);
    const underPart = opensTasks || (partOpen && h.stack.every((e, i) => i === 0 || e.style === marker.style || e.style === 'lead' || e.style === 'shi'));
    const item = (!h.inBlock && isListItem(titled.text, from, marker.style === 'shi')) || (fused && marker.style !== 'shi' && !underPart && isBoldMarkerAlone(this.doc, p, titled, marker.length));
    const setApart = this.headingGaps && isBelowHeadingGap(this.doc, p);
    // A name standing alone (or set apart) right after “…以下几个问题。” opens a list of the part's own (AnnouncedList); a
    // sentence under the marker (1955 一、 / “我国人民已经推翻了…。”) is an item of an enumeration.
    const name = (!fused || setApart) && !/[。！？!?；;]$/.test(titled.text);
    const announced = pi > this.bodyStart && announcesList((this.paragraphs[pi - 1] as Paragraph).text);
    const inList = inner || item || !name ? 0 : this.announcedList.place(h, marker.style, marker.value, announced);
    const level = inList || (inner || item ? 0 : opensTasks ? h.placeUnderPart(marker.style, { title, fused, setApart }) : h.place(marker.style, marker.value, { title, fused, setApart }));
    if (!level && !inner) this.innerLists.rejected(marker.style, marker.value, pi);
    // A numbered paragraph that is no heading is an item of an enumeration, never a lead of its own: the last item of
    // 一、…；二、…；三、…。 (1981 “三、合理地利用资源，提高综合利用水平。”), or a point that goes on an enumeration begun
    // inline in the paragraph above (2010: “…一要…。” then “二要加强环境保护。…”, “三要…”).
    if (!level) this.listItem = pi;
    if (!level) return -1;
    this.innerLists.accepted(marker.style);
    const markerText = p.raw.slice(0, marker.length).trim();
    const node = draft(kindFor(marker.style, level), level, markerText, title, headingStart(p), positionAt(titled, end));
    h.attach(node);
    // A heading that is a name on a paragraph of its own (“第一，进一步稳定和加强农业”, no 。) titles a section like （一）.
    const named = titled === p && !fused && !/[。！？!?]$/.test(text);
    h.stack.push({ style: marker.style, value: marker.value, node, named });
    if (marker.style === 'shi') this.pointRuns.opened(marker.value);
    // A bold “三是X。” line whose body goes on on the next line (2000): that body's first sentence is no lead.
    const nextP = this.paragraphs[pi + 1];
    if (marker.style === 'shi' && !fused && titled === p && nextP && startsOnNextLine(p, nextP)) this.leadBody = pi + 1;
    addInlinePoints(node, findInlinePoints(titled, end));
    return titled !== p ? pi + 1 : pi;
  }

  /** An unnumbered heading line (a part's name, a topic sentence), 结束语, or a sub-heading phrase; false when none. */
  private plainHeading(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const text = p.text;
    if (!(isPlainHeading(p) || (this.compact && isNameLine(p, this.around.opensBody(pi + 1))))) return false;
    if (isClosingHeading(text)) {
      this.closing = true;
      return true;
    }
    if (isSubHeadingPhrase(text)) {
      if (h.stack.length) this.addLead(p, text.length);
      return true;
    }
    // A clause sentence standing alone (1988: “五年来，在改革开放的推动下，…”) is a topic of the part it is in, not
    // the next unnumbered part beside it: parts are names (过去五年国内工作的基本总结).
    const style: Style = isTopicSentence(text) ? 'topic' : 'plain';
    const level = h.place(style, 0);
    if (!level) return false;
    const node = draft(kindFor(style, level), level, '', titleText(p.raw, 0, text.length), headingStart(p), positionAt(p, text.length));
    h.attach(node);
    h.stack.push({ style, value: 0, node });
    return true;
  }

  /** A lead that titles its paragraph (or the paragraphs below it): bold, dashed, alternating, a series, a sentence. */
  private leadHeading(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    // An annex or a glossary has items, not sub-headings: a note's first sentence (广东 2026 名词解释 8.“链式改造” /
    // “包括“供应链改造”和“产业链改造”。…”) is its text. So is an item of an enumeration.
    if (h.inBlock || pi === this.listItem) return false;
    // A bold announcement (a flush line ending in a colon) announces the list of the heading it stands in: 2012 （八）'s
    // “今年改革的重点任务是：” over its leads. Only the review's lessons and problems speak for the part (speaksForReview:
    // 2011's bold “…认识和体会：” over 一是…四是 after （五）).
    return this.boldLead(pi, p) || this.dashedLead(p) || this.alternatingLead(pi, p) || this.seriesLead(pi, p) || this.sentenceLead(pi, p);
  }

  /** A one-sentence paragraph over a run of 一是/二是 paragraphs, inside a section: their lead (listLeads.ts). */
  private listLead(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const end = h.stack.length > 1 && !h.inBlock && pi !== this.listItem ? listLeadEnd(this.paragraphs, pi, this.bodyEnd) : -1;
    if (end <= 0) return false;
    h.popWhile((e) => e.style === 'lead' || e.style === 'shi');
    this.addLead(p, end, 0, '', true);
    return true;
  }

  private boldLead(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const boldEnd = h.stack.length ? standaloneLeadEnd(this.doc, this.paragraphs, pi, this.indented, this.compact, this.lastLineLeadPi === pi - 2) : -1;
    if (boldEnd <= 0) return false;
    // A bold lead line is a topic of its part: it closes the 一是 points and 第一， ordinals before it, which sit
    // at or below a topic's rank (1997: “积极推进社会保障制度改革。” after 第一，…第六，) — unless the ordinal is a name
    // standing alone, which heads a section as （一） does (1998: “第一，进一步稳定和加强农业” over its leads).
    h.popWhile((e) => e.style === 'lead' || e.style === 'shi' || (e.style === 'di' && !e.named));
    const lead = this.addLead(p, boldEnd, 0, '', true);
    addInlinePoints(lead, findInlinePoints(p, boldEnd));
    if (p.segments.length === 1) {
      this.leadBody = pi + 1;
      this.lastLineLeadPi = pi;
    }
    return true;
  }

  private dashedLead(p: Paragraph): boolean {
    const dash = this.headings.stack.length ? dashLead(p.text) : null;
    if (!dash) return false;
    const lead = this.addLead(p, dash.end, dash.start, p.raw.slice(0, dash.start).trim());
    addInlinePoints(lead, findInlinePoints(p, dash.end));
    return true;
  }

  private alternatingLead(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const alternating = h.stack.length ? alternatingLeadEnd(this.paragraphs, pi, this.bodyEnd, this.lastLeadPi === pi - 2 ? this.alternatingSeries : null) : -1;
    if (alternating <= 0) return false;
    h.popWhile((e) => e.style === 'lead' || e.style === 'shi');
    this.addLead(p, alternating);
    this.alternatingSeries = alternatingOpener(p);
    // Its body is the next paragraph, whose first sentence is no lead (海南 2026: “这一年，…改革开放步伐加快。” /
    // “跨境电子商务综合试验区抓紧建设。积极对接…”).
    this.leadBody = pi + 1;
    return true;
  }

  private seriesLead(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const continuing = this.lastLeadPi === pi - 1 ? this.seriesOpener : null;
    const opened = h.stack.length ? seriesLeadEnd(this.paragraphs, pi, this.bodyEnd, continuing) : -1;
    const seriesEnd = opened > 0 || !h.stack.length ? opened : parallelHeadEnd(this.paragraphs, pi, this.bodyEnd, continuing);
    if (seriesEnd <= 0) return false;
    // A series of parallel leads is a list of its own: it closes the 一是 points before it (湖南 2026 part 一).
    h.popWhile((e) => e.style === 'lead' || e.style === 'shi');
    const lead = this.addLead(p, seriesEnd);
    this.seriesOpener = opened > 0 ? seriesOpenerOf(p.text) : headShape(p.text);
    addInlinePoints(lead, findInlinePoints(p, seriesEnd));
    return true;
  }

  private sentenceLead(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const text = p.text;
    const strictLead = h.stack.length && pi !== this.leadBody ? isLeadSentence(text) : -1;
    // Beside a lead (the paragraph before or after), a longer or bracketed first sentence is one of the series.
    // Only inside a run of led paragraphs: after a lead or its section's heading, before a lead or the next heading
    // (a body paragraph before it makes it body text too: 2009 “统筹推进城乡社区建设，…” after “要健全…”), or first of a
    // run of three (天津 2026 “积极共建北京（京津冀）国际科技创新中心。” after its section's introduction, before two leads).
    // A series of three or more leads may end on it whatever follows (2008 （五）: “拓展对外开放广度和深度，提高开放型经济
    // 水平。” after four leads, before the section's closing remark).
    const besideLead =
      strictLead < 0 &&
      h.stack.length > 1 &&
      pi !== this.leadBody &&
      (((this.lastLeadPi === pi - 1 || this.around.headingAt(pi - 1)) &&
        (this.lastLeadPi === pi - 1 ? this.leadRun >= MIN_PART_SERIES || this.around.leadOrHeadingAt(pi + 1) : this.around.isLeadAt(pi + 1))) ||
        (this.around.isLeadAt(pi + 1) && this.around.isLeadAt(pi + 2)));
    // A long paragraph among its section's leads (the lead just before it, one paragraph between at most, or one a few
    // paragraphs ahead) may open with a longer lead of the series (1980 第一，: “农业、轻工业的发展加快了，农轻重的比例关系有所
    // 改善。”); the short pieces a page splits a paragraph into go on their lead (2009 “健全社会矛盾纠纷调处化解机制，…。”).
    const inSection = !besideLead && strictLead < 0 && h.stack.length > 1 && pi !== this.leadBody && text.length >= MIN_TITLED_BLOCK && (this.lastLeadPi >= pi - 2 && h.stack.length > 2 && (h.stack[h.stack.length - 1] as StackEntry).style === 'lead' || this.around.leadAhead(pi)) ? isLeadSentence(text, true) : -1;
    const found = besideLead ? isLeadSentence(text, true, this.lastLeadPi === pi - 1 && this.around.isLeadAt(pi + 1)) : inSection > 0 ? inSection : strictLead;
    const leadEnd = found > 0 && continuesEnumeration(text) ? -1 : found;
    // After 一是 points the lead is a topic of the last point or, when the run is over, the next topic beside them.
    const point = leadEnd > 0 ? h.stack[h.cutWhile(h.stack.length, (e) => e.style === 'lead') - 1] : undefined;
    const closesRun = point?.style === 'shi' && this.pointRuns.closedBy(this.paragraphs, pi, this.bodyEnd, point.value);
    const under = (e: StackEntry): boolean => e.style === 'lead' || (closesRun && e.style === 'shi');
    // Directly under a part, a lone lead-like sentence is prose; under a section its first sentence titles a topic.
    if (!(leadEnd > 0 && (h.cutWhile(h.stack.length, under) > 1 || this.framedPairs.isLead(pi, text.slice(0, leadEnd)) || this.inLeadSeries(pi, leadEnd)))) return false;
    // A statement (改革开放是推动发展的制胜法宝。) stands in the series of leads around it, so the series runs on past it,
    // but it introduces its block rather than titling it: never a lead itself.
    if (isStatement(text.slice(0, leadEnd))) {
      this.chainLead(pi);
      return false;
    }
    h.popWhile(under);
    const lead = this.addLead(p, leadEnd, 0, '', true);
    addInlinePoints(lead, findInlinePoints(p, leadEnd));
    return true;
  }

  /**
   * Lead sentences come in parallel series (“国民经济继续保持平稳较快增长。” / “改革开放深入推进。” / …): directly under a
   * part, a lead-like first sentence is one when the paragraphs around it open with leads too. A lone one is prose
   * (1955: “大工业是建立社会主义社会的物质基础。”). A pair is weaker evidence, so its sentences must also be short like
   * headings (2011: “继续实施积极的财政政策。” / “实施稳健的货币政策。”): two long statements in a row are prose
   * (1955: “青年和妇女都应该积极地参加祖国的社会主义建设事业。” / “五年计划同全国各民族各阶层人民都有密切的关系。”).
   * A run of ——X。 dash leads is a series of another shape: the sentence before it introduces it (内蒙古 2026: “…发展历程
   * 极不平凡。…” over “——这五年综合经济实力大幅提升。” ×6), so only leads without a dash count ahead.
   * Looks at most two paragraphs ahead: O(1) per paragraph.
   */
  private inLeadSeries(i: number, titleLength: number): boolean {
    // Between the two leads of a framed pair, paragraphs are the first one's body.
    if (this.framedPairs.between(i)) return false;
    let run = (this.lastLeadPi === i - 1 ? this.leadRun : 0) + 1;
    for (let j = i + 1; run < MIN_PART_SERIES && j < this.bodyEnd && this.around.leadLike(j, false); j++) run++;
    return run >= MIN_PART_SERIES || (run === 2 && titleLength <= MAX_PAIR_LEAD);
  }

  /** Paragraph `pi` opens like the leads of a series (a lead, or a statement among them): the series runs on. */
  private chainLead(pi: number): void {
    this.leadRun = this.lastLeadPi === pi - 1 ? this.leadRun + 1 : 1;
    this.lastLeadPi = pi;
  }

  private addLead(p: Paragraph, end: number, start = 0, marker = '', ownsList = false): DraftNode {
    const h = this.headings;
    this.chainLead(p.index);
    this.seriesOpener = null;
    h.popWhile((e) => e.style === 'lead');
    if (h.top() && (h.stack[h.stack.length - 1] as StackEntry).style === 'shi') this.pointRuns.ledUnder();
    const level = h.stack.length + 1;
    const node = draft('lead', level, marker, titleText(p.raw, start, end), headingStart(p), positionAt(p, end));
    h.attach(node);
    h.stack.push({ style: 'lead', value: 0, node, ownsList });
    return node;
  }
}
