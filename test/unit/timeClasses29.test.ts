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
