import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import type { ReportDocument } from '../text/document';
import type { Paragraph } from '../text/paragraphs';
import { firstLine, paragraphStart, positionAt } from '../text/paragraphs';
import type { OutlineKind, OutlineNode, Position } from '../types';
import { findDuplicateStart } from './duplicate';
import { findInlinePoints } from './inlinePoints';
import { dashLead, isLeadSentence, isPlainHeading, isSubHeadingPhrase } from './leads';
import type { NumberedStyle } from './markers';
import { blockKind, matchBareNumeral, matchBlockMarker, matchMarker } from './markers';
import { titleEnd, titleText } from './titles';
import { assignRanges } from './ranges';
import type { DraftNode } from './draft';

type Style = NumberedStyle | 'plain' | 'lead' | 'block';

interface StackEntry {
  readonly style: Style;
  readonly value: number;
  readonly node: DraftNode;
}

/** Styles that may open the top level of a report (a 一是 or a 1. never does). */
const TOP_CAPABLE: ReadonlySet<Style> = new Set<Style>(['cn-dun', 'cn-paren', 'cn-bare', 'di-part', 'plain']);
/** Styles whose sequence may skip one number when a heading was lost to page damage. */
const STRONG: ReadonlySet<Style> = new Set<Style>(['cn-dun', 'cn-paren', 'cn-bare', 'di-part']);

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

  const top = (): DraftNode | null => (stack.length ? (stack[stack.length - 1] as StackEntry).node : null);
  const attach = (node: DraftNode): void => {
    const parent = top();
    if (parent) parent.children.push(node);
    else roots.push(node);
  };
  const popWhile = (pred: (e: StackEntry) => boolean): void => {
    while (stack.length && pred(stack[stack.length - 1] as StackEntry)) stack.pop();
  };

  /** Places a numbered or plain heading on the stack; returns its level, or 0 when the sequence rejects it. */
  const place = (style: Style, value: number): number => {
    popWhile((e) => e.style === 'lead');
    let idx = -1;
    for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as StackEntry).style === style) idx = i;
    if (idx >= 0) {
      const prev = (stack[idx] as StackEntry).value;
      const ok = style === 'plain' || value === prev + 1 || (STRONG.has(style) && value === prev + 2);
      if (!ok) return 0;
      stack.length = idx;
      return idx + 1;
    }
    if (style !== 'plain' && value !== 1 && !(STRONG.has(style) && value === 2)) return 0;
    // An unnumbered heading under a numbered one is weak: the next new numbered list closes it
    // (2003: “五年来，…” topics of part 一, then the （一）… list is the part's, not the topic's).
    if (style !== 'plain') popWhile((e) => e.style === 'plain' && stack.indexOf(e) > 0 && !inBlock);
    if (stack.length === 0 && !TOP_CAPABLE.has(style) && !inBlock) return 0;
    return stack.length + 1;
  };

  for (let pi = bodyStart; pi < bodyEnd; pi++) {
    if ((pi & 0x3ff) === 0) throwIfCancelled(token);
    const p = paragraphs[pi] as Paragraph;
    const text = p.text;

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
      continue;
    }

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
        const level = place(marker.style, marker.value);
        if (level) {
          const end = titleEnd(text, marker.length, marker.style === 'shi');
          const node = draft(kindFor(marker.style, level), level, p.raw.slice(0, marker.length).trim(), titleText(p.raw, marker.length, end), paragraphStart(p), positionAt(p, end));
          attach(node);
          stack.push({ style: marker.style, value: marker.value, node });
          addInlinePoints(node, findInlinePoints(p, end));
          continue;
        }
      }
    }

    if (stack.length === 0 && !isAfterSalutation(paragraphs, bodyStart, pi)) continue;

    if (isPlainHeading(p)) {
      if (isSubHeadingPhrase(text)) {
        if (stack.length) addLead(p, text.length);
        continue;
      }
      const level = place('plain', 0);
      if (level) {
        const node = draft(kindFor('plain', level), level, '', titleText(p.raw, 0, text.length), paragraphStart(p), positionAt(p, text.length));
        attach(node);
        stack.push({ style: 'plain', value: 0, node });
        continue;
      }
    }

    const dash = stack.length ? dashLead(text) : null;
    if (dash) {
      const lead = addLead(p, dash.end, dash.start, p.raw.slice(0, dash.start).trim());
      addInlinePoints(lead, findInlinePoints(p, dash.end));
      continue;
    }
    const leadEnd = stack.length ? isLeadSentence(text) : -1;
    if (leadEnd > 0) {
      const lead = addLead(p, leadEnd);
      addInlinePoints(lead, findInlinePoints(p, leadEnd));
      continue;
    }
    const parent = top();
    if (parent) addInlinePoints(parent, findInlinePoints(p, 0));
  }

  function addLead(p: Paragraph, end: number, start = 0, marker = ''): DraftNode {
    popWhile((e) => e.style === 'lead');
    const level = stack.length + 1;
    const node = draft('lead', level, marker, titleText(p.raw, start, end), paragraphStart(p), positionAt(p, end));
    attach(node);
    stack.push({ style: 'lead', value: 0, node });
    return node;
  }

  throwIfCancelled(token);
  const nodes = assignRanges(roots, doc, dupStart >= 0 ? firstLine(paragraphs[dupStart] as Paragraph) : doc.lines.length);
  return { nodes, duplicateFromLine: dupStart >= 0 ? firstLine(paragraphs[dupStart] as Paragraph) : null, bodyStart, bodyEnd };
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

const SALUTATION = /^各位代表\s*[:!]?$/;

/** The body starts after the salutation (各位代表：); the title block before it never yields headings. */
function findBodyStart(paragraphs: readonly Paragraph[], end: number): number {
  const limit = Math.min(end, 80);
  for (let i = 0; i < limit; i++) {
    const text = (paragraphs[i] as Paragraph).text;
    if (text.length <= 8 && SALUTATION.test(text)) return i + 1;
  }
  return 0;
}

/** Unnumbered headings need evidence that the body has begun: a salutation before, or a long paragraph. */
function isAfterSalutation(paragraphs: readonly Paragraph[], bodyStart: number, pi: number): boolean {
  if (bodyStart > 0) return true;
  for (let i = 0; i < pi && i < 200; i++) if ((paragraphs[i] as Paragraph).text.length > 80) return true;
  return false;
}

