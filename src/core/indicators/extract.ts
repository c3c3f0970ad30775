import { withoutFootnoteMarks } from './footnoteMarks';
import { unitFromName } from './unitFromName';
import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import { recognizeNumbers } from '../numbers/recognize';
import { withoutGluedRuns } from '../numbers/gluedRuns';
import { onClearMemos } from '../memo';
import type { NumberMention } from '../numbers/types';
import type { OutlineResult } from '../outline/parseOutline';
import type { Segmenter } from '../segmenter';
import type { Paragraph } from '../text/paragraphs';
import { endPositionAt, positionAt, segmentSpan, withoutNumberSpaces } from '../text/paragraphs';
import { charSetTest, charTable } from '../text/charSet';
import type { Indicator, Position, ReportMeta } from '../types';
import type { YearSaid } from './yearOpening';
import { nextYearSaid, yearSaidAt } from './yearOpening';
import { isGoalFigure, PAST_TARGET, periodOf, statusOf } from './figureTime';
import { arabicYears, headingCursor, headingScopes, periodEndYear, scopeChanges, timeWords } from './timeScope';
import { ParagraphCues } from './timeCues';
import { deliveredLate, fromPlannedYear } from './lateYear';
import type { ScopeChange, TimeScope } from './timeScope';
import { trailingMeasure } from './measures';
import { actedMeasure } from './actedMeasure';
import { worksCapacityMeasure } from './worksCapacity';
import { incrementOpening } from './incrementOpening';
import { isQualifierWord, writtenQualifier } from '../numbers/qualifiers';
import { kindOf } from './kinds';
import { exactIndicator, lookupIndicator, normalizeIndicatorName } from '../lexicon';
import { narrowsScope } from '../lexicon/scope';
import { isRateUnit } from '../numbers/units';
import { boundariesOf, LOOK_BACK } from './boundaries';
import type { Boundaries } from './boundaries';
import { alternation, GENERIC_COUNTED, HOUSEHOLD_NOUNS, NEVER_NAMES } from '../lexicon/nameWords';
import { ALL_PEOPLE } from '../numbers/groupNouns';
import { isShareFigure, shareName, shareSubject, sharesOfParts, writtenNear } from './shareNames';
import { partCountName, partThings, partWithPredicate } from './partCounts';
import { MILESTONE_AFTER, nameFor } from './figureNames';
import type { Bound } from './figureNames';
import { cleanName, nameAfter, shortScaleWriting, splitSubjects, splitSubjectsAtCommas } from './names';
import { groupingName, rankMeasure, rankedAttribute, rankScopeAt } from './rankName';
import type { RankMeasure, RankScope } from './rankName';
import { resolvePointer } from './anaphora';
import { subjectAcrossPredicates } from './sharedSubject';
import { listMarginNames, marginName } from './marginNames';
import { sectorMeasure } from './sectorMeasures';
import { carriedSubject, carriesSubject } from './carriedSubject';
import { closesParagraph, isPartOfTotal } from './partsOfTotal';
import type { WholeBefore } from './partsOfTotal';
import { totalInvestmentName, worksInvestmentName } from './investmentNames';
import { streakName } from './streakNames';
import { streakWithPredicate } from './durationNames';
import { monitoredCountName } from './monitoredCounts';
import { countedDoerName } from './countedDoers';
import { undoubledName } from './doubledName';
import { attributeLedName } from './attributeLed';
import { attributeCarriedName } from './attributeCarried';
import { withoutNoteBeforeFigure } from './noteBeforeFigure';
import { outputName } from './outputNames';
import { withoutPreviousTail } from './previousTail';
import { withSharedModifier } from './sharedModifier';
import { takeSharedHeads } from './sharedHeadAfter';
import type { ProductContext } from './outputNames';
import { START_STAGES } from '../lexicon/stageVerbs';
import { serviceForBeneficiary } from './beneficiary';
import { problemSolvedName } from './problemSolved';
import { workStageName } from './workStages';
import { comparedShareName } from './comparedShare';
import { arrangedTopic } from './arrangedTopic';
import { negatedCountName } from './negatedCount';
import { countsOwnNoun, distribute, earlierList, growthOfEconomy, nameRatioParts, nounOfEach, partBefore, sameUnit, sharedOutExamples, sharedOutRanks } from './listNames';
import { addedByVerb } from '../references/additions';
import { worksObject } from './worksObject';
import { nameRunsAcrossSentences } from './runSubject';
import { itemOutputName } from './itemOutput';
import { relativePartName } from './relativeParts';
import { keptActionName } from './keptActions';
import keptActions from '../lexicon/keptActions.json';
import type { PartThings } from './relativeParts';

/** A bare product's clause (钢3，500万吨 … 拖拉机9.75万台) is short: a longer one holds none (outputNames.ts). */
const PRODUCT_CLAUSE = 40;
/** How far back in its sentence a product's figure looks for the outputs said before it (characters). */
const PRODUCT_EARLIER = 300;
/** A start stage at a name's end (stageVerbs.ts START_STAGES). */
const START_STAGE_END = new RegExp(`(?<=.{2})(?:${alternation(START_STAGES)})$`, 'u');

export interface ExtractInput {
  readonly paragraphs: readonly Paragraph[];
  readonly outline: OutlineResult;
  readonly meta: ReportMeta;
  readonly segmenter?: Segmenter;
  readonly token?: CancellationLike;
  /** The document's raw lines (split on \n), for the text of a figure split over lines. */
  readonly lines?: readonly { readonly raw: string }[];
}

/** Whether a paragraph holds a character a figure can start with (a table lookup per character, charSet.ts). */
const mayHoldFigure = charSetTest('0123456789〇○零一二两三四五六七八九十百千万亿翻第前');

/** The longest list whose names a later list in the same sentence reuses (年均分别增长 after 分别达到). */
const MAX_LIST = 32;

const LIST_JOINER = /^(?:和|与|及|、|，|,|以及)$/;
/**
 * The blank a pinyin reading leaves between two characters (達(dá)到 → 达    到, normalize.ts). Three blanks at least: a
 * one-blank scraping gap (直管范围扩 大到92个县 — 河北 2010, dev) is left as it is (closing it named that count 直管范围).
 */
const CJK_GAP = /(?<=[\u4e00-\u9fff]) {3,}(?=[\u4e00-\u9fff])/g;

/**
 * The words before a figure its measure and name are read from: without a joiner that opens them, trailing blanks, a
 * pinyin gap or a note closing them (noteBeforeFigure.ts). Asked once per figure: nothing is scanned when there are no
 * words (a figure right after the one before, 5%5%…) or no gap can be in them.
 */
/** How far after a count keptActions.ts looks for the things it counts (再开工20项重大水利工程). */
const KEPT_AFTER = 30;
/** How far after a count its noun and what they did are read (countedDoers.ts): a name is at most a clause's words. */
const DOER_AFTER = 30;

function leftOfFigure(raw: string): string {
  if (raw === '') return '';
  const trimmed = raw.replace(/^(?:、|[和及与](?![谐时会]))/, '').trimEnd();
  return withoutNoteBeforeFigure(trimmed.includes('   ') ? trimmed.replace(CJK_GAP, '') : trimmed);
}
/**
 * The mentions that are figures (not bare numbers). A loop, not filter with an arrow: an arrow made per paragraph is a
 * function whose optimised code a full GC drops, re-optimised on every analysis after one (--trace-opt).
 */
function withoutBare(mentions: readonly NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of mentions) if (m.nature !== 'bare') out.push(m);
  return out;
}
/** Figures that are rates, never the part a share after them is of. */
const RATE_NATURES: ReadonlySet<string> = new Set(['percent', 'points', 'fraction']);
/** What stands between a figure and the share of it said right after: a comma or 、, an adverb, 占, the whole, 的. */
// (…完成1500亿元以上、占全省生产总值的比重达到5%; …增长10%左右，占生产总值比重超过50%: the share's predicate may stand
// between its whole and the figure, and the qualifier of the figure before between that figure and the comma.)
/** How near before a growth its subject is written for a share after it to take it as its part (a bounded window). */
const SUBJECT_NEAR = 60;
/** What stands between the last of a list's parts and the shares of their wholes (…亿元，占全省生产总值、全部财政收入的比重达到). */
const SHARE_LIST_AFTER = /^\s*(?:以上|左右)?\s*[，,]\s*(?:约|共|仅|只|已|均|分别)?占[^，,。；;：:\d０-９]{4,40}$/;
/** A clause that is only 是 (为, 相当于) and the base a multiple is of, with its 的 (是全市平均水平的): see multipleOf. */
const MULTIPLE_OF_BASE = /^[，,]?(?:是|为|相当于)[^，,。；;、是为]{2,14}的$/;
const SHARE_RIGHT_AFTER = /^\s*(?:以上|左右|以内)?\s*[，,、]\s*(?:约|共|仅|只|已|均|分别)?占[^，,、。；;：:\d０-９]{2,24}$/;

/**
 * Binds every figure of the report body to what it measures: name, measure, kind, actual/target, period.
 * Works sentence by sentence, so a growth rate after a level (“工业投资1528亿元，增长27.4%”) and 分别 lists
 * (“分别增长10.8%和9.1%”) take their names from the figures before them.
 */
