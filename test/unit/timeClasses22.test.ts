import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { CORPUS } from '../support/expectedOutline';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 21's periods round (periods38), found on unseen national years
 * (aldohemsn/chinese-political-corpora) and a dev report, each on a real sentence quoted exactly.
 */

/** A report skeleton around quoted paragraphs: a review of last year, then this year's work. */
const report = (year: number, review: string, work: string): Indicator[] =>
  analyzeReport(`各位代表：\n\n现在，我代表国务院，向大会作政府工作报告。\n\n一、${year - 1}年工作回顾\n\n${review}\n\n二、${year}年工作总体部署\n\n${work}\n`).indicators;

describe('a date (年, then month and day) is the time a change takes effect, not a year with a figure of it', () => {
  // National 2002 (outside): the tariff cut took effect on 1 January 2002; 15.3% was the level before it (2001), 12%
  // the level since (2002). Read as 从2002年 + a figure, the start value took 2002 and the end value fell back to 2001.
  const sentence = '从２００２年１月１日起，我国关税总水平已由１５．３％降到１２％，涉及５３００多个税目。今年要在已有工作基础上，以增强国际竞争力为核心，重点抓好以下几个方面。';

  it('由１５．３％降到１２％ after 从２００２年１月１日起: 2001 for the start value, 2002 for the end value', () => {
    const f = report(2002, '２００１年国内生产总值达到９５９３３亿元，比上年增长７．３％。', sentence);
    expect(figure(f, '１５．３％')).toMatchObject({ status: 'actual', period: '2001' });
    expect(figure(f, '１２％')).toMatchObject({ status: 'actual', period: '2002' });
    expect(figure(f, '５３００多个')?.period).toBe('2002');
  });

  it('a year with its own start value (从2002年1288亿元增加到2007年的3664亿元, national 2008) still dates that value only', () => {
    const f = report(2008, '——科技取得重大进展。全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%。', '今年国内生产总值增长8%左右。');
    expect(figure(f, '1288亿元')?.period).toBe('2002');
    expect(figure(f, '3664亿元')?.period).toBe('2007');
    expect(figure(f, '1.07%')?.period).toBe('2002');
  });
});

describe('a comparison that names its base first holds over the semicolons of its sentence', () => {
  // National 1964 (outside, a news summary of the report): both growths are 1957 → 1964, as 一九六四年比一九五七年 would say.
  const text =
    '1964年政府工作报告\n\n各位代表：\n\n一、国民经济的调整任务已经基本完成\n\n' +
    '　　商品供应状况显著改善，物价稳定，财政收支平衡，货币信用提高，对外贸易有较大发展。最近几年，城乡人民生活都逐步有所改善。同一九五七年比较，一九六四年供应的猪肉、羊肉、蔬菜等副食品，都增长百分之三十以上；机制纸、铝制品、搪瓷制品、自行车、收音机等主要日用品，增长百分之五十以上。现在，市场商品供应比较充裕，到处呈现一片繁荣景象。\n';

  it('同一九五七年比较，一九六四年…增长百分之三十以上；…增长百分之五十以上: both 1958-1964', () => {
    const f = analyzeReport(text).indicators;
    // (Status is not the point here: a skeleton without the report's own parts cannot tell a review from a plan.)
    expect(figure(f, '百分之三十')?.period).toBe('1958-1964');
    expect(figure(f, '百分之五十')?.period).toBe('1958-1964');
  });

  it('a base compared with and no year after it (同1957年比较，生产…) is no pair: the plain base reading stays', () => {
    const f = report(1958, '同一九五二年比较，工业总产值增长百分之一百二十八。', '今年工业总产值增长百分之十四点六。');
    expect(figure(f, '百分之一百二十八')).toMatchObject({ status: 'actual', period: '1953-1957' });
  });
});

describe('前三年平均 is the first years of the plan, not the last three years reviewed', () => {
  it('1956年，…超过了前三年平均每年增加二十三亿八千万元的水平 (national 1957, dev corpus): 1953-1955', () => {
    const text = readFileSync(join(CORPUS, 'national/1957.txt'), 'utf8');
    const f = analyzeReport(text).indicators;
    expect(figure(f, '二十三亿八千万元')).toMatchObject({ status: 'actual', period: '1953-1955' });
    // The year the sentence names still dates its own figure.
    expect(figure(f, '二十七亿四千万元')?.period).toBe('1956');
  });

  it('两年平均每年递增 still ends at the latest year the sentence names (national 1982)', () => {
    const f = report(1983, '一九八二年预计比一九八一年增长百分之五点一，两年平均每年递增百分之九点六。', '今年工农业总产值增长百分之四。');
    expect(figure(f, '百分之九点六')?.period).toBe('1981-1982');
  });
});

describe('the time left until a date is counted from the day the report is given', () => {
  it('从今天起，到１９９７年７月１日我国对香港恢复行使主权，只有８４９天了 (national 1995, outside): 1995, a fact', () => {
    const f = report(1995, '去年国内生产总值增长百分之十一点八。', '　　实现祖国统一，是大势所趋，人心所向。从今天起，到１９９７年７月１日我国对香港恢复行使主权，只有８４９天了。我们要坚持既定方针。');
    expect(figure(f, '８４９天')).toMatchObject({ status: 'actual', period: '1995' });
  });

  it('离香港回归祖国只有１２２天 (national 1997, dev corpus) stays the report\'s year; 到一九五八年只有二亿二千万吨 (national 1959) is no countdown', () => {
    const f1997 = analyzeReport(readFileSync(join(CORPUS, 'national/1997.txt'), 'utf8')).indicators;
    expect(figure(f1997, '１２２天')).toMatchObject({ status: 'actual', period: '1997' });
    const f1959 = analyzeReport(readFileSync(join(CORPUS, 'national/1959.txt'), 'utf8')).indicators;
    expect(figure(f1959, '二亿二千万吨')?.period).toBe('1958');
  });
});
