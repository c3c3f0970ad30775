import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/**
 * The report year of a county report exported from a spreadsheet with its breaks written out as \r\n escapes, so that
 * the whole report is one physical line and has no dated title: the year comes from its part headings, read as the
 * lines the escapes stand for. Real lines of free outside texts (src32 顺平县-2023 and 容城县-2015, outside
 * ../shared/corpus), joined as the files join them. Read as one line of thousands of characters, 顺平县's report had no
 * year (every period null, this year's targets read as facts) and 容城县's was read a year late (2016).
 */
const escaped = (...lines: string[]): string => lines.join('\\r\\n');

describe('the report year of a report written with escaped breaks', () => {
  it('reads the review and plan headings inside the one line (顺平县 2023)', () => {
    const text = escaped(
      '各位代表：',
      '现在，我代表顺平县人民政府向大会作工作报告，请予审议，并请县政协委员和列席会议的同志提出意见。',
      '&nbsp;',
      '一、2022年工作回顾',
      '&nbsp;',
      '2022年是党和国家历史上具有里程碑意义的一年，也是顺平发展进程中极不平凡的一年。预计全年地区生产总值增长6%。',
      '&nbsp;',
      '二、2023年工作安排',
      '&nbsp;',
      '今年是贯彻落实党的二十大精神的开局之年，是实施“十四五”规划承上启下的关键一年。',
    );
    const report = analyzeReport(text);
    expect(report.meta.year).toBe(2023);
    const growth = report.indicators.find((f) => f.value === 6);
    expect(growth?.status).toBe('actual');
    expect(growth?.period).toBe('2022');
  });

  it('takes the plan heading’s year, not the year after it (容城县 2015)', () => {
    const text = escaped(
      '一、 2014年工作回顾 ',
      '2014年，在市委、市政府和县委的坚强领导下，县政府牢牢把握“稳增长、调结构、促改革、惠民生”主基调。 ',
      '经济保持平稳增长，地区生产总值预计完成 60.7亿元，可比增长6.5%；固定资产投资完成53.7亿元，同比增长19.6%。 ',
      '二、 2015年工作总体要求 ',
      '三、 2015年主要任务 ',
      '四、切实加强政府自身建设 ',
    );
    expect(analyzeReport(text).meta.year).toBe(2015);
  });

  it('reads the year just past in a five-year review with no dated heading (易县 2017)', () => {
    const text = escaped(
      '易县人民政府县长刘杰',
      '',
      '各位代表： ',
      '现在，我代表易县人民政府，向大会报告政府工作，请予审议，并请县政协委员和列席会议的同志提出意见。 ',
      '一、过去五年工作回顾',
      '刚刚过去的2016年，是易县发展史上不平凡的一年，更是我们难忘的一年。这一年，我们把承办首届全省旅游产业发展大会作为一项光荣艰巨的政治任务。',
    );
    expect(analyzeReport(text).meta.year).toBe(2017);
  });
});