export function extractIndicators(input: ExtractInput): Indicator[] {
  const { outline, meta, token } = input;
  // Figures, their years and names are read through the stray spaces in numbers (2016 年, 40.8 2 亿元: numberSpaces.ts).
  const paragraphs = input.paragraphs.map(withoutNumberSpaces);
  // A report given late in its year (national 1964, 1981) is read, for time only, from the year it plans.
  const late = meta.year !== null && deliveredLate(paragraphs.slice(outline.bodyStart, outline.bodyEnd).map((p) => p.text), meta.year, meta.date);
  const year = meta.year === null ? null : late ? meta.year + 1 : meta.year;
  const timeText = (s: string): string => (late ? fromPlannedYear(s) : s);
  const headingAt = headingCursor(headingScopes(outline.nodes, late ? { ...meta, year } : meta));
  // A paragraph that opens with a time cue (五年来，… / “十五五”时期…) sets the scope for the paragraphs after it
  // under the same heading; a targets list (主要预期目标是：…) only for itself.
  let carriedFor: { part: number } | undefined;
  let carried: TimeScope | null = null;
  // What an undated paragraph after a targets list is: this year's tasks, or the next plan's (when one paragraph holds
  // both lists, the plan's, set last).
  let undatedTasksScope: TimeScope | null = null;
  // With no report year: the year the last paragraph that opened with one said, while the paragraphs after it name no time.
  let yearSaid: YearSaid | null = null;
  const out: Indicator[] = [];
  // Figures whose group key is still to find (below, in one batch).
  const keyed: { indicator: { groupKey?: string }; name: string }[] = [];
  // The amount the paragraph before closed on, whose parts a paragraph may list next (partsOfTotal.ts).
  let wholeBefore = null as WholeBefore | null;
  for (let pi = outline.bodyStart; pi < outline.bodyEnd; pi++) {
    if ((pi & 0xff) === 0) throwIfCancelled(token);
    const p = paragraphs[pi] as Paragraph;
    const whole: WholeBefore | null = wholeBefore !== null && wholeBefore.paragraph === pi - 1 ? wholeBefore : null;
    const first = segmentSpan(p);
    const heading = headingAt(first.from, first.to);
    // A sub-heading without time words (1.疫情防控展现新担当) keeps what the paragraphs before it said.
    if (heading !== carriedFor && (!heading || heading.ownScope || heading.part !== carriedFor?.part)) {
      carried = null;
      yearSaid = null;
    }
    carriedFor = heading;
    // The paragraph's years read as Arabic and its time words simplified, once: scopeChanges reads its sentences'
    // openings unconverted when nothing changed, and the figures' cues (below) read this text.
    const timed = timeText(p.text);
    const converted = timeWords(arabicYears(timed));
    const changes = year === null ? [] : scopeChanges(timed, year, converted === timed);
    if (year === null) yearSaid = nextYearSaid(yearSaid, converted, p.segments);
    // A part of reviewed years under its own heading ends what a targets list began.
    if (heading?.scope?.status === 'actual') undatedTasksScope = null;
    // (Not in a part named by its topic, 五、关于对外政策, which keeps no time; see headingScopes.)
    const before = carried ?? heading?.scope ?? (heading?.topic ? null : undatedTasksScope);
    // A paragraph whose opening time contradicts its heading's speaks for itself only: history under a plan's heading
    // (第六个五年计划的基本任务 / 一九八○年，国务院曾…), and this year's events so far (面对今年初…疫情) in any part.
    const headingStatus = heading?.scope?.status;
    // In a review of several years whose heading names none alone (一、过去五年工作回顾), a sentence opening with one of
    // them (2007年，…) speaks for itself, not for the paragraphs after it.
    const review = heading?.reviewOfYears ? (heading.scope ?? null) : null;
    const speaksForItself = (c: ScopeChange): boolean =>
      c.scope.targetsList === true || c.scope.paragraphOnly === true || (headingStatus !== undefined && c.scope.status !== headingStatus) || (c.scope.status === 'actual' && c.scope.from === year) ||
      (review !== null && c.scope.status === 'actual' && c.scope.from === c.scope.to && c.scope.from >= review.from && c.scope.to <= review.to && !LAST_YEAR_ANNOUNCED.test(p.text.slice(c.at, c.at + 24))) ||
      endOfReviewedYears(c, heading?.scope ?? null, p.text) ||
      // (In the part on foreign affairs a time said is its paragraph's: 在过去五年里，我们坚决执行独立自主的和平外交政策… does
      // not date 拥有世界核武器总量９７％以上的美苏两国 two paragraphs on — national 1988.)
      heading?.foreign === true;
    for (const c of changes) if (!speaksForItself(c)) carried = resolveDeictic(c.scope, before);
    // After this year's main targets (主要预期目标是：…), a paragraph that no heading or time cue dates is one of this
    // year's tasks: a report without time headings ((一)聚力灾后恢复重建… after the targets, 保定 2024) goes on with them.
    if (year !== null && changes.some((c) => c.scope.targetsList === true && c.scope.status === 'target' && c.scope.from === year && c.scope.to === year)) {
      undatedTasksScope = { status: 'target', from: year, to: year, plan: false };
      // This year's targets close the next plan's five years a paragraph before opened (未来五年，我们要围绕“美好城区”建设，… /
      // 今年我区经济社会发展主要预期目标是：… / （一）抓好规划的完善和启动实施 — 盐田区 2016, outside): the tasks after them
      // are this year's, not the plan's (新增基础教育学位1800个 was dated 2016-2020).
      if (carried !== null && carried.status === 'target' && carried.plan && carried.to > year) carried = null;
    }
    // And after the next plan's goals (今后五年经济社会发展主要目标是：…), such a paragraph is one of the plan's tasks (高阳
    // 2021, outside: an excerpt whose （一）…（六） tasks follow the goals with no heading).
    const planList = year !== null ? changes.find((c) => c.scope.targetsList === true && c.scope.status === 'target' && c.scope.plan && c.scope.from === year && c.scope.to > year) : undefined;
    if (planList) undatedTasksScope = { status: 'target', from: planList.scope.from, to: planList.scope.to, plan: true };
    if (!mayHoldFigure(p.text)) continue;
    // (5%5%5%… is a string of numbers, not figures: gluedRuns.ts.)
    const mentions = withoutGluedRuns(withoutBare(recognizeNumbers(p.text)));
    if (mentions.length === 0) continue;
    const bounds = boundariesOf(p.text);
    const bound = bindParagraph(p.text, mentions, bounds);
    nameRatioParts(bound);
    nameRunsAcrossSentences(p.text, bound, bounds);
    const cues = new ParagraphCues(timed, converted);
    // The figure before, for a restatement of it (增长一点二倍，即增加三百三十三亿元).
    let before_: Indicator | null = null;
    let beforeTail = -1;
    // The last growth of a named indicator and the sentence it stands in: a bare 增速 later in that sentence is its speed.
    let lastGrowth: { name: string; sentence: number } | null = null;
    // The last rank's scope, for a rank after it in the same clause that says none (从全国第11位跃升至第7位).
    let lastRank: RankScope | null = null;
    // While the paragraph's figures are parts of the whole the paragraph before closed on (from its first figure on).
    let parts: boolean = whole !== null;
    // How far the paragraph's text is known to say no time of its own (isPartOfTotal reads only past it).
    let partsClean = 0;
    for (let bi = 0; bi < bound.length; bi++) {
      const b = bound[bi] as Bound;
      const m = b.mention;
      const sentenceStart = bounds.sentenceEndBefore(m.start) + 1;
      // Time carries over a semicolon (去年达到1.09万亿斤，…；农民人均纯收入达到5919元): the text back to the full stop.
      const fullStart = fullSentenceStart(p.text, sentenceStart, m.start, bounds);
      const from = Math.max(fullStart, m.start - LOOK_BACK);
      const written = withPartOf(p.text, fullStart, p.text.slice(from, m.start), bounds);
      // Years read as Arabic and time words simplified, for the status and period rules alike: a slice of the
      // paragraph's converted text, whose cues all its figures share (unless 其中 put the sentence before in front).
      const window = written.length === m.start - from ? { cues, from, tail: m.tail } : undefined;
      const sentenceBefore = window ? cues.text.slice(from, m.start) : timeWords(arabicYears(timeText(written)));
      const measure = b.isFrom || isQualifierWord(b.measure?.measure ?? null, m.qualifier) ? null : (b.measure?.measure ?? null);
      const unit = m.unit ?? impliedUnit(p.text, bi, bound) ?? unitFromName(b.name, m, p.text.slice(m.start, m.end), p.text.slice(m.tail, m.tail + 4));
      const kind = kindOf({ mention: m, measure: b.measure, name: b.name, unit, before: p.text.slice(Math.max(0, m.start - 12), m.start), after: p.text.slice(m.tail, m.tail + 8) });
      const at = scopeAt(changes, m.start, before, year);
      const scope = at ? resolveDeictic(at, before) : before;
      const after = p.text.slice(m.tail, m.tail + 8);
      // (原煤增产了…万吨: a change of output names the output, 原煤产量 — outputNames.ts.)
      // A bare 增速 is the economy's only where the sentence names no other growth before it: 新能源汽车销售增长65.1%，连续
      // 10个月增速保持在50%以上 (保定 2025, outside) is the sales' speed, which an eleventh trial saw carded as GDP's.
      const speedOf = b.name === '增速' && kind === 'growth' && lastGrowth?.sentence === sentenceStart ? lastGrowth.name : null;
      const productContext = (): ProductContext => {
        // Bounded: a clause longer than a product's subject and its figure holds no bare product (its clause is then
        // empty), and the outputs said before it are read within a window of the sentence.
        const clauseStart = bounds.clauseEndBefore(m.start) + 1;
        const clause = m.start - clauseStart <= PRODUCT_CLAUSE ? p.text.slice(clauseStart, m.start).replace(/\s/g, '') : '';
        return { clause, earlier: p.text.slice(Math.max(sentenceStart, clauseStart - PRODUCT_EARLIER), Math.max(sentenceStart, clauseStart)).replace(/\s/g, '') };
      };
      // (Given the paragraph: a doubling it writes itself, 退税缓税缓费, is words side by side, no join — doubledName.ts.)
      // A short medal tally (2金1银1铜) names its own medals: the clause before names the games, not what is counted.
      // (A name read after the figure, 占地1268亩的农副产品加工园区〔6〕, may still hold a footnote marker — footnoteMarks.ts.)
      const readName = undoubledName(outputName(speedOf ?? (b.name && (kind === 'growth' || kind === 'share') ? growthOfEconomy(b.name, meta.place) : b.name), b.measure?.measure ?? null, unit, productContext), p.text);
      // (原煤由…吨增加到…吨，增长…: the item's later figures take the output name its first one was given — itemOutput.ts.)
      const itemName = itemOutputName(medalNameOf(p.text, m) ?? (readName && withoutFootnoteMarks(readName)), before_?.name ?? null, before_ ? p.text.slice(beforeTail, m.start) : '');
      // A place in a ranking measures its indicator by scope + 位次 (出口规模 · 全国位次), apart from its level: rankName.ts.
      const rankScope: string | null = kind === 'rank' && unit === '位次' ? rankScopeAt(p.text, m.start, lastRank) : null;
      // (A rank after another of the same clause, 从全国第9位升至第7位, ranks what that one did: its attributed name.)
      const sameRanked: boolean = lastRank !== null && rankScope === lastRank.scope && before_?.kind === 'rank' && itemName === lastRank.item;
      const rankBase: string | null = rankScope !== null && itemName ? (sameRanked ? (lastRank as RankScope).base : rankedAttribute(itemName, before_, p.text.slice(beforeTail, m.start))) : null;
      const ranked: RankMeasure | null = rankScope !== null && rankBase !== null ? rankMeasure(rankBase, p.text, m.start, m.end, rankScope) : null;
      const name = ranked !== null ? ranked.name : rankBase ?? itemName;
      if (rankScope !== null) lastRank = rankScope && itemName && rankBase !== null ? { scope: rankScope, tail: m.tail, item: itemName, base: rankBase } : null;
      const timeInput = { year, scope, sentenceBefore, kind, measure, isFrom: b.isFrom, inGlossary: heading?.glossary ?? false, after, unit, name, value: m.value, window, outer: at ? before : null, yearSaid: year === null ? yearSaidAt(yearSaid, m.start) : null };
      const guess = statusOf(timeInput);
      parts = parts && isPartOfTotal(p.text, m.start, m.tail, unit, partsClean);
      partsClean = m.start;
      const period = parts && whole ? whole.period : periodOf(timeInput, guess);
      // A figure the text dates before the report's year is a fact, even inside a plan (比第五个五年计划期间的577亿元,
      // 从一九五三年到一九八○年…百分之三点四): targets are about the report's year and after.
      const ends = periodEndYear(period);
      // And one dated wholly after it is a goal, even inside a review (对实现本世纪末…翻两番的宏伟目标…更加拥护, 1984).
      const judged = guess === 'target' && year !== null && ends !== null && ends < year && !PAST_TARGET.test(sentenceBefore) && !isGoalFigure(after, window) ? 'actual' : guess === 'actual' && year !== null && period !== null && Number(period.slice(0, 4)) > year ? 'target' : guess;
      // “比1952年…增长一点二倍，即增加三百三十三亿元”, “增长１，７４３，８４６，０００元，即增长６．３２％”: the same change in
      // other units, of the same time and status as the figure it restates.
      // (Only a change restated: 一九五七年已经有四十四万人，即增加一倍多 turns a level into a growth since 1952.)
      const restated = before_ !== null && isChange(before_) && RESTATES.test(p.text.slice(beforeTail, m.start)) ? before_ : null;
      // “由1997年的19．3：48．9：31．8，调整到2002年的15．6：49．9：34．5”: the parts of one ratio are one figure's, of one
      // time and status; the words around the later parts (到2002年 before 15．6 only) would date them apart.
      const prevMention = bi > 0 ? (bound[bi - 1] as Bound).mention : null;
      const ratioPart = before_ !== null && m.nature === 'ratio' && prevMention?.nature === 'ratio' && m.start === prevMention.end + 1 ? before_ : null;
      const same = restated ?? ratioPart;
      const status = same ? same.status : judged;
      const { at: nameAt, length: nameLength } = b.name ? locateName(p.text, b.name, m, sentenceStart, bounds) : NOT_FOUND;
      // Ends use endPositionAt: an offset on a line boundary is the end of that line, not the start of the next.
      const start = positionAt(p, m.start);
      const end = endPositionAt(p, m.end);
      // Built field by field, not by spreading optional parts: this runs once per figure, and spreads allocate.
      const indicator: { -readonly [K in keyof Indicator]: Indicator[K] } = {
        // (The document's own text where a dropped space lies inside the figure: 40.8 2 亿元 is written so at its range.)
        text: !input.lines || (start.line === end.line && end.character - start.character === m.end - m.start) ? p.raw.slice(m.start, m.end) : documentSlice(input.lines, start, end),
        range: { start, end },
        value: m.value,
        unit,
        name,
        // (A count's clause opened by 新增/净增 takes the verb as its measure; read after the time rules, which keep theirs.)
        // (So does an amount said bare, 新增发电装机370万千瓦、高速公路1168公里 — not one reached, 总里程突破4000公里, nor a rank.)
        // (Any figure whose name follows a verb of cutting or adding, 削减煤炭消费量1500万吨, takes that verb: actedMeasure.ts.)
        // (The verb at the name wins over the clause's opening one: 压减钢铁产能5000万吨、退出煤炭产能1.5亿吨.)
        // (A capacity said of one works takes its rate verb, 日处理: worksCapacity.ts.)
        // (A rank's measure is its scope + 位次, 全国位次: what of the indicator the place in a ranking measures — rankName.ts.)
        measure: ranked !== null ? ranked.measure : measure === null && !b.isFrom ? (worksCapacityMeasure(p.text, m) ?? (b.name ? actedMeasure(p.text, nameAt, nameAt + nameLength, m.start) : null) ?? (kind === 'count' || (kind === 'level' && m.qualifier === null) ? incrementOpening(p.text, m.start) : null)) : measure,
        kind,
        status,
        qualifier: m.qualifier,
        period: same ? same.period : status === guess || (parts && whole) ? period : periodOf(timeInput, status),
      };
      if (m.valueMax !== undefined) indicator.valueMax = m.valueMax;
      const qualifierWord = writtenQualifier(p.text, m);
      if (qualifierWord !== null) indicator.qualifierWord = qualifierWord;
      if (nameAt >= 0 && b.name) indicator.nameRange = { start: positionAt(p, nameAt), end: endPositionAt(p, nameAt + nameLength) };
      if (name) {
        // Set here though found below (in one batch), so that every figure's fields stay in one order: objects of one
        // shape keep the later stages' property reads fast (set last, the steady analysis ran ~6 % slower).
        const flow = flowKeyOf(name, indicator);
        indicator.groupKey = flow ?? '';
        // (A rank is keyed with its measure, 出口规模全国位次: a place in a ranking is not a row of the indicator's level.)
        if (flow === undefined) keyed.push({ indicator, name: groupingName(indicator, name) });
      }
      // A figure counting additions is marked here, where its paragraph is at hand: the card pairs without it, and the
      // rows across reports read it as the links do (新培育科技型中小企业3000家以上 — a 2025 target, 安徽 — against next
      // year's 新增科技型中小企业7227家: series.ts addsToStock).
      if (addedByVerb(p.text, m.start, name)) indicator.addsNew = true;
      if (kind === 'growth' && priceAdjustedBefore(p.text, m.start)) indicator.priceAdjusted = true;
      if (kind === 'growth' && comparableBasisBefore(p.text, m.start)) indicator.comparableBasis = true;
      out.push(indicator);
      // (A list of parts goes on down the paragraphs: each item's last figure is the whole's time for the next.)
      if (bi === bound.length - 1) wholeBefore = parts || closesParagraph(p.text, m.tail, unit) ? { paragraph: pi, period: indicator.period } : null;
      before_ = indicator;
      beforeTail = m.tail;
      if (kind === 'growth' && name && b.name !== '增速') lastGrowth = { name, sentence: sentenceStart };
    }
  }
  // Keyed once all names are known, so that the segmenter is called once for the report, not once per name (perf40:
  // the per-name jieba calls were ~12 % of a first analysis). Nothing above reads a figure's group key.
  const keys = groupKeysOf(keyed.map((k) => k.name), input.segmenter);
  keyed.forEach((k, i) => {
    k.indicator.groupKey = keys[i];
  });
  return out;
}

