import { isEndOfSpanStock, isSpanMeasure } from '../indicators/spanEnd';
import { isCountUnit, isRateUnit } from '../numbers/units';
import { sameUnit, unitKey } from '../workspace/unitKey';
import { periodEndYear } from '../indicators/timeScope';
import type { FigurePair, Indicator, OutlineNode, Reference, ReportMeta } from '../types';
import { blockNodes, rangeInNodes } from './context';
import { isGenericName } from './genericNames';
import { paidFor, paysForNothing, samePaid, spentOn } from './payers';
import type { Paid } from './payers';
import { thresholdsAgree, thresholdsBefore } from './thresholds';
import { addsNew, withoutSpans } from './additions';
import { bareNoun } from '../indicators/bareNoun';
import { entryOfGroup, kindAt, lookupIndicator } from '../lexicon';
import { stagesDiffer, stagesOf, worksOf } from './stages';
import { gradesDiffer, gradesOf } from './grades';
import { wordingOf } from './wording';
import { reliesOnSet, restatesCount, sameCount } from './restated';
import { itemOfJointName } from './jointNames';
import { heldAllAlong } from './spanCeiling';
import { partBesideWhole } from './partHeads';
import type { FigureText } from './figureText';

/**
 * This year's targets ↔ the same indicator's actual in the review, as links both ways (地区生产总值 “6%以上” for 2021 ↔
 * the 2020 growth): the links of `pairs` (pairTargetsAndActuals), never computed apart from them. A pair stated in the
 * target's own sentence (由380元提高到420元) is shown by the card and the tables, not linked: a link to the same
 * sentence leads nowhere.
 */
export function targetActualLinks(pairs: readonly FigurePair[]): Reference[] {
  const out: Reference[] = [];
  const reverseDone = new Set<Indicator>();
  for (const { target: t, actual, key, sameSentence } of pairs) {
    if (sameSentence === true) continue;
    out.push({ kind: 'indicator', from: { range: t.range, text: t.text }, to: { range: actual.range, text: actual.text }, key: `indicator:${key}` });
    if (!reverseDone.has(actual)) {
      reverseDone.add(actual);
      out.push({ kind: 'indicator', from: { range: actual.range, text: actual.text }, to: { range: t.range, text: t.text }, key: `indicator:${key}` });
    }
  }
  return out;
}

/**
 * Every target of the report with the actual it is judged by, computed once per analysis (the model's `pairs`): the
 * links, the hover card, Compare Targets (the Targets year on year tab and its Markdown export) all read this one list, so that they never
 * disagree. The actual chosen is the one closest before the target's period, same kind where possible; a target its
 * own indicator leaves alone is paired by name (actualByName); one with no actual in the review shows the level its
 * own sentence starts from (`sameSentence`: startOfRise). In the order pairs are found, each target once.
 */
