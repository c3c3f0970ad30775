import { periodEndYear } from '../indicators/timeScope';
import type { Indicator, OutlineNode, Reference, ReportMeta } from '../types';
import { blockNodes, inNodes } from './context';

/**
 * This year's targets ↔ the same indicator's actual in the review (地区生产总值 “6%以上” for 2021 ↔ the 2020
 * growth), both ways. The actual chosen is the one closest before the target's period, same kind where possible.
 */
export function findTargetActualPairs(indicators: readonly Indicator[], meta: ReportMeta, outline: readonly OutlineNode[] = [], around?: FigureText): Reference[] {
  // A glossary's or an annex's figures explain a programme (“2152”龙头引育工程：…100家…); they are no one's actual.
  const blocks = blockNodes(outline);
  const groups = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    if (!ind.groupKey || inNodes(ind.range.start.line, blocks)) continue;
    const list = groups.get(ind.groupKey) ?? [];
    list.push(ind);
    groups.set(ind.groupKey, list);
  }
  const out: Reference[] = [];
  const reverseDone = new Set<Indicator>();
  const pair = (t: Indicator, actual: Indicator, key: string): void => {
    out.push({ kind: 'indicator', from: { range: t.range, text: t.text }, to: { range: actual.range, text: actual.text }, key: `indicator:${key}` });
    if (!reverseDone.has(actual)) {
      reverseDone.add(actual);
      out.push({ kind: 'indicator', from: { range: actual.range, text: actual.text }, to: { range: t.range, text: t.text }, key: `indicator:${key}` });
    }
  };
  const unpaired: Indicator[] = [];
  for (const [key, list] of groups) {
    const targets = list.filter((i) => i.status === 'target');
    const actuals = list.filter((i) => i.status === 'actual');
    for (const t of targets) {
      const actual = actuals.length > 0 ? bestActual(t, actuals, meta) : undefined;
      if (actual) pair(t, actual, key);
      else unpaired.push(t);
    }
  }
  // The actuals a target may be paired with by name, by unit (built once: targets × actuals of one unit are compared).
  const byUnit = new Map<string | null, Indicator[]>();
  if (unpaired.length > 0) {
    for (const a of indicators) {
      if (a.status !== 'actual' || (a.name?.length ?? 0) < MIN_CONTAINED_NAME || inNodes(a.range.start.line, blocks)) continue;
      const list = byUnit.get(a.unit) ?? [];
      list.push(a);
      byUnit.set(a.unit, list);
    }
  }
  const budget = { checks: MAX_NAME_CHECKS };
  for (const t of unpaired) {
    const actual = actualByName(t, byUnit.get(t.unit) ?? [], meta, budget, around);
    if (actual) pair(t, actual, actual.groupKey ?? t.groupKey ?? '');
  }
  return out;
}

/** A name this long is specific enough to find its indicator at either end of another name (有色金属 of 有色金属产业营收). */
const MIN_CONTAINED_NAME = 4;
/** Bound on the names compared for one report, so that a huge input stays linear. */
const MAX_NAME_CHECKS = 100_000;

/**
 * A target its group left alone, paired by name: the actual of the same unit whose name begins or ends with the
 * target's name, or the other way round (有色金属 1.18万亿 ↔ 有色金属产业营收 1万亿元), or whose name the target's
 * sentence says beside it (推出3.5万套政策性租赁住房 ↔ 政策性租赁住房 5.3万套).
 */
function actualByName(target: Indicator, actuals: readonly Indicator[], meta: ReportMeta, budget: { checks: number }, around?: FigureText): Indicator | undefined {
  const name = target.name ?? '';
  if (actuals.length === 0 || !isThisYears(target, meta)) return undefined;
  const candidates: Indicator[] = [];
  const targetText = around?.(target);
  for (const a of actuals) {
    if (--budget.checks < 0) return undefined;
    const other = a.name as string;
    const [shorter, longer] = other.length <= name.length ? [other, name] : [name, other];
    // The binder may have named the target from too few words (入库, 政策性): an actual whose name the target's own
    // sentence says beside it counts the same thing. (Not the other way round: a review sentence lists many figures,
    // and a target's name beside one of them is no sign that the figure is its actual.)
    if ((shorter.length >= MIN_CONTAINED_NAME && holds(longer, shorter)) || saidNear(targetText, other)) candidates.push(a);
  }
  return candidates.length > 0 ? bestActual(target, candidates, meta) : undefined;
}

/** A figure's paragraph text and where the figure stands in it (index.ts reads it from the report's paragraphs). */
export type FigureText = (figure: Indicator) => { readonly text: string; readonly start: number; readonly end: number } | undefined;

/** How far before a figure, and after it, another figure's name may stand to be what the figure counts. */
const NEAR_BEFORE = 12;
const NEAR_AFTER = 4;
const SENTENCE_END = /[。；！？;!?]/;
const CLAUSE_END = /[，、：。；！？,:;!?]/;