/**
 * Words that say a growth is net of price changes (扣除物价上升因素, 剔除价格因素, 按可比价格计算, 实际增长), read in the
 * 24 characters before the figure and not past a full stop: bounded, once per growth figure.
 */
const PRICE_ADJUSTED = /(?:扣除|剔除|考虑)(?:物价|价格)[\u4e00-\u9fff]{0,4}因素|按(?:可比|不变)价(?:格)?|实际(?:增长|增加|提高|下降)/u;
function priceAdjustedBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 24);
  const window = text.slice(from, at);
  const stop = window.lastIndexOf('。');
  return PRICE_ADJUSTED.test(stop >= 0 ? window.slice(stop + 1) : window);
}

/**
 * Words that say a growth is restated on the comparable basis (（同口径增长2.5%以上）, 按可比口径计算增长), in its own clause
 * right before the figure: 12 characters at most, bounded, once per growth figure.
 */
const COMPARABLE_BASIS = /(?:同|可比)口径[^，,。；;、]{0,6}$/u;
function comparableBasisBefore(text: string, at: number): boolean {
  return COMPARABLE_BASIS.test(text.slice(Math.max(0, at - 12), at));
}

/** A growth, a change, or an amount added or taken away (增加4.8亿亩, 增长966,485,000元). */
function isChange(f: Indicator): boolean {
  return f.kind === 'growth' || f.kind === 'change' || (f.kind === 'other' && f.unit === '倍') || (f.measure !== null && /^(?:增加|增长|减少|下降|增产|减产|净增|新增)了?$/.test(f.measure));
}