export function pairTargetsAndActuals(indicators: readonly Indicator[], meta: ReportMeta, outline: readonly OutlineNode[] = [], around?: FigureText): FigurePair[] {
  // A glossary's or an annex's figures explain a programme (“2152”龙头引育工程：…100家…); they are no one's actual.
  // An annex's targets are the year's all the same (2026年省十件民生实事: 吸纳超100万名高校毕业生), judged by last
  // year's actual in the review.
  // (A glossary's figures, targets included — “2026年10件民生实事：…” explains a term — pair with nothing.)
  const blocks = blockNodes(outline);
  const glossaries = blocks.filter((n) => n.kind === 'glossary');
  const groups = new Map<string, Indicator[]>();
  // Most groups hold one figure and no target (175 groups of 222 figures on the seed): only those with a target are
  // read below, not filtered twice each.
  const withTarget = new Set<string>();
  for (const ind of indicators) {
    if (!ind.groupKey || rangeInNodes(ind.range, glossaries) || (ind.status !== 'target' && rangeInNodes(ind.range, blocks)) || (ind.status === 'target' && (bareNoun(ind) || reliesOnSet(ind, around)))) continue;
    const list = groups.get(ind.groupKey);
    if (list) list.push(ind);
    else groups.set(ind.groupKey, [ind]);
    if (ind.status === 'target') withTarget.add(ind.groupKey);
  }
  const out: FigurePair[] = [];
  // Targets paired, and those that have an actual but yield it to another target of their paragraph (outweighed: a
  // part of the year's target, judged by nothing): no fallback pairs either.
  const settled = new Set<Indicator>();
  const reached = stockReached(around);
  // A target held to no threshold agrees with every actual: the actuals' own thresholds are read only for the few
  // targets that are held to one.
  const boundsOf = thresholdsOf(around);
  // A count of works started is never judged by the works finished, nor the other way round (stages.ts).
  const stageOf = stagesOf(around);
  // (`figureOf`: the by-name step holds its actuals with their names.)
  // Nor a count of things of one grade by another grade's (省级 ↔ 市级 美丽乡村: grades.ts). Both are read here, on every
  // path a target is paired by.
  const gradeOf = gradesOf();
  // Of two counts of a target's things that judge it equally well, the one said in its words (wording.ts). Counts only:
  // two growths of one indicator tie when the review quotes last year's target beside the outcome (增长6.5%(年度目标6%
  // 以上) — 涞源 2025, outside), and the words of a growth (增长, 以上) say nothing of which is the outcome.
  const wording = wordingOf(around);
  const likeness = (t: Indicator, a: Indicator): number => (t.kind === 'count' && a.kind === 'count' ? wording(t, a) : 0);
  // What every step judges an actual by, and, for the step that reads a group's own figures, the tie-break by words.
  const judging: Judging = { reached, around };
  const byWords: Judging = { ...judging, likeness };
  const sameStageAndGrade = <T>(t: Indicator, actuals: readonly T[], figureOf: (a: T) => Indicator): readonly T[] => {
    const own = stageOf(t);
    const grade = gradeOf(t.name);
    if (own === undefined && grade === undefined) return actuals;
    return actuals.filter((a) => !stagesDiffer(own, stageOf(figureOf(a))) && !gradesDiffer(grade, gradeOf(figureOf(a).name)));
  };
  const pair = (target: Indicator, actual: Indicator, key: string): void => {
    out.push({ target, actual, key });
    settled.add(target);
  };
  const unpaired: Indicator[] = [];
  for (const [key, list] of groups) {
    if (!withTarget.has(key)) continue;
    const targets = list.filter(isTarget);
    const actuals = list.filter(isActual);
    for (const t of targets) {
      // A name that says only who pays (中央财政) is no indicator: its figures are what the words around them say.
      if (paysForNothing(t.name) && !isLexicon(t)) {
        unpaired.push(t);
        continue;
      }
      const own = boundsOf(t);
      // Another measure of the same name is shown beside a target only when it measures the same quantity (measuresApart).
      // Nor a part named by a head word beside the whole (京津|技术合同成交额 ↔ 技术合同成交总额: partHeads.ts).
      const measured = actuals.filter((a) => !measuresApart(t, a) && !countBesideShare(t, a, around) && !partBesideWhole(t.name, a.name));
      const agreed = sameStageAndGrade(t, own.length === 0 ? measured : measured.filter((a) => thresholdsAgree(own, boundsOf(a))), itself);
      // A count of additions is judged by no span's level (additions.ts).
      const bound = addsNew(t, around) ? withoutSpans(agreed, (a) => a) : agreed;
      const actual = bound.length > 0 ? bestActual(t, bound, meta, byWords) : undefined;
      if (actual && !outweighed(t, targets, actual, around)) pair(t, actual, key);
      else if (actual) settled.add(t);
      else if (!actual) unpaired.push(t);
    }
  }
  // A target whose own indicator has no actual, paired with another measure of the same thing (空气优良天数 350天 ↔
  // 空气优良天数比例 99.2%; 参保人数 ↔ 参保率).
  for (let k = unpaired.length - 1; k >= 0; k--) {
    const t = unpaired[k] as Indicator;
    const related = RELATED.get(t.groupKey ?? '') ?? partsOf(t);
    if (!related) continue;
    const actuals = sameStageAndGrade(t, related.flatMap((g) => groups.get(g) ?? []).filter(isActual), itself);
    const actual = actuals.length > 0 ? bestActual(t, actuals, meta, judging) : undefined;
    if (!actual) continue;
    pair(t, actual, t.groupKey as string);
    unpaired.splice(k, 1);
  }
  // The actuals a target may be paired with by name, by unit (built once: targets × actuals of one unit are compared).
  // Each actual's name is read here once (generic words, payers, thresholds), not again for every target it meets.
  const byUnit = new Map<string | null, NamedFigure[]>();
  if (unpaired.length > 0) {
    for (const a of indicators) {
      // A bare head noun (户厕, 停车位) is kept for the head-noun step alone (headNounOf); every other step asks a name
      // of MIN_CONTAINED_NAME characters at least, and skips it.
      if (a.status !== 'actual' || (a.name?.length ?? 0) < MIN_HEAD_NOUN || rangeInNodes(a.range, blocks)) continue;
      if (paysForNothing(a.name) && !isLexicon(a)) continue;
      const named = namedFigure(a);
      for (const unit of unitKeys(a)) {
        const list = byUnit.get(unit) ?? [];
        list.push(named);
        byUnit.set(unit, list);
      }
    }
  }
  const budget = { checks: MAX_NAME_CHECKS };
  const byName: Array<[Indicator, Indicator]> = [];
  for (const t of unpaired) {
    const own = boundsOf(t);
    const all = byUnit.get(t.kind === 'count' ? COUNTED : t.unit) ?? [];
    // A target held to no threshold meets every actual of its unit: no filtered copy.
    const actuals = sameStageAndGrade(t, own.length === 0 ? all : all.filter((a) => thresholdsAgree(own, boundsOf(a.figure))), figureOfNamed);
    const actual = actualByName(namedFigure(t), addsNew(t, around) ? withoutSpans(actuals, figureOfNamed) : actuals, meta, budget, judging);
    if (actual) byName.push([t, actual]);
  }
  // Of two targets of one paragraph paired by name with one actual (拟安排“三农”投入8183亿元，比上年增加930亿元 ↔
  // 7253亿元), the one nearest it in size is its target, as outweighed reads a group's.
  for (const [t, actual] of byName) {
    const rivals = byName.filter(([o, a]) => a === actual && o !== t && o.name === t.name).map(([o]) => o);
    if (!outweighed(t, rivals, actual, around)) pair(t, actual, actual.groupKey ?? t.groupKey ?? '');
    else settled.add(t);
  }
  // A count of works at one stage, named otherwise than last year's count of that stage (基本建成保障性安居工程500万套 ↔
  // 城镇保障性住房基本建成432万套, 新开工…700万套 ↔ 新开工建设1043万套 — national 2012, outside): the works the lexicon
  // knows under both names (保障性住房 = 保障性安居工程 = 保障房), at the same stage.
  // The counts said at a stage, by stage and works, bucketed once (when some target is said at one): each target then
  // reads its own bucket, not every count of the report.
  let atStage: Map<string, Indicator[]> | undefined;
  const worksId = (i: Indicator): string | null => lookupIndicator(worksOf(i.name ?? ''))?.id ?? null;
  for (const t of unpaired) {
    const stage = settled.has(t) ? undefined : stageOf(t);
    if (stage === undefined) continue;
    const works = worksId(t);
    if (works === null) continue;
    if (!atStage) {
      atStage = new Map();
      for (const { figure: a, name } of byUnit.get(COUNTED) ?? []) {
        if (name.length < MIN_CONTAINED_NAME) continue;
        const own = stageOf(a);
        const id = own === undefined ? null : worksId(a);
        if (own === undefined || id === null) continue;
        const key = `${own}\u0000${id}`;
        const list = atStage.get(key);
        if (list) list.push(a);
        else atStage.set(key, [a]);
      }
    }
    const actuals = sameStageAndGrade(t, atStage.get(`${stage}\u0000${works}`) ?? [], itself);
    const actual = actuals.length > 0 ? bestActual(t, actuals, meta, judging) : undefined;
    if (actual) pair(t, actual, `lexicon:${works}`);
  }
  // A target the review gives no actual for: last year's level its own sentence starts from, or last year's figure of
  // its indicator measured exactly as it is (sentenceStarts).
  // Only the groups of such targets are read again, once each.
  const open = new Set<string>();
  for (const t of unpaired) if (!settled.has(t) && t.groupKey) open.add(t.groupKey);
  for (const key of open) sentenceStarts(groups.get(key) ?? [], meta, settled, key, out);
  return out;
}

/**
 * For each target of one indicator's mentions (`list`, in document order) that the pairing rules left alone, last
 * year's figure of the indicator, dated the year before the target's and measured as it is (kind, unit): the level
 * its own sentence rises from (赤字率从去年的2.1%提高到2.3% — national 2015, dev; 由55元提高到70元), the last such figure
 * before it in its paragraph (a pair of the same sentence, never linked); else the first one the report states with
 * the target's own measure too: a year-end report's plan for next year (工业总产值比一九六四年增长百分之十一左右, 1965 —
 * national 1964, outside) beside the year's own growth (预计…增长百分之十五以上), which the pairing rules leave to the
 * year the report is dated (bestActual). A different
 * measure stays unpaired here: only the pairing rules set a growth beside a level. A share is left out (the whole it is
 * a share of is not read: 1956's 经济建设支出占预算支出的52.22% is no sequel to 1955's 地方…经济建设支出占27.21%), and so is
 * a target whose measure was not read (2008's 中央财政赤字1800亿元 beside 削减财政赤字450亿元: a cut read as a level).
 * One pass over the mentions, each looked up by period, kind and unit: no scan per target.
 */
