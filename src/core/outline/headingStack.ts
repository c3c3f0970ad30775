/**
 * The open headings while parseOutline reads a report, innermost last, and the rule that decides where a numbered or
 * plain heading goes: a numbered heading must continue its list (一、 after 一、 must be 二、), which is what keeps
 * stray list items, annex numbering and the lone “2.5” of a split “PM2.5” out of the outline.
 */
import type { OutlineKind, Position } from '../types';
import type { DraftNode } from './draft';
import type { NumberedStyle } from './markers';
import { isPartTitle } from './titles';

/** plain: an unnumbered heading line (a part name); topic: one that is a clause sentence (“五年来，…”). */
export type Style = NumberedStyle | 'plain' | 'topic' | 'lead' | 'block';
export const UNNUMBERED: ReadonlySet<Style> = new Set<Style>(['plain', 'topic']);

export interface StackEntry {
  readonly style: Style;
  readonly value: number;
  readonly node: DraftNode;
  /**
   * A lead whose topic runs on below its paragraph, so that a 一是 list right after it is its own: a lead on a line
   * of its own, or a lead sentence (2009 “努力保持对外贸易稳定增长。我们强调扩大内需，…” then 一是…七是).
   */
  readonly ownsList?: boolean;
  /** A numbered heading that is a name on a paragraph of its own (no sentence end): a section heading, not an ordinal. */
  readonly named?: boolean;
  /**
   * A lead that counts the items of the numbered list right below it, which starts from one under it (易县 2025, src32:
   * “五条赛道”即… over （一）…（五）, after “两项行动”即… over （一）（二）): the list is the lead's, a level below it.
   */
  readonly headsList?: boolean;
}

/**
 * Styles that may open the top level of a report (a 一是 or a 1. never does, nor a clause sentence standing alone:
 * 2012's opening “现在，我代表国务院，向大会报告政府工作，…” lost its 。 and would put every part under it).
 */
const TOP_CAPABLE: ReadonlySet<Style> = new Set<Style>(['cn-dun', 'cn-paren', 'cn-bare', 'di-part', 'plain']);
/** Styles whose sequence may skip one number when a heading was lost to page damage. */
const STRONG: ReadonlySet<Style> = new Set<Style>(['cn-dun', 'cn-paren', 'cn-bare', 'di-part']);
/** Styles that number a section's items, which a report may number on across its sections (HeadingStack.runsOnAcross). */
export const ITEM_STYLES: ReadonlySet<Style> = new Set<Style>(['arabic', 'arabic-paren', 'circled']);
/** A 一是 list belongs to the lead before it when it opens at most the third paragraph after it (body, intro, list). */
const LEAD_LIST_REACH = 3;

export class HeadingStack {
  readonly roots: DraftNode[] = [];
  readonly stack: StackEntry[] = [];
  /** Inside an annex or glossary block (附件, 名词解释): its lists are the block's, whatever their numbering. */
  inBlock = false;
  /** Paragraphs since the last heading of any kind: how far a lead's list may follow it. */
  sinceHeading = 0;
  /**
   * Body paragraphs read since the last heading, lead or lead-like statement, not counting the pieces a page broke a
   * sentence into: how long the text under the open heading has run on as prose (leadReader.ts inRunningProse).
   */
  proseRun = 0;
  /**
   * Numbered styles an unnumbered part has had as its sections: a report that names its parts and numbers their
   * sections numbers a later part's sections the same way (河北 2003: 一、…六、 under 过去五年回顾和2002年工作情况, then
   * 一、…九、 under 对今后五年和2003年政府工作的建议 after its leads).
   */
  private readonly namedPartSectionStyles = new Set<Style>();
  /**
   * The last numbered run of each style that a heading above it closed: its last number, how deep it stood and the
   * style of the heading it stood under (runOnAcross).
   */
  private readonly closedRuns = new Map<Style, { value: number; depth: number; parentStyle: Style }>();

  top(): DraftNode | null {
    return this.stack.length ? (this.stack[this.stack.length - 1] as StackEntry).node : null;
  }

  /**
   * Where a body paragraph's inline 一是…二是… go: under the innermost heading, except that a ——X。 lead titles its own
   * paragraph only, so the points of a paragraph after it are its parent's (内蒙古 2026: “刚刚过去的2025年，…一是保持经济
   * 平稳运行；…” after the last of six “——这五年…。” leads).
   */
  inlineParent(): DraftNode | null {
    const top = this.stack[this.stack.length - 1];
    const dashed = top !== undefined && top.style === 'lead' && top.node.marker !== '';
    return dashed ? (this.stack[this.stack.length - 2]?.node ?? null) : this.top();
  }

