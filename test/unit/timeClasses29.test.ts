import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 34 (period37), each checked on outside free texts (src27, src32), quoted as written, and on
 * the dev corpus.
 */
describe('a present said in a review of one year (目前，… / 当前，…) speaks for its own sentence only', () => {
  // Inside a review of several years 现在，… was already an aside (national 1998); inside a review of last year the
  // sentences after it went on dated by the report's own year, as if the rest of the paragraph told how things stand now.
  it('涞源县 2020 (src32): 目前，400万防贫保险…。农村低保扩面达到12179户16504人 is 2019, the year reviewed', () => {
    const text = '各位代表：\n现在，我代表涞源县人民政府向大会报告工作，请予审议。\n一、2019年工作回顾\n——一年来，我们把脱贫攻坚作为首要政治任务，坚持精准扶贫、高质量脱贫。五是防贫机制日益完善。目前，400万防贫保险纳入监测预警8022人次,救助488人次、发放救助资金497.5万元。农村低保扩面达到12179户16504人，保障面由3.4%提高到8.5%;特困供养人员共保障2397户2449人，切实做到应保尽保。共发放扶贫小额贷款1874.58万元，总量位居全市第三。\n二、2020年工作安排\n今年要继续努力。\n';
    const figures = analyzeReport(text, { fileName: '涞源县-2020.txt' }).indicators;
    // The present's own sentence stays the report's year, as before.
    expect(figure(figures, '8022人次')).toMatchObject({ status: 'actual', period: '2020' });
    expect(figure(figures, '12179户')).toMatchObject({ status: 'actual', period: '2019' });
    expect(figure(figures, '3.4%')).toMatchObject({ status: 'actual', period: '2018' });
    expect(figure(figures, '8.5%')).toMatchObject({ status: 'actual', period: '2019' });
    expect(figure(figures, '2397户')).toMatchObject({ status: 'actual', period: '2019' });
    expect(figure(figures, '1874.58万元')).toMatchObject({ status: 'actual', period: '2019' });
  });

  it('南山区 2023 (src27): 各位代表！当前，世界之变…展开。…办理人大代表建议252件 is 2022', () => {
    const text = '各位代表：\n　　现在，我代表南山区人民政府，向大会报告政府工作，请予审议。\n　　2022年工作回顾\n　　一年来，我们坚持以习近平新时代中国特色社会主义思想为指导。\n　　各位代表！当前，世界之变、时代之变、历史之变正以前所未有的方式展开。我们既要克服严峻复杂的外部环境对外向型城市的影响，又要顶住需求收缩、供给冲击、预期转弱三重压力。我们忠诚履职担当，自觉接受人大依法监督和政协民主监督，办理人大代表建议252件、政协提案253件。积极回应群众关切，办理年度民生实事20项、民生微实事1651件。\n　　2023年工作安排\n　　今年要继续努力。\n';
    const figures = analyzeReport(text, { fileName: '南山区-2023.txt' }).indicators;
    expect(figure(figures, '252件')).toMatchObject({ status: 'actual', period: '2022' });
    expect(figure(figures, '253件')).toMatchObject({ status: 'actual', period: '2022' });
    expect(figure(figures, '20项')).toMatchObject({ status: 'actual', period: '2022' });
    expect(figure(figures, '1651件')).toMatchObject({ status: 'actual', period: '2022' });
  });
});

