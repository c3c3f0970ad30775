import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import type { ReportDocument } from '../text/document';
import type { Paragraph } from '../text/paragraphs';
import { firstLine, positionAt } from '../text/paragraphs';
import type { OutlineNode } from '../types';
import { findDuplicateStart } from './duplicate';
import { findOtherReportStart } from './sessionNews';
import { findInlinePoints } from './inlinePoints';
import { addInlinePoints, goesOn, opensMidSentence, repeats, startsOnNextLine } from './paragraphShape';
import { InnerLists } from './innerLists';
import { AnnouncedList, announcesList, announcesTasks } from './announcedList';
import { findBodyStart, isAddress, isAfterSalutation, opensPeriodReview, opensResolve } from './body';
import { isNameLine } from './nameLines';
import { findColonPartNames } from './colonPartNames';
import { isBoldMarkerAlone } from './boldLines';
import { isClosingHeading, isLabelledPartName, laysDemandsOnGovernment, speaksForReview, isPlainHeading, isSubHeadingPhrase, isTopicSentence, ownsUpToProblems } from './leads';
import { matchBlockMarker, matchMarker } from './markers';
import { attachedFilesEnd, openBlock } from './blockHeading';
import { headingStart, isListItem, titleBeforeSpace, titleEnd, titleText } from './titles';
import { assignRanges } from './ranges';
import type { DraftNode } from './draft';
import { readBareNumeralHeading } from './bareNumerals';
import { isBelowHeadingGap, widensHeadingGaps } from './gaps';
import { draft, ITEM_STYLES, kindFor, UNNUMBERED } from './headingStack';
import type { StackEntry, Style } from './headingStack';
import { LeadReader } from './leadReader';
import { MAX_GROUP as MAX_TOPIC_GROUP, topicLineHead } from './topicLines';
import { decimalLookalikeItem, inHeadingSeries } from './seriesItems';
import { keepShapes } from '../keepShapes';

/**
 * Words that cannot end a sentence (as paragraphShape.ts endsMidSentence reads them), but for 的: a topic may end on
 * 是…的 (1988 “五年来，…，总的形势是很好的”).
 */
const NEEDS_FOLLOWER = /[是在和与把将对为于从向及]/;
/** How far ahead a name line looks for the next item of the numbered list it would cut into (interruptsList). */
const LIST_REACH = 60;
/** A topic line goes on the series of the one read at most this many paragraphs before: a whole group between them. */
const TOPIC_GROUP_REACH = MAX_TOPIC_GROUP + 1;
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
  const pageEnd = dupStart >= 0 ? dupStart : paragraphs.length;
  const bodyStart = findBodyStart(paragraphs, pageEnd);
  // A news item on the session goes on with the other reports it heard: they are no part of this one.
  const bodyEnd = findOtherReportStart(paragraphs, bodyStart, pageEnd);
  const parser = new OutlineParser(doc, paragraphs, bodyStart, bodyEnd);
  for (let pi = bodyStart; pi < bodyEnd; pi++) {
    if ((pi & 0x3ff) === 0) throwIfCancelled(token);
    pi = parser.read(pi);
  }
  throwIfCancelled(token);
  for (const root of parser.headings.roots) withoutInlinePointsBesideSections(root);
  // The body ends where its first paragraph past it starts — inside a line, where the line's breaks are escapes and a
  // second copy of the report starts among its pieces (a fuzzed copy of src32 顺平县 2023's one line: a heading of the
  // copy before the point found as the copy's start was read into the body, and its range fell outside its part's).
  const nodes = assignRanges(parser.headings.roots, doc, bodyEnd < paragraphs.length ? positionAt(paragraphs[bodyEnd] as Paragraph, 0) : { line: doc.lines.length, character: 0 });
  return { nodes, duplicateFromLine: dupStart >= 0 ? firstLine(paragraphs[dupStart] as Paragraph) : null, bodyStart, bodyEnd };
}