  attach(node: DraftNode): void {
    this.sinceHeading = 0;
    this.proseRun = 0;
    // A heading under a section the part's closing words had ended (parseOutline.ts openClosingWords): the section
    // goes on, its range to its last child's.
    for (const entry of this.stack) entry.node.fixedEnd = undefined;
    const parent = this.top();
    if (parent) parent.children.push(node);
    else this.roots.push(node);
  }

  /**
   * The part open now has numbered sections: （一）, 1., 第一， … below it. Not 一是 points, which leads after them may
   * follow as their siblings (湖南 2026 part 一: 一是…六是, then “这五年，…” ×5).
   */
  hasNumberedSections(): boolean {
    const part = this.stack[0];
    const section = this.stack[1];
    if (!part || !section || this.inBlock || part.node.level !== 1) return false;
    return section.style !== 'shi' && section.style !== 'lead' && !UNNUMBERED.has(section.style);
  }

  /** An unnumbered part stands among the roots before `part`: the report names its parts. O(parts). */
  private namedBefore(part: DraftNode | undefined): boolean {
    for (const r of this.roots) {
      if (r === part) return false;
      if (r.level === 1 && r.kind === 'part' && r.marker === '') return true;
    }
    return false;
  }

  /**
   * A report may number the items of its sections in one run across them (盐田区 2017 part 二: 1.…10. under （一）, 11.…16.
   * under （二）, 17.… under （三）; 盐田区 2016 and 2018 alike, free Shenzhen texts): an item that goes on the run a sibling of
   * its heading closed opens its heading's list, as a 1. would. Only for the items' own styles (arabic, （1）, ①) and outside
   * annexes, at the depth the run stood, under a heading of the style the run stood under. O(1). (南山区 2014 and 宝安区
   * 2017 number so too; their items with a “；” in the first sentence stand in the run by seriesItems.ts.)
   */
  private runsOnAcross(style: Style, value: number, n: number): boolean {
    if (this.inBlock || !ITEM_STYLES.has(style) || n < 1) return false;
    const run = this.closedRuns.get(style);
    return run !== undefined && run.value + 1 === value && run.depth === n && (this.stack[n - 1] as StackEntry).style === run.parentStyle;
  }

  /** The numbered entries at depth `n` and below are about to close: their runs are remembered (runsOnAcross). */
  private closeRuns(n: number): void {
    for (let i = Math.max(1, n); i < this.stack.length; i++) {
      const e = this.stack[i] as StackEntry;
      if (ITEM_STYLES.has(e.style)) this.closedRuns.set(e.style, { value: e.value, depth: i, parentStyle: (this.stack[i - 1] as StackEntry).style });
    }
  }

  popWhile(pred: (e: StackEntry) => boolean): void {
    while (this.stack.length && pred(this.stack[this.stack.length - 1] as StackEntry)) this.stack.pop();
  }

  /** How far the stack would be cut for a heading of `style`: entries on top that `drop` accepts go. */
  cutWhile(n: number, drop: (e: StackEntry) => boolean): number {
    while (n > 0 && drop(this.stack[n - 1] as StackEntry)) n--;
    return n;
  }

  /** Places the first heading of a list as the part's section, closing what is open below the part; 0 if rejected. */
  placeUnderPart(style: Style, heading: { title: string; fused: boolean; setApart?: boolean }): number {
    const open = this.stack.slice();
    this.stack.length = 1;
    const level = this.place(style, 1, heading);
    if (!level) this.stack.splice(0, this.stack.length, ...open);
    return level;
  }

