/**
 * Target ↔ actual pairs of like with like: a count of things newly added is never judged by a figure named as their
 * whole (fixes7, a user trial: a 新增 target paired with a stock total of the same indicator).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { counterpartFigure } from '../../src/core/indicators/counterpart';
import { figureIn as figure } from '../support/figures';

// 保定 2018 (outside the corpus: the periods7 copy from dingxing.gov.cn), its review and its tasks, quoted exactly.
const BAODING_2018 = [
  '政府工作报告——2018年2月10日在保定市第十五届人民代表大会第三次会议上',
  '一、2017年工作回顾',
  '全市现有高新技术企业433家、科技型中小企业6545家、院士工作站27家，居全省前列。',
  '二、2018年目标任务和重点工作',
  '培育壮大创新主体，持续推进高新技术企业、科技型中小企业、上市公司"三个倍增"计划，全年新增高新技术企业60家以上、科技型中小企业500家以上。',
].join('\n');

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
    expect(counterpartFigure(model.pairs, target)).toBeUndefined();
    const stock = figure(model, '433家');
    const links = model.references.filter((r) => r.kind === 'indicator' && r.from.range.start.line === target.range.start.line && r.from.range.start.character === target.range.start.character);
    expect(links.some((r) => r.to.range.start.line === stock.range.start.line)).toBe(false);
  });
});

// 河南 2026 (outside the corpus: the periods8 copy), the five-year review and the year's tasks, quoted exactly.
const HENAN_2026 = [
  '2026年河南省政府工作报告',
  '一、“十四五”时期和2025年工作回顾',
  '产业转型提质增效。战略性新兴产业占规上工业增加值比重超过25%，先进装备、电子信息、新能源汽车等7大产业集群对工业贡献率超过70%，超硬、超轻、超薄、超纯等新材料产业积厚成势，全球首台25兆瓦级风电主轴轴承、全球最高10米液压支架、全球最大直径竖井掘进机成功下线，培育了超聚变、中创智领等一批行业领军企业，集聚了比亚迪、宁德时代等一批世界一流企业。全球“灯塔工厂”3家，国家卓越级智能工厂16家，专精特新“小巨人”450家，制造业单项冠军59家，国家高新技术企业1.28万家、科技型中小企业3万家。',
  '三、2026年重点工作安排',
  '建强先进制造业体系。深度对接国家新一轮重点产业链高质量发展行动，优化重点产业链群培育机制，支持新型电力装备、现代食品等产业进入国家先进制造业集群。加快现代装备、新材料、新一代信息技术、新能源与智能网联汽车等新兴产业集群发展，加快推进奇瑞乘用车技改、比亚迪新能源商用车、中州时代电池三期、中创新航动力电池及储能等项目。支持天兵科技、天章卫星等商业航天企业做大做优。推进众擎机器人全球生产制造中心、仕佳光子通信芯片等项目建设，大力发展新型储能，完善中原量子谷产业生态，创建国家未来产业先导区。健全优质企业梯度培育体系，国家高新技术企业达到1.5万家、科技型中小企业3.2万家。',
].join('\n');

describe('a target that says a level to reach (达到)', () => {
  const model = analyzeReport(HENAN_2026);

  it('is judged by the five-year review’s figure of the same indicator said with no measure: where the span ended', () => {
    const target = figure(model, '1.5万家');
    expect([target.status, target.measure]).toEqual(['target', '达到']);
    const stock = figure(model, '1.28万家');
    expect([stock.period, stock.measure]).toEqual(['2021-2025', null]);
    const links = model.references.filter((r) => r.kind === 'indicator' && r.from.range.start.line === target.range.start.line && r.from.range.start.character === target.range.start.character);
    expect(links.map((r) => r.to.text)).toEqual(['1.28万家']);
  });
});