/**
 * A part that a series of numbered sections structures keeps them alone at level 2: the 一是…五是 said inside one of its plain
 * paragraphs (河北 2024 part 二: “落实总体要求…一是坚持…二是坚持…”, before （一）…（八）) stood as five level-2 nodes among
 * the sections, each titled with a whole clause, and the breadcrumb showed an 80-character sentence. In a part of
 * leads, or with no other sub-heading, they still are its structure (内蒙古 2026 part 一 sums up its ——leads with
 * them); under a section or a lead they stay as they are.
 */
function withoutInlinePointsBesideSections(part: DraftNode): void {
  const inline = (d: DraftNode): boolean => d.kind === 'point' && d.fixedEnd !== undefined;
  // A series of sections, two at least: one numbered heading under an unnumbered part is no structure of its own. A lead
  // over a numbered list of its own counts as one (易县 2025 part 二, src32: “两项行动”即… over （一）（二）, “五条赛道”即… over
  // （一）…（五）; the 一是机遇更大…三是后劲更足 of the part's opening paragraph stood beside them).
  const numbered = (c: DraftNode): boolean => c.kind === 'section' || (c.kind === 'lead' && c.children.some((k) => k.kind === 'subsection'));
  if (part.children.filter((c) => !inline(c) && numbered(c)).length >= 2) part.children = part.children.filter((c) => !inline(c));
}

/** The reading of the body, one paragraph at a time: each kind of heading is one step, tried in this order. */
class OutlineParser extends LeadReader {
  /** After 结束语: the closing remarks, which are not a part (test/fixtures/expected/README.md). */
  private closing = false;
  /**
   * After a part's numbered sections, a paragraph addressed to the deputies (各位代表！) opens the part's closing words
   * (2018 part 一: “过去五年，…” on 港澳台, 外交…; 天津 2026: “各位代表！“十四五”以来，…” then “五年来，…” ×6): they are no
   * section's content, and their lead-like sentences are not listed (test/fixtures/expected/README.md, “Leads after a
   * part's last numbered section”). Until the next heading; the sections stay open, as the list may go on after the
   * closing words (辽宁 2026: “各位代表！今年，我们继续安排20件民生实事，…” before （十）).
   */
  private closingWords = false;
  private readonly innerLists = new InnerLists();
  private readonly announcedList = new AnnouncedList();
  /** The report keeps a wide gap of blank lines for its headings (widensHeadingGaps). */
  private readonly headingGaps: boolean;
  /** The last name line that opens a numbered list of its own (namedPartsRestart), found once; undefined until asked. */
  private lastRestartingName: number | undefined;
  /** The body's slogan part names (站在新起点：2012年工作回顾 — colonPartNames.ts), found once; undefined until asked. */
  private colonParts: ReadonlySet<number> | undefined;