/** Between a figure and its restatement: the rest of its clause (no more than a unit word), a comma, 即 and a verb. */
const RESTATES = /^[^，,。；;\d]{0,4}[，,]即(?:增加|增长|减少|下降|多|少|为|是|相当于|增产|减产|节约)?了?$/;

/**
 * What the document holds between two positions, line breaks included, as an editor's getText(range) gives it: the
 * text of a figure split over lines (“74.4⏎万亿元”), so that `text` is always the document at `range`.
 */
function documentSlice(lines: readonly { readonly raw: string }[], start: Position, end: Position): string {
  if (start.line === end.line) return (lines[start.line]?.raw ?? '').slice(start.character, end.character);
  const parts = [(lines[start.line]?.raw ?? '').slice(start.character)];
  for (let l = start.line + 1; l < end.line; l++) parts.push(lines[l]?.raw ?? '');
  parts.push((lines[end.line]?.raw ?? '').slice(0, end.character));
  return parts.join('\n');
}

/** “在这五年里，我们要…” under a plan's heading is the plan's five years, not the past five. */
/**
 * 刚刚过去的2025年，…, 过去一年，…, 一年来，… (山西 2026, under 一、“十四五”时期工作回顾): the review turns to the last year and
 * stays there for the paragraphs after it — unlike a sentence that opens with a bare year (2007年，国内生产总值…), a detail.
 */
const LAST_YEAR_ANNOUNCED = /^\s*(?:各位代表[，,！!]\s*)?(?:在?(?:刚刚|刚)?过去的(?:一年|(?:19|20)\d{2}年)|过去一年|一年来|一年多来|去年，)/;

/**
 * 2002年全省国内生产总值达到6076亿元，五年平均增长9．5％ (河北 2003, under 过去五年回顾和2002年工作情况): a sentence that opens with
 * the last year of the years its heading reviews and goes on with their yearly average states where the stretch ended —
 * a detail of its paragraph, not the time of the review's paragraphs after it.
 */
function endOfReviewedYears(c: ScopeChange, heading: TimeScope | null, text: string): boolean {
  if (!heading || heading.status !== 'actual' || heading.from >= heading.to || c.scope.status !== 'actual' || c.scope.from !== c.scope.to || c.scope.to !== heading.to) return false;
  const end = text.indexOf('。', c.at);
  return YEARLY_AVERAGE.test(text.slice(c.at, end < 0 ? text.length : end));
}

const YEARLY_AVERAGE = /年均|平均每年|每年平均|五年(?:平均|累计|合计|共)/;

function resolveDeictic(change: TimeScope, base: TimeScope | null): TimeScope {
  if (!change.deictic || base === null) return change;
  // 这五年 in a plan's part is the plan's years; 这一年 the one year the part speaks of (这一年发展国民经济的主要任务, 1958).
  if (change.from === change.to) return base.from === base.to ? base : change;
  return base.status === 'target' && base.plan ? base : change;
}

/** The last scope change at or before an offset of the paragraph. */
function scopeAt(changes: readonly ScopeChange[], at: number, around: TimeScope | null, year: number | null): TimeScope | null {
  // 现在，… inside a review of several years is said in passing: past its sentence the review's time holds again. Elsewhere
  // (目前，我们面临的突出问题是，… in national 1979, with no review around it) the present goes on.
  // So it is inside a review of one year before the report's (…。目前，400万防贫保险纳入监测预警8022人次…。农村低保扩面达到
  // 12179户16504人 — 涞源县 2020 on 2019; 各位代表！当前，世界之变…展开。…办理人大代表建议252件 — 南山区 2023 on 2022, both
  // outside): the sentences after it go back to the year reviewed. (Not a sentence opening with a year and its totals:
  // 一九五八年我国工农业总产值达到了…。其中，…农业总产值达到了八百八十亿元 — national 1959 — goes on about that year.)
  const aside = around !== null && around.status === 'actual' && around.from < around.to;
  const yearReviewed = around !== null && around.status === 'actual' && year !== null && around.from === around.to && around.to < year;
  let found: TimeScope | null = null;
  for (const c of changes) {
    if (c.at > at) break;
    const ends = c.until !== undefined && (aside || (yearReviewed && c.scope.from === year && c.scope.to === year));
    if (!ends || at < (c.until as number)) found = c.scope;
  }
  return found;
}

