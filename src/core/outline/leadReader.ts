import type { ReportDocument } from '../text/document';
import type { Paragraph, Segment } from '../text/paragraphs';
import type { Position } from '../types';
import { positionAt } from '../text/paragraphs';
import { findInlinePoints } from './inlinePoints';
import { addInlinePoints, endsMidSentence, isClauseLine } from './paragraphShape';
import { alternatingLeadEnd, alternatingOpener, headShape, parallelHeadEnd, seriesLeadEnd, seriesOpenersOf } from './leadSeries';
import { sharedOpeningEnd, sharedOpeningOf } from './openingSeries';
import { PointRuns } from './pointRuns';
import { isCompactLayout } from './nameLines';
import { boldLeadAfterLeadIn, indentsParagraphs, losesBoldLines, setsLeadsOnBoldLines, standaloneLeadEnd, startsFlush } from './boldLines';
import { continuesEnumeration, dashLead, isLeadSentence, isStatement, opensWithCouplet, opensWithDash } from './leads';
import { opensWithRequirement } from './speakerOpeners';
import { listLeadEnd } from './listLeads';
import { labelLeadEnd, namesWatchword, watchwordEnd } from './labelLeads';
import { matchMarker } from './markers';
import { isTopicComment } from './topicStatements';
import { actionTitleEnd, hasActionTitleNear, opensWithAction } from './actionTitles';
import { isVerb } from '../lexicon/verbs';
import { headingStart, titleText } from './titles';
import { Neighbours } from './neighbours';
import { FramedPairs } from './framedPairs';
import { BoldFreeParts } from './boldFreeParts';
import type { DraftNode } from './draft';
import { draft, HeadingStack } from './headingStack';
import type { StackEntry } from './headingStack';

/** Paragraphs in a row that must open with leads for lead sentences directly under a part to be headings. */
const MIN_PART_SERIES = 3;
/** Lead sentences of a pair directly under a part are at most this long (1955's prose pairs run to 23–25). */
const MAX_PAIR_LEAD = 20;
/** Body paragraphs under a section, with no lead among them, after which its text is running prose (inRunningProse). */
const MIN_PROSE_RUN = 4;
/** The same for a sentence that opens with the speaker's requirement 要… (speakerOpeners.ts): a title carries no modal. */
const MIN_PROSE_RUN_REQUIREMENT = 2;
/** A paragraph at least this long is a block that a longer lead of its section's series may title (sentenceLead). */
const MIN_TITLED_BLOCK = 200;
/** Paragraphs in a row right under a standalone section heading that open with longer leads for all of them to be leads. */
const MIN_TITLED_RUN = 2;
/** A dash lead goes on the series of one at most this many paragraphs before it (goesOnDashSeries): its list between. */
const DASH_SERIES_REACH = 8;
/** How far ahead titledRunEnd reads. */
const TITLED_RUN_REACH = 8;