  constructor(
    doc: ReportDocument,
    paragraphs: readonly Paragraph[],
    private readonly bodyStart: number,
    bodyEnd: number,
  ) {
    super(doc, paragraphs, bodyEnd);
    this.headingGaps = widensHeadingGaps(doc, paragraphs);
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
    const marker = matchMarker(p.text) ?? decimalLookalikeItem(p.text, this.headings.stack);
    if (marker) {
      const used = this.numberedHeading(pi, p, marker);
      if (used >= 0) return used;
    }
    if (this.headings.stack.length === 0 && !isAfterSalutation(this.paragraphs, this.bodyStart, pi)) return pi;
    if (this.plainHeading(pi, p) || this.topicLine(pi, p)) return pi;
    // So does the paragraph laying the new demands on the government that opens its self-building block after the last
    // section (national 2024 and 2025: “…，对政府工作提出了新的更高要求。”; 2024 after 各位代表！, 2025 without): its leads
    // (加强法治政府建设。/ 提升行政效能和水平。) are no leads of the last section (民生).
    if (!this.closingWords && (isAddress(p.text) || ownsUpToProblems(p.text)) && this.headings.hasNumberedSections()) this.openClosingWords(pi);
    // (Only once no numbered section is ahead, as for the review and the resolve below: a demand said before the part's
    // last section is that section's text.)
    if (!this.closingWords && laysDemandsOnGovernment(p.text) && this.headings.hasNumberedSections() && this.noSectionAhead(pi)) this.openClosingWords(pi);
    // After the part's last numbered section, a paragraph turning from the year to the five years under review opens the
    // part's closing words too (安徽 2026 part 一: “2025年是“十四五”收官之年。回望…” after （六）, over six “——这五年，…” leads;
    // 2008 part 一: “五年来，我们在民主法制建设、国防和军队建设、…也取得了重要进展。” after （三）, over its own topics).
    if (!this.closingWords && opensPeriodReview(p.text) && this.headings.hasNumberedSections() && this.noSectionAhead(pi)) this.openClosingWords(pi);
    // So does the speaker's resolve for what lies ahead after the part's last section (南山区 2022: “总之，我们将认真贯彻落实…”,
    // 南山区 2023: “面向未来，我们将坚定不移…”, each over three pledges “我们将始终对党忠诚。” / “我们将保持…的政治定力。” that
    // were read as leads of the last section, 民生 / 社会治理): the report's close, no section's topics.
    if (!this.closingWords && opensResolve(p.text) && this.headings.hasNumberedSections() && this.noSectionAhead(pi)) this.openClosingWords(pi);
    // The lessons drawn from the whole review and the problems it owns up to speak for the part, after its sections or
    // leads: the list they announce is the part's (2008 part 一, 1995 part 一; 2011's bold “…认识和体会：” over 一是…四是
    // after （五）).
    // Only where the part's list has ended: a section that the next numbered heading goes on (第一， … 第二，) holds the paragraph
    // (the 14th CPC congress report, 1992, part 四 第一，: “必须清醒地看到，现代科学技术突飞猛进，…我们不懂得、不熟悉的东西很多。”
    // cut the part's sections, and 第二，…第五， were lost — unseen, session 24).
    if (this.headings.stack.length > 1 && !this.headings.inBlock && (this.headings.stack[0] as StackEntry).node.level === 1 && speaksForReview(p.text) && !this.listGoesOn(pi)) this.headings.stack.length = 1;
    // A paragraph that looks back on what the leads above it said (在切实做好上述工作的同时，…) closes their topics: a list
    // after it is the part's or section's (2000 part 七: 一是…三是 after it are points of the part).
    if (/^[^,，。]{0,12}上述/.test(p.text)) this.headings.popWhile((e) => e.style === 'lead');
    if (!this.closingWords && !repeats(p, this.paragraphs[pi - 1]) && (this.listLead(pi, p) || this.leadHeading(pi, p))) {
      this.softBreakLeads(p);
      return pi;
    }
    // An address to the deputies (各位代表，过去的一年，…一是…二是…) sums up: its points are no lead's (河北 2012 part 一:
    // eight points of the year's address were nested under the last lead “政府自身建设不断加强”). Only leads close: cutting
    // to the part was tried, and numbered sections after an address inside a part then lost their place.
    // The topic lines' groups end there too: what the address opens (the review's lessons, 南山区 2021: “我们深深感悟到，
    // 只有…” ×4 after “各位代表！过去五年，…”) is the part's, not the last group's.
    if (isAddress(p.text)) this.headings.popWhile((e) => e.style === 'lead' || (e.style === 'topic' && e.node === this.topicSeries?.node));
    const parent = this.headings.inlineParent();
    // The problems a review owns up to (在肯定成绩的同时，我们也清醒地看到…一是…八是…) are no structure of the part, in a
    // part of leads too (高阳 2019 part 一: eight such points stood at level 2 beside the year's five leads; 保定 2021
    // five): the expected outlines list none of a report's 问题与不足.
    // Nor are the points of a part's closing words (陕西 2026 part 一: “各位代表！…“十四五”圆满收官。五年来，…一是综合实力
    // 再上台阶…五是…” after （六）): they sum up the part, no section's content — an eleventh trial saw them under （六）
    // in the breadcrumbs; like the closing words' leads, they are not listed.
    // Nor are the points an entry of a glossary lists in its definition (src32: 阜平县 2021 〔48〕 and 2022 〔12〕 “11312”总体部署：
    // …一是…十二是; 满城区 2020 【11】 中央八项规定, 2022 【7】 “六个趋势”：一是…): a glossary's items are not listed, its
    // entries' parts even less (test/fixtures/expected/README.md); they stood as points of the glossary.
    if (parent && !this.closingWords && !this.inGlossary() && !(parent.level === 1 && ownsUpToProblems(p.text))) addInlinePoints(parent, findInlinePoints(p, 0));
    // A body paragraph runs the open heading's prose on (leadReader.ts inRunningProse), but not a piece of a sentence the
    // page broke; an announcement (1980 “在能源的节约方面，准备采取如下措施：”, 2012 “今年改革的重点任务是：”) opens the
    // leads it announces, so the prose ends there.
    if (announcesList(p.text) || /[:：]$/.test(p.text)) this.headings.proseRun = 0;
    else if (!this.continuesSentence(pi)) this.headings.proseRun++;
    return pi;
  }

