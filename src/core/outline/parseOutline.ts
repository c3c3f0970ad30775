import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import type { ReportDocument } from '../text/document';
import type { Paragraph } from '../text/paragraphs';
import { firstLine, paragraphStart, positionAt } from '../text/paragraphs';
import type { OutlineKind, OutlineNode, Position } from '../types';
import { findDuplicateStart } from './duplicate';
import { findInlinePoints } from './inlinePoints';
import { InnerLists } from './innerLists';
import { alternatingLeadEnd, alternatingOpener, openerOf, seriesLeadEnd } from './leadSeries';
import { PointRuns } from './pointRuns';
import { findBodyStart, isAfterSalutation } from './body';
import { isCompactLayout, isNameLine } from './nameLines';
import { indentsParagraphs, isBoldAnnouncement, standaloneLeadEnd } from './boldLines';
import { dashLead, isClosingHeading, isLeadSentence, isPlainHeading, isSubHeadingPhrase, isTopicSentence } from './leads';
import type { NumberedStyle } from './markers';
import { blockKind, matchBareNumeral, matchBlockMarker, matchMarker } from './markers';
import { isListItem, isPartTitle, titleEnd, titleText } from './titles';
import { assignRanges } from './ranges';
import type { DraftNode } from './draft';

/** plain: an unnumbered heading line (a part name); topic: one that is a clause sentence (“五年来，…”). */
type Style = NumberedStyle | 'plain' | 'topic' | 'lead' | 'block';
const UNNUMBERED: ReadonlySet<Style> = new Set<Style>(['plain', 'topic']);

interface StackEntry {
  readonly style: Style;
  readonly value: number;
  readonly node: DraftNode;
  /** A lead on a line of its own: it titles the paragraphs below it, not only its own paragraph. */
  readonly standalone?: boolean;
}

/** Styles that may open the top level of a report (a 一是 or a 1. never does). */
const TOP_CAPABLE: ReadonlySet<Style> = new Set<Style>(['cn-dun', 'cn-paren', 'cn-bare', 'di-part', 'plain', 'topic']);
/** Styles whose sequence may skip one number when a heading was lost to page damage. */
const STRONG: ReadonlySet<Style> = new Set<Style>(['cn-dun', 'cn-paren', 'cn-bare', 'di-part']);
/** A 一是 list belongs to the lead before it when it opens at most the third paragraph after it (body, intro, list). */
const LEAD_LIST_REACH = 3;
/** Paragraphs in a row that must open with leads for lead sentences directly under a part to be headings. */
const MIN_PART_SERIES = 3;
/** The paragraph after a heading name is a sentence at least this long (1982: “第六个五年计划已经执行了近两年，…。”, 39). */
const MIN_NAME_BODY = 20;
/** Lead sentences of a pair directly under a part are at most this long (1955's prose pairs run to 23–25). */
const MAX_PAIR_LEAD = 20;

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
 * their list (一、 after 一、 must be 二、), which is what keeps stray list items, annex numbering and the lone
 * “2.5” of a split “PM2.5” out of the outline.
 */
