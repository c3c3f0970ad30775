import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';

/**
 * Period and status classes of session 14's periods round (issue 8, items 3 and 4), each on the real sentence that
 * showed it (dev corpus reports, outside reports or stored web-page openings of city and county reports), quoted exactly.
 */
const figure = (figures: readonly Indicator[], text: string, nth = 0): Indicator | undefined => figures.filter((f) => f.text === text)[nth];

describe('a plan\'s end is the base of a comparison, not the figure\'s time', () => {
  it('与“十五”末相比，…翻一番 … 是“十五”末的6.7倍 (宣城 2011, outside page): the review of 十一五 stays 2006-2010', () => {
    const f = analyzeReport(
      '政  府  工  作  报  告\n——2011年1月13日在宣城市第三届人民代表大会第一次会议上\n\n一、过去五年的工作回顾\n\n' +
        '——过去五年,是全市经济快速增长的五年。与“十五”末相比,生产总值、社会消费品零售总额、进出口总额翻一番;财政收入、地方财政收入、五年固定资产投资总量翻两番。首次实现主要经济指标增幅进入全省第一方阵、总量跻身全省第二方阵。完成了“十一五”节能减排目标任务。工业化进程不断加快。工业增速连续五年超过全省平均水平,对经济增长的贡献率达60%以上。新增规模工业企业900户,总数达1334户,居全省第四位。销售收入超亿元企业120户,其中新增74户;超10亿元企业13户,其中新增12户。规模工业增加值是“十五”末的6.7倍,年均增长26%。\n',
    ).indicators;
    for (const t of ['一番', '两番', '60%', '900户', '1334户', '6.7倍', '26%']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2006-2010' });
  });

  it('2005年,我市生產總值達到146.2億元,比“九五”末增長了68.1%,年均增長10.9% (天水 2006, outside page, traditional characters): growths over 2001-2005', () => {
    const f = analyzeReport(
      '政府工作报告\n——2006年2月28日在天水市第四届人民代表大会第七次会议上\n\n' +
        '2005年,我市生產總值達到146.2億元,比“九五”末增長了68.1%,年均增長10.9%,是歷個“五計劃”發展最快的時期;人均生產總值達到4189元\n',
    ).indicators;
    expect(figure(f, '146.2億元')).toMatchObject({ status: 'actual', period: '2005' });
    expect(figure(f, '68.1%')).toMatchObject({ status: 'actual', period: '2001-2005' });
    expect(figure(f, '10.9%')).toMatchObject({ status: 'actual', period: '2001-2005' });
  });

  it('较“十三五”末的9323.1亿元增加4374.4亿元 (甘肃 2026, outside): the base value is the plan\'s last year\'s', () => {
    const f = analyzeReport(
      '2026年政府工作报告\n\n各位代表：\n\n一、“十四五”时期发展成就和2025年工作回顾\n\n' +
        '——这是追赶进位、综合实力快速跃升的五年。全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，年均增长5.9%。\n',
    ).indicators;
    expect(figure(f, '9323.1亿元')).toMatchObject({ status: 'actual', period: '2020' });
    expect(figure(f, '4374.4亿元')).toMatchObject({ status: 'actual', period: '2021-2025' });
  });

  it('2005年,全旗地区生产总值达到18.21亿元,是“九五” 期末的2.69倍,按可比价年均增长17.2%;…达到11067万元,是2000年的1.65倍,年均增长10.6% (a banner of 内蒙古 2006, outside page): what a multiple is of is the base of the yearly growth after it', () => {
    const f = analyzeReport(
      '政府工作报告——2006年2月20日在xx旗第十四届人民代表大会第三次会议上\n\n一、“十五”时期主要成就和2005年工作回顾\n\n' +
        '2005年,全旗地区生产总值达到18.21亿元,是“九五” 期末的2.69倍,按可比价年均增长17.2%;财政收入突破亿元大关,达到11067万元,是2000年的1.65倍,年均增长10.6%。对外开放实现重大突破,一批大的项目开工建设,五年间全旗累计招商引资18.36亿元,是“九五”时期的4.08倍。\n',
    ).indicators;
    for (const t of ['2.69倍', '17.2%', '1.65倍', '10.6%']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2001-2005' });
    expect(figure(f, '11067万元')).toMatchObject({ status: 'actual', period: '2005' });
  });
});
