import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { timeWords } from '../../src/core/indicators/timeScope';

/**
 * Period and status classes of session 12's periods round (issue 8, items 3 and 4), read from outside text that no
 * earlier periods round read (保定市 2009–2014, 高阳县 2015–2019, eleven provincial 2026 reports not in the corpus),
 * each on the real sentence that showed it, quoted exactly.
 */
const figure = (figures: readonly Indicator[], text: string, nth = 0): Indicator | undefined => figures.filter((f) => f.text === text)[nth];

describe('a plan named in straight quotes ("十二五") is the plan', () => {
  it('reads "十二五" as “十二五”, one character for one', () => {
    const s = '二、"十二五"时期经济社会发展的战略任务';
    expect(timeWords(s)).toBe('二、“十二五”时期经济社会发展的战略任务');
    expect(timeWords(s)).toHaveLength(s.length);
    // Other quoted words keep their quotes.
    expect(timeWords('更加重视"三农"工作')).toBe('更加重视"三农"工作');
  });

  it('二、"十二五"时期经济社会发展的战略任务 (保定 2011, outside): its goals are the plan\'s, not undated facts', () => {
    const f = analyzeReport(
      '2011年政府工作报告\n\n各位代表：\n\n一、"十一五"时期经济社会发展取得显著成就\n\n五年来市财政用于民生和社会事业支出640亿元。\n\n' +
        ' 二、"十二五"时期经济社会发展的战略任务\n\n' +
        ' （一）围绕又好又快发展，保持经济较快增长。把扩大出口作为保增长、促发展的重要力量，开拓多元化国际市场，培育战略型、领军型出口企业，打造自主品牌出口产品，出口总值年均增长10%以上。\n\n' +
        ' （三）发展高效农业，加快建设农业强市。粮食总产保持在500万吨以上；蔬菜面积达到340万亩，其中设施蔬菜达到240万亩，蔬菜总产达到1200万吨；林果面积达到255万亩，果品总产达到118万吨；畜牧业产值达到200亿元，占农林牧渔总产值38%以上。\n',
    ).indicators;
    expect(figure(f, '10%')).toMatchObject({ status: 'target', period: '2011-2015' });
    for (const t of ['500万吨', '340万亩', '1200万吨', '200亿元']) expect(figure(f, t)).toMatchObject({ status: 'target', period: '2015' });
    expect(figure(f, '640亿元')).toMatchObject({ status: 'actual', period: '2006-2010' });
  });
});