export function parseOutline(doc: ReportDocument, paragraphs: readonly Paragraph[], token?: CancellationLike): OutlineResult {
  const dupStart = findDuplicateStart(paragraphs);
  const bodyEnd = dupStart >= 0 ? dupStart : paragraphs.length;
  const bodyStart = findBodyStart(paragraphs, bodyEnd);

  const roots: DraftNode[] = [];
  const stack: StackEntry[] = [];
  let inBlock = false;
  /** After 结束语: the closing remarks, which are not a part (test/fixtures/expected/README.md). */
  let closing = false;
  /** Paragraphs since the last heading of any kind: how far a lead's list may follow it. */
  let sinceHeading = 0;
  /** The paragraph that is the body of a standalone lead or point line: never a lead itself. */
  let leadBody = -1;
  /** The paragraph of the last lead, for lead series. */
  let lastLeadPi = -2;
  /** Paragraphs in a row, ending at lastLeadPi, that open with leads. */
  let leadRun = 0;
  /** The opener of the lead series the last lead belongs to (“这五年”), or null. */
  let seriesOpener: string | null = null;
  /** The opener of the standalone lines alternating with body paragraphs (这是…的五年。), while the series runs. */
  let alternatingSeries: string | null = null;
  const innerLists = new InnerLists();
  const pointRuns = new PointRuns();
  /** The report indents its paragraphs, so a flush line is set apart (a lead that lost its bold). */
  const indented = indentsParagraphs(doc, paragraphs);
  /** The report does not set paragraphs apart with blank lines: a heading stands alone on its own line. */
  const compact = isCompactLayout(paragraphs);

  const top = (): DraftNode | null => (stack.length ? (stack[stack.length - 1] as StackEntry).node : null);
  const attach = (node: DraftNode): void => {
    sinceHeading = 0;
    const parent = top();
    if (parent) parent.children.push(node);
    else roots.push(node);
  };
  const popWhile = (pred: (e: StackEntry) => boolean): void => {
    while (stack.length && pred(stack[stack.length - 1] as StackEntry)) stack.pop();
  };

  /** How far the stack would be cut for a heading of `style`: entries on top that `drop` accepts go. */
  const cutWhile = (n: number, drop: (e: StackEntry) => boolean): number => {
    while (n > 0 && drop(stack[n - 1] as StackEntry)) n--;
    return n;
  };

  /**
   * Places a numbered or plain heading on the stack; returns its level, or 0 when the sequence rejects it (the stack
   * is then left as it was). The `heading`'s title is checked when it would open a part.
   */
  const place = (style: Style, value: number, heading?: { title: string; fused: boolean }): number => {
    let n = stack.length;
    if (style === 'shi') {
      // 一是 restarting a run opens a new list: the old run (and what it opened) is over.
      const run = stack.findIndex((e) => e.style === 'shi');
      if (run >= 0 && value === 1) n = run;
      // A 一是 run right after a lead line (its body, at most one introducing paragraph between) is the lead's list
      // (2000: “继续实施积极的财政政策。” … “一是…二是…”); further away the lead's topic is over. A lead sentence or a
      // ——X。 lead titles its own paragraph only (2022: 一是… after the last ——X。 belongs to the part).
      const lead = stack[n - 1];
      if (!(lead && lead.standalone && sinceHeading <= LEAD_LIST_REACH)) n = cutWhile(n, (e) => e.style === 'lead');
    } else {
      // 一是 points are the lowest rank: a 第一， or 1. list after them is their sibling, not their child (1997 part 三).
      n = cutWhile(n, (e) => e.style === 'lead' || e.style === 'shi');
    }
    // An unnumbered name after topics is at most their sibling (it is the next part when the parts are names).
    const same = (e: StackEntry): boolean => e.style === style || (style === 'plain' && e.style === 'topic');
    let idx = -1;
    for (let i = n - 1; i >= 0; i--) if (same(stack[i] as StackEntry)) idx = i;
    if (idx >= 0) {
      const prev = (stack[idx] as StackEntry).value;
      const ok = UNNUMBERED.has(style) || value === prev + 1 || (STRONG.has(style) && value === prev + 2);
      if (!ok) return 0;
      n = idx;
    } else {
      if (!UNNUMBERED.has(style) && value !== 1 && !(STRONG.has(style) && value === 2)) return 0;
      // An unnumbered heading under a numbered one is weak: the next new numbered list closes it
      // (2003: “五年来，…” topics of part 一, then the （一）… list is the part's, not the topic's).
      if (!UNNUMBERED.has(style) && !inBlock) while (n > 1 && UNNUMBERED.has((stack[n - 1] as StackEntry).style)) n--;
      if (n === 0 && !TOP_CAPABLE.has(style) && !inBlock) return 0;
    }
    // A part title is short and nominal; “四、在私营工厂做工的工人，现在虽然…” continuing a list inside a section is
    // an enumeration item, not the next part (1955).
    if (n === 0 && heading !== undefined && !inBlock && !isPartTitle(heading.title, heading.fused)) return 0;
    stack.length = n;
    return n + 1;
  };

  for (let pi = bodyStart; pi < bodyEnd; pi++) {
    if ((pi & 0x3ff) === 0) throwIfCancelled(token);
    const p = paragraphs[pi] as Paragraph;
    const text = p.text;
    sinceHeading++;

    const block = matchBlockMarker(text);
    if (block) {
      let title = block.title;
      let selectionEnd = positionAt(p, text.length);
      const next = paragraphs[pi + 1];
      if (!title && next && pi + 1 < bodyEnd && next.text.length <= 50 && !matchMarker(next.text)) {
        title = titleText(next.raw, 0, next.text.length);
        selectionEnd = positionAt(next, next.text.length);
        pi++;
      }
      const node = draft(block.title ? block.kind : blockKind(title), 1, block.marker, title || block.marker, paragraphStart(p), selectionEnd);
      stack.length = 0;
      roots.push(node);
      stack.push({ style: 'block', value: 0, node });
      inBlock = true;
      closing = false;
      continue;
    }
    // The closing remarks belong to no heading: nothing after 结束语 but an annex or glossary is outline.
    if (closing) continue;

    const bare = matchBareNumeral(text);
    if (!Number.isNaN(bare)) {
      const next = paragraphs[pi + 1];
      if (next && pi + 1 < bodyEnd && next.text.length <= 50 && !matchMarker(next.text)) {
        const level = place('cn-bare', bare);
        if (level) {
          const node = draft(kindFor('cn-bare', level), level, p.raw, titleText(next.raw, 0, next.text.length), paragraphStart(p), positionAt(next, next.text.length));
          attach(node);
          stack.push({ style: 'cn-bare', value: bare, node });
          pi++;
          continue;
        }
      }
    }

    const marker = matchMarker(text);
    if (marker) {
      // “一是…。二是…。” inside one paragraph is an inline list, not a heading that opens a section.
      const inlinePoints = marker.style === 'shi' && marker.value === 1 ? findInlinePoints(p, 0) : [];
      const inlineList = inlinePoints.length >= 2;
      if (inlineList) {
        // The paragraph's points belong to the heading above it, not to a lead made of “一是稳增长”.
        const parent = top();
        if (parent) {
          popWhile((e) => e.style === 'lead');
          addInlinePoints(top() ?? parent, inlinePoints);
        }
        continue;
      }
      {
        // A bold “一是” left alone on its line (2000 as published online): its title is the next line's sentence.
        const next = marker.length >= text.length && pi + 1 < bodyEnd ? paragraphs[pi + 1] : undefined;
        const titled = next && startsOnNextLine(p, next) && !matchMarker(next.text) ? next : p;
        const from = titled === p ? marker.length : 0;
        const end = titleEnd(titled.text, from, marker.style === 'shi');
        const title = titleText(titled.raw, from, end);
        const fused = goesOn(titled.text, end);
        const inner = innerLists.continues(marker.style, marker.value, pi);
        const item = isListItem(titled.text, from, marker.style === 'shi');
        const level = inner || item ? 0 : place(marker.style, marker.value, { title, fused });
        if (!level && !inner) innerLists.rejected(marker.style, marker.value, pi);
        if (level) {
          innerLists.accepted(marker.style);
          const markerText = p.raw.slice(0, marker.length).trim();
          const node = draft(kindFor(marker.style, level), level, markerText, title, paragraphStart(p), positionAt(titled, end));
          attach(node);
          stack.push({ style: marker.style, value: marker.value, node });
          if (marker.style === 'shi') pointRuns.opened(marker.value);
          // A bold “三是X。” line whose body goes on on the next line (2000): that body's first sentence is no lead.
          const nextP = paragraphs[pi + 1];
          if (marker.style === 'shi' && !fused && titled === p && nextP && startsOnNextLine(p, nextP)) leadBody = pi + 1;
          addInlinePoints(node, findInlinePoints(titled, end));
          if (titled !== p) pi++;
          continue;
        }
      }
    }

    if (stack.length === 0 && !isAfterSalutation(paragraphs, bodyStart, pi)) continue;

    if (isPlainHeading(p) || (compact && isNameLine(p, opensBody(pi + 1)))) {
      if (isClosingHeading(text)) {
        closing = true;
        continue;
      }
      if (isSubHeadingPhrase(text)) {
        if (stack.length) addLead(p, text.length);
        continue;
      }
      // A clause sentence standing alone (1988: “五年来，在改革开放的推动下，…”) is a topic of the part it is in, not
      // the next unnumbered part beside it: parts are names (过去五年国内工作的基本总结).
      const style: Style = isTopicSentence(text) ? 'topic' : 'plain';
      const level = place(style, 0);
      if (level) {
        const node = draft(kindFor(style, level), level, '', titleText(p.raw, 0, text.length), paragraphStart(p), positionAt(p, text.length));
        attach(node);
        stack.push({ style, value: 0, node });
        continue;
      }
    }

    // A bold announcement speaks for the part: what it announces (2011: the 体会 一是…四是 after （五）) is the part's,
    // so the sections and leads open below the part are over.
    if (stack.length > 1 && !inBlock && (stack[0] as StackEntry).node.level === 1 && isBoldAnnouncement(doc, p)) stack.length = 1;
    const boldEnd = stack.length ? standaloneLeadEnd(doc, paragraphs, pi, indented) : -1;
    if (boldEnd > 0) {
      // A bold lead line is a topic of its part: it closes the 一是 points and 第一， ordinals before it, which sit
      // at or below a topic's rank (1997: “积极推进社会保障制度改革。” after 第一，…第六，).
      popWhile((e) => e.style === 'lead' || e.style === 'shi' || e.style === 'di');
      const lead = addLead(p, boldEnd, 0, '', true);
      addInlinePoints(lead, findInlinePoints(p, boldEnd));
      if (p.segments.length === 1) leadBody = pi + 1;
      continue;
    }

    const dash = stack.length ? dashLead(text) : null;
    if (dash) {
      const lead = addLead(p, dash.end, dash.start, p.raw.slice(0, dash.start).trim());
      addInlinePoints(lead, findInlinePoints(p, dash.end));
      continue;
    }
    const alternating = stack.length ? alternatingLeadEnd(paragraphs, pi, bodyEnd, lastLeadPi === pi - 2 ? alternatingSeries : null) : -1;
    if (alternating > 0) {
      popWhile((e) => e.style === 'lead' || e.style === 'shi');
      addLead(p, alternating);
      alternatingSeries = alternatingOpener(p);
      continue;
    }
    const seriesEnd = stack.length ? seriesLeadEnd(paragraphs, pi, bodyEnd, lastLeadPi === pi - 1 ? seriesOpener : null) : -1;
    if (seriesEnd > 0) {
      // A series of parallel leads is a list of its own: it closes the 一是 points before it (湖南 2026 part 一).
      popWhile((e) => e.style === 'lead' || e.style === 'shi');
      const lead = addLead(p, seriesEnd);
      seriesOpener = openerOf(text);
      addInlinePoints(lead, findInlinePoints(p, seriesEnd));
      continue;
    }
    const strictLead = stack.length && pi !== leadBody ? isLeadSentence(text) : -1;
    // Beside a lead (the paragraph before or after), a longer or bracketed first sentence is one of the series.
    // Only inside a run of led paragraphs: after a lead or its section's heading, before a lead or the next heading
    // (a body paragraph before it makes it body text too: 2009 “统筹推进城乡社区建设，…” after “要健全…”).
    const besideLead = strictLead < 0 && stack.length > 1 && pi !== leadBody && (lastLeadPi === pi - 1 || headingAt(pi - 1)) && (lastLeadPi === pi - 1 ? leadOrHeadingAt(pi + 1) : isLeadAt(pi + 1));
    const leadEnd = besideLead ? isLeadSentence(text, true) : strictLead;
    // After 一是 points the lead is a topic of the last point or, when the run is over, the next topic beside them.
    const point = leadEnd > 0 ? stack[cutWhile(stack.length, (e) => e.style === 'lead') - 1] : undefined;
    const closesRun = point?.style === 'shi' && pointRuns.closedBy(paragraphs, pi, bodyEnd, point.value);
    const under = (e: StackEntry): boolean => e.style === 'lead' || (closesRun && e.style === 'shi');
    // Directly under a part, a lone lead-like sentence is prose; under a section its first sentence titles a topic.
    if (leadEnd > 0 && (cutWhile(stack.length, under) > 1 || inLeadSeries(pi, leadEnd))) {
      popWhile(under);
      const lead = addLead(p, leadEnd);
      addInlinePoints(lead, findInlinePoints(p, leadEnd));
      continue;
    }
    const parent = top();
    if (parent) addInlinePoints(parent, findInlinePoints(p, 0));
  }

  /**
   * Lead sentences come in parallel series (“国民经济继续保持平稳较快增长。” / “改革开放深入推进。” / …): directly under a
   * part, a lead-like first sentence is one when the paragraphs around it open with leads too. A lone one is prose
   * (1955: “大工业是建立社会主义社会的物质基础。”). A pair is weaker evidence, so its sentences must also be short like
   * headings (2011: “继续实施积极的财政政策。” / “实施稳健的货币政策。”): two long statements in a row are prose
   * (1955: “青年和妇女都应该积极地参加祖国的社会主义建设事业。” / “五年计划同全国各民族各阶层人民都有密切的关系。”).
   * Looks at most two paragraphs ahead: O(1) per paragraph.
   */
  function inLeadSeries(i: number, titleLength: number): boolean {
    let run = (lastLeadPi === i - 1 ? leadRun : 0) + 1;
    for (let j = i + 1; run < MIN_PART_SERIES && j < bodyEnd && leadLike(j); j++) run++;
    return run >= MIN_PART_SERIES || (run === 2 && titleLength <= MAX_PAIR_LEAD);
  }

  function headingAt(j: number): boolean {
    const q = paragraphs[j];
    return q !== undefined && j >= 0 && matchMarker(q.text) !== null;
  }

  function isLeadAt(j: number): boolean {
    const q = paragraphs[j];
    return q !== undefined && j < bodyEnd && isLeadSentence(q.text) > 0;
  }

  function leadOrHeadingAt(j: number): boolean {
    return j >= bodyEnd || isLeadAt(j) || headingAt(j);
  }

  function leadLike(j: number): boolean {
    const q = paragraphs[j] as Paragraph;
    if (matchMarker(q.text)) return false;
    return isLeadSentence(q.text) > 0 || dashLead(q.text) !== null || standaloneLeadEnd(doc, paragraphs, j, indented) > 0;
  }

  /** Paragraph `j` is body text (at least one sentence of some length) or a numbered heading: what follows a heading. */
  function opensBody(j: number): boolean {
    const q = paragraphs[j];
    if (q === undefined || j >= bodyEnd) return false;
    return (q.text.length >= MIN_NAME_BODY && /[。！？!?]/.test(q.text)) || matchMarker(q.text) !== null;
  }

  function addLead(p: Paragraph, end: number, start = 0, marker = '', standalone = false): DraftNode {
    leadRun = lastLeadPi === p.index - 1 ? leadRun + 1 : 1;
    lastLeadPi = p.index;
    seriesOpener = null;
    popWhile((e) => e.style === 'lead');
    if (top() && (stack[stack.length - 1] as StackEntry).style === 'shi') pointRuns.ledUnder();
    const level = stack.length + 1;
    const node = draft('lead', level, marker, titleText(p.raw, start, end), paragraphStart(p), positionAt(p, end));
    attach(node);
    stack.push({ style: 'lead', value: 0, node, standalone });
    return node;
  }

  throwIfCancelled(token);
  const nodes = assignRanges(roots, doc, dupStart >= 0 ? firstLine(paragraphs[dupStart] as Paragraph) : doc.lines.length);
  return { nodes, duplicateFromLine: dupStart >= 0 ? firstLine(paragraphs[dupStart] as Paragraph) : null, bodyStart, bodyEnd };
}

/** The paragraph goes on after offset `end` with more than closing punctuation. */
function goesOn(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) if (!' 。.!?;；:：”’)'.includes(text[i] as string)) return true;
  return false;
}

function startsOnNextLine(p: Paragraph, next: Paragraph): boolean {
  return firstLine(next) === (p.segments[p.segments.length - 1] as { line: number }).line + 1;
}

function addInlinePoints(parent: DraftNode, points: ReturnType<typeof findInlinePoints>): void {
  for (const pt of points) {
    parent.children.push({ ...draft('point', parent.level + 1, pt.marker, pt.title, pt.start, pt.titleEnd), fixedEnd: pt.end });
  }
}

function draft(kind: OutlineKind, level: number, marker: string, title: string, start: Position, selectionEnd: Position): DraftNode {
  return { kind, level, marker, title, start, selectionEnd, children: [] };
}

function kindFor(style: Style, level: number): OutlineKind {
  if (style === 'shi') return 'point';
  return level === 1 ? 'part' : level === 2 ? 'section' : 'subsection';
}