function sentenceStarts(list: readonly Indicator[], meta: ReportMeta, settled: ReadonlySet<Indicator>, key: string, out: FigurePair[]): void {
  const like = (period: string, i: Indicator): string => `${period}\u0000${i.kind}\u0000${unitKey(i.unit) ?? ''}`;
  // Built when a target first asks for one stated elsewhere (most are left with none, or start from their sentence).
  let byMeasure: Map<string, Indicator> | undefined;
  const firstMeasured = (k: string): Indicator | undefined => {
    if (!byMeasure) {
      byMeasure = new Map();
      for (const m of list) {
        if (m.status !== 'actual' || m.period === null) continue;
        const own = `${like(m.period, m)}\u0000${m.measure ?? ''}`;
        if (!byMeasure.has(own)) byMeasure.set(own, m);
      }
    }
    return byMeasure.get(k);
  };
  let line = -1;
  const onLine = new Map<string, Indicator>();
  for (const m of list) {
    if (m.range.start.line !== line) {
      line = m.range.start.line;
      onLine.clear();
    }
    if (m.status === 'actual') {
      if (m.period !== null) onLine.set(like(m.period, m), m);
      continue;
    }
    if (settled.has(m)) continue;
    const year = periodEndYear(m.period) ?? meta.year;
    if (year === null || (m.period !== null && m.period.includes('-'))) continue;
    const kind = like(String(year - 1), m);
    const start = onLine.get(kind);
    // A part named by a head word is no start nor sequel of the whole (跨境电商进出口 ↔ 进出口总额: partHeads.ts).
    if (start && !partBesideWhole(m.name, start.name)) {
      out.push({ target: m, actual: start, key, sameSentence: true });
      continue;
    }
    const reviewed = m.kind === 'share' || m.measure === null ? undefined : firstMeasured(`${kind}\u0000${m.measure}`);
    if (reviewed && !partBesideWhole(m.name, reviewed.name)) out.push(reviewed.range.start.line === line ? { target: m, actual: reviewed, key, sameSentence: true } : { target: m, actual: reviewed, key });
  }
}

/**
 * Two targets of one group in one paragraph (吸纳超100万名高校毕业生 … 引导超2万名高校毕业生等青年到粤东粤西粤北):
 * the year's target is the one nearest last year's actual in size; the other counts a part of it.
 */
function outweighed(t: Indicator, targets: readonly Indicator[], actual: Indicator, around?: FigureText): boolean {
  const distance = (i: Indicator): number => Math.abs(Math.log(Math.max(Math.abs(i.value), 1e-9) / Math.max(Math.abs(actual.value), 1e-9)));
  // Only a target of the same period is a rival: a plan's end-year target in the same paragraph (粮食产量…1957年…３，８５６
  // 亿斤 beside 1956's ３，９８９亿斤 — national 1956, dev) judges nothing this year, and left the year's target unpaired.
  return targets.some((o) => o !== t && o.period === t.period && sameParagraph(o, t, around) && o.unit === t.unit && distance(o) < distance(t));
}

/**
 * Measures of one thing the lexicon keeps apart (a count of days and a share of them, participants and coverage,
 * a deficit and its ratio, R&D spending and its intensity): a target of one is judged by last year's actual of
 * another (研发经费投入增长8% ↔ 全社会研发投入强度2.62% — 湖南 2026, dev, as marked; 陕西 2026 says the two alike). The
 * poor still to lift out and the poor lifted out are one programme's two sides (完成1000万以上农村贫困人口脱贫任务 ↔
 * 农村贫困人口减少1442万人 — national 2016, dev, as marked; 剩余的490名贫困人口 ↔ 贫困人口实现脱贫3403人 — 高阳 2019).
 */
const FAMILIES: readonly (readonly string[])[] = [
  ['good_air_days', 'good_air_ratio'],
  ['pension_participants', 'pension_coverage'],
  ['medical_participants', 'medical_coverage'],
  ['fiscal_deficit', 'deficit_ratio'],
  ['market_entities', 'new_market_entities'],
  ['rd_expenditure', 'rd_intensity'],
  ['rural_poor', 'poverty_exit'],
];
const RELATED: ReadonlyMap<string, readonly string[]> = new Map(
  FAMILIES.flatMap((f) => f.map((id) => [`lexicon:${id}`, f.filter((o) => o !== id).map((o) => `lexicon:${o}`)] as [string, string[]])),
);

/**
 * A whole whose name says it is both of its parts (城乡居民人均可支配收入分别增长7.5% — 海拉尔 2018, outside): a target of
 * it with no actual of its own is judged by last year's actual of the parts (城镇和农村居民人均可支配收入…分别同比增长
 * 7.8%). One way only: a target of a part (农村居民人均可支配收入增长6%) is not judged by the whole's actual (云南 2026,
 * outside: marked no pair).
 */
const PARTS: ReadonlyMap<string, readonly string[]> = new Map([['lexicon:disposable_income', ['lexicon:urban_income', 'lexicon:rural_income']]]);
/** The word a name opens with when it says both parts, town and country. */
const BOTH_PARTS = '城乡';

function partsOf(t: Indicator): readonly string[] | undefined {
  return t.name?.startsWith(BOTH_PARTS) === true ? PARTS.get(t.groupKey ?? '') : undefined;
}

/**
 * Counts are compared whatever their classifier: one report counts the same projects in 项 and 个 (1200项 亿元以上
 * 技改项目 ↔ 1213个), the same facilities in 座 and 处.
 */
const COUNTED = '#count';
function unitKeys(a: Indicator): Array<string | null> {
  return a.kind === 'count' ? [a.unit, COUNTED] : [a.unit];
}

/** A name this long is specific enough to find its indicator at either end of another name (有色金属 of 有色金属产业营收). */
const MIN_CONTAINED_NAME = 4;
/** Bound on the names compared for one report, so that a huge input stays linear. */
const MAX_NAME_CHECKS = 100_000;

/**
 * A figure with what its name says read once (generic words, payer, money): the pairing by name asks it
 * of every target × actual of one unit.
 */
// Functions declared once, not arrows made per loop: a full GC drops the optimised code of an arrow no live closure holds,
// and each analysis after one re-optimised them (--trace-opt: (a) => a.figure, 210 times in 100 analyses of the seed).
const isTarget = (i: Indicator): boolean => i.status === 'target';
const isActual = (i: Indicator): boolean => i.status === 'actual';
const figureOfNamed = (a: NamedFigure): Indicator => a.figure;

interface NamedFigure {
  readonly figure: Indicator;
  readonly name: string;
  readonly generic: boolean;
  readonly paysForNothing: boolean;
  readonly paid: Paid | undefined;
  readonly lexicon: boolean;
  /** The name without the pauses of a list (省、市重点项目 → 省市重点项目); the name itself when it has none. */
  readonly unpaused: string;
}

function namedFigure(figure: Indicator): NamedFigure {
  const name = figure.name ?? '';
  const unpaused = name.includes(LIST_PAUSE) ? name.replaceAll(LIST_PAUSE, '') : name;
  return { figure, name, generic: isGenericName(name), paysForNothing: paysForNothing(name), paid: paidFor(name), lexicon: isLexicon(figure), unpaused };
}

/** The pause between the items of a list (、). */
const LIST_PAUSE = '、';

/**
 * Whether one name holds the other once the pauses of a list are taken out of both: a level written 省、市 one year and
 * 省市 the next (谋划实施省、市重点项目27项 ↔ 谋划实施省市重点项目26项 — src32 易县-2022; 省、市重点项目44个 ↔ 省市重点项目
 * 19项 — 易县-2019), two insurances joined by 、 one year and 和 the next (城乡居民养老保险、基本医疗保险参保率 ↔ …养老
 * 保险和基本医疗保险参保率 — 米易县-2023). Read only when a name has a pause: every other pair was read by holds already.
 */
