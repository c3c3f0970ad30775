/**
 * Target ↔ actual pairs of like with like: a count of things newly added is never judged by a figure named as their
 * whole (fixes7, a user trial: a 新增 target paired with a stock total of the same indicator).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator, ReportModel } from '../../src/core';
import { counterpartFigure } from '../../src/core/indicators/counterpart';

// 保定 2018 (outside the corpus: the periods7 copy from dingxing.gov.cn), its review and its tasks, quoted exactly.
const BAODING_2018 = [
  '政府工作报告——2018年2月10日在保定市第十五届人民代表大会第三次会议上',
  '一、2017年工作回顾',
  '全市现有高新技术企业433家、科技型中小企业6545家、院士工作站27家，居全省前列。',
  '二、2018年目标任务和重点工作',
  '培育壮大创新主体，持续推进高新技术企业、科技型中小企业、上市公司"三个倍增"计划，全年新增高新技术企业60家以上、科技型中小企业500家以上。',
].join('\n');

const figure = (model: ReportModel, text: string): Indicator => {
  const found = model.indicators.find((i) => i.text === text);
  if (!found) throw new Error(`no figure ${text}`);
  return found;
};

describe('a count the clause opens with 新增 for', () => {
  const model = analyzeReport(BAODING_2018);

  it('takes the verb as its measure, for every item of the list it opens', () => {
    expect([figure(model, '60家').measure, figure(model, '500家').measure]).toEqual(['新增', '新增']);
    // The review's stock keeps none: 现有 is said of the firms, not of a change.
    expect(figure(model, '433家').measure).toBeNull();
  });

  it('is not paired with last year’s total (现有高新技术企业433家), on the card and in the links alike', () => {
    const target = figure(model, '60家');
    expect(target.status).toBe('target');
    expect(counterpartFigure(model.indicators, model.meta, target)).toBeUndefined();
    const stock = figure(model, '433家');
    const links = model.references.filter((r) => r.kind === 'indicator' && r.from.range.start.line === target.range.start.line && r.from.range.start.character === target.range.start.character);
    expect(links.some((r) => r.to.range.start.line === stock.range.start.line)).toBe(false);
  });
});