function bindParagraph(text: string, mentions: readonly NumberMention[], bounds: Boundaries): Bound[] {
  const out: Bound[] = [];
  let sentenceStart = 0;
  let prevInSentence: Bound[] = [];
  let list: Bound[] = [];
  let listSubjects: readonly string[] | null = null;
  let listAtCommas: string[] | null = null;
  // The margins named after the growth they compare: a clause after one goes on about the growth, not the margin.
  const margins = new Set<Bound>();
  // The parts counted as parts of the count before them (partCounts.ts), with the things they count.
  const partsOf = new Map<Bound, string>();
  // The things of the whole the first part named by a 的-clause counted (relativeParts.ts), for its siblings.
  let relativeFirst: PartThings | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as NumberMention;
    const sEnd = bounds.sentenceEndBefore(m.start);
    if (sEnd + 1 > sentenceStart) {
      sentenceStart = sEnd + 1;
      prevInSentence = [];
      list = [];
      listSubjects = null;
      listAtCommas = null;
    }
    const prev = mentions[i - 1];
    const from = Math.max(sentenceStart, prev && prev.tail > sentenceStart ? prev.tail : sentenceStart);
    const between = text.slice(from, m.start);
    // “7.1万元和3.76万元”, “10.8%、9.1%”: a figure joined to the previous one continues its list.
    // (“新增学前普惠学位16万个，11个县（市、区）通过…”: a count with a noun of its own after the comma opens a clause.)
    if (prev && prev.tail >= sentenceStart && LIST_JOINER.test(between.trim()) && list.length > 0 && (!/^[，,]$/.test(between.trim()) || (sameUnit(prev, m) && !countsOwnNoun(text, m)))) {
      const first = list[0] as Bound;
      // “分别从每人每月209元、280元提高到217元、290元”: the items of a list of start values are start values too.
      const b: Bound = { mention: m, name: null, measure: first.measure, isFrom: first.isFrom };
      list.push(b);
      out.push(b);
      prevInSentence.push(b);
      if (margins.has(first)) margins.add(b);
      distribute(list, listSubjects, listAtCommas);
      // (…，23项全省复制推广 joined as a list: the next count of a part's list is a part of the same things, with what it did.)
      const things = partsOf.get(first);
      if (things && b.name === first.name) b.name = partWithPredicate(text, m, things);
      continue;
    }
    // “惠及4.32亿城镇职工和城镇居民、8.35亿农村居民”, “13亿人口、9亿劳动力资源”: when all that stands between two
    // figures is the first one's noun and a joiner, each figure counts the noun after it.
    const ownNoun = prev && from === prev.tail ? nounOfEach(text, prev, m, between) : '';
    if (ownNoun) {
      const b: Bound = { mention: m, name: ownNoun, measure: null, isFrom: false };
      out.push(b);
      list = [b];
      listSubjects = null;
      listAtCommas = null;
      prevInSentence.push(b);
      continue;
    }
    const clauseStart = bounds.clauseEndBefore(m.start) + 1;
    // Some reports put a space before figures (增加 1304.8亿元): it is not part of the measure.
    // (達(dá)到 — a site's pinyin reading, blanked by normalisation, splits no word: the verb before the figure is still
    // read as one — 广东 2008 and 5 more of the page excerpts of names17, periods10 and outline12.)
    const left = leftOfFigure(text.slice(Math.max(from, clauseStart, m.start - LOOK_BACK), m.start));
    const found = trailingMeasure(left);
    // “连续迈上4个万亿元台阶、达14.2万亿元”: the noun a count binds (万亿元台阶) is that count's, not the next figure's name.
    // (Only milestones: the noun after 16项 in “16项…反馈问题已整改完成7项” is the next figure's subject too.)
    const countedBefore = prev && prev.nature === 'count' && from === prev.tail && MILESTONE_AFTER.test(text.slice(prev.tail, prev.tail + 8)) ? nameAfter(text, prev.tail) : '';
    // (施工工地周边100%围挡、物料堆放100%覆盖: the words right after the figure before, up to a 、, are its own, previousTail.ts.)
    const ownHead = prev && from === prev.tail ? withoutPreviousTail(found.head, text, prev.tail, out[out.length - 1]?.name ?? null) : found.head;
    const head = countedBefore.length >= 2 && ownHead.startsWith(countedBefore) ? ownHead.slice(countedBefore.length) : ownHead;
    // The parts of a ratio after 由 (由8.7∶41.2∶50.1调整为…) are all start values.
    const prevB = out[out.length - 1];
    const ratioFrom = m.nature === 'ratio' && prev?.nature === 'ratio' && m.start === prev.end + 1 && prevB?.isFrom === true;
    const isFrom = ratioFrom || isFromValue(text, m) || (m.nature === 'ratio' && isRatioFrom(text, m));
    // “办复人大代表建议261件、政协提案406件”: text that starts after the previous figure with 、 names a new item.
    const itemAfterFigure = prev !== undefined && from === prev.tail && /^[、；;]/.test(between);
    // (生猪产能恢复到正常年份水平、存栏达到…: a clause and the figure's noun joined by 、 share the clause's subject.)
    // (…分别高于全国全省5.9和2.9个百分点,是2010年的1.8倍: what comes after a margin goes on about what the margin compares.)
    const told = prevB && margins.has(prevB) ? prevInSentence.filter((p) => !margins.has(p)) : prevInSentence;
    const bare: string | null = problemSolvedName(text, m, resolvePointer(text, m.start, serviceForBeneficiary(subjectAcrossPredicates(nameFor(text, m, head, found.measure !== null, told, bounds, itemAfterFigure), left), left)));
    const previousName = prevInSentence.length > 0 ? (prevInSentence[prevInSentence.length - 1] as Bound).name : null;
    // (…为b元，占经济建设费总数的a%: the figure right before 占 is the share's part — unless it closes a list, 增加值和实缴税金
    // 约为8400亿元和1016亿元，占全省生产总值和全部财政收入的52.8%和56%, whose parts the shares take in turn.)
    // (Nor a rate: …年均增長百分之十四點五,占全國比重由…的九分之一 is a share of the amount the sentence opened with.)
    // (A growth is of its subject, and so is the share said right after it: 民营经济增加值…年均增长15%左右，占全省生产总值的比重
    // 达到70%以上, 服务业增加值增长10%左右，占生产总值比重超过50% — 河北省 2011, 2020, outside. Not a share or a rate: isPartName.)
    // (Only a growth that writes its subject itself, near before it: …三萬零六百多億元,五年年均增長百分之十四點五,占全國比重 —
    // a page excerpt — has a growth named from far back, whose name no share should take.)
    // (…or writes it in two pieces, its subject and then its measure: 民营经济快速发展，完成增加值15000亿元，增长12.5%，占全省生产
    // 总值的比重达到63.5% — src32 河北省 2012; 民营经济快速发展，增加值年均增长13.1%，占… — src32 河北省 2006: writtenNear.)
    const grewBefore = prev?.nature === 'percent' && prevB?.measure?.percentKind === 'growth' && !!prevB.name && writtenNear(prevB.name, text.slice(Math.max(sentenceStart, prev.start - SUBJECT_NEAR), prev.start));
    const partJustBefore = list.length === 1 && prevB && prev && prevB.mention === prev && (!RATE_NATURES.has(prev.nature) || grewBefore) && prev.tail >= sentenceStart && SHARE_RIGHT_AFTER.test(text.slice(prev.tail, m.start)) ? prevB.name : null;
    // (文化产业增加值超过全市三分之一; …增至43家，超过全市30%: a fraction compared with a whole is a share of it, comparedShare.ts.)
    const shared = comparedShareName(text, bare && isShareFigure(m, bare) ? shareName(bare, /的$/.test(head.trimEnd()), previousName, text.slice(sentenceStart, m.start), partJustBefore) : bare, m, previousName);
    // “…为b元，占经济建设费总数的a%，比上年增长c%”: a growth rate after a share is the part's, not the share's.
    const grown = shared && shared === previousName && found.measure?.percentKind === 'growth' ? (shareSubject(shared) ?? partBefore(prevInSentence) ?? shared) : shared;
    // “…总数达8个、居全国第2位”: a rank goes on about the thing, not about its count.
    const ranked = grown && m.nature === 'rank' && grown === previousName ? grown.replace(/(?<=.{2})(?:总数|总量)$/, '') : grown;
    // “…增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四”: a clause after a
    // semicolon with no subject of its own goes on about the figure before it.
    // “…六百五十亿元，比一九五八年增长百分之十九；如果同建国初期的一九五零年的一百七十亿元作比较”: a base
    // introduced by 同 is the figure before it again, across a semicolon too.
    const sameSentence = prevB !== undefined && !/[。！？!?]/.test(text.slice(prevB.mention.tail, m.start));
    const base = sameSentence && BASE_WITH_TONG.test(head) ? (prevB?.name ?? null) : null;
    // “…从2006年20.5亿元增加到去年的98亿元”: the end of a from–to pair dated by a deictic year is the same indicator.
    // (…由年初的400多万人扩大到年末的1120多万人: a part of the year dates it too.)
    // (…由四百六十六个减少到现在的二百七十六个: and so does now.)
    const toDated = sameSentence && /(?:到|至)(?:去年|上年|今年|当年|同期|年末|年底|现在|目前)的?$/.test(head) ? (prevB?.name ?? null) : null;
    // (抓好总投资2万亿元的389个省重点项目: a total investment is of the works after it, whatever stands before.)
    const carrier = told === prevInSentence ? prevB : (told[told.length - 1] ?? prevB);
    // (…每平方公里土地产出GDP19亿元，是全市平均水平的2.6倍; 完成土地整备入库318万平方米，是下达任务的5.3倍 — 罗湖区 2014,
    // 2015, 2018, 福田区 2014, 2016, 南山区 2015, 深圳市 2015, 盐田区 2017, 2018, outside: a multiple whose clause is only
    // 是 and the base it is of is the figure before's — the base, 平均水平 or 下达任务, is what it is compared with.)
    const multipleOf = m.unit === '倍' && sameSentence && carrier?.name && MULTIPLE_OF_BASE.test(left.trim()) ? carrier.name : null;
    const plain = totalInvestmentName(text, m) ?? toDated ?? base ?? multipleOf ?? ranked ?? (found.measure && sameSentence ? (carrier?.name ?? null) : null);
    // (第二产业增势强劲，增加值达到948亿元: a measure alone is the sector's the clause before names.)
    // (实施重点项目47个，完成投资46.9亿元: money put into the works counted before is their investment, not their count.)
    // (新能源企业增加到175家，实现工业总产值318亿元: a measure alone right after a figure of its subject is that subject's.)
    const sector = sectorMeasure(plain, text, m.start, bounds);
    // (…实现总产值49亿元，比2000年增长5.4倍，年均增长45%，实现增加值…: the subject opens the clause of the first of the
    // figures before that share its name.)
    // (Only for a measure that can carry a subject: the walk back is asked for few figures, and bounded.)
    let carried = sector;
    if (sector === plain && sameSentence && prevB && carriesSubject(sector)) {
      const at = runOpening(prevInSentence, prevB);
      carried = carriedSubject(sector, prevB, text.slice(prevB.mention.tail, m.start), text.slice(bounds.clauseEndBefore(at) + 1, at).trim(), text.slice(Math.max(0, prevB.mention.start - 1), prevB.mention.start));
    }
    const said = worksInvestmentName(carried, left);
    // (…增长7.7%，高于全国1.8个百分点: a margin is of the figure before it, not of 全国. Not in lists: 比重分别达到44.6%、
    // 42.6%，高于全省26.2和17.5个百分点 shares its margins out item by item, which one figure before cannot say.)
    // (地区生产总值年均增长13.7%,分别高于全国全省5.9和2.9个百分点: a list of margins shares the comparison's wholes out, or
    // the growths before it, item by item.)
    const inList = sameSentence && inShortList(text, prevInSentence, m, mentions[i + 1]);
    const marginList = inList ? marginsOfList(text, prevInSentence, mentions, i) : null;
    const margined = !sameSentence ? said : marginList ? (marginList[0] as string) : !inList ? marginName(said, m.unit, prevB, left) : said;
    // (粮食产量实现“十二连增”: a streak counts the run, not the output.)
    // (…基本建成500万套，新开工700万套: a clause that says only a stage counts the works named before, workStages.ts.)
    const staged = workStageName(text, streakName(margined, m.unit), left, m, sameSentence ? prevB : undefined, text.slice(sentenceStart, m.start));
    // (继续实施退耕还林还草，今年拟安排500万亩: an allocation alone is for the programme the clause before names.)
    // (有10项没有完成: a count whose only name is the negation counts the things that did not do what follows, negatedCount.ts.)
    // (…工业投资301亿元、总量全市第一，同比增长34.3%: the attribute was the rank's clause's, not the growth's — attributeCarried.ts.)
    const recent = sameSentence ? out.slice(-4) : [];
    const attributed = attributeLedName(negatedCountName(arrangedTopic(staged, text, m.start, bounds, m.unit ?? null), text, m, prevInSentence), left, m, recent);
    const led = attributeCarriedName(attributed, left, m, recent);
    // (建设国家级现代农业产业园10家、省级119家; …134家，其中国家级20家; 其中36项全国领先: a count said only as a part of the
    // count before counts that count's things, partCounts.ts.)
    // (其中36项全国领先，23项全省复制推广: the next count, with no words of its own before it, is a part of the same things.)
    const partThingsBefore = sameSentence && prevB && led === prevB.name && !left.trim() ? partsOf.get(prevB) : undefined;
    const counted = partThingsBefore ? partWithPredicate(text, m, partThingsBefore) : partCountName(led, left, text, m, sameSentence ? prevB : undefined);
    // (其中本年开始建设的２７１个，继续建设的６９３个: a part named by its 的-clause counts the whole's things — relativeParts.ts.)
    // (The whole is the last count of the sentence in the part's classifier: 新开工项目6700个，增长10％，其中500万元以上的2350个.)
    const whole = sameSentence ? lastCountIn(prevInSentence, m.unit) : undefined;
    const relative = relativePartName(left, m, whole, whole ? text.slice(bounds.clauseEndBefore(whole.mention.start) + 1, whole.mention.start) : '', relativeFirst, sentenceStart);
    if (relative) relativeFirst = relative.part;
    // (培育市级电商示范镇1个、示范村8个: a bare item after a 、 takes the modifiers written once before the first, sharedModifier.ts.)
    const name = relative ? relative.name : itemAfterFigure && sameSentence && prevB ? withSharedModifier(counted, prevB.name, between) : counted;
    const partOf = partThingsBefore ?? (name !== led && name ? partThings(name, text, m) : null);
    // (新改扩建农村公路6500公里, 新开工项目24800个: a size of works keeps its verb, a count of works its stage — keptActions.ts.)
    const listedAfter = itemAfterFigure && sameSentence && prevB && prevB.mention === prev ? { mention: prev, name: prevB.name, between } : undefined;
    const kept = keptActionName(name, m, left, text.slice(m.tail, m.tail + KEPT_AFTER), listedAfter);
    const b: Bound = { mention: m, name: kept && !NEVER_NAMES.has(kept) ? kept : null, measure: found.measure, isFrom };
    out.push(b);
    if (partOf) partsOf.set(b, partOf);
    list = [b];
    listSubjects = name ? splitSubjects(name) : null;
    listAtCommas = name ? splitSubjectsAtCommas(name) : null;
    // (新能源汽车、家电产品、家居家装等零售额分别增长a%、b%、c%: examples before 等 that 分别 shares out are each a figure's
    // own item, with the class's measure; distribute names them when the list's figures match the items.)
    const examples = /分别/.test(left) ? sharedOutExamples(left) : null;
    if (examples) [listSubjects, listAtCommas] = [examples, null];
    // (…增加值达到a亿元、实现上缴税金b亿元，占全省生产总值、全部财政收入的比重达到64.8%和67.3%: the shares take the figures
    // before in turn as their parts — only figures said right before the 占, amounts not rates, as many as the wholes.)
    if (listSubjects && listSubjects.length > 1 && name?.startsWith('占') && prevB && prev && prevB.mention === prev && !RATE_NATURES.has(prev.nature) && SHARE_LIST_AFTER.test(text.slice(prev.tail, m.start))) {
      const parts = prevInSentence.slice(-listSubjects.length);
      const inTurn = parts.length === listSubjects.length && parts.every((p) => !RATE_NATURES.has(p.mention.nature)) ? sharesOfParts(listSubjects, parts.map((p) => p.name)) : null;
      if (inTurn) {
        listSubjects = inTurn;
        listAtCommas = null;
        b.name = inTurn[0] as string;
      }
    }
    // (普惠小微贷款、制造业贷款、科技型企业贷款分别增长…，占贷款余额比重分别提高2.2、0.7、1.8个百分点 — 深圳 2023; 集成电路、
    // 工业机器人、智能手机产量分别增长…，分别占全国14.8%、24.1%、23.4% — 深圳 2025, outside: a list of shares that 分别 shares
    // out, with no part written, takes as its parts the list said right before it, item by item.)
    if (name?.startsWith('占') && b.name === name && sameSentence && /分别/.test(left) && (!listSubjects || listSubjects.length < 2)) {
      const inTurn = sharesOverList(name, sharedOutOver(prevInSentence, listLength(text, mentions, i)));
      if (inTurn) {
        listSubjects = inTurn;
        listAtCommas = null;
        b.name = inTurn[0] as string;
      }
    }
    if (!name && prevInSentence.length > 0) [listSubjects, listAtCommas] = [null, null];
    // A second list in the sentence (年均分别增长7.1%和8.0%) reuses the first list's names in order.
    // (A head of measure adverbs only, 分别实际增长, is no subject of its own either.)
    // (…分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九: ranks that 分别 shares out say nothing of their own either.)
    if ((!found.head || !cleanName(found.head) || sharedOutRanks(m, left)) && prevInSentence.length > 1) {
      // 分别 lists are short; a sentence of hundreds of figures (a pasted table) never needs this, and skips it.
      const earlier = prevInSentence.length <= MAX_LIST ? earlierList(prevInSentence) : [];
      // (…达到2690万人次，创汇18.4亿美元，分别为1982年的3.4倍和…; 进出口总额达4743亿美元，其中出口2492亿美元，分别比1995年
      // 增长69％和67％: the figures 分别 shares out over were said with different measures; as many as its own list
      // holds, the last ones before it, are what it goes on about.)
      const own = /分别/.test(left) && earlier.length < MAX_LIST ? sharedOutOver(prevInSentence, listLength(text, mentions, i)) : [];
      // (全区金融机构达13家，存贷款余额分别达268.4亿元、92.2亿元，同比分别增长10.7%、17.7% — src32 徐水区-2018, outside; dev
      // 徐水县-2015 the same: a count before the pair, said with the pair's 达, joined the earlier list, and 10.7% took its
      // place. A 分别 list as long as the last figures before it goes on about those.)
      const over = own.length > 0 ? own : earlier;
      if (over.length > 1) [listSubjects, listAtCommas] = [over.map((e) => e.name ?? ''), null];
    }
    if (marginList) [listSubjects, listAtCommas] = [marginList, null];
    if (marginList || margined !== said) margins.add(b);
    prevInSentence.push(b);
  }
  // (科技创新工作连续两年获国务院通报表扬: a streak after its subject is named with what its years count, once every name
  // of the paragraph is bound — a rank after it, 连续9年全国第一, is named by the subject, not by the streak.)
  // (74个地表水国考断面Ⅲ类以上水质比例…: a count of monitored sections ends at its head, not in the quality said of them.)
  // (新建103个、修缮60个农村互助幸福院: a figure whose noun is written once, after the next one, takes it — sharedHeadAfter.ts.)
  takeSharedHeads(text, out);
  for (const b of out) {
    const m = b.mention;
    if (!b.name) continue;
    if (m.nature === 'duration') b.name = streakWithPredicate(text, m.start, text.slice(m.tail, m.tail + 20), m.unit ?? null, b.name) ?? b.name;
    // (50个小区建设分布式换电站: what the counted things did to an object of their own comes first — countedDoers.ts.)
    else if (m.nature === 'count') b.name = monitoredCountName(b.name, m.unit ?? null) ?? countedDoerName(b.name, text.slice(m.tail, m.tail + DOER_AFTER)) ?? b.name;
  }
  return out;
}