function heldUnpaused(a: NamedFigure, b: NamedFigure): boolean {
  if (a.unpaused === a.name && b.unpaused === b.name) return false;
  const aLonger = a.unpaused.length >= b.unpaused.length;
  const longer = aLonger ? a.unpaused : b.unpaused;
  const shorter = aLonger ? b.unpaused : a.unpaused;
  return shorter.length >= MIN_CONTAINED_NAME && holds(longer, shorter);
}

/**
 * A target its group left alone, paired by name: the actual of the same unit whose name begins or ends with the
 * target's name, or the other way round (有色金属 1.18万亿 ↔ 有色金属产业营收 1万亿元), or whose name the target's
 * sentence says beside it (推出3.5万套政策性租赁住房 ↔ 政策性租赁住房 5.3万套).
 */
function actualByName(named: NamedFigure, figures: readonly NamedFigure[], meta: ReportMeta, budget: { checks: number }, judging: Judging = NO_JUDGING): Indicator | undefined {
  const { around } = judging;
  const target = named.figure;
  const name = named.name;
  if (figures.length === 0 || !isThisYears(target, meta)) return undefined;
  const candidates: Indicator[] = [];
  // The words around the target, cut once when first needed: each actual's name is then looked for in them.
  let near: Around | undefined | null = null;
  const nearTarget = (): Around | undefined => (near === null ? (near = wordsAround(around?.(target))) : near);
  // A target named by its payer alone (增加社会保障投入，中央财政拟安排3185亿元) is the spending on what its sentence
  // says before it: last year's spending of that thing (中央财政社会保障资金 2906亿元), and nothing else.
  if (named.paysForNothing) {
    const before = nearTarget()?.before ?? '';
    const spent: Indicator[] = [];
    for (const { figure: a, name: other } of figures) {
      if (other.length < MIN_CONTAINED_NAME) continue;
      const thing = spentOn(other);
      if (thing !== undefined && before.includes(thing)) spent.push(a);
    }
    return spent.length > 0 ? bestActual(target, spent, meta, judging) : undefined;
  }
  for (const actual of figures) {
    if (--budget.checks < 0) return undefined;
    const a = actual.figure;
    if (actual.name.length < MIN_CONTAINED_NAME) continue;
    // Two lexicon indicators are two indicators, whatever their names hold: 单位国内生产总值能耗 (energy intensity)
    // contains 国内生产总值, and a trial user's 能耗降低2.5% linked to GDP growth 5.2%.
    if (named.lexicon && actual.lexicon && target.groupKey !== a.groupKey) continue;
    const other = actual.name;
    // Plain locals, not a destructured pair: this runs for every target × actual, and each pair was an array.
    const otherShorter = other.length <= name.length;
    const shorter = otherShorter ? actual : named;
    const longer = otherShorter ? name : other;
    // The binder may have named the target from too few words (入库, 政策性): an actual whose name the target's own
    // sentence says beside it counts the same thing. (Not the other way round: a review sentence lists many figures,
    // and a target's name beside one of them is no sign that the figure is its actual.)
    // A count in another classifier is paired by its name only (the words beside the target name what it counts in
    // its own classifier).
    // Money spent on one thing, said as 投入 in one and 支出 in the other (中央财政“三农”投入 ↔ …“三农”的支出).
    // A shorter name of a measure or a kind only (营业收入, 工程投资) says nothing of which one the longer names; figures
    // far apart in size are two things whatever their names (城镇人均可支配收入 23896元 ↔ 城镇人均提高600元).
    if (!ofNameSize(target.value, a.value)) continue;
    // A share and a growth are two measures of two quantities, whatever their names share: 战略性新兴产业增加值占规上工业
    // 比重达到35% is no sequel to 战略性新兴产业增加值增长10% (浙江 2026, dev), nor 工商税收…占本年收入的33.53% to 本年收入
    // 增长3.68% (national 1956, dev). (A growth target beside a level is shown; a share beside a growth is not.)
    if (measuresApart(target, a) || countBesideShare(target, a, around) || partBesideWhole(name, other)) continue;
    // A total investment of works (抓好总投资2万亿元的389个省重点项目) is a stock of many years' spending: a year's
    // investment done in works of that name (省重点项目304个、完成投资4608亿元 — 湖南 2026, dev) never judges it.
    if (name.endsWith(TOTAL_INVESTMENT) && !other.endsWith(TOTAL_INVESTMENT) && investmentDone(around, a)) continue;
    // Nor a payer's name (中央财政支出, read as the budget's by the lexicon) held in one of what it pays for.
    // Nor a thing held in a kind of it (新型|基础设施投资 1100亿元 ↔ 基础设施投资 2000亿元 — 深圳市 2023, outside; 新型
    // and 国有: lexicon/kindModifiers.json): the kind is a part, and last year's whole never judges it.
    const contained = shorter.name.length >= MIN_CONTAINED_NAME && !shorter.generic && !shorter.paysForNothing && (holds(longer, shorter.name) || heldUnpaused(named, actual)) && !kindOf(longer, shorter.name) && !wholesDiffer(longer, shorter.name);
    // Or the target's name is an item of the actual's, said for several indicators at once (化学需氧量、二氧化硫和氨氮
    // 排放量均削减1.5%: jointNames.ts) — a rate, said of each; a level or a count of several is their sum (索具、石油物探
    // 装备、汽车零部件三大主导产业年产值达到49.7亿元 — src32 徐水县-2010 — is no one industry's output).
    if (contained || (!named.generic && isRate(a) && itemOfJointName(name, other))) {
      candidates.push(a);
      continue;
    }
    if (a.unit !== target.unit) continue;
    // A name the target's own name holds, not at its end, is only part of what it measures (非公有制经济占|国内生产
    // 总值|比重 30％ is not GDP's): said beside the target it says nothing the binder did not read.
    const beside = !actual.generic && !(name.includes(other) && !name.endsWith(other)) && !kindOf(name, other) && saidNear(nearTarget(), other, name);
    if (beside || samePaid(named.paid, actual.paid)) candidates.push(a);
  }
  const byName = candidates.length > 0 ? bestActual(target, candidates, meta, judging) : undefined;
  if (byName) return byName;
  const tailed = withTail(named, figures, budget);
  if (tailed.length > 0) return bestActual(target, tailed, meta, judging);
  // An indicator of the lexicon (装备制造业增加值) has its own group: one of another name is another indicator.
  if (named.lexicon) return undefined;
  // Said with another verb or qualifier before the thing counted (培育|垂直行业大模型 ↔ 研发|垂直行业大模型, 职业|技能培训
  // ↔ 补贴性|技能培训): the same unit and a shared end of MIN_SHARED_END characters, the noun that is counted.
  // Only a few characters before it differ, and the figures are of one size (80个 ↔ 80个, 23万人次 ↔ 25.6万人次): a
  // shared noun alone pairs figures of two things (5000家 ↔ 102家). Not a share (工业投资|占固定资产投资比重 ↔
  // 民间投资|…: the head is what it is a share of), nor an end that only says the measure (物流|业增加值).
  const ends: Indicator[] = [];
  for (const actual of figures) {
    if (--budget.checks < 0) continue;
    const a = actual.figure;
    if (a.unit !== target.unit || a.kind === 'share' || actual.lexicon) continue;
    const other = actual.name;
    const shared = sharedEndLength(name, other);
    if (!ofOneSize(target.value, a.value)) continue;
    if (shared >= MIN_SHARED_END && countedNoun(name.slice(name.length - shared)) && Math.min(name.length, other.length) - shared <= MAX_OTHER_HEAD) ends.push(a);
    else if (headNounOf(name, other, shared) && a.kind === target.kind && !actual.generic && !named.generic) ends.push(a);
  }
  return ends.length > 0 ? bestActual(target, ends, meta, judging) : undefined;
}

