import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/**
 * The report year of outside district reports (Shenzhen, zizhengLLM source) whose text carries no dated title: real
 * lines of free outside texts, session 29 (period30). Without a year every figure's period is null; with a wrong one
 * every five-year review and plan is moved.
 */
const report = (...lines: string[]): string => ['各位代表：', '　　现在，我代表区人民政府向大会作政府工作报告，请予审议。', ...lines.map((l) => `\u3000\u3000${l}`)].join('\n');

describe('the report year of a district report without a dated title', () => {
  it('reads a part heading without its numeral (南山区 2016, 坪山新区 2016)', () => {
    const nanshan = report('2015年工作回顾', '2015年，在市委市政府和区委的坚强领导下，我们紧紧围绕目标任务，全力以赴推动发展。', '2016年工作安排', '今年是“十三五”开局之年。');
    expect(analyzeReport(nanshan).meta.year).toBe(2016);
    const pingshan = report('“十二五”时期发展情况及2015年工作回顾', '五年来，我们坚持质量引领、效益优先，综合经济实力持续增强。', '“十三五”规划的主要思路及2016年工作计划', '“十三五”时期，世情、国情、市情和区情都在发生深刻变化。');
    expect(analyzeReport(pingshan).meta.year).toBe(2016);
  });

  it('takes no year from a heading that sets the long-range vision (福田区 2021: not 2035)', () => {
    const futian = report('一、2020年工作和“十三五”发展回顾', '刚刚过去的2020年，是深圳经济特区建立40周年、福田建区30周年。', '二、“十四五”时期主要任务和二〇三五年远景目标', '三、2021年工作安排');
    expect(analyzeReport(futian).meta.year).toBe(2021);
  });

  it('counts no goal year as the year reviewed (龙华区 2021, a term report: not 2026)', () => {
    const longhua = report(
      '一、本届政府工作回顾',
      '力争到2025年，数字经济核心产业增加值占地区生产总值的35%。',
      '到2025年，在保持制造业比重基本稳定的基础上，先进制造业增加值占规模以上工业增加值比重达到78%，战略性新兴产业增加值占地区生产总值比重达到50%以上。',
      '着力提升现代服务业发展能级，打造大湾区高端制造业服务中心，到2025年现代服务业增加值占三产比重达65%。',
      '到2025年，各类高层次人才规模突破2千人，技术技能人才累计增长10万人以上。',
    );
    expect(analyzeReport(longhua).meta.year).not.toBe(2026);
  });

  it('still counts an estimate of how the reviewed year ends (罗湖区 2016, made late in 2016: 预计到2016年底)', () => {
    const luohu = report(
      '一、过去五年工作回顾',
      '综合实力显著提升。预计到2016年底，本区生产总值超过1800亿元，年均增长8.4%；固定资产投资完成160亿元，增速从2011年的3.3%大幅增长到32.4%。',
      '改革试点一年来，完成计划规划审批21个，固定资产投资同比增长80%。2016年计划新开工14个项目，建筑面积超过500万平方米。',
      '高考重点本科和一般本科上线率稳步提升，2016年分别达到29.4%和75.3%。',
    );
    expect(analyzeReport(luohu).meta.year).toBe(2017);
  });
  it('dates a term report by the years its review ends and the plan it opens (福田区, 宝安区 2021: term reports, 2021)', () => {
    const futian = report(
      '一、过去五年工作回顾',
      '开展综合环境品质提升行动，2020年环卫指数总评获全市第一，助力深圳连续六届获评全国文明城市荣誉称号。',
      '艰难方显勇毅，磨砺始得玉成。过去五年，我们走过了一段极不平凡的历程，特别是2020年以来，面对新冠肺炎疫情的冲击，我们坚持人民至上、生命至上。',
      '二、未来五年主要任务和工作安排',
      '实施支持科技创新、绿色低碳、文化时尚、民生保障等领域发展的“金融+”战略，到2025年实现金融业增加值2600亿元。',
    );
    expect(analyzeReport(futian).meta.year).toBe(2021);
    const baoan = report(
      '一、区六届人大一次会议以来的工作',
      '五年来，扎实做好“六稳”工作、全面落实“六保”任务，地区生产总值从2015年2694亿元增长到2020年3847亿元。',
      '二、未来五年发展目标和重点任务',
      '构建“森林公园－城市公园－社区公园”三级体系，到2025年，新建和提升改造城市公园、社区公园35座，城区绿化覆盖率达到49%。',
    );
    expect(analyzeReport(baoan).meta.year).toBe(2021);
    // A term report made the year after the plan began (2022) reviews 2021: the later bound wins over 到2025年.
    const later = report('一、过去五年工作回顾', '五年来，地区生产总值从2016年2694亿元增长到2021年3847亿元。', '二、未来五年发展目标和重点任务', '到2025年，城区绿化覆盖率达到49%。');
    expect(analyzeReport(later).meta.year).toBe(2022);
  });
});
