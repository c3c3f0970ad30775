import { smallNumber } from '../numbers/chineseNumerals';
import type { IndicatorKind } from '../types';
import type { TimeScope } from './timeScope';
import { arabicYears, periodString } from './timeScope';

/**
 * Status and period of one figure: the scope of the text around it (see timeScope.ts), overridden by what its
 * own clause says — explicit time (到2030年, 2025年, 2016—2020年, 近3年, 去年) and wording (力争, 确保, 已).
 */
export interface FigureTimeInput {
  readonly year: number | null;
  readonly scope: TimeScope | null;
  /** From the sentence start to the figure. */
  readonly sentenceBefore: string;
  readonly kind: IndicatorKind;
  readonly measure: string | null;
  /** The start value of 由a提高到b. */
  readonly isFrom: boolean;
  readonly inGlossary: boolean;
}

// 计划 counts only as a verb (计划新增…), not in 年计划/超计划 or a programme's name. Inside a review, 争取 (secured
// funds) and 将 (将2.8万亿元…纳入) tell of what was done, so only the plainly forward-looking words turn a
// reported figure into a target.
const TARGET_CUES = /预期目标|主要目标|目标是|目标为|力争|确保|计划(?:到|完成|新增|实施|建设|投资|新建|改造)|预计到|到\d{4}年|(?<![主重需纲必只])要(?![求素点])|拟/;
const ACTUAL_CUES = /(?<![比较])去年|(?<![比较于])上年|过去一年|一年来|五年来|已经|已(?:完成|实现|达到|有)|目前|现有|我国有/;

export function statusOf(input: Pick<FigureTimeInput, 'scope' | 'sentenceBefore' | 'isFrom'>): 'actual' | 'target' {
  const { scope, sentenceBefore, isFrom } = input;
  if (isFrom) return 'actual';
  if (scope?.targetsList) return 'target';
  const base = scope?.status ?? 'actual';
  if (base === 'actual') return TARGET_CUES.test(sentenceBefore) && !/五年来|过去|去年/.test(sentenceBefore) ? 'target' : 'actual';
  return ACTUAL_CUES.test(sentenceBefore) ? 'actual' : 'target';
}

interface Span {
  readonly from: number;
  readonly to: number;
  readonly at: number;
}

/** The time expression nearest before the figure in its sentence, or null. */
function explicitTime(before: string, year: number | null, status: 'actual' | 'target'): Span | null {
  const found: Span[] = [];
  for (const m of before.matchAll(/((?:19|20)\d{2})\s*[—\-–~至到]\s*((?:19|20)\d{2})年/g)) found.push({ from: Number(m[1]), to: Number(m[2]), at: m.index ?? 0 });
  for (const m of before.matchAll(/(?<![比较与和\d—\-–~至])((?:19|20)\d{2})年(?![代以—\-–~至到])/g)) {
    // “比2020年”, “2013年以来”: a base or a start, not the figure's own time.
    found.push({ from: Number(m[1]), to: Number(m[1]), at: m.index ?? 0 });
  }
  if (year !== null) {
    const rel: Array<[RegExp, (m: RegExpMatchArray) => [number, number] | null]> = [
      [/(?<![比较])去年|过去一年|过去的一年|上一年/g, () => [year - 1, year - 1]],
      [/今年|本年/g, () => [year, year]],
      [/五年来|过去五年|这五年|五年间|五年累计/g, () => [year - 5, year - 1]],
      [/今后五年|未来五年|五年内/g, () => [year, year + 4]],
      [/(?:近|过去|这)([两二三四五六七八九十\d])年/g, (m) => {
        const n = smallNumber(m[1] as string);
        return status === 'actual' && n > 0 ? [year - n, year - 1] : null;
      }],
      [/十年(?:来|间|中)?/g, () => (status === 'actual' ? [year - 10, year - 1] : null)],
    ];
    for (const [re, span] of rel) {
      for (const m of before.matchAll(re)) {
        const s = span(m);
        if (s) found.push({ from: s[0], to: s[1], at: m.index ?? 0 });
      }
    }
  }
  if (found.length === 0) return null;
  return found.reduce((a, b) => (b.at > a.at ? b : a));
}

/** 年均/累计/新增 … over a plan span the whole plan; a level to reach is dated at the plan's end. */
const SPAN_MEASURE = /年均|累计|新增|增加(?!值)|减少|控制在|平均/;

export function periodOf(input: FigureTimeInput, status: 'actual' | 'target'): string | null {
  const { year, scope, kind, measure, isFrom, inGlossary } = input;
  // Every time expression below contains 年; most clauses have none, and skip the scan (once per figure).
  const timed = input.sentenceBefore.includes('年');
  const sentenceBefore = timed ? arabicYears(input.sentenceBefore) : input.sentenceBefore;
  const explicit = timed ? explicitTime(sentenceBefore, year, status) : null;
  let until: Span | null = null;
  if (timed) for (const m of sentenceBefore.matchAll(/到((?:19|20)\d{2})年(?:底|末)?/g)) until = { from: Number(m[1]), to: Number(m[1]), at: m.index ?? 0 };
  const time = until && (!explicit || until.at >= explicit.at - 1) ? until : explicit;
  if (isFrom) {
    // “由77家增至144家”: the start value belongs to the year before the stretch reviewed.
    if (time && time.from !== time.to) return String(time.from - 1);
    if (scope && scope.status === 'actual') return String(scope.from - 1);
    return year === null ? null : String(year - 1);
  }
  if (time) return periodString(time.from, time.to);
  // A glossary note explains a term; it dates a figure only where it says so (到2030年).
  if (year === null || inGlossary) return null;
  if (!scope) return String(status === 'target' ? year : year - 1);
  if (status !== scope.status) return String(status === 'target' ? year : year - 1);
  if (scope.plan && status === 'target') {
    const spans = kind === 'growth' || kind === 'change' || kind === 'other' || (measure !== null && SPAN_MEASURE.test(measure)) || SPAN_MEASURE.test(sentenceBefore.slice(-8));
    return spans ? periodString(scope.from, scope.to) : String(scope.to);
  }
  return periodString(scope.from, scope.to);
}