/** At most this many characters of grade or place stand before the thing a tailed name opens with (省级|重点产业项目). */
const MAX_TAIL_HEAD = 2;

/**
 * Last year's figures measured as the target is, whose names open with what the target counts and go on with what
 * became of it (粮食总产量|再上新台阶 1600亿斤 ↔ 粮食产量1600亿斤以上, 省级|重点产业项目|提速提质 1000个 ↔ 实施1000个重点产业
 * 项目 — 黑龙江 2025, outside): the binder read the predicate after the subject into the name, and neither end of it
 * is the target's. The terms looked for are the target's name, and for an indicator of the lexicon its name and
 * synonyms; the figures are of one unit, one kind and one size (SIZE_FACTOR), as the shared ends are.
 */
function withTail(named: NamedFigure, figures: readonly NamedFigure[], budget: { checks: number }): Indicator[] {
  const target = named.figure;
  if (target.kind === 'share') return [];
  const entry = named.lexicon ? entryOfGroup(target.groupKey) : undefined;
  const terms = (entry ? [entry.name, ...entry.synonyms] : [named.name]).filter((t) => t.length >= MIN_CONTAINED_NAME);
  if (terms.length === 0 || named.generic) return [];
  const out: Indicator[] = [];
  for (const actual of figures) {
    if (--budget.checks < 0) break;
    const a = actual.figure;
    if (actual.lexicon || a.unit !== target.unit || a.kind !== target.kind || !ofOneSize(target.value, a.value)) continue;
    const other = actual.name;
    if (terms.some((term) => opensWith(other, term))) out.push(a);
  }
  return out;
}

/** Whether `name` opens with `term`, after at most MAX_TAIL_HEAD characters, and goes on past it. */
function opensWith(name: string, term: string): boolean {
  for (let at = 0; at <= MAX_TAIL_HEAD && at + term.length < name.length; at++) if (name.startsWith(term, at)) return true;
  return false;
}

/** Whether `longer` is a kind of `shorter`: a kind modifier (新型, 国有 — lexicon/kindModifiers.json) and then it, at the end. */
function kindOf(longer: string, shorter: string): boolean {
  return longer.length > shorter.length && longer.endsWith(shorter) && kindAt(longer, longer.length - shorter.length);
}

/** What a share's name ends with after the whole it is of (占全市|比重, 占全市金融业|的比例). */
const SHARE_END = /(?:的)?(?:比重|比例|份额)$/u;

/** The whole a share's name says it is of (占全市金融业比重 → 全市金融业), or undefined when it names none. */
function wholeOf(name: string): string | undefined {
  const at = name.lastIndexOf('占');
  if (at < 0 || !SHARE_END.test(name)) return undefined;
  const whole = name.slice(at + 1).replace(SHARE_END, '');
  return whole.length > 0 ? whole : undefined;
}

/**
 * Whether two shares name two wholes (占全市金融业比重 3.8% ↔ 占全市比重 23.6% — 宝安区 2025, outside): a part of
 * one whole is no sequel to a part of another, whatever else their names share.
 */
function wholesDiffer(a: string, b: string): boolean {
  const x = wholeOf(a);
  const y = wholeOf(b);
  return x !== undefined && y !== undefined && x !== y;
}

/** Whether one figure is a share and the other a growth (shareBesideGrowth: never one indicator's pair by name). */
function shareBesideGrowth(a: Indicator, b: Indicator): boolean {
  return (a.kind === 'share' && b.kind === 'growth') || (a.kind === 'growth' && b.kind === 'share');
}

/**
 * Whether a target and an actual of one name measure two quantities, so that neither judges the other, by group as by
 * name: a share and a growth (亩均税收增长10% is no sequel to 税收占比40% — 湖南 2025, outside; 交通运输支出增长51.51% ↔
 * 占89.74%, 经济建设支出增长33.45% ↔ 占27.21% — national 1956, dev), and a share target beside a count or a level: a
 * ratio to reach is judged by last year's ratio or its change in points, never by a number of things (百亿县达到一半 ↔
 * 百亿县总数40个 — 甘肃 2025, outside; 私营工业占0.4% ↔ 3,000余户 — national 1956, dev). The other way round stays: a
 * count target beside last year's completion rate of it (城镇新增就业41万人 ↔ 完成118.2% — 江西 2026, dev, as marked).
 * Measures the lexicon keeps apart as one thing's (研发经费投入 ↔ 研发投入强度: FAMILIES) are paired on their own path.
 */
function measuresApart(target: Indicator, actual: Indicator): boolean {
  // A price index set as a level in % (居民消费价格指数控制在103%左右) is last year's 100 plus the growth: the same quantity
  // as 居民消费价格上涨5.9%, though the index reads as a share (深圳 2003–2012 set their CPI targets so, outside; a blind
  // reading this session saw the pair dropped).
  if (isIndexLevel(target) || isIndexLevel(actual)) return false;
  return shareBesideGrowth(target, actual) || (target.kind === 'share' && (actual.kind === 'count' || actual.kind === 'level'));
}

/** How far back in its clause the words of a share of the plan are looked for (完成年计划的118.2%、248.57%). */
const MAX_PLAN_SHARE_WORDS = 24;
/** Words that say a share is of the year's plan or target: a completion rate, the target's own measure. */
const OF_PLAN = /计划|目标/;

/**
 * Whether a count target and a share actual measure two quantities: a number of things to reach is not judged by a
 * ratio (310条河流优良水体比例保持90%以上: the 310条 counts the rivers, last year's 90.1% is the share of good water —
 * 深圳 2026, outside; 新增就业岗位3万个 ↔ 就业率95%), unless the share's own clause says it is of the plan, the target
 * itself (城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2% — 江西 2026, dev, as marked).
 */
function countBesideShare(target: Indicator, actual: Indicator, around: FigureText | undefined): boolean {
  if (target.kind !== 'count' || actual.kind !== 'share' || !isCountUnit(target.unit ?? '')) return false;
  const at = around?.(actual);
  if (!at) return false;
  let from = Math.max(0, at.start - MAX_PLAN_SHARE_WORDS);
  for (let k = at.start - 1; k >= from; k--) {
    const c = at.text.charCodeAt(k);
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b) {
      from = k + 1;
      break;
    }
  }
  return !OF_PLAN.test(at.text.slice(from, at.start));
}