/** The last count in `unit` among a sentence's figures so far (a short walk back: a sentence holds few figures). */
function lastCountIn(figures: readonly Bound[], unit: string | null): Bound | undefined {
  for (let k = figures.length - 1; k >= 0 && k >= figures.length - MAX_LIST; k--) {
    const f = figures[k] as Bound;
    if (f.mention.nature === 'count' && f.mention.unit === unit) return f;
  }
  return undefined;
}

/**
 * Whether text[from, to) is 和, 与, 及 or 、 with only white space around it (/^(?:和|与|及|、)$/ of the trimmed slice),
 * read in place: asked of every two figures side by side, most of them a clause or more apart, whose text the slice and
 * trim copied twice to find it was no joiner.
 */
function joinedByWord(text: string, from: number, to: number): boolean {
  // Read by code unit: charAt of a Chinese character makes a string, and this runs twice per figure (perf43: the
  // profile's costliest line of growth-run's binding, a figure every eight characters).
  let i = from;
  while (i < to && TRIMMED[text.charCodeAt(i)] === 1) i++;
  let j = to;
  while (j > i && TRIMMED[text.charCodeAt(j - 1)] === 1) j--;
  return j - i === 1 && JOINERS[text.charCodeAt(i)] === 1;
}

/** What String.prototype.trim takes off: ECMAScript's WhiteSpace (Zs included) and LineTerminator characters. */
const TRIMMED = charTable('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');
/** The one-character joiners of two figures in a list. */
const JOINERS = charTable('和与及、');

/** Whether the figure before `m` closes a list (…44.6%、42.6%) or `m` opens one (26.2和17.5个百分点). */
function inShortList(text: string, prev: readonly Bound[], m: NumberMention, next: NumberMention | undefined): boolean {
  const last = prev[prev.length - 1];
  const second = prev[prev.length - 2];
  return (last !== undefined && second !== undefined && joinedByWord(text, second.mention.tail, last.mention.start)) || (next !== undefined && joinedByWord(text, m.tail, next.start));
}

/**
 * The names of the list of margins that opens at mentions[i] (listMarginNames): the growths before it, joined as a list
 * too, and the text between them; null when the figure is no margin or opens no list.
 */
function marginsOfList(text: string, prev: readonly Bound[], mentions: readonly NumberMention[], i: number): string[] | null {
  const m = mentions[i] as NumberMention;
  const last = prev[prev.length - 1];
  if ((m.unit !== '个百分点' && m.unit !== null) || !last) return null;
  const joined = (a: NumberMention, b: NumberMention): boolean => joinedByWord(text, a.tail, b.start);
  if (joined(last.mention, m)) return null;
  let g = prev.length - 1;
  while (g > 0 && joined((prev[g - 1] as Bound).mention, (prev[g] as Bound).mention)) g--;
  return listMarginNames(text.slice(last.mention.tail, m.start), prev.slice(g), listLength(text, mentions, i));
}

/** How many figures the list opening at mentions[i] holds: figures joined by 和, 、 or a comma with one unit. */
function listLength(text: string, mentions: readonly NumberMention[], i: number): number {
  let k = 1;
  for (let j = i; j + 1 < mentions.length && k < MAX_LIST; j++, k++) {
    const a = mentions[j] as NumberMention;
    const b = mentions[j + 1] as NumberMention;
    const between = text.slice(a.tail, b.start).trim();
    if (!LIST_JOINER.test(between) || (/^[，,]$/.test(between) && !sameUnit(a, b))) break;
  }
  return k;
}

/** The names of a list of shares (each named `share`, 占Y比重) whose parts are the figures `parts`, in turn; null unless two or more. */
function sharesOverList(share: string, parts: readonly Bound[]): string[] | null {
  return parts.length < 2 ? null : sharesOfParts(parts.map(() => share), parts.map((p) => p.name));
}

/** The last `k` figures before, when there are that many and they name `k` different things; else none. */
function sharedOutOver(prev: readonly Bound[], k: number): Bound[] {
  if (k < 2 || prev.length < k) return [];
  const last = prev.slice(prev.length - k);
  const names = new Set(last.map((b) => b.name));
  return names.size === k && !names.has(null) ? last : [];
}

/** A comparison base introduced by 同 (如果同建国初期的一九五零年的…, 同第一个五年计划的第一年——一九五三年的…). */
const BASE_WITH_TONG = /(?:^|[，,；;])[^，,；;]{0,3}同[^，,。；;]{1,20}的$/;

/**
 * “工农业总产值在一九五七年达到了…，比…。其中，工业总产值达到了…”: a sentence that opens with 其中 breaks down the one
 * before it, so that one's opening clause (where its time stands) is read before it.
 */