  /**
   * The part's closing words start at paragraph `pi`: the sections open below the part end before it, so that a card
   * or the breadcrumbs on the closing words name the part, not its last section (福建 2026: six “五年来，…” paragraphs
   * after （九） were given （九） as their section — an eleventh trial). A heading attached under a section later opens
   * its range again (HeadingStack.attach).
   */
  private openClosingWords(pi: number): void {
    this.closingWords = true;
    const before = this.paragraphs[pi - 1];
    // The end of its last segment, not of the line: a line whose breaks are escapes holds the closing words too.
    const last = before?.segments[before.segments.length - 1];
    if (!last) return;
    for (const entry of this.headings.stack) if (entry.node.level >= 2) entry.node.fixedEnd = { line: last.line, character: last.end };
  }

  /**
   * What the last look-ahead of sectionAhead found for the section style `style`: from paragraph `from`, the marker at
   * `until` (or the end) settles it; `value` is that section marker's number, or -1 when a part's marker (or the end) came first.
   */
  private sectionScan = { from: -1, until: -1, style: '', value: -1 };

  /**
   * The next heading numbered like the open section, before the next heading numbered like the open part (or the end): its
   * number, or -1. A look-ahead that stops at the first of those markers, cached over the paragraphs it crossed (for the
   * same section style), so the reading stays linear.
   */
  private sectionAhead(pi: number): number {
    const scan = this.sectionScan;
    const part = (this.headings.stack[0] as StackEntry).style;
    const section = (this.headings.stack[1] as StackEntry).style;
    if (pi > scan.from && pi < scan.until && scan.style === section) return scan.value;
    let j = pi + 1;
    let value = -1;
    for (; j < this.bodyEnd; j++) {
      const m = matchMarker((this.paragraphs[j] as Paragraph).text);
      if (m?.style === section) value = m.value;
      if (m?.style === section || m?.style === part) break;
    }
    this.sectionScan = { from: pi, until: j, style: section, value };
    return value;
  }

  /** No heading numbered like the open section follows before the next part: the section is the part's last. */
  private noSectionAhead(pi: number): boolean {
    return this.sectionAhead(pi) < 0;
  }

  /** The open section is numbered, and the next heading of its style, before the next part, is its successor. */
  private listGoesOn(pi: number): boolean {
    const section = this.headings.stack[1] as StackEntry;
    return !UNNUMBERED.has(section.style) && section.style !== 'lead' && section.style !== 'block' && this.sectionAhead(pi) === section.value + 1;
  }