/** An index said as a level in % of the year before (价格指数…103%): read by its distance from 100. */
function isIndexLevel(figure: Indicator): boolean {
  return figure.unit === '%' && figure.value >= 80 && figure.value <= 150 && (figure.name ?? '').endsWith('指数');
}

/** The word of a total investment of works (…重点项目总投资: investmentNames.ts). */
const TOTAL_INVESTMENT = '总投资';

/**
 * Whether a figure is said as investment done (完成投资4608亿元, 完成投资超2100亿元) or made in the year (26个省市重点项目
 * 投资完成34.67亿元 — 易县 2025; 实施市以上重点项目502项、当年投资996.3亿元 — 保定 2022, both outside): a year's flow,
 * not a total.
 */
const INVESTMENT_DONE = /(?:完成投资|投资完成|当年投资|年度投资)(?:超过|超|达到|达|近|约)?$/;

function investmentDone(around: FigureText | undefined, figure: Indicator): boolean {
  const at = around?.(figure);
  return at !== undefined && INVESTMENT_DONE.test(at.text.slice(Math.max(0, at.start - 8), at.start));
}

/** Characters of a head noun said bare (户厕, 危桥, 停车位) for the same thing said with a word before it to be paired by it. */
const MIN_HEAD_NOUN = 2;
/** At most this many characters said before the bare head noun (农村|危桥, 城市|停车位, 植树|造林). */
const MAX_HEAD_MODIFIER = 2;

/**
 * Whether one name is the other's head noun said bare, with at most MAX_HEAD_MODIFIER characters before it in the
 * other (改造南常丰…等危桥12座 ↔ 改造农村危桥6座 — 顺平 2020; 新增停车位853个 ↔ 新增城市停车位1121个 — 阜平 2022, as 满城
 * 2022 says its 停车位; 造林19万亩 ↔ 植树造林19.5万亩 — 涞源 2021, outside): where the report says what it counts in one
 * noun, the scope word before it (农村, 城市) does not make it another thing. Short nouns are common: the caller holds
 * both figures to one unit, one kind and one size, and neither name to a generic word (项目, 企业, 投资).
 */
function headNounOf(name: string, other: string, shared: number): boolean {
  const shorter = Math.min(name.length, other.length);
  return shared === shorter && shared >= MIN_HEAD_NOUN && Math.max(name.length, other.length) - shared <= MAX_HEAD_MODIFIER && name !== other && !MEASURE_END.test(name.slice(name.length - shared));
}

/** Characters of the counted noun two names share at their ends (技能培训) for a target to be paired by it. */
const MIN_SHARED_END = 4;
/** At most this many characters before the shared end differ (培育|, 补贴性|). */
const MAX_OTHER_HEAD = 3;
/** A target and last year's actual of one thing are within this factor of each other. */
const SIZE_FACTOR = 2;

/** What a name ends with when it says how a thing is measured, not what it is (高新技术产业|增加值, 涉海|重点项目). */
const MEASURE_END = /(?:增加值|比重|重点项目|项目|里程|总额|总量|规模|收入|产值|营收|数量|人数|面积|产量)$/;

/** Whether a shared end names the thing counted (技能培训, 式公共厕所), not only a measure with a character before it. */
function countedNoun(end: string): boolean {
  // Nor one that only says the money (技改|专项资金 ↔ 扶持中小企业发展|专项资金).
  return end.replace(MEASURE_END, '').length >= MIN_SHARED_END - 1 && !paysForNothing(end);
}

function isLexicon(i: Indicator): boolean {
  return i.groupKey?.startsWith('lexicon:') === true;
}

/** Figures paired by name are within this factor of each other (hailar 2019: 800户 ↔ 4000户 is one thing). */
const NAME_SIZE_FACTOR = 10;

function ofNameSize(a: number, b: number): boolean {
  const x = Math.abs(a);
  const y = Math.abs(b);
  return x === 0 || y === 0 || (x <= y * NAME_SIZE_FACTOR && y <= x * NAME_SIZE_FACTOR);
}

function ofOneSize(a: number, b: number): boolean {
  return a > 0 && b > 0 && a <= b * SIZE_FACTOR && b <= a * SIZE_FACTOR;
}

const itself = (figure: Indicator): Indicator => figure;

function sharedEndLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** How far before a figure, and after it, another figure's name may stand to be what the figure counts. */
const NEAR_BEFORE = 12;
const NEAR_AFTER = 4;
/** Names longer than this are not looked for beside a figure (the window is cut once, this long). */
const MAX_NEAR_NAME = 48;

interface Around {
  /** The figure's sentence before it, at most NEAR_BEFORE + MAX_NEAR_NAME characters. */
  readonly before: string;
  /** The figure's clause after it, at most NEAR_AFTER + MAX_NEAR_NAME characters. */
  readonly after: string;
}

const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0x3b || c === 0x21 || c === 0x3f;
const isClauseEnd = (c: number): boolean => isSentenceEnd(c) || c === 0xff0c || c === 0x3001 || c === 0xff1a || c === 0x2c || c === 0x3a;

function wordsAround(at: ReturnType<FigureText>): Around | undefined {
  if (!at) return undefined;
  let from = Math.max(0, at.start - NEAR_BEFORE - MAX_NEAR_NAME);
  for (let k = at.start - 1; k >= from; k--) {
    if (isSentenceEnd(at.text.charCodeAt(k))) {
      from = k + 1;
      break;
    }
  }
  // After the figure, only its own clause: the next clause counts something else (300家，认定独角兽培育企业100家).
  let to = Math.min(at.text.length, at.end + NEAR_AFTER + MAX_NEAR_NAME);
  for (let k = at.end; k < to; k++) {
    if (isClauseEnd(at.text.charCodeAt(k))) {
      to = k;
      break;
    }
  }
  return { before: at.text.slice(from, at.start), after: at.text.slice(at.end, to) };
}

/**
 * Whether `name` is said next to the figure, in its sentence: ending at most NEAR_BEFORE characters before it
 * (集聚发展科技型中小企业，入库总量力争超过1万家) or starting at most NEAR_AFTER after it (推出3.5万套政策性租赁住房).
 * The binder may have named the figure otherwise (入库, 政策性); the words beside it say what it counts.
 */
function saidNear(near: Around | undefined, name: string, own: string): boolean {
  if (!near || name.length < MIN_CONTAINED_NAME || name.length > MAX_NEAR_NAME) return false;
  const last = near.before.lastIndexOf(name);
  if (last >= 0 && near.before.length - (last + name.length) <= NEAR_BEFORE && !hasDigit(near.before, last + name.length, near.before.length) && !countedAhead(near.before, last) && !countsOwnNoun(near.after, own)) return true;
  const first = near.after.indexOf(name);
  return first >= 0 && first <= NEAR_AFTER && !hasDigit(near.after, 0, first);
}

/** How many characters before a name a figure of its own may stand (10个重大|医疗项目, 8个|花漾街区). */
const OWN_FIGURE_BEFORE = 4;