function withPartOf(text: string, sentenceStart: number, sentenceBefore: string, bounds: Boundaries): string {
  if (sentenceStart === 0 || !text.startsWith('其中', sentenceStart)) return sentenceBefore;
  const previous = bounds.sentenceEndBefore(sentenceStart - 1) + 1;
  const head = text.slice(previous, Math.min(sentenceStart, previous + 80));
  // Up to the clause of its first year that dates a figure (…在一九五七年达到了…，), else its first clause; a year
  // the sentence only mentions (充分考虑了2035年与全国同步…) dates nothing. Searched with the years read as Arabic
  // (arabicYears keeps every offset); the caller converts the whole text once.
  const year = arabicYears(head).search(/(?:19|20)\d{2}年(?:底|末)?(?:[，,]|达到|达|为|是|完成|实现|比|共|全年)/);
  const clauseEnd = head.slice(Math.max(0, year)).search(/[，,]/);
  return clauseEnd < 0 ? sentenceBefore : `${head.slice(0, Math.max(0, year) + clauseEnd + 1)}${sentenceBefore}`;
}

/** Where the sentence around `at` starts when only 。！？ end sentences (； joins clauses of one sentence). */
function fullSentenceStart(text: string, sentenceStart: number, at: number, bounds: Boundaries): number {
  let start = sentenceStart;
  // Back over semicolons only, a table lookup per hop, within the look-back window: bounded work per figure.
  while (start > 0 && (text[start - 1] === '；' || text[start - 1] === ';') && at - start < LOOK_BACK) {
    start = bounds.sentenceEndBefore(start - 1) + 1;
  }
  return Math.max(start, at - LOOK_BACK);
}

/** Where the name stands in the text and how long it is written there; at -1 when it is not found. */
function locateName(text: string, name: string, m: NumberMention, sentenceStart: number, bounds: Boundaries): { at: number; length: number } {
  const at = locateWritten(text, name, m, sentenceStart, bounds);
  if (at >= 0) return { at, length: name.length };
  // The name cleaned 规上 out to 规模以上 (names.ts): where the report wrote the short form, that is where the name
  // stands, so hovering 规上工业增加值 shows its card as hovering the figure does (a trial user found no card there).
  const written = shortScaleWriting(name);
  return written === name ? { at, length: name.length } : { at: locateWritten(text, written, m, sentenceStart, bounds), length: written.length };
}
const NOT_FOUND = { at: -1, length: 0 } as const;

/** Where the (cleaned) name stands in the sentence, nearest the figure; -1 when it was assembled (城乡 → 城镇). */
function locateWritten(text: string, name: string, m: NumberMention, sentenceStart: number, bounds: Boundaries): number {
  // Searched within the figure's sentence (and LOOK_BACK) only: a whole-paragraph search per figure is quadratic.
  const from = Math.max(sentenceStart, m.start - LOOK_BACK);
  const before = text.slice(from, m.start).lastIndexOf(name);
  if (before >= 0) return from + before;
  const sentenceEnd = bounds.sentenceEndFrom(m.tail);
  const to = Math.min(sentenceEnd < 0 ? text.length : sentenceEnd, m.tail + LOOK_BACK);
  const after = text.slice(m.tail, to).indexOf(name);
  return after >= 0 ? m.tail + after : -1;
}

/** At most this many figures before, sharing one name, are walked back to find the clause that opens their run. */
const MAX_SHARED_RUN = 8;

/**
 * Where the run of figures before that share `last`'s name starts (…实现总产值49亿元，比2000年增长5.4倍，年均增长45%: the
 * subject opens the first one's clause). Bounded: a line of thousands of figures in one sentence — the bench's
 * growth-run — made an unbounded walk for each figure quadratic.
 */
function runOpening(before: readonly Bound[], last: Bound): number {
  let opener = before.length - 1;
  for (let steps = 0; steps < MAX_SHARED_RUN && opener > 0 && (before[opener - 1] as Bound).name === last.name; steps++) opener--;
  return (before[opener] ?? last).mention.start;
}

/**
 * A stock whose change is counted is a flow of its own: 农村贫困人口减少1240万 is the year's 农村贫困人口脱贫 (the
 * lexicon's synonym 农村贫困人口减少), the indicator the target 再减少农村贫困人口1000万以上 sets, not the stock of poor
 * people (a tenth trial saw the 2016 target and its actual filed apart). Only where the name with its measure is a
 * lexicon name exactly, another entry than the name alone, and the figure an amount or a count (a rate's 增长 or 下降 is
 * the rate's own measure).
 */
function flowKeyOf(name: string, figure: Pick<Indicator, 'measure' | 'unit'>): string | undefined {
  if (figure.measure === null || figure.unit === null || isRateUnit(figure.unit)) return undefined;
  const flow = exactIndicator(`${name}${figure.measure}`);
  return flow && flow.id !== exactIndicator(name)?.id ? `lexicon:${flow.id}` : undefined;
}

/**
 * Mentions of one indicator share a key: the lexicon entry when the name is a standard one; otherwise, with a
 * segmenter, the set of its words, so that reordered names meet (新增缴存住房公积金职工 ≈ 新增住房公积金缴存职工);
 * otherwise the normalised name.
 */
export function groupKeyOf(name: string, segmenter: Segmenter | undefined): string {
  // Names repeat across a report and across versions of a document: memoise per segmenter.
  const memo = memoFor(segmenter);
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const key = computeGroupKey(name, segmenter);
  if (memo.size > 20_000) memo.clear();
  memo.set(name, key);
  return key;
}

/**
 * The part of a name that stays the same between the review and the plan: “新增姑苏领军人才350人” (target) and
 * “姑苏领军人才…” (actual) name one indicator; so do “高价值发明专利数量” and “高价值发明专利”.
 */
function stem(norm: string): string {
  const s = norm.replace(LEADING_ACTIONS, '').replace(/(?:数量|总数|个数|人数|数)$/, '');
  // (开工项目 — dev national 2015, 再开工27个项目: a generic head alone, 项目, makes no row of its own — bareNoun.ts — so the
  // action that tells it apart stays in the key.)
  return s.length >= 2 && !GENERIC_HEADS.has(s) ? s : norm;
}

const GENERIC_HEADS: ReadonlySet<string> = new Set(GENERIC_COUNTED);

/**
 * The actions a key is read without, longest first: the words above, and the verbs and start stages a name keeps since
 * names72 (keptActions.ts: 新改扩建农村公路, 开工改造城镇老旧小区), so that a figure keeps the key it had when its name
 * lacked them and a target said without the verb meets its actual said with it. Not 建设 alone (建设用地 is no 用地) nor
 * a stage of completion (竣工 works are another indicator than started ones).
 */
const LEADING_ACTIONS = new RegExp(
  `^(?:${alternation([
    ...['新增', '净增', '新建和改扩建', '新建和改建', '新改扩建', '新改造', '新建', '建成', '改造', '实施', '增设', '遴选', '培育', '入库', '开展', '完成', '累计', '全年', '年内'],
    ...keptActions.sizeVerbs.filter((v) => v !== '建设'),
    ...keptActions.startStages.filter((v) => v.includes('开工')),
  ])})+`,
);

const plainMemo = new Map<string, string>();

let segmenterMemos = new WeakMap<Segmenter, Map<string, string>>();
// (A benchmark's clearMemos forgets these too: memo.ts onClearMemos says why.)
onClearMemos(() => {
  plainMemo.clear();
  segmenterMemos = new WeakMap();
});

function memoFor(segmenter: Segmenter | undefined): Map<string, string> {
  if (!segmenter) return plainMemo;
  let memo = segmenterMemos.get(segmenter);
  if (!memo) segmenterMemos.set(segmenter, (memo = new Map()));
  return memo;
}

function computeGroupKey(written: string, segmenter: Segmenter | undefined): string {
  const before = keyBeforeSegmenting(written, segmenter);
  return typeof before === 'string' ? before : keyOfTokens((segmenter!.cutForSearch ?? segmenter!.cut).call(segmenter, before.norm));
}

/**
 * The group keys of many names, as groupKeyOf gives them one by one, with the names that need the segmenter
 * segmented in one call when it can (Segmenter.cutForSearchMany): one native call per report, not one per name.
 */
export function groupKeysOf(names: readonly string[], segmenter: Segmenter | undefined): string[] {
  const memo = memoFor(segmenter);
  const keys: (string | undefined)[] = names.map((name) => memo.get(name));
  if (!segmenter?.cutForSearchMany) return names.map((name, i) => keys[i] ?? groupKeyOf(name, segmenter));
  const todo = new Map<string, string>(); // name → its normalised text to segment
  names.forEach((name, i) => {
    if (keys[i] !== undefined || todo.has(name)) return;
    const before = keyBeforeSegmenting(name, segmenter);
    if (typeof before === 'string') {
      keys[i] = before;
      memo.set(name, before);
    } else todo.set(name, before.norm);
  });
  if (todo.size > 0) {
    const tokens = segmenter.cutForSearchMany([...todo.values()]);
    let j = 0;
    if (memo.size > 20_000) memo.clear();
    for (const name of todo.keys()) memo.set(name, keyOfTokens(tokens[j++]!));
  }
  return names.map((name, i) => keys[i] ?? memo.get(name) ?? groupKeyOf(name, segmenter));
}

