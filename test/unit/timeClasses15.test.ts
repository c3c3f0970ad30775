import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period and status classes of session 14's periods round (issue 8, items 3 and 4), each on the real sentence that
 * showed it (dev corpus reports, outside reports or stored web-page openings of city and county reports), quoted exactly.
 */

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

describe('the report\'s year when no title dates it: a year\'s main targets set out name it, bases of comparison do not', () => {
  it('报告明确提出了2013年全省经济社会发展的主要预期目标:… (福建 2013, news of the report, outside page): 2013, not the year after the one named most; every target of the list a target', () => {
    const r = analyzeReport(
      '1月27日上午,福建省十二届人大一次会议在福建会堂开幕,省长苏树林代表省政府向大会作政府工作报告。报告提出,2013年全省经济社会发展的主要预期目标:全省生产总值增长11%左右。\n' +
        '报告首先总结了过去五年的主要工作。苏树林说,初步统计,2012年全省生产总值19701.78亿元,增长11.4%;公共财政总收入3008.91亿元,增长15.9%;城镇居民人均可支配收入28055元,增长12.6%;农民人均纯收入9967元,增长13.5%。\n' +
        '报告说,2012年工作任务的完成,标志着本届政府实现了省十一届人大一次会议确定的各项目标任务。\n' +
        '报告明确提出了2013年全省经济社会发展的主要预期目标:全省生产总值增长11%左右;地方公共财政收入增长12%;全社会固定资产投资增长20%;外贸出口增长5%,实际利用外商直接投资增长5%。\n',
    );
    expect(r.meta.year).toBe(2013);
    for (const t of ['12%', '20%']) expect(figure(r.indicators, t)).toMatchObject({ status: 'target', period: '2013' });
    expect(figure(r.indicators, '19701.78亿元')).toMatchObject({ status: 'actual', period: '2012' });
  });

  it('“2018年我县经济社会发展的主要预期目标是:生产总值增长8.5%以上…” (淳安 2018, news of the report, outside page): one statement is enough', () => {
    const r = analyzeReport(
      '“2017年,全县实现生产总值255亿元,按可比价计算增长8.5%;财政总收入30.9亿元,其中地方财政收入17.3亿元,分别增长13.3%、8.6%……”\n' +
        '“2018年我县经济社会发展的主要预期目标是:生产总值增长8.5%以上,服务业增加值增长13%以上,社会消费品零售总额增长11%以上,规上工业销售产值增长5%以上……”\n',
    );
    expect(r.meta.year).toBe(2018);
  });

  it('报告对前五年政府工作进行了回顾,1997年,国内生产总值完成90.28亿元,是1992年的4.7倍… (青浦 1998, a county chronicle\'s account of the report, outside page): the base years named most do not date the report', () => {
    const r = analyzeReport('第一节 听取、审议政府工作报告\n第一次会议听取、审议县长巢卫林所作的《振奋精神 开拓进取 再创新辉煌 迎接新世纪》的政府工作报告。报告对前五年政府工作进行了回顾,1997年,国内生产总值完成90.28亿元,是1992年的4.7倍,年均递增36.2%;人均国内生产总值19793元,是1992年的4.6倍,年均递增36.2%;财政收入11.6亿元,是1992年的4.5倍,年均递增35.1%,青浦已跻身于全国综合经济实力百强县的行列。产业结构调整取得成效,一、二、三产业增加值的比例由1992年的18.2︰58.7︰23.1调整为8.9︰56.8︰34.3。报告指出:五年来,按高起点、高标准的要求,编制修订了县城综合规划,加快城乡建设步伐,全县用于基础设施总投资达21亿元。五年中完成实事工程项目44件、86项。1997年全县农民人均收入5092元,比1992年增1.8倍;城镇职工人均收入10042元,比1992年增1.85倍。报告提出了今后三年政府工作的指导思想,新一届政府工作目标和工作方针,1998年全县国民经济和社会发展的主要目标以及实现工作目标要做好的工作。\n');
    // 1992 is named six times, all as a base (是1992年的, 比1992年, 由1992年的): no longer read as the year reviewed (→ 1993).
    expect(r.meta.year).toBeNull();
    expect(figure(r.indicators, '90.28亿元')).toMatchObject({ status: 'actual', period: '1997' });
    for (const t of ['4.7倍', '1.8倍']) expect(figure(r.indicators, t)).toMatchObject({ status: 'actual', period: '1993-1997' });
  });
});