/**
 * Whether `name` is said next to the figure, in its sentence: ending at most NEAR_BEFORE characters before it
 * (集聚发展科技型中小企业，入库总量力争超过1万家) or starting at most NEAR_AFTER after it (推出3.5万套政策性租赁住房).
 * The binder may have named the figure otherwise (入库, 政策性); the words beside it say what it counts.
 */
function saidNear(at: ReturnType<FigureText>, name: string): boolean {
  if (!at || name.length < MIN_CONTAINED_NAME) return false;
  let before = at.text.slice(Math.max(0, at.start - NEAR_BEFORE - name.length), at.start);
  const stop = lastIndexOfPattern(before, SENTENCE_END);
  if (stop >= 0) before = before.slice(stop + 1);
  if (before.includes(name)) return true;
  // After the figure, only its own clause: the next clause counts something else (300家，认定独角兽培育企业100家).
  let after = at.text.slice(at.end, at.end + NEAR_AFTER + name.length);
  const end = after.search(CLAUSE_END);
  if (end >= 0) after = after.slice(0, end);
  return after.includes(name);
}

function lastIndexOfPattern(text: string, pattern: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (pattern.test(text[i] as string)) return i;
  return -1;
}

/** Whether a target is one of this year's, the only kind last year's actual judges (as bestActual reads it). */
function isThisYears(target: Indicator, meta: ReportMeta): boolean {
  if (target.period && /-/.test(target.period)) return false;
  const end = periodEndYear(target.period) ?? meta.year;
  return meta.year === null || end === null || end <= meta.year;
}

function bestActual(target: Indicator, actuals: readonly Indicator[], meta: ReportMeta): Indicator | undefined {
  // A plan's target over five years (2021-2025) has no “last year's actual”; and an actual over a span (the plan
  // review's 年均增长6.1%) is never what a one-year target is judged by.
  if (target.period && /-/.test(target.period)) return undefined;
  const targetEnd = periodEndYear(target.period) ?? meta.year ?? Number.POSITIVE_INFINITY;
  // A plan's end-year target (2020年…达到90万亿元 in a 2016 report) is judged in 2020, not by last year's figure.
  if (meta.year !== null && targetEnd > meta.year) return undefined;
  // Over a span only a level reached at its end stands for the last year (迈上2万亿元); an average or a total over
  // the span (年均增长6.1%, 累计新增…) never does.
  const single = actuals.filter((a) => !a.period || !/-/.test(a.period) || ((a.kind === 'level' || a.kind === 'share' || isStockReached(a)) && !isSpanMeasure(a)));
  // The starting point said in the target's own paragraph (由380元提高到420元) is read with it, not looked up: the
  // actual a target links to is told in another paragraph, the review.
  const elsewhere = single.filter((a) => !sameParagraph(a, target));
  const score = (a: Indicator): number => {
    const end = periodEndYear(a.period) ?? targetEnd - 1;
    const gap = end < targetEnd ? targetEnd - end : 100 + end - targetEnd;
    const sameKind = a.kind === target.kind ? 0 : 10;
    // Another measure of the same indicator (a level beside a growth target) is shown when nothing closer is there.
    const sameUnit = a.unit === target.unit ? 0 : 30;
    // 净增 3000家 (target) answers 净增 2720家, not the 9772家 total: the same measure wins a tie.
    const sameMeasure = a.measure === target.measure || (isIncrement(a) === isIncrement(target)) ? 0 : 3;
    // On a tie the single year (2020) beats the five-year span ending that year (2016-2020).
    const span = a.period && /-/.test(a.period) ? 0.5 : 0;
    return gap + sameKind + sameUnit + sameMeasure + span;
  };
  let best: Indicator | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const a of elsewhere) {
    const s = score(a);
    if (s < bestScore) {
      best = a;
      bestScore = s;
    }
  }
  return bestScore < 50 ? best : undefined;
}

function isSpanMeasure(i: Indicator): boolean {
  return /年均|累计|新增|净增|增加|减少|平均/.test(i.measure ?? '');
}

function isIncrement(i: Indicator): boolean {
  return /新增|净增|增加|新建|建成/.test(`${i.measure ?? ''}${i.name ?? ''}`);
}


/** Whether two figures stand in one paragraph (a report's paragraph is one line). */
function sameParagraph(a: Indicator, b: Indicator): boolean {
  return a.range.start.line === b.range.start.line;
}

/** A count reached at the end of a span (高新技术企业达到7800家): a stock, what last year ended with. */
function isStockReached(i: Indicator): boolean {
  return i.kind === 'count' && /^(?:达到|达|突破|超过)$/.test(i.measure ?? '');
}

/**
 * Whether `longer` is `shorter` with words added at one end (有色金属|产业营收) or in the middle, keeping both of its
 * ends whole (政府|隐性|债务).
 */
function holds(longer: string, shorter: string): boolean {
  if (longer.startsWith(shorter) || longer.endsWith(shorter)) return true;
  const half = shorter.length >> 1;
  return longer.startsWith(shorter.slice(0, half)) && longer.endsWith(shorter.slice(half));
}
