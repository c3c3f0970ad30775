import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';

/**
 * Period and status classes of session 15's periods round (issue 8, items 3 and 4), on the real sentences of stored
 * web-page excerpts of reports from 2000 on (outside text), quoted exactly.
 */
const figure = (figures: readonly Indicator[], text: string, nth = 0): Indicator | undefined => figures.filter((f) => f.text === text)[nth];

describe('a yearly average after a from–to pair with both years runs over the years between them', () => {
  it('全区生产总值由2002年的1940.9亿元增加到2007年的6018.8亿元,年均增长20%;财政总收入由206.8亿元增加到1018.1亿元,年均增长37.5% (内蒙古 2008, outside page without a dated title): 2003-2007', () => {
    const f = analyzeReport(
      '2008两会内蒙古自治区政府工作报告\n各位代表:\n一、过去五年工作的回顾\n' +
        '―――综合经济实力大幅提升。全区生产总值由2002年的1940.9亿元增加到2007年的6018.8亿元,年均增长20%;财政总收入由206.8亿元增加到1018.1亿元,年均增长37.5%,经济总量和财政实力由全国后列迈进中列。人均生产总值超过3000美元,进入全国前列。\n',
    ).indicators;
    for (const t of ['20%', '37.5%']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2003-2007' });
    expect(figure(f, '1940.9亿元')).toMatchObject({ period: '2002' });
    expect(figure(f, '6018.8亿元')).toMatchObject({ period: '2007' });
  });

  it('地区生产总值由2011年的1.24万亿元预计提高到2016年的1.95万亿元,年均增长9.4% (广州 2017, news bullets of the report, outside page): 2012-2016', () => {
    const f = analyzeReport('过去五年发展成绩\n经济综合实力迈上新台阶\n地区生产总值由2011年的1.24万亿元预计提高到2016年的1.95万亿元,年均增长9.4%。人均地区生产总值达到2.14万美元。\n').indicators;
    expect(figure(f, '9.4%')).toMatchObject({ status: 'actual', period: '2012-2016' });
  });

  it('三次产业结构由2000年的24.2∶35.0∶40.8调整到2005年的18.9∶47.4∶33.7,5年内二产上升12.4个百分点 (福建 2006, outside page): a change after the pair, 2001-2005 and actual — 调整到2005年的 is a level reached, no goal year', () => {
    const f = analyzeReport(
      '(2006年2月8日 黄智权)\n过去的五年,是我省改革开放和现代化建设阔步前进的五年。\n' +
        '——经济结构调整取得了新进展。三次产业结构由2000年的24.2∶35.0∶40.8调整到2005年的18.9∶47.4∶33.7,5年内二产上升12.4个百分点。工业成为推动经济快速增长的主导力量,农业基础地位更加巩固,现代服务业有新的发展。\n',
    ).indicators;
    expect(figure(f, '12.4个百分点')).toMatchObject({ status: 'actual', period: '2001-2005' });
    expect(figure(f, '18.9')).toMatchObject({ status: 'actual', period: '2005' });
  });
});
