import type { OutlineNode, ReportMeta } from '../types';

/** What a report part says about the figures in it, by default. */
export interface PartContext {
  readonly startLine: number;
  readonly endLine: number;
  readonly status: 'actual' | 'target';
  readonly title: string;
}

const TARGET_PART = /今年|主要任务|工作安排|重点工作|工作任务|总体要求|目标任务|政策取向|主要工作|建议|部署|预期目标|总体思路|十四五|十五五|规划|任务/;
const ACTUAL_PART = /回顾|成就|过去|决算|执行情况/;

/** Default status per top-level part, from its title: reviews report actuals, plans and tasks set targets. */
export function partContexts(outline: readonly OutlineNode[], meta: ReportMeta): PartContext[] {
  return outline.map((node) => {
    const title = node.title;
    const year = /(\d{4})年/.exec(title.normalize('NFKC'));
    let status: 'actual' | 'target' = 'actual';
    if (node.kind === 'annex') status = 'target';
    else if (ACTUAL_PART.test(title)) status = 'actual';
    else if (year && meta.year !== null && Number(year[1]) >= meta.year) status = 'target';
    else if (TARGET_PART.test(title)) status = 'target';
    return { startLine: node.range.start.line, endLine: node.range.end.line, status, title };
  });
}

export function contextAt(contexts: readonly PartContext[], line: number): PartContext | undefined {
  return contexts.find((c) => line >= c.startLine && line <= c.endLine);
}

const FIVE_YEAR = /五年来|过去五年|这五年|五年间|十三五(?:时期|期间|以来)|十二五(?:时期|期间|以来)|十四五(?:时期|期间|以来)/;

/** The period a figure speaks of: an explicit year, a five-year review, or the report year / the year before. */
export function periodFor(opts: {
  readonly year: number | null;
  readonly status: 'actual' | 'target';
  readonly sentenceBefore: string;
  readonly paragraph: string;
  readonly isFrom: boolean;
}): string | null {
  const { year, status, sentenceBefore, paragraph, isFrom } = opts;
  const explicitRange = /(\d{4})\s*[—\-–~至到]\s*(\d{4})年/.exec(sentenceBefore);
  const explicit = [...sentenceBefore.matchAll(/(\d{4})年(?![\d—\-–~至到])/g)].pop();
  const to = /到(\d{4})年/.exec(sentenceBefore);
  if (status === 'target') {
    if (to) return to[1] as string;
    // “今后五年…城镇新增就业5000万人以上”: a five-year-plan total, not this year's target.
    if (year !== null && /今后五年|未来五年|五年内|五年累计/.test(sentenceBefore)) return `${year}-${year + 4}`;
    if (/十四五|十五五|十三五/.test(sentenceBefore) && year !== null) return String(planEnd(sentenceBefore, year));
    return year === null ? null : String(year);
  }
  if (explicitRange) return `${explicitRange[1]}-${explicitRange[2]}`;
  if (explicit) return explicit[1] as string;
  if (year === null) return null;
  // “十年增加近70万亿元、年均增长6.2%”: a ten-year span named in the clause itself.
  const clause = sentenceBefore.slice(Math.max(sentenceBefore.search(/[，,][^，,]*$/), 0));
  if (/十年/.test(clause)) return isFrom ? String(year - 11) : `${year - 10}-${year - 1}`;
  if (/五年/.test(clause)) return isFrom ? String(year - 6) : `${year - 5}-${year - 1}`;
  if (FIVE_YEAR.test(paragraph.slice(0, 80)) || FIVE_YEAR.test(sentenceBefore)) {
    return isFrom ? String(year - 6) : `${year - 5}-${year - 1}`;
  }
  return isFrom ? null : String(year - 1);
}

function planEnd(text: string, year: number): number {
  if (/十五五/.test(text)) return 2030;
  if (/十四五/.test(text)) return 2025;
  if (/十三五/.test(text)) return 2020;
  return year;
}

// 计划 counts only as a verb (计划新增…), not in 年计划/超计划 or a programme's name; 将 not as the preposition
// before a figure (将2.8万亿元…纳入).
const TARGET_CUES = /预期目标|主要目标|目标是|目标为|力争|争取|确保|计划(?:到|完成|新增|实施|建设|投资|新建|改造)|预计到|到\d{4}年|(?<![主重需纲必只])要(?![求素点])|将(?![近其这此\d])|拟/;
const ACTUAL_CUES = /(?<!比)去年|(?<!比)上年|过去一年|一年来|五年来|已经|已(?:完成|实现|达到)/;

/** Sentence wording can override the part's default (a 力争 target inside a review, a recap inside the plan). */
export function statusFor(partStatus: 'actual' | 'target', sentenceBefore: string): 'actual' | 'target' {
  if (partStatus === 'actual') return TARGET_CUES.test(sentenceBefore) && !/五年来|过去/.test(sentenceBefore) ? 'target' : 'actual';
  return ACTUAL_CUES.test(sentenceBefore) ? 'actual' : 'target';
}