/** A name's key when it needs no segmenter (the lexicon's, or the characters' without one); else the text to segment. */
function keyBeforeSegmenting(written: string, segmenter: Segmenter | undefined): string | { norm: string } {
  // Keyed by what is counted, not by the verbs of building said together before it (新建和改造提升|高标准农田 — 湖南
  // 2026 — and 建设和改造提升|高标准农田 — 湖南 2025, outside: one target worded two ways, two rows): worksObject.ts.
  const name = worksObject(written);
  // Only a name the lexicon knows exactly (or as a synonym) joins its group; a suffix hit is only “probably”.
  // A rate named with its measure (居民消费价格总水平涨幅, 单位国内生产总值能耗降幅) is the indicator's rate: 涨幅/降幅 is what
  // the kind says (national 2025, outside the corpus: 能耗降幅超过3% stood apart from the target 能耗降低3%左右).
  // 地区生产总值…，总量达到4773.3亿元 (保定 2025, 广西 2026 — outside; 广东 2026, dev): an indicator's 总量 is its level, the
  // same indicator (an eleventh trial's card had no standard name for GDP's level, named 地区生产总值总量 as labelled).
  // A count of works said with the stage that starts them (棚户区住房改造开工601万套 — national 2016, the 棚户区改造 of
  // 2015's target: a twelfth trial found the pair lost) is the indicator the lexicon knows without it (START_STAGES).
  const bare = name.replace(/(?<=.{2})(?:涨幅|增幅|降幅|增速|增长率|下降率|总量)$/, '').replace(START_STAGE_END, '');
  const exact = exactIndicator(name) ?? exactIndicator(bare);
  if (exact) return `lexicon:${exact.id}`;
  const norm = stem(normalizeIndicatorName(name));
  if (!segmenter) {
    const entry = lookupIndicator(name);
    // Without a segmenter, a name is keyed by its characters in order of code point: 缴存住房公积金职工 and
    // 住房公积金缴存职工 (the same words reordered) meet, as they do with the segmenter's word sets.
    // (Not a part of the entry's scope: 乡村居民人均可支配收入, 中央财政支出 — lexicon/scope.ts.)
    // An indicator's 总量 is its level (above), so it does not count against the suffix hit's length: 市场经营主体总量
    // is 市场主体 as 市场经营主体 is (保定 2025, outside: 新增市场经营主体18.1万户，总量突破106万户 — a trial's total had no row).
    const sized = stem(normalizeIndicatorName(name.replace(/(?<=.{2})总量$/u, '')));
    return entry && normalizeIndicatorName(entry.name).length >= sized.length - 2 && !narrowsScope(norm, entry) ? `lexicon:${entry.id}` : `name:${[...norm].sort().join('')}`;
  }
  return { norm };
}

/** A segmented name's key: its smallest words, in order of code point. */
function keyOfTokens(tokens: readonly string[]): string {
  const words = [...new Set(tokens.map((w) => w.trim()).filter((w) => w && !/^(?:的|和|及|与|等|、|“|”)$/.test(w)))];
  // Keep the smallest words only: a user-dictionary term (农村公路里程) and its parts (农村, 公路, 里程) then
  // give the same set whichever order the name is written in.
  const minimal = words.filter((w) => !words.some((o) => o !== w && o.length < w.length && w.includes(o)));
  return `words:${minimal.sort().join('|')}`;
}

/** People (3700多万学生, 20万劳动者) and households (千万家庭, 2900多万农户) after a magnitude: its implied unit. */
// (The groups older reports count by a magnitude alone too: 中國在國外約有一千二百萬僑民 — national 1954.)
const PEOPLE_AFTER_AMOUNT = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(?:${alternation(ALL_PEOPLE)}|人)`);
/**
 * People after a praising 的 phrase and their place (和1100万英雄智慧的保定人民携起手来 — 保定市 2014, 向40万可爱的满城人民
 * — 满城区 2020, both outside; read with unit null): the people of a place greeted by their number.
 */
const PRAISED_PEOPLE_AFTER_AMOUNT = /^[\u4e00-\u9fff]{1,4}的[\u4e00-\u9fff]{0,4}?(?:人民|群众|同胞|儿女)/;

const HOUSEHOLDS_AFTER_AMOUNT = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(?:${alternation(HOUSEHOLD_NOUNS)})`);
/**
 * Money after a magnitude: 安排150万资金资助… (宝安 2017), 用好16亿科技产业扶持资金 (宝安 2020), 完成空港新城179亿投资 (宝安
 * 2019), all outside — the funds or the investment the amount is, a few words of what they are for between.
 */
const MONEY_AFTER_AMOUNT = /^[\u4e00-\u9fff]{0,6}?(?:资金|投资|经费)/;

/**
 * A magnitude without a unit (“3700多万学生”, “8200亿元、1.28万亿、1.18万亿”): people when a people noun follows,
 * otherwise the unit of the list it continues.
 */
function impliedUnit(text: string, i: number, bound: readonly Bound[]): string | null {
  const m = (bound[i] as Bound).mention;
  if (m.nature !== 'amount') return null;
  // (18.34萬(wàn)剩余貧困人口, 288萬(wàn)農(nóng)村貧困人口 — blanked pinyin readings, three blanks or more, between the
  // magnitude and its people and inside them: periods10's page 026. A bounded window, the blanks closed.)
  // (A scraped page's lone space may stand there too: 肩负全省6700万 人民的重托 — 河北 2003, outside; 还有187万 农村人口.)
  const next = text.slice(m.tail, m.tail + 24).replace(/ {3,}/g, '').replace(/^[ \u3000\u00a0]/, '').slice(0, 8);
  // 千万家庭, 2900多万农户: households, unless a people noun heads the phrase after them.
  const people = PEOPLE_AFTER_AMOUNT.exec(next) ?? PRAISED_PEOPLE_AFTER_AMOUNT.exec(text.slice(m.tail, m.tail + 12));
  const households = HOUSEHOLDS_AFTER_AMOUNT.exec(next);
  // (The noun that heads the phrase wins: 2400多万贫困家庭学生 counts students.)
  if (households && (!people || households[0].length >= people[0].length)) return '户';
  if (people) return '人';
  if (MONEY_AFTER_AMOUNT.test(next) && /[万亿]/.test(text.slice(m.start, m.end))) return '元';
  // (A list's unit may be a count's too: 客运量分别达1409万、1305万人次. Not yet an area's, 产业空间拓展到6100万和5200万平方米 —
  // 宝安 2016, outside: the one other list of areas so written that session 28 cited is a sealed report's line.)
  const listed = (x: NumberMention): boolean => x.nature === 'amount' || (x.nature === 'count' && /[万亿]/.test(text.slice(x.start, x.end)));
  const joined = (a: NumberMention, b: NumberMention): boolean => listed(a) && listed(b) && (a.unit === null || b.unit === null) && /^[、和及与,，]$/.test(text.slice(a.tail, b.start));
  for (let k = i; k > 0 && joined((bound[k - 1] as Bound).mention, (bound[k] as Bound).mention); k--) {
    const unit = (bound[k - 1] as Bound).mention.unit;
    if (unit) return unit;
  }
  for (let k = i; k + 1 < bound.length && joined((bound[k] as Bound).mention, (bound[k + 1] as Bound).mention); k++) {
    const unit = (bound[k + 1] as Bound).mention.unit;
    if (unit) return unit;
  }
  return null;
}

/** 金牌, 银牌 or 铜牌 for a part of a medal tally written short (units.ts reads 2金 as 2 枚), else null. */
function medalNameOf(text: string, m: NumberMention): string | null {
  if (m.unit !== '枚') return null;
  const medal = text[m.end - 1];
  return medal === '金' || medal === '银' || medal === '铜' ? `${medal}牌` : null;
}

/** “由8.7∶41.2∶50.1调整为…”: the first part of a ratio after 由/从, when the ratio is followed by a to-measure. */
function isRatioFrom(text: string, m: NumberMention): boolean {
  // (The start ratio's own year may stand between 由 and it: 由1997年的19．3：48．9：31．8, 由上年的10.3:45:44.7.)
  if (!/[由从](?:(?:(?:19|20)\d{2}|[０-９]{4}|上年|去年)年?(?:底|末)?的)?$/.test(text.slice(Math.max(0, m.start - 10), m.start))) return false;
  const rest = /^(?:[∶:：][\d０-９]+(?:[.．][\d０-９]+)?)*/.exec(text.slice(m.end, m.end + 40));
  // (A comma may stand before the verb: 由上年的18.6：49：32.4，调整为17.7：49：33.3.)
  return /^[，,]?(?:调整|优化|变|提高|提升|转变)?(?:为|到|至)/.test(text.slice(m.end + (rest?.[0].length ?? 0), m.end + (rest?.[0].length ?? 0) + 5));
}

/** “由77家增至144家”: the figure right after 由/从 and before a 到/至 measure is the from-value. */
function isFromValue(text: string, m: NumberMention): boolean {
  // “由77家增至144家”, “从人均40元提高到45元”: 由/从 may stand a few words before the figure, or its year
  // (由一九八○年的七千二百万吨增加到…).
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  if (!/[由从][^，,。；;：:\d]{0,4}$/.test(before.slice(-5)) && !/[由从](?:(?:19|20)\d{2}|[一二〇○零九八七六五四三]{4})年(?:底|末)?的$/.test(before)) return false;
  // 从全国第13位升至第5位, 从第8位跃居第1位: ranks climb with 升/跃居 as well.
  // (A list of start values may come first: 从209元、280元提高到….)
  const after = text.slice(m.tail, m.tail + 24).replace(/^(?:、[^、，,。；;到至]{1,8}?(?=提高|增加|增长|下降|降低|提升|扩大|上升|到|至))?/, '');
  // (从120个工作日压减至50个工作日, 从8个工作日压减至3个工作日 — 唐县 2020; 从5598项大幅压减至3018项 — 广东 2019, outside:
  // any two-character verb, maybe after a two-character adverb, with its 至/到 and the end value right after it makes a
  // from–to pair, the verbs listed or not.)
  return /^(?:(?:提高|增加|增长|增|下降|降低|降|提升|扩大|拓展|上升|跃升|攀升|回落|减少|缩小|升)?(?:到|至)|跃居|(?:上升|跃升|提升)为|转为|[\u4e00-\u9fff]{2,4}[到至](?=[\d０-９]))/.test(after);
}