  /** 附件, 名词解释 …: a block at the top level (blockHeading.ts); it ends the closing remarks and closing words. */
  private blockHeading(pi: number, block: NonNullable<ReturnType<typeof matchBlockMarker>>): number {
    // A list of files for download after the body: no block, and nothing after it is the report's.
    const files = attachedFilesEnd(this.paragraphs, this.bodyEnd, pi);
    if (files >= 0) {
      this.closing = true;
      return files;
    }
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
    const end = titleBeforeSpace(titled.text, from, titleEnd(titled.text, from, marker.style === 'shi'));
    const title = titleText(titled.raw, from, end);
    const fused = goesOn(titled.text, end);
    const inner = this.innerLists.continues(marker.style, marker.value, pi);
    // A marker left alone on its line whose text is a whole paragraph below it (only the marker was bold) numbers the
    // items of an enumeration, not headings (1955 （五） 第一，…第五，, 1988 五、 第一，…第三，): a heading's title is
    // the whole line, or the marker's own line goes on. A bold 一是 alone stays a point (2000).
    // Inside an annex the numbered items are the block's list whatever their punctuation (内蒙古 2026 附件 “1.通过…；…（牵头
    // 单位：…）。”); in the body a ；-item is an enumeration, unless it stands in a series of headings (seriesItems.ts).
    // Directly under a part, though, such ordinals open the part's sections, as a fused 第一， does (1986 part 四: “第一、”
    // … “第十、” each alone on its line over its paragraph, the ten points of the foreign policy). So do they right after a
    // paragraph announcing the part's tasks, closing the sections open before it (1979 part 二: （一）…（五） inside its
    // 调整 paragraphs, then “…着重抓好以下的十项工作。” over “第一、” … “第十、”).
    const partOpen = h.stack.length > 0 && (h.stack[0] as StackEntry).node.level === 1 && !h.inBlock;
    const opensTasks = partOpen && h.stack.length > 1 && marker.value === 1 && marker.style !== 'shi' && fused && pi > this.bodyStart && announcesTasks((this.paragraphs[pi - 1] as Paragraph).text) && isBoldMarkerAlone(this.doc, p, titled, marker.length);
    const underPart = opensTasks || (partOpen && h.stack.every((e, i) => i === 0 || e.style === marker.style || e.style === 'lead' || e.style === 'shi'));
    const item = (!h.inBlock && isListItem(titled.text, from, marker.style === 'shi') && !(titled === p && inHeadingSeries(this.paragraphs, pi, this.bodyEnd, h.stack, marker.style, marker.value))) || (fused && marker.style !== 'shi' && !underPart && isBoldMarkerAlone(this.doc, p, titled, marker.length));
    const setApart = this.headingGaps && isBelowHeadingGap(this.doc, p);
    // A name standing alone (or set apart) right after “…以下几个问题。” opens a list of the part's own (AnnouncedList); a
    // sentence under the marker (1955 一、 / “我国人民已经推翻了…。”) is an item of an enumeration.
    const name = (!fused || setApart) && !/[。！？!?；;]$/.test(titled.text);
    const announced = pi > this.bodyStart && announcesList((this.paragraphs[pi - 1] as Paragraph).text);
    const inList = inner || item || !name ? 0 : this.announcedList.place(h, marker.style, marker.value, announced);
    const nextNamedPart = marker.value === 1 && marker.style !== 'shi' && this.namedPartAhead(pi);
    // The marker's own line is the whole heading and stops on no punctuation: a name line, however many clauses it has.
    const nameLine = titled === p && !fused && end >= text.length && !/[。！？!?；;，,：:、]$/.test(text);
    const partsPoints = partOpen && marker.style === 'shi' && marker.value === 1 && this.opensPartsPoints(pi);
    const level = inList || (inner || item ? 0 : opensTasks || partsPoints ? h.placeUnderPart(marker.style, { title, fused, setApart }) : h.place(marker.style, marker.value, { title, fused, setApart, nextNamedPart, nameLine }));
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
    // A bold “三是X。” line whose body goes on on the next line (2000): that body's first sentence is no lead. A point
    // line that is a name, though, over paragraphs that each open with a lead heads them as a named （一） or 第一， does:
    // its first paragraph is the first of the series, not its body (甘肃 2025 part 三: “一是聚焦全方位扩大内需，着力提消费
    // 促投资” / “大力提振消费需求。…” / “加力扩大有效投资。…”, eight such points). Two paragraphs ahead: O(1).
    const nextP = this.paragraphs[pi + 1];
    const headsLeads = named && this.around.isLeadAt(pi + 1) && this.around.isLeadAt(pi + 2);
    if (marker.style === 'shi' && !fused && titled === p && nextP && startsOnNextLine(p, nextP) && !headsLeads) this.leadBody = pi + 1;
    if (!this.inGlossary()) addInlinePoints(node, findInlinePoints(titled, end));
    return titled !== p ? pi + 1 : pi;
  }

  /** The open block is a glossary (名词解释, 注释 …): its entries define terms, they hold no headings. */
  private inGlossary(): boolean {
    return this.headings.inBlock && this.headings.stack[0]?.node.kind === 'glossary';
  }