describe('a count a relative clause with 已 describes, in this year\'s work, stands as the report is given', () => {
  const plan = (year: number, heading: string, body: string): string => '各位代表：\n　　现在，我代表人民政府，向大会报告政府工作，请予审议。\n　　一、' + String(year - 1) + '年工作回顾\n　　去年全年生产总值增长8%。\n　　' + heading + '\n　　' + body + '\n';

  it('河北省 2009 (src32): 大力支持已经确定规划建设的32个产业基础条件和…聚集区 is 2009, not 2008', () => {
    const text = plan(2009, '三、千方百计促进经济增长', '第三，加强产业聚集区建设。进一步完善优先配置土地资源、提供投融资服务、建立考核评价制度等方面政策措施，大力支持已经确定规划建设的32个产业基础条件和发展前景较好的聚集区加快发展，强化基础产业和基础设施建设。');
    const figures = analyzeReport(text, { fileName: '河北省-2009.txt' }).indicators;
    expect(figure(figures, '32个')).toMatchObject({ status: 'actual', period: '2009' });
  });

  it('宝安区 2024 (src27): 支持已经具备较好行业地位的4个集群不断巩固优势 is 2024; the goals after it stay targets', () => {
    const text = plan(2024, '二、2024年工作安排', '构建具有国际竞争力的优势产业集群。战略性新兴产业增加值达到2500亿元。做大支柱产业集群成链。支持已经具备较好行业地位的4个集群不断巩固优势、提升辐射带动力，推动超高清视频显示、智能终端两个产值超千亿集群继续做大做强，迈向1500亿元、冲刺2000亿元。');
    const figures = analyzeReport(text, { fileName: '宝安区-2024.txt' }).indicators;
    expect(figure(figures, '4个')).toMatchObject({ status: 'actual', period: '2024' });
    expect(figure(figures, '2500亿元')).toMatchObject({ status: 'target', period: '2024' });
  });

  it('national 2015 (dev): 重大水利工程已开工的57个项目要加快建设，今年再开工27个项目 — 57个 is 2015', () => {
    const figures = analyzeReport(readFileSync(join(__dirname, '../fixtures/corpus/national/2015.txt'), 'utf8'), { fileName: 'national/2015.txt' }).indicators.filter((f) => f.range.start.line === 146);
    expect(figures.find((f) => f.text === '57个')).toMatchObject({ status: 'actual', period: '2015' });
    expect(figures.find((f) => f.text === '27个')).toMatchObject({ status: 'target', period: '2015' });
  });

  it('hebei 2010 (dev): 对已精简的319项行政审批事项和清理规范的281项收费项目 — both counts under the one 已 are 2010', () => {
    const figures = analyzeReport(readFileSync(join(__dirname, '../fixtures/corpus/local/hebei-2010.txt'), 'utf8'), { fileName: 'local/hebei-2010.txt' }).indicators.filter((f) => f.range.start.line === 116);
    expect(figures.find((f) => f.text === '319项')).toMatchObject({ status: 'actual', period: '2010' });
    expect(figures.find((f) => f.text === '281项')).toMatchObject({ status: 'actual', period: '2010' });
  });

  it('a clause with its own time keeps it: 去年已完成的…', () => {
    const text = plan(2024, '二、2024年工作安排', '巩固去年已完成改造的120个老旧小区，今年再改造80个。');
    const figures = analyzeReport(text, { fileName: '某区-2024.txt' }).indicators;
    expect(figure(figures, '120个')).toMatchObject({ status: 'actual', period: '2023' });
  });
});

describe('work done over a plan\'s years, named between 完成 and its amount, is the plan\'s total', () => {
  it('gaoyang 2019 (dev): 利用三年时间完成植树2.3万亩 is 2019-2021, not a level at 2021', () => {
    const figures = analyzeReport(readFileSync(join(__dirname, '../fixtures/corpus/local/gaoyang-2019.txt'), 'utf8'), { fileName: 'local/gaoyang-2019.txt' }).indicators.filter((f) => f.range.start.line === 50);
    expect(figures.find((f) => f.text === '2.3万亩')).toMatchObject({ status: 'target', period: '2019-2021' });
  });

  it('罗湖区 2021-2 (src27): under 三、今后五年的主要工作, 完成直接供应用地45公顷 is 2021-2025', () => {
    const text = '各位代表：\n　　现在，我代表区人民政府，向大会报告政府工作，请予审议。\n　　一、过去五年工作回顾\n　　五年来，全区生产总值年均增长6.2％。\n　　三、今后五年的主要工作\n　　重塑空间发展格局。聚焦“一主两区三带”发展平台，加快湖贝、蔡屋围两大统筹片区建设，推进笔架山河、布吉河沿线更新改造，开工清水河、泥岗两个重点更新单元，谋划推动新秀、景贝南北、草埔大修厂三个片区立项实施，完成直接供应用地45公顷、空间储备用地20公顷以上。\n';
    const figures = analyzeReport(text, { fileName: '罗湖区-2021-2.txt' }).indicators;
    expect(figure(figures, '45公顷')).toMatchObject({ status: 'target', period: '2021-2025' });
  });
});