/** The first sentence (up to its 。, at most MAX_FIRST_SENTENCE characters read) has a comma: two clauses or more. */
function hasCommaBeforeStop(text: string): boolean {
  const head = text.slice(0, MAX_FIRST_SENTENCE);
  const stop = head.indexOf('。');
  const comma = head.search(/[,，]/);
  return comma >= 0 && (stop < 0 || comma < stop);
}
/** A lead sentence is far shorter (leads.ts MAX_RELAXED_LEAD). */
const MAX_FIRST_SENTENCE = 80;
/** A word a page linked, left alone: a few characters, no punctuation. */
function isLinkedWord(text: string): boolean {
  return text.length <= LINKED_WORD && !/[^\u4e00-\u9fff“”"]/.test(text);
}
/** The longest linked word seen alone (河北 2003 “全面建设小康社会”, 2024 “重要讲话”). */
const LINKED_WORD = 12;
/** The speaker's resolve opening a clause: 我们要 / 我们将 / 我们必须 / 我们一定. */
const RESOLVE = /^我们(?:要|将|必须|一定)/;
/** How far into the next sentence the resolve may open a clause after its frame. */
const MAX_RESOLVE_FRAME = 60;

/**
 * The sentence after the first one states a frame and then the speaker's resolve in a clause of its own (深圳市 2025
 * （九）, the paragraph after its four action leads: “中国式现代化，民生为大。群众身边的“关键小事”就是政府要办好的“头等
 * 大事”，我们要言必信、行必果，…。”; the same shape closes 盐田区 2010 part 一: “这些困难和问题，影响我区当前和长远发展。对此，
 * 我们要…”, and 罗湖区 2020 part 二: “…在…指引下，我们将…”), while the first sentence names no action: a closing maxim, not
 * a topic. A lead that opens with what is done keeps such a body (广东省 2025 （九）: “办好十五运会和残特奥会。这是今年的一件
 * 大事，我们要…”; dev 广东 2026: “注重可感可知可及办好群众身边的日常具体小事。…，我们将…”). O(MAX_RESOLVE_FRAME).
 */
function resolvesAfterFrame(text: string, leadEnd: number): boolean {
  const title = text.slice(0, leadEnd);
  if (opensWithAction(title) || isVerb(title.slice(0, 2))) return false;
  const next = text.slice(leadEnd + 1, leadEnd + 1 + MAX_RESOLVE_FRAME);
  const stop = next.search(/[。！？!?；;]/);
  const sentence = stop < 0 ? next : next.slice(0, stop);
  for (let i = 0; i < sentence.length; i++) if ((sentence[i] === ',' || sentence[i] === '，') && RESOLVE.test(sentence.slice(i + 1, i + 6))) return true;
  return false;
}

/**
 * After its first sentence (ending at `leadEnd`) the paragraph goes on with the speaker's resolve, at once (。我们要…) or
 * after a frame (。面对…，我们将…): what a paragraph that opens or closes a part or section says, not a lead's body, which
 * says what is done. One test for both (LeadReader.closesWithResolve, opensPartWithResolve), so that they stay alike.
 */
function goesOnWithResolve(text: string, leadEnd: number): boolean {
  return RESOLVE.test(text.slice(leadEnd + 1, leadEnd + 6)) || resolvesAfterFrame(text, leadEnd);
}

/**
 * The paragraph is one item of a ；-list and nothing more: its clause ends on the ； that ends the paragraph. It titles no
 * body; the list goes on below it (南山区 2014 and 2015, the year's targets: “——固定资产投资总额457亿元，增长10%；” …
 * “——居民人均可支配收入与经济保持同步增长；” … “——居民登记失业率控制在3%以内。”, the one item without a figure read as a
 * dash lead). O(1).
 */
function isListItemOnly(text: string, end: number): boolean {
  return /[；;]/.test(text[end] ?? '') && text.slice(end + 1).trim() === '';
}

/**
 * The unnumbered headings of the outline, read one paragraph at a time: leads that title their paragraph or the
 * paragraphs below it (bold lines, ——X。 dashes, alternating lines, parallel series, lead sentences, the lead over a
 * run of 一是… paragraphs). The state here is what the lead steps remember between paragraphs; OutlineParser
 * (parseOutline.ts) reads the numbered and plain headings and calls these steps for the paragraphs left.
 */
export abstract class LeadReader {
  readonly headings = new HeadingStack();
  /** The paragraph that is the body of a standalone lead or point line: never a lead itself. */
  protected leadBody = -1;
  /** The paragraph of the last lead that is a line of its own over its body, for series of such lines. */
  protected lastLineLeadPi = -3;
  /** The last paragraph that is an item of an enumeration: never a lead. */
  protected listItem = -1;
  /** The paragraph of the last lead, for lead series. */
  protected lastLeadPi = -2;
  /** The last paragraph of a run of longer leads that opens a section's text (titledRunEnd), or -1. */
  private titledRunEnd = -1;
  /** Paragraphs in a row, ending at lastLeadPi, that open with leads. */
  protected leadRun = 0;
  /** The opener of the lead series the last lead belongs to (“这五年”), or null. */
  protected seriesOpener: string | null = null;
  /** The opener of the standalone lines alternating with body paragraphs (这是…的五年。), while the series runs. */
  protected alternatingSeries: string | null = null;
  /** What the paragraphs around the one being read look like. */
  protected readonly around: Neighbours;
  protected readonly pointRuns = new PointRuns();
  protected readonly framedPairs: FramedPairs;
  /** The report indents its paragraphs, so a flush line is set apart (a lead that lost its bold). */
  protected readonly indented: boolean;
  /** Bold lines lost their bold and stand on lines of their own below the indent (losesBoldLines). */
  private readonly boldLinesLost: boolean;
  private readonly boldFreeParts: BoldFreeParts;
  /** The report's leads stand on such lines, a dozen at least (setsLeadsOnBoldLines). */
  private readonly boldLeadLayout: boolean;
  /** The report does not set paragraphs apart with blank lines: a heading stands alone on its own line. */
  protected readonly compact: boolean;

  constructor(
    protected readonly doc: ReportDocument,
    protected readonly paragraphs: readonly Paragraph[],
    protected readonly bodyEnd: number,
  ) {
    this.indented = indentsParagraphs(doc, paragraphs);
    this.boldLinesLost = losesBoldLines(doc);
    this.boldFreeParts = new BoldFreeParts(doc);
    this.boldLeadLayout = setsLeadsOnBoldLines(doc);
    this.compact = isCompactLayout(paragraphs);
    this.around = new Neighbours(doc, paragraphs, bodyEnd, this.indented, this.compact);
    this.framedPairs = new FramedPairs(paragraphs, this.around, bodyEnd);
  }

  /** A lead that titles its paragraph (or the paragraphs below it): bold, dashed, alternating, a series, a sentence. */
  protected leadHeading(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    // An annex or a glossary has items, not sub-headings: a note's first sentence (广东 2026 名词解释 8.“链式改造” /
    // “包括“供应链改造”和“产业链改造”。…”) is its text. So is an item of an enumeration.
    if (h.inBlock || pi === this.listItem) return false;
    // The rest of a sentence the page broke around a linked word opens no lead (河北 2018: “…乳制品产量保持” / “全国第一” /
    // “。农村承包地确权…”, one paragraph for the text layer from “全国第一” on).
    if (this.continuesSentence(pi)) return false;
    // A bold announcement (a flush line ending in a colon) announces the list of the heading it stands in: 2012 （八）'s
    // “今年改革的重点任务是：” over its leads. Only the review's lessons and problems speak for the part (speaksForReview:
    // 2011's bold “…认识和体会：” over 一是…四是 after （五）).
    // A counted watchword (“两项行动”即…) is read as one before its layout: a line of its own over its list looks bold.
    // (Asked once either way: labelLead reads the paragraphs around a watchword.)
    const watchword = watchwordEnd(p.text) > 0;
    if ((watchword && this.labelLead(pi, p)) || this.boldLead(pi, p) || this.dashedLead(pi, p) || (!watchword && this.labelLead(pi, p))) return true;
    // An unnumbered clause line over paragraphs of leads is their sub-heading, as a ——X line is (headsLeadParagraphs).
    if (h.stack.length && pi + 1 < this.bodyEnd && this.headsLeadParagraphs(pi + 1)) {
      this.addLead(p, p.text.length);
      return true;
    }
    // Where the page set bold leads on flush lines of their own under the indent, an indented paragraph opens a lead
    // only where the layout allows a lost bold: in a part with bold lines, beside a lead (unboldedPart, unboldedAmongProse).
    if (this.unboldedPart(p) || this.unboldedAmongProse(pi, p)) return false;
    return this.alternatingLead(pi, p) || this.seriesLead(pi, p) || this.sentenceLead(pi, p);
  }

  /**
   * Paragraph `pi` goes on a sentence the paragraph before it left unfinished (paragraphShape.ts endsMidSentence), unless
   * that paragraph is a heading line, which may end without a stop.
   */
  protected continuesSentence(pi: number): boolean {
    const prev = this.paragraphs[pi - 1];
    if (prev === undefined) return false;
    // The rest after a linked word that stands between blank lines: the word goes on the sentence cut before it (河北
    // 2003: “…农村税费管理开始纳入” / “法制” / “化、规范化轨道。同时，…”).
    // One word only: O(1).
    if (isLinkedWord(prev.text) && endsMidSentence(this.paragraphs[pi - 2])) return true;
    if (!endsMidSentence(prev)) return false;
    return !(this.headings.sinceHeading === 1 && !/[。！？!?]/.test(prev.text));
  }

  /**
   * The line before paragraph `pi` is an unnumbered sub-heading of clauses (isClauseLine) over paragraphs that open with
   * leads, this one and the next: a part set out in groups of fused leads under such lines (南山区 2021 part 过去五年工作
   * 回顾: “过去五年，我们坚定不移走创新发展之路，城区发展更高质量” / “经济体量更大。…” / “经济结构更优。…” / “经济活力更强。…”, five
   * groups; 罗湖区 2017 part 一 sets the same groups under ——X lines). Read as a lead, the line is a heading, so the
   * paragraph after it goes on no sentence the page cut (continuesSentence): a cut sentence goes on mid-sentence, not
   * with a lead and another after it. O(1).
   */
  private headsLeadParagraphs(pi: number): boolean {
    const prev = this.paragraphs[pi - 1] as Paragraph;
    const p = this.paragraphs[pi] as Paragraph;
    return pi + 1 < this.bodyEnd && isClauseLine(prev) && isLeadSentence(p.text) > 0 && this.around.leadLike(pi + 1, false);
  }

  /** A one-sentence paragraph over a run of 一是/二是 paragraphs, inside a section: their lead (listLeads.ts). */
  protected listLead(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const end = h.stack.length > 1 && !h.inBlock && pi !== this.listItem ? listLeadEnd(this.paragraphs, pi, this.bodyEnd) : -1;
    if (end <= 0) return false;
    h.popWhile((e) => e.style === 'lead' || e.style === 'shi');
    this.addLead(p, end, 0, '', true);
    return true;
  }

  protected boldLead(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const boldEnd = h.stack.length ? standaloneLeadEnd(this.doc, this.paragraphs, pi, this.indented, this.compact, this.lastLineLeadPi === pi - 2) : -1;
    if (boldEnd <= 0) return h.stack.length > 0 && this.boldLeadAfterLeadIn(p);
    // A bold lead line is a topic of its part: it closes the 一是 points and 第一， ordinals before it, which sit
    // at or below a topic's rank (1997: “积极推进社会保障制度改革。” after 第一，…第六，) — unless the ordinal is a name
    // standing alone, which heads a section as （一） does (1998: “第一，进一步稳定和加强农业” over its leads).
    h.popWhile((e) => e.style === 'lead' || e.style === 'shi' || (e.style === 'di' && !e.named));
    // A dash line standing over its body (national 2007 from wikisource: “——经济平稳快速增长。” / “国内生产总值20.94万亿元，…”
    // on the next line, ×5) is a dash lead set on a line of its own: the dash is its marker, not its title's.
    const dash = dashLead(p.text);
    const start = dash !== null && dash.end === boldEnd ? dash.start : 0;
    const lead = this.addLead(p, boldEnd, start, p.raw.slice(0, start).trim(), true);
    addInlinePoints(lead, findInlinePoints(p, boldEnd));
    if (p.segments.length === 1) {
      this.leadBody = pi + 1;
      this.lastLineLeadPi = pi;
    }
    return true;
  }

  /**
   * In a report whose page set bold leads on flush lines of their own (losesBoldLines), an indented paragraph had no bold
   * words unless the page lost them. In a part with no bold line at all nothing was set bold: its indented first
   * sentences are prose, however lead-like (1998's foreign-affairs part, indented: “中俄关系继续发展。两国签署了…”, “中日关系
   * 总体上保持了发展的势头。…”). O(1) but for the part's one scan.
   */
  private unboldedPart(p: Paragraph): boolean {
    return this.boldLinesLost && !startsFlush(this.doc, p) && this.inBoldFreePart();
  }

  /**
   * In a report whose leads stand on bold lines (a dozen at least: setsLeadsOnBoldLines), a lone lead-like sentence
   * opening an indented paragraph among prose paragraphs is prose too: a lead whose bold was lost stands beside leads —
   * right after a lead or a heading, or right before a lead (1997 “继续改善城乡人民生活。” before the bold
   * “做好农村扶贫工作，…”). 1999 第三，: “继续采取多种形式放开搞活国有小企业。” between two prose paragraphs is no lead.
   * O(next paragraph): it reads whether that one opens a lead.
   */
  private unboldedAmongProse(pi: number, p: Paragraph): boolean {
    if (!this.boldLeadLayout || startsFlush(this.doc, p)) return false;
    if (this.lastLeadPi === pi - 1 || this.around.headingAt(pi - 1)) return false;
    // Right before a lead, after body paragraphs, a lost bold is a lead of one clause: 1997's “继续改善城乡人民生活。”; the
    // leads the same pages left indented (1993 part 一's four, “加快转换国有企业经营机制。” opening part 三; outside, 2001
    // part 十 “大力加强社会主义精神文明建设。”) are all so. A first sentence of two clauses there goes on its block's topic
    // (1995 part 三: “结合产业结构调整，发展企业集团。继续办好现有大的企业集团。…”, the fourth body paragraph under the
    // bold “要进一步转换企业经营机制，…。”, before the bold “逐步减轻企业办社会的负担。”): its expected outline lists it not.
    if (hasCommaBeforeStop(p.text)) return true;
    return !(pi + 1 < this.bodyEnd && this.paragraphs[pi + 1] !== undefined && this.around.leadLike(pi + 1, false));
  }

  /** The current part is numbered 一、 and holds no bold lead line (boldFreeParts.ts). */
  private inBoldFreePart(): boolean {
    const part = this.headings.stack[0];
    return part !== undefined && part.style === 'cn-dun' && part.node.level === 1 && this.boldFreeParts.isFree(part.node.start.line, part.value);
  }

  /** A bold lead on a line of its own after plain words left on the indent line (boldLeadAfterLeadIn). */
  private boldLeadAfterLeadIn(p: Paragraph): boolean {
    const bold = boldLeadAfterLeadIn(this.doc, this.paragraphs, p.index, this.boldLinesLost);
    if (!bold) return false;
    this.headings.popWhile((e) => e.style === 'lead' || e.style === 'shi' || (e.style === 'di' && !e.named));
    const lead = this.addLead(p, bold.end, bold.start, '', true, positionAt(p, bold.start));
    addInlinePoints(lead, findInlinePoints(p, bold.end));
    return true;
  }

  protected dashedLead(pi: number, p: Paragraph): boolean {
    if (!this.headings.stack.length) return false;
    const before = this.paragraphs[pi - 1];
    const after = pi + 1 < this.bodyEnd ? this.paragraphs[pi + 1] : undefined;
    const beside = (before !== undefined && opensWithDash(before.text)) || (after !== undefined && opensWithDash(after.text));
    const goesOn = !beside && this.goesOnDashSeries(pi);
    const dash = dashLead(p.text, beside || goesOn);
    if (!dash || this.partSubtitle(p) || isListItemOnly(p.text, dash.end)) return false;
    const h = this.headings;
    // Beside the series' last lead, not under the points it listed.
    if (goesOn && this.lastDash !== null) h.stack.length = Math.min(h.stack.length, this.lastDash.depth);
    this.lastDash = { pi, part: (h.stack[0] as StackEntry).node, depth: h.cutWhile(h.stack.length, (e) => e.style === 'lead') };
    // A dash lead that names a counted watchword owns the list right below it, the items it counts (顺平县 2023: ——做实
    // “五篇文章”。 over 一是…五是), as a watchword defined by 即 does (labelLead); any other dash lead titles its paragraph only.
    const next = after !== undefined ? matchMarker(after.text) : null;
    const counts = next?.value === 1 && namesWatchword(p.text.slice(dash.start, dash.end));
    const lead = this.addLead(p, dash.end, dash.start, p.raw.slice(0, dash.start).trim(), counts, headingStart(p), counts);
    addInlinePoints(lead, findInlinePoints(p, dash.end));
    return true;
  }

  /** The last dash lead read and the part it stands in (goesOnDashSeries). */
  private lastDash: { pi: number; part: DraftNode; depth: number } | null = null;

  /**
   * A dash paragraph after the points its series' last dash lead listed goes on that series, though no paragraph beside
   * it opens with a dash (顺平县 2023 part 二, src32: “——做实“五篇文章”。…” over 一是…五是, then “——打造“7N系列场景”。…”, the
   * fourth of the “1357” its introduction counts, read as a figure's item for its 7). Within DASH_SERIES_REACH paragraphs,
   * in the same part, with only points and leads opened since. O(stack).
   */
  private goesOnDashSeries(pi: number): boolean {
    const last = this.lastDash;
    const stack = this.headings.stack;
    if (last === null || pi - last.pi > DASH_SERIES_REACH || last.part !== (stack[0] as StackEntry).node || stack.length < last.depth) return false;
    // Only points and leads opened since: a section opened after the lead has its own text.
    for (let i = last.depth; i < stack.length; i++) if ((stack[i] as StackEntry).style !== 'lead' && (stack[i] as StackEntry).style !== 'shi') return false;
    return true;
  }

  /**
   * A dash line right under a part's name that is no sentence (no stop), the part's text following and no dash line
   * after it, is the part's subtitle, not a lead (保定 2025 from ce.cn: “一、2024年工作回顾” / “——经济稳中有进、发展质效向好”
   * / “过去一年，…”; “二、2025年主要任务” / “——攻坚新颜值、决胜‘十四五’”). A series of dash lines stays one (山西 2026:
   * eight “——经济运行稳中有进” … under the review). O(1).
   */
  private partSubtitle(p: Paragraph): boolean {
    const h = this.headings;
    const pi = p.index;
    if (p.segments.length !== 1 || /[。；;！!？?]/.test(p.text) || h.stack.length !== 1 || !this.around.headingAt(pi - 1)) return false;
    const next = this.paragraphs[pi + 1];
    return next !== undefined && pi + 1 < this.bodyEnd && dashLead(next.text) === null && !this.around.headingAt(pi + 1);
  }

  /** A run of paragraphs opening with run-in labels (纺织产业：… / 经济发展：…): each label is its paragraph's lead (labelLeads.ts). */
  protected labelLead(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const end = h.stack.length ? labelLeadEnd(this.paragraphs, pi, this.bodyEnd) : -1;
    if (end <= 0) return false;
    const watchword = watchwordEnd(p.text) > 0;
    const last = this.lastWatchword;
    // A watchword stands beside the part's last one, not under the list that one opened (易县 2025: “五条赛道”即… after
    // the （二） of “两项行动”即…).
    // Only while that one is still open: a section opened since has watchwords of its own.
    if (watchword && last !== null && h.stack[last.depth]?.node === last.node) h.stack.length = last.depth;
    // The numbered list right below a watchword is the items it counts: they start again from （一） under each one.
    const next = pi + 1 < this.bodyEnd ? this.paragraphs[pi + 1] : undefined;
    const headsList = watchword && next !== undefined && matchMarker(next.text)?.value === 1;
    const lead = this.addLead(p, end, 0, '', true, headingStart(p), headsList);
    if (watchword) this.lastWatchword = { node: lead, depth: h.stack.length - 1 };
    return true;
  }

  /** The lead of the last counted watchword read (labelLeads.ts watchwordEnd) and its place on the heading stack. */
  private lastWatchword: { node: DraftNode; depth: number } | null = null;

  protected alternatingLead(pi: number, p: Paragraph): boolean {
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

  protected seriesLead(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const continuing = this.lastLeadPi === pi - 1 ? this.seriesOpener : null;
    const opened = h.stack.length ? seriesLeadEnd(this.paragraphs, pi, this.bodyEnd, continuing) : -1;
    const parallel = opened > 0 || !h.stack.length ? opened : parallelHeadEnd(this.paragraphs, pi, this.bodyEnd, continuing);
    // Last, a series opening alike whose titles run long (openingSeries.ts: 我们主张X。 ×4, 我们将继续X，…。 ×6).
    const shared = parallel > 0 || !h.stack.length ? -1 : sharedOpeningEnd(this.paragraphs, pi, this.bodyEnd, continuing);
    const seriesEnd = shared > 0 ? shared : parallel;
    if (seriesEnd <= 0) return false;
    // A series of parallel leads is a list of its own: it closes the 一是 points before it (湖南 2026 part 一).
    h.popWhile((e) => e.style === 'lead' || e.style === 'shi');
    const lead = this.addLead(p, seriesEnd);
    this.seriesOpener = opened > 0 ? seriesOpenersOf(p.text) : shared > 0 ? sharedOpeningOf(p.text) : headShape(p.text);
    addInlinePoints(lead, findInlinePoints(p, seriesEnd));
    return true;
  }

  protected sentenceLead(pi: number, p: Paragraph): boolean {
    const h = this.headings;
    const text = p.text;
    // The one paragraph of a section whose heading stands alone on its line is titled by that heading: its first sentence
    // sets nothing apart from the rest of the section (2005 part 六: “第三，改进经济管理方式方法。” / “要彻底改变计划经济的
    // 传统观念和做法。…” / “第四，…”; “第六，大力加强政风建设。” / “坚持以人为本、执政为民。…” / “各位代表！”).
    if (h.stack.length > 1 && this.around.standaloneHeadingAt(pi - 1) && this.around.closesAt(pi + 1)) return false;
    const strictLead = h.stack.length && pi !== this.leadBody ? isLeadSentence(text) : -1;
    // Beside a lead (the paragraph before or after), a longer or bracketed first sentence is one of the series.
    // Only inside a run of led paragraphs: after a lead or its section's heading, before a lead or the next heading
    // (a body paragraph before it makes it body text too: 2009 “统筹推进城乡社区建设，…” after “要健全…”), or first of a
    // run of three (天津 2026 “积极共建北京（京津冀）国际科技创新中心。” after its section's introduction, before two leads).
    // After a numbered heading fused with its introduction, the section's next paragraph of some length needs no lead beside
    // it: the introduction was said in the heading's paragraph, so a title-like first sentence opens a topic of the section
    // (河北 2009 第三，: “建立和完善多层次的金融市场体系，增强金融对经济发展的支撑作用。”; 河北 2019 （四）, the archive's
    // 河北省_2018 file: “大力实施开放带动战略，不断拓展合作发展新空间。”, each the one paragraph after the heading's; dev 江西
    // 2026 （五）). Under a heading standing alone the first paragraph is the introduction, or the sole one the heading titles.
    // A series of three or more leads may end on it whatever follows (2008 （五）: “拓展对外开放广度和深度，提高开放型经济
    // 水平。” after four leads, before the section's closing remark).
    const besideLead =
      strictLead < 0 &&
      h.stack.length > 1 &&
      pi !== this.leadBody &&
      (((this.lastLeadPi === pi - 1 || this.around.headingAt(pi - 1)) &&
        (this.lastLeadPi === pi - 1 ? this.leadRun >= MIN_PART_SERIES || this.around.leadOrHeadingAt(pi + 1) : this.around.isLeadAt(pi + 1))) ||
        (this.around.isLeadAt(pi + 1) && this.around.isLeadAt(pi + 2)) ||
        (this.around.fusedHeadingAt(pi - 1) && text.length >= MIN_TITLED_BLOCK) ||
        this.longLeadsGoOn(pi, text.length));
    // A long paragraph among its section's leads (the lead just before it, one paragraph between at most, or one a few
    // paragraphs ahead) may open with a longer lead of the series (1980 第一，: “农业、轻工业的发展加快了，农轻重的比例关系有所
    // 改善。”); the short pieces a page splits a paragraph into go on their lead (2009 “健全社会矛盾纠纷调处化解机制，…。”).
    const inSection = !besideLead && strictLead < 0 && h.stack.length > 1 && pi !== this.leadBody && text.length >= MIN_TITLED_BLOCK && (this.lastLeadPi >= pi - 2 && h.stack.length > 2 && (h.stack[h.stack.length - 1] as StackEntry).style === 'lead' || this.around.leadAhead(pi)) ? isLeadSentence(text, true) : -1;
    // Only its title between a lead and a lead or the next heading: one of the series, its body lost or none (1980 第一，'s
    // last lead “制订法规，规定各种能耗标准以及有关的奖惩办法。” right before 第二，).
    const inTitledRun = !besideLead && inSection < 0 && strictLead < 0 && h.stack.length > 1 && pi !== this.leadBody && this.opensTitledRun(pi);
    const between = this.lastLeadPi === pi - 1 && this.around.leadOrHeadingAt(pi + 1);
    // Sandwiched in its series: a lead before it and after it, or its section's heading before it and a lead after it.
    // Its paragraph is a block such a lead titles (MIN_TITLED_BLOCK) or only its title: a shorter paragraph between leads
    // is a reported outcome or the rest of the lead's block before it (2009's “支持文化产业加快发展，完善扶持政策，…。”).
    const block = text.length >= MIN_TITLED_BLOCK || text.indexOf('。') === text.length - 1;
    const sandwiched = besideLead && block && (between || (this.around.headingAt(pi - 1) && this.around.isLeadAt(pi + 1)));
    const read = besideLead || inTitledRun ? isLeadSentence(text, true, between, sandwiched) : inSection > 0 ? inSection : strictLead;
    const found = read > 0 && this.inRunningProse(text.slice(0, read)) ? -1 : read;
    // An action title of two or three clauses: directly under a part beside another a few paragraphs away (actionTitles.ts);
    // under a section right beside a lead of the section (2005 （四）: “推进文化体制改革和文化事业发展，加强文化市场管理。” before
    // the lead “加强国土资源、环境保护和生态建设工作。”, too long for a lead sentence with a comma), or first after the section's
    // heading with a lead of the section a few paragraphs ahead (2005 （三） of part 五: “积极稳妥地推进政治体制改革，加强社会主义
    // 民主政治建设。”, a body paragraph, then the lead “高度重视社会稳定工作。”). Two framed titles alone under a section make no
    // series (海拉尔 2017 （一）, outline.framedSeries.test.ts); nor does a section's first paragraph with no lead ahead (2005
    // （三） of part 一: “深化粮食流通体制改革，全面放开粮食收购市场，…”, the one title-like sentence of its section).
    const depth = h.cutWhile(h.stack.length, (e) => e.style === 'lead');
    const action = depth >= 1 && pi !== this.leadBody && (h.stack[0] as StackEntry).node.level === 1 && !h.inBlock ? actionTitleEnd(text) : -1;
    const besideLeadOrTitle = depth > 1 && (this.lastLeadPi === pi - 1 || this.around.isLeadAt(pi + 1) || (this.around.headingAt(pi - 1) && this.around.leadAhead(pi)));
    const actionLead = action > 0 && !continuesEnumeration(text) && (depth > 1 ? besideLeadOrTitle : hasActionTitleNear(this.paragraphs, pi, this.bodyEnd));
    const leadEnd = actionLead ? action : found > 0 && continuesEnumeration(text) ? -1 : found;
    // After 一是 points the lead is a topic of the last point or, when the run is over, the next topic beside them.
    const point = leadEnd > 0 ? h.stack[h.cutWhile(h.stack.length, (e) => e.style === 'lead') - 1] : undefined;
    const closesRun = point?.style === 'shi' && this.pointRuns.closedBy(this.paragraphs, pi, this.bodyEnd, point.value);
    const under = (e: StackEntry): boolean => e.style === 'lead' || (closesRun && e.style === 'shi');
    // Directly under a part, a lone lead-like sentence is prose; under a section its first sentence titles a topic.
    if (leadEnd > 0 && (this.closesWithResolve(pi, text, leadEnd) || this.opensPartWithResolve(text, leadEnd))) return false;
    if (!(leadEnd > 0 && (actionLead || h.cutWhile(h.stack.length, under) > 1 || this.framedPairs.isLead(pi, text.slice(0, leadEnd)) || this.inLeadSeries(pi, leadEnd)))) return false;
    // A statement (改革开放是推动发展的制胜法宝。) stands in the series of leads around it, so the series runs on past it,
    // but it introduces its block rather than titling it: never a lead itself.
    const last = h.top() ? (h.stack[h.stack.length - 1] as StackEntry) : undefined;
    const previousLead = last?.style === 'lead' ? last.node.title : undefined;
    if ((isStatement(text.slice(0, leadEnd)) && !this.inCoupletSeries(pi)) || isTopicComment(text.slice(0, leadEnd), previousLead)) {
      this.chainLead(pi);
      return false;
    }
    h.popWhile(under);
    const lead = this.addLead(p, leadEnd, 0, '', true);
    addInlinePoints(lead, findInlinePoints(p, leadEnd));
    return true;
  }

  /**
   * Two-clause leads longer than a lead alone may be (“着力推进民生事业发展，人民群众获得感进一步增强。”) go on a series
   * when the next paragraph opens with one too: after the series' last lead (src32 容城县 2020 part 一, two short leads
   * then three such: “生态治理取得新成效，环境质量进一步好转。” / “城乡容貌持续改善，…。” / “‘双创双服’活动持续深化，创新创业
   * 服务更加优质高效。” / …), or as the rest of a section after its heading and the introduction below it (容城县 2015
   * （六）: “文化是城市的灵魂，…” / “大力弘扬历史文化，展现‘千年古县’深厚底蕴。” / “积极培育体育、旅游产业，建设‘体育运动品牌县’。”
   * / （七）). Each paragraph is a block a lead titles (MIN_TITLED_BLOCK): the short pieces a page splits a paragraph into
   * go on their lead (dev 2009). O(SERIES_REACH).
   */
  private longLeadsGoOn(pi: number, length: number): boolean {
    if (length < MIN_TITLED_BLOCK) return false;
    if (this.lastLeadPi === pi - 1) return this.around.longLeadAt(pi + 1, MIN_TITLED_BLOCK);
    return this.around.standaloneHeadingAt(pi - 2) && this.around.longLeadsToHeading(pi, MIN_TITLED_BLOCK);
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
  protected inLeadSeries(i: number, titleLength: number): boolean {
    // Between the two leads of a framed pair, paragraphs are the first one's body.
    if (this.framedPairs.between(i)) return false;
    let run = (this.lastLeadPi === i - 1 ? this.leadRun : 0) + 1;
    for (let j = i + 1; run < MIN_PART_SERIES && j < this.bodyEnd && this.around.leadLike(j, false); j++) run++;
    return run >= MIN_PART_SERIES || (run === 2 && titleLength <= MAX_PAIR_LEAD);
  }

  /**
   * The text under the open section or point has run on for four body paragraphs or more with no lead: a section of
   * leads opens its body with them (after an introduction or two), so a lead-like first sentence met deep inside running
   * prose is one of its sentences, not a title (dev 1980 第三，: “进一步发展新型材料。” after six paragraphs on metals,
   * chemicals and building materials; outside, national 2010 （八）: “健全重大自然灾害、突发公共安全事件应急处理机制。”,
   * “改善流动人口管理和服务。” and “要努力提高执行力和公信力。” after five paragraphs of the year, its shortcomings and
   * 我们要… tasks). Leads directly under a part need a series anyway (inLeadSeries); bold, dashed and standalone lead lines
   * are read by their layout. A sentence that opens with the speaker's requirement 要… is prose after two such paragraphs
   * already (1984 二、: “要积极推行以招标承包为核心的多种形式的经济责任制。” after three paragraphs of measures): series of 要…
   * leads open their section's body. O(1).
   */
  private inRunningProse(sentence: string): boolean {
    const h = this.headings;
    const top = h.stack[h.stack.length - 1];
    const run = opensWithRequirement(sentence) ? MIN_PROSE_RUN_REQUIREMENT : MIN_PROSE_RUN;
    return h.stack.length > 1 && top !== undefined && top.style !== 'lead' && h.proseRun >= run;
  }

  /**
   * Paragraph `pi` is one of a run of paragraphs right under a section heading standing alone, each opening with a longer
   * lead of two clauses, none short enough for a lead sentence alone (山西 2025 （三）: “统筹推进教育科技人才体制机制一体改革，
   * 提升整体创新效能。” ×4, unseen; dev 1980 第二，: “农村在放宽政策、发挥优势方面，开辟了一些新的路子。” / “工业在组织联合、
   * 按需生产方面，有了良好的开端。”). The section's text opens with its leads; no lead sentence alone starts the series that
   * besideLead follows. The run is read once, at its first paragraph: O(TITLED_RUN_REACH).
   */
  private opensTitledRun(pi: number): boolean {
    if (pi <= this.titledRunEnd) return this.lastLeadPi === pi - 1;
    if (!this.around.standaloneHeadingAt(pi - 1)) return false;
    let j = pi;
    while (j < this.bodyEnd && j < pi + TITLED_RUN_REACH && !this.around.headingAt(j)) {
      const q = (this.paragraphs[j] as Paragraph).text;
      const end = isLeadSentence(q, true);
      if (end <= 0 || isStatement(q.slice(0, end))) break;
      j++;
    }
    if (j - pi < MIN_TITLED_RUN) return false;
    this.titledRunEnd = j - 1;
    return true;
  }

  /**
   * The last paragraph before the next heading (or the deputies addressed, or the body's end) that goes on, after its
   * first sentence, with the speaker's resolve (我们要 / 我们将 / 我们必须 / 我们一定) closes its section or part: the first
   * sentence is a maxim or a call that sums up, not a topic of the section (湖南 2025 （三）: “创新制胜未来。我们要始终坚持
   * 高水平科技自立自强，…” before （四）; unseen 福建 2025 part 二: “在中国式现代化建设中奋勇争先需要各方齐心协力、共同努力。
   * 我们将积极支持工会、…” before 三、; dev 2016 （八）: “上下同欲者胜。我们要充分发挥中央和地方两个积极性。…” before
   * 各位代表！), each right after the section's last led paragraph. A lead's body says what is done; in 33 dev reports, 40
   * national years and 12 provinces' 2026 reports no lead whose body opens so ends its section. A lead after body
   * paragraphs is no closing (1992 part 二, outline.actionTitles.test.ts: “积极发展科技和教育事业，提高国民经济的整体素质。
   * 我们要认真贯彻…” after two body paragraphs, the excerpt's last). O(1).
   */
  private closesWithResolve(pi: number, text: string, leadEnd: number): boolean {
    if (this.lastLeadPi !== pi - 1 || !this.around.closesAt(pi + 1)) return false;
    return goesOnWithResolve(text, leadEnd);
  }

  /**
   * The part's first paragraph, right under its heading, that goes on after its first sentence with the speaker's resolve
   * (我们要 / 我们将 / 我们必须 / 我们一定, at once or after a frame) introduces the part, as such a paragraph closes a
   * section (closesWithResolve): its first sentence is a maxim, not the first of the part's leads (易县 2021 part 四:
   * “开启新征程任重道远，建设新易县时不我待。我们要以开展“五干”活动为契机，…” over “坚持政治站位。” … “坚持廉洁从政。”;
   * 涞源县 2025 part 三: “一万年太久，只争朝夕。面对艰巨繁重的发展任务，我们将以…为抓手，…” over “建设实干政府。” …, both free
   * 保定 county texts of src32). A lead's body says what is done. O(1).
   */
  private opensPartWithResolve(text: string, leadEnd: number): boolean {
    const h = this.headings;
    if (h.stack.length !== 1 || h.sinceHeading !== 1 || (h.stack[0] as StackEntry).node.level !== 1) return false;
    return goesOnWithResolve(text, leadEnd);
  }

  /** Paragraph `pi` and the one before or after it open with couplets: a series of leads, not a proverb (leads.ts). */
  private inCoupletSeries(pi: number): boolean {
    const p = this.paragraphs[pi] as Paragraph;
    if (!opensWithCouplet(p.text)) return false;
    const before = this.paragraphs[pi - 1];
    const after = pi + 1 < this.bodyEnd ? this.paragraphs[pi + 1] : undefined;
    return (before !== undefined && opensWithCouplet(before.text)) || (after !== undefined && opensWithCouplet(after.text));
  }

  /** Paragraph `pi` opens like the leads of a series (a lead, or a statement among them): the series runs on. */
  protected chainLead(pi: number): void {
    this.headings.proseRun = 0;
    this.leadRun = this.lastLeadPi === pi - 1 ? this.leadRun + 1 : 1;
    this.lastLeadPi = pi;
  }

  /**
   * A lead paragraph that goes on, after a zero-width line standing at a sentence end, with a lead of the same series:
   * the page lost the paragraph break there and a wiki template left the zero-width line in its place (2017 （五）:
   * “加强现代农业建设。…保险助力现代农业发展。” / U+200B / “深化农村改革。稳步推进…”). The lead after the break is the first
   * one's sibling. Only a strict lead sentence opens one: where the zero-width line splits a paragraph in the middle
   * (2017 （六）: “…引导基金。” / U+200B / “支持市场采购贸易、外贸综合服务企业发展。…”, a 、-list of measures) it goes on the
   * paragraph, and most such lines stand in the middle of a sentence. O(segments) per lead paragraph.
   */
  protected softBreakLeads(p: Paragraph): void {
    for (let k = 1; k < p.segments.length; k++) {
      const seg = p.segments[k] as Segment;
      if (!this.doc.lines[seg.line - 1]?.softBlank || p.text[seg.offset - 1] !== '。') continue;
      const rest = p.text.slice(seg.offset);
      const end = isLeadSentence(rest);
      if (end <= 0 || rest.slice(0, end).includes('、') || isStatement(rest.slice(0, end))) continue;
      this.addLead(p, seg.offset + end, seg.offset, '', false, positionAt(p, seg.offset));
    }
  }

  protected addLead(p: Paragraph, end: number, start = 0, marker = '', ownsList = false, from: Position = headingStart(p), headsList = false): DraftNode {
    const h = this.headings;
    this.chainLead(p.index);
    this.seriesOpener = null;
    h.popWhile((e) => e.style === 'lead');
    if (h.top() && (h.stack[h.stack.length - 1] as StackEntry).style === 'shi') this.pointRuns.ledUnder();
    const level = h.stack.length + 1;
    const node = draft('lead', level, marker, titleText(p.raw, start, end), from, positionAt(p, end));
    h.attach(node);
    h.stack.push({ style: 'lead', value: 0, node, ownsList, headsList });
    return node;
  }
}