  /**
   * A 一是 run right after the part's last numbered section and a paragraph that closes it — the deputies addressed (宝安区
   * 2022 part 二: “各位代表！完成上述目标任务，要…把政府自身建设得更加坚强有力。” after （十）'s leads, then 一是要用心更忠。…
   * 四是…; 福田区 2017 part 二: “各位代表！为有力、有序地推动各项工作…，区政府必须更加重视自身建设，…” after （五）, then 一是…
   * 三是) or a list announced for the whole part (宝安区 2017 part 2016年工作回顾: “同时，…” then “2016，浓墨重彩，亮点纷呈，
   * 特别是在以下重点领域、关键环节取得新的突破。” after （六）'s items 57.…67., then 一是…十一是; free Shenzhen texts of src27)
   * — is the part's list, not the last section's or its last item's: the section has said what it had to say. O(1) but
   * for sectionAhead's cached scan.
   */
  private opensPartsPoints(pi: number): boolean {
    const h = this.headings;
    const before = this.paragraphs[pi - 1];
    if (pi <= this.bodyStart || before === undefined || h.stack.length < 2 || h.inBlock || !h.hasNumberedSections()) return false;
    // An announcement closes the section only after the section's numbered items (1.…67.): a 一是 list numbers no item's
    // points past the prose after it. Right under the section's heading it opens the section's own list (河北 2010 （九）:
    // “…着力为人民群众办好十个方面的实事。” over 一是…十是), and after a lead or a 一是 list the lead's (2009 （三）: “全面加强
    // “三农”工作要采取以下措施：” over 一要…五要, after the 一是…五是 of its lead).
    const top = h.stack[h.stack.length - 1] as StackEntry;
    const closes = isAddress(before.text) || (announcesList(before.text) && h.stack.length > 2 && ITEM_STYLES.has(top.style));
    return closes && !this.listGoesOn(pi);
  }

  /**
   * A name line standing between two items of a numbered list open below the part (一、 before it, 二、 the next marker
   * of that style after it) is no part between them: parts do not cut into a list. It is a word a page linked and the
   * scrape set between blank lines (河北 2003: “…提高到10.4%。” / “中国驰名商标” / “发展到13个。…” inside 一、, which took
   * 二、…六、 out of their part). Looks ahead at most LIST_REACH paragraphs.
   */
  private interruptsList(pi: number): boolean {
    const stack = this.headings.stack;
    let open: StackEntry | undefined;
    for (let i = stack.length - 1; i >= 1 && !open; i--) {
      const e = stack[i] as StackEntry;
      if (e.style !== 'lead' && e.style !== 'shi' && e.style !== 'block' && !UNNUMBERED.has(e.style)) open = e;
    }
    if (!open) return false;
    for (let j = pi + 1; j < this.bodyEnd && j <= pi + LIST_REACH; j++) {
      const m = matchMarker((this.paragraphs[j] as Paragraph).text);
      if (m && m.style === open.style) return m.value === open.value + 1;
    }
    return false;
  }

  /**
   * Paragraph `j` is a part's name standing alone: a plain heading, a name line of a compact page, or a slogan part name
   * of the report's layout (colonPartNames.ts).
   */
  private isStandaloneName(j: number, q: Paragraph): boolean {
    if (isPlainHeading(q) || (this.compact && isNameLine(q, this.around.opensBody(j + 1)))) return true;
    this.colonParts ??= findColonPartNames(this.paragraphs, this.bodyStart, this.bodyEnd);
    return this.colonParts.has(j);
  }

  /**
   * A later name line of the body (“2022年主要工作”) opens a numbered list of its own (一、 / （一） / 一是 after it): the
   * report names its parts and numbers each part's sections from one (南山区 2022 and 2024: “2021年以来工作回顾” with its
   * leads, 一、…六、, then “2022年主要工作”, 一、…七、; 盐田区 2020: “2019年工作回顾” with its ——leads, （一）…（四）, then
   * “2020年主要工作任务”, 一、…三、). The lines are found once, in one pass over the body: O(length).
   */
  private namedPartAhead(pi: number): boolean {
    if (this.lastRestartingName === undefined) {
      this.lastRestartingName = -1;
      let name = -1;
      for (let j = this.bodyStart; j < this.bodyEnd; j++) {
        const q = this.paragraphs[j] as Paragraph;
        // An annex or glossary restarts its numbering after the body: its heading names no part.
        if (matchBlockMarker(q.text)) break;
        const m = matchMarker(q.text);
        if (m) {
          if (name >= 0 && m.value === 1) this.lastRestartingName = name;
          name = -1;
        } else if (!isTopicSentence(q.text) && this.isStandaloneName(j, q)) {
          name = j;
        }
      }
    }
    return this.lastRestartingName > pi;
  }