  /**
   * Places a numbered or plain heading on the stack; returns its level, or 0 when the sequence rejects it (the stack
   * is then left as it was). The `heading`'s title is checked when it would open a part.
   */
  place(style: Style, value: number, heading?: { title: string; fused: boolean; setApart?: boolean; nextNamedPart?: boolean; nameLine?: boolean }): number {
    const stack = this.stack;
    let n = stack.length;
    if (style === 'shi') {
      // 一是 restarting a run opens a new list: the old run (and what it opened) is over.
      const run = stack.findIndex((e) => e.style === 'shi');
      if (run >= 0 && value === 1) n = run;
      // A 一是 run right after a lead line or a lead sentence (its body, at most one introducing paragraph between) is
      // the lead's list (2000: “继续实施积极的财政政策。” … “一是…二是…”); further away the lead's topic is over. A ——X。
      // lead titles its own paragraph only (2022: 一是… after the last ——X。 belongs to the part).
      const lead = stack[n - 1];
      if (!(lead && lead.ownsList && this.sinceHeading <= LEAD_LIST_REACH)) n = this.cutWhile(n, (e) => e.style === 'lead');
    } else if (!(value === 1 && this.sinceHeading <= 1 && stack[n - 1]?.headsList === true)) {
      // 一是 points are the lowest rank: a 第一， or 1. list after them is their sibling, not their child (1997 part 三).
      // But for the first item of the list a lead right above it counts (headsList).
      n = this.cutWhile(n, (e) => e.style === 'lead' || e.style === 'shi');
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
      if (!UNNUMBERED.has(style) && value !== 1 && !(STRONG.has(style) && value === 2) && !this.runsOnAcross(style, value, n)) return 0;
      // An unnumbered heading under a numbered one is weak: the next new numbered list closes it
      // (2003: “五年来，…” topics of part 一, then the （一）… list is the part's, not the topic's).
      if (!UNNUMBERED.has(style) && !this.inBlock) while (n > 1 && UNNUMBERED.has((stack[n - 1] as StackEntry).style)) n--;
      // A part list opening after an unnumbered part whose leads have said what it had to say is the next parts, not
      // that part's sections (2002: “首先报告２００１年的工作” with its four leads, then 一、…八、 for the year's work).
      // Topics are another matter: 1988's “五年来，…” topics, then the 一、…五、 lessons of the same part.
      const kids = stack[0]?.style === 'plain' ? (stack[0] as StackEntry).node.children : [];
      // Nor when a later name line opens a list of its own: the report names its parts (parseOutline.ts namedPartAhead).
      // So when an unnumbered part came before this one: the report names its parts, and the list after the last name's
      // leads is that part's (坪山新区 2016: ““十二五”时期发展情况及2015年工作回顾” with 1.…, then ““十三五”规划的主要思路及2016年
      // 工作计划” with three ——X。 leads, then （一）…（十）). 2002's part named so is its first: the list after it is the parts.
      const sectionsOfNamedParts = this.namedPartSectionStyles.has(style) || heading?.nextNamedPart === true || this.namedBefore(stack[0]?.node);
      if (n === 1 && TOP_CAPABLE.has(style) && kids.length > 0 && kids.every((c) => c.kind === 'lead') && !this.inBlock && !sectionsOfNamedParts) n = 0;
      if (n === 0 && !TOP_CAPABLE.has(style) && !this.inBlock) return 0;
    }
    // A part title is short and nominal; “四、在私营工厂做工的工人，现在虽然…” continuing a list inside a section is
    // an enumeration item, not the next part (1955).
    // Set apart by the gap the report keeps for its headings, a part may be fused with its paragraph whatever its
    // title's length (1987 三、 “深入改革经济体制和扩大对外开放国民经济的长期稳定发展，既要靠…” as published online).
    // A part's name line of its own, no stop at its end, may run to several clauses (罗湖区 2020 “二、站在新起点，把握新机遇，
    // 科学主动谋划未来、全面推进罗湖振兴发展”, 罗湖区 2021, 宝安区 2021 三、 of 62 characters): the next part in sequence.
    // No bound on its length: the bound of 70 characters it had rejected no line of the dev corpus or of 91 free Shenzhen
    // texts (session 30: none of their unpunctuated 一、 lines over 45 characters but 宝安区 2021's 62 and one of 1988's 46),
    // and what keeps a list item out is structural — the part sequence (二、 only after 一、) and the inner lists (innerLists.ts).
    const named = heading?.nameLine === true;
    if (n === 0 && heading !== undefined && !this.inBlock && !heading.setApart && !named && !isPartTitle(heading.title, heading.fused, style === 'cn-paren')) return 0;
    this.closeRuns(n);
    stack.length = n;
    if (n === 1 && stack[0]?.style === 'plain' && !UNNUMBERED.has(style) && style !== 'lead' && style !== 'shi' && !this.inBlock) this.namedPartSectionStyles.add(style);
    return n + 1;
  }
}

export function draft(kind: OutlineKind, level: number, marker: string, title: string, start: Position, selectionEnd: Position): DraftNode {
  return { kind, level, marker, title, start, selectionEnd, children: [] };
}

export function kindFor(style: Style, level: number): OutlineKind {
  if (style === 'shi') return 'point';
  return level === 1 ? 'part' : level === 2 ? 'section' : 'subsection';
}