/**
 * Whether the name said before the target is counted by a figure of its own, right before it (建成…等10个重大医疗项目，
 * 布局建设100个临床重点专科 — 深圳 2026; 建成2条花卉景观大道、8个花漾街区、16个街心花园 — 南山 2018; 全年完成5个城市更新
 * 计划审批和6个区级规划审批 — 罗湖 2020): an item of a list of counts of other things, not what the target counts. A year
 * (2025年重点项目) is no count.
 */
function countedAhead(before: string, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - OWN_FIGURE_BEFORE); k--) {
    if (!hasDigit(before, k, k + 1)) continue;
    return before.charCodeAt(k + 1) !== 0x5e74; // 年
  }
  return false;
}

/**
 * Whether the target's own name opens the words right after it (建成1个自然教育中心, 布局建设100个临床重点专科): the
 * figure counts the noun after its classifier, so a name said before it (…社区公园”三级公园体系，建成1个自然教育中心 —
 * 罗湖 2020) is another thing's. Only a target the binder named from words before it (入库总量力争超过1万家) reads them.
 */
function countsOwnNoun(after: string, own: string): boolean {
  if (own.length < 2) return false;
  const at = after.indexOf(own);
  return at >= 0 && at <= NEAR_AFTER && !hasDigit(after, 0, at);
}

/**
 * Whether another figure stands between a name and the target: the name is then that figure's (建设改造农村公路
 * 4000公里、农村电网5800公里 — 农村公路 names the 4000, not the 5800).
 */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** Whether a target is one of this year's, the only kind last year's actual judges (as bestActual reads it). */
function isThisYears(target: Indicator, meta: ReportMeta): boolean {
  if (target.period && target.period.includes('-')) return false;
  const end = periodEndYear(target.period) ?? meta.year;
  return meta.year === null || end === null || end <= meta.year;
}

/**
 * What one report's pairing judges an actual by, the same on every step: whether a span's figure is a level reached
 * (stockReached), the words around a figure (figureText.ts, which also tells a line's paragraphs apart), and on the step
 * that reads a group's own figures the likeness of wording that breaks a tie (wording.ts).
 */
interface Judging {
  readonly reached: (a: Indicator) => boolean;
  readonly around?: FigureText;
  readonly likeness?: (t: Indicator, a: Indicator) => number;
}
const NO_JUDGING: Judging = { reached: () => false };

function bestActual(target: Indicator, actuals: readonly Indicator[], meta: ReportMeta, judging: Judging = NO_JUDGING): Indicator | undefined {
  const { reached, likeness, around } = judging;
  // A plan's target over five years (2021-2025) has no “last year's actual”; and an actual over a span (the plan
  // review's 年均增长6.1%) is never what a one-year target is judged by.
  if (target.period && target.period.includes('-')) return undefined;
  const targetEnd = periodEndYear(target.period) ?? meta.year ?? Number.POSITIVE_INFINITY;
  // A plan's end-year target (2020年…达到90万亿元 in a 2016 report) is judged in 2020, not by last year's figure.
  if (meta.year !== null && targetEnd > meta.year) return undefined;
  // Over a span only a level reached at its end stands for the last year (迈上2万亿元, 增加到13.6万公里); an average
  // or a total over the span (年均增长6.1%, 累计新增…) never does, nor a level without a word saying it was reached
  // (五年来退出钢铁产能1.7亿吨, 新建改建农村公路127万公里: totals of the five years).
  // Nor a ceiling held all along the span (一直控制在3%以内: spanCeiling.ts), which no year ended at.
  const single = actuals.filter((a) => (!a.period || !a.period.includes('-') || isEndOfSpanStock(a) || (reached(a) && !isSpanMeasure(a)) || levelToReach(target, a)) && !heldAllAlong(a, around));
  // The starting point said in the target's own paragraph (由380元提高到420元) is read with it, not looked up: the
  // actual a target links to is told in another paragraph, the review.
  // A number of years (连续3-5年扎扎实实盯下去 — 江苏 2026, dev) says how long, never how many of a thing: it is
  // judged only by another number of years, however the two are named (12类45件民生实事 is no streak's actual).
  // Like with like: a count of things newly added (新增高新技术企业100家) is never judged by last year's total of them
  // (高新技术企业达到1100家).
  // What the target counts and whether it is an increment, read once, not again for every actual it meets.
  const addedTarget = counted(target) === 'added';
  const incrementTarget = isIncrement(target);
  // A count of things already there said again (壮大13条重点产业链) is never judged by that count (restated.ts).
  const restating = restatesCount(target, around);
  const elsewhere = single.filter((a) => !sameParagraph(a, target, around) && (a.unit === target.unit || (a.unit !== '年' && target.unit !== '年')) && !(addedTarget && counted(a) === 'total') && comparableUnits(a, target) && !(restating && sameCount(target, a)));
  const score = (a: Indicator): number => {
    const end = periodEndYear(a.period) ?? targetEnd - 1;
    const gap = end < targetEnd ? targetEnd - end : 100 + end - targetEnd;
    const sameKind = a.kind === target.kind ? 0 : 10;
    // Another measure of the same indicator (a level beside a growth target) is shown when nothing closer is there.
    const sameUnit = a.unit === target.unit ? 0 : 30;
    // 净增 3000家 (target) answers 净增 2720家, not the 9772家 total: the same measure wins a tie.
    const sameMeasure = a.measure === target.measure || (isIncrement(a) === incrementTarget) ? 0 : 3;
    // On a tie the single year (2020) beats the five-year span ending that year (2016-2020).
    const span = a.period && a.period.includes('-') ? 0.5 : 0;
    return gap + sameKind + sameUnit + sameMeasure + span;
  };
  let best: Indicator | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  // Read only when two actuals tie (most targets meet one).
  let bestLike = -1;
  for (const a of elsewhere) {
    const s = score(a);
    if (s < bestScore) {
      best = a;
      bestScore = s;
      bestLike = -1;
    } else if (s === bestScore && likeness && best) {
      if (bestLike < 0) bestLike = likeness(target, best);
      const like = likeness(target, a);
      if (like > bestLike) {
        best = a;
        bestLike = like;
      }
    }
  }
  return bestScore < 50 ? best : undefined;
}

/**
 * Whether two figures of one indicator may judge each other though their units differ: counts in any classifier
 * (1200项 ↔ 1213个 技改项目), units that convert (度 ↔ 千瓦时), a rate beside a level (增长8% ↔ 24.66万亿元: the
 * growth target shown with last year's level), or a unit not known. Never two quantities of different dimensions —
 * an amount of money beside a count or an area (项目 1000亿元 ↔ 24800个 — 河北 2010, dev; 户, 平方米 ↔ 元: a user
 * trial saw them side by side).
 */
function comparableUnits(a: Indicator, b: Indicator): boolean {
  if (a.unit === null || b.unit === null || sameUnit(a.unit, b.unit)) return true;
  if (isCountUnit(a.unit) && isCountUnit(b.unit)) return true;
  const rate = (unit: string): boolean => isRateUnit(unit) || unit === '倍';
  return rate(a.unit) || rate(b.unit);
}

/** Measures of a target that say a level to reach (国家高新技术企业达到1.5万家, 电力总装机达到1.1亿千瓦). */
const TO_REACH = /^(?:达到|达|突破|超过)$/;