  /** The series of topic lines the last one read belongs to (topicLineHead), its paragraph and the part it stands in. */
  private topicSeries: { head: string; pi: number; node: DraftNode; part: DraftNode } | null = null;

  /**
   * A topic line of a part without numbered sections, standing alone with no blank lines around it (topicLines.ts): a
   * topic of the part, as a standalone clause sentence between blank lines is (plainHeading), so the leads of its group
   * stand under it.
   */
  private topicLine(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    if (!h.stack.length || h.inBlock || this.closingWords || (h.stack[0] as StackEntry).node.level !== 1 || h.hasNumberedSections()) return false;
    // A series goes on by its head alone only inside its part: a part's name between ends it, and the next part's lines
    // open a series of their own, three in a row (review38: a line of the next part's text opening alike, within reach of
    // the last topic line, was read as one more topic of the series).
    const part = (h.stack[0] as StackEntry).node;
    const series = this.topicSeries;
    const continuing = series !== null && series.part === part && pi - series.pi <= TOPIC_GROUP_REACH ? series.head : null;
    const head = topicLineHead(this.paragraphs, pi, this.bodyEnd, continuing);
    if (head === null) return false;
    const level = h.place('topic', 0);
    if (!level) return false;
    const node = draft(kindFor('topic', level), level, '', titleText(p.raw, 0, p.text.length), headingStart(p), positionAt(p, p.text.length));
    h.attach(node);
    h.stack.push({ style: 'topic', value: 0, node });
    this.topicSeries = { head, pi, node, part };
    return true;
  }

  /** An unnumbered heading line (a part's name, a topic sentence), 结束语, or a sub-heading phrase; false when none. */
  private plainHeading(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const text = p.text;
    if (!this.isStandaloneName(pi, p)) return false;
    // A word the page cut out of its sentence (a link) is no heading: the paragraph before it stops mid-sentence. A
    // heading line before it may end without a stop (1964: “进一步巩固和发展人民民主统一战线，胜利地推进社会主义事业” over the
    // topic “我国民族资产阶级仍然具有两面性；…”).
    // A part labelled with its colon (2021年工作回顾：) goes on no sentence: 高阳 2022's headline before it has no stop.
    if (opensMidSentence(text) || (pi > this.bodyStart && this.continuesSentence(pi) && !isLabelledPartName(text) && !this.colonParts?.has(pi))) return false;
    // Nor is a linked word whose sentence goes on in the next paragraph (河北 2003: “…新的发展阶段，是我国进入” / “全面建设
    // 小康社会” / “、加快推进社会主义现代化新的发展阶段…”, each piece between blank lines): no heading is followed by the
    // rest of a sentence.
    const next = this.paragraphs[pi + 1];
    if (next !== undefined && pi + 1 < this.bodyEnd && opensMidSentence(next.text)) return false;
    // A clause line that stops on a word needing what follows (“今后五年，是完成‘十五’计划，并为” before a linked word) is
    // a sentence cut short, not a topic.
    if (isTopicSentence(text) && NEEDS_FOLLOWER.test(text.slice(-1))) return false;
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
    if (style === 'plain' && this.interruptsList(pi)) return false;
    const level = h.place(style, 0);
    if (!level) return false;
    const node = draft(kindFor(style, level), level, '', titleText(p.raw, 0, text.length), headingStart(p), positionAt(p, text.length));
    h.attach(node);
    h.stack.push({ style, value: 0, node });
    return true;
  }
}

// A parser of an empty document, alive for good: its classes (and the optimised code that reads them) then outlive a
// full garbage collection (keepShapes.ts says why).
keepShapes(new OutlineParser({ text: '', lines: [], chromeLines: [] }, [], 0, 0));