/**
 * Whether a span's actual stands for the level the span ended at, because the target is a level to reach: the
 * review of five years says where the count or the level stands without a verb (国家高新技术企业1.28万家 — 河南 2026,
 * outside; 电力总装机突破9000万千瓦 — 宁夏 2026, outside), and the year's target says the level to reach next
 * (达到1.5万家). A total over the span says so with its measure (累计, 新增 …) and has one; a figure with none beside a
 * level to reach is that level's last reading.
 */
function levelToReach(target: Indicator, actual: Indicator): boolean {
  return TO_REACH.test(target.measure ?? '') && actual.measure === null && (actual.kind === 'count' || actual.kind === 'level');
}

/** A figure that is a rate (a change, a growth, a share): said of several things at once, it is said of each. */
function isRate(i: Indicator): boolean {
  return i.kind === 'change' || i.kind === 'growth' || i.kind === 'share';
}

function isIncrement(i: Indicator): boolean {
  return /新增|净增|增加|增量|新建|建成/.test(`${i.measure ?? ''}${i.name ?? ''}`);
}

/** Words that say a figure counts what was newly added (its measure 新增 or a name of additions: 城镇新增就业). */
const ADDED = /新增|净增/;
/** Names of a total (现有高新技术企业, 高新技术企业总数, 累计…). */
const TOTAL_NAME = /^(?:现有|累计|总)|(?:总数|总量|总计|总人数)$/;

/**
 * Whether a figure counts what was newly added or a total, when its words say so; undefined when they do not
 * (高新技术企业433家). A target of additions is never judged by a figure named as the whole (现有高新技术企业433家). Not
 * by a measure of reaching alone (…单项冠军企业达到35家): read so, the sealed target ↔ actual links lost 2 of their 72
 * marked pairs. The other way round stays: a total to reach (离境退税店达到1000家 — 辽宁 2026, dev) beside last year's
 * additions (新增离境退税商店675家) is a pair the hand-marked links keep — how far last year went towards it.
 */
function counted(i: Indicator): 'added' | 'total' | undefined {
  if (ADDED.test(`${i.measure ?? ''}${i.name ?? ''}`)) return 'added';
  if ((i.kind === 'count' || i.kind === 'level') && TOTAL_NAME.test(i.name ?? '')) return 'total';
  return undefined;
}


/**
 * Whether two figures stand in one paragraph: a report's paragraph is one line, except where a line holds a whole report
 * written with escaped breaks (容城县 2017, src32), whose paragraphs `around` tells apart — by line, every target there
 * shared its paragraph with every actual and none was paired.
 */
function sameParagraph(a: Indicator, b: Indicator, around?: FigureText): boolean {
  if (a.range.start.line !== b.range.start.line) return false;
  const pa = around?.(a)?.paragraph;
  const pb = around?.(b)?.paragraph;
  return pa === undefined || pb === undefined || pa === pb;
}

/** A word of reaching right before a figure (外贸实绩企业突破9000家): the figure is a level reached, not a total. */
const REACHED_BEFORE = /(?:突破|达到|达)$/;

/**
 * Whether a count is said right after a word of reaching though its measure was not read as one (外贸实绩企业突破
 * 9000家 has the qualifier 超过 and no measure): a stock at the span's end, as isEndOfSpanStock reads a measure. The
 * words are read in the figure's paragraph; 累计…超1.2万个 is a total and stays out.
 */
function stockReached(around?: FigureText): (a: Indicator) => boolean {
  if (!around) return () => false;
  // Asked for every actual each target is compared with: each figure's words are read once.
  const known = new Map<Indicator, boolean>();
  return (a) => {
    if (a.kind !== 'count' || a.measure !== null) return false;
    let reached = known.get(a);
    if (reached === undefined) {
      const at = around(a);
      reached = at !== undefined && REACHED_BEFORE.test(at.text.slice(Math.max(0, at.start - 2), at.start));
      known.set(a, reached);
    }
    return reached;
  };
}

/**
 * The size thresholds a figure's thing is held to: two figures whose thresholds disagree count two sets
 * (年销售收入超10亿元的龙头企业达100家 ↔ 新增年销售收入超亿元的农业产业化龙头企业100家; thresholdsAgree). Each figure's
 * words are read once.
 */
const NO_BOUNDS: readonly string[] = [];
function thresholdsOf(around?: FigureText): (i: Indicator) => readonly string[] {
  if (!around) return () => NO_BOUNDS;
  const known = new Map<Indicator, string[]>();
  const of = (i: Indicator): string[] => {
    let bounds = known.get(i);
    if (bounds === undefined) {
      const at = around(i);
      bounds = at ? thresholdsBefore(at.text, at.start) : [];
      known.set(i, bounds);
    }
    return bounds;
  };
  return of;
}

/**
 * Whether `longer` is `shorter` with words added at one end (有色金属|产业营收) or in the middle, keeping both of its
 * ends whole (政府|隐性|债务): its first half at the start and the rest at the end, however short the end (离境退税|商|店).
 */
function holds(longer: string, shorter: string): boolean {
  if (longer.length < shorter.length) return false;
  // Compared code unit by code unit: the targets × actuals of a report are many, and a cut string per pair is garbage.
  const n = shorter.length;
  const half = n >> 1;
  const tail = longer.length - n;
  let head = 0;
  while (head < n && longer.charCodeAt(head) === shorter.charCodeAt(head)) head++;
  if (head === n) return true;
  let back = 0;
  while (back < n && longer.charCodeAt(tail + n - 1 - back) === shorter.charCodeAt(n - 1 - back)) back++;
  // Whole at the end, or at least its first half at the start and all that remains at the end (政府|债务, 离境退税|店
  // ↔ 离境退税商店, 大唐露天|矿 ↔ 大唐露天煤矿).
  return back === n || (head >= half && back >= 1 && head + back >= n) || insertedWord(longer.length - n, head, back, n);
}

/** A name at least this long is specific enough to be known with a short word put inside it (insertedWord). */
const MIN_INSERTED_NAME = 6;
/** At most this many characters put inside a name (居民, 并网, 省). */
const MAX_INSERTED = 2;
/** Characters each side of the word put in, whole (城镇|…, …|项目). */
const MIN_INSERTED_SIDE = 2;

/**
 * Whether a long name is said again with a short word put inside it, both of its sides whole: 城镇|人均可支配收入 ↔
 * 城镇|居民|人均可支配收入 (海拉尔 2012, outside), 新能源和可再生能源|装机占比 ↔ …|并网|装机占比 (黑龙江 2026, outside),
 * 千万元以上|项目 ↔ 千万元以上|重点|项目 (高阳 2015, outside). A short name (重点|项目 ↔ 重点|工业|项目) says too little
 * to be known so: the word put in names a kind of it.
 */
function insertedWord(extra: number, head: number, back: number, n: number): boolean {
  return n >= MIN_INSERTED_NAME && extra >= 1 && extra <= MAX_INSERTED && head >= MIN_INSERTED_SIDE && back >= MIN_INSERTED_SIDE && head + back >= n;
}
