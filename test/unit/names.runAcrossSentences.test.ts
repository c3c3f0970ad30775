/**
 * The subject of a run of figures carried over a full stop (runSubject.ts): a figure whose own sentence names nothing,
 * after the figure of the same run in the sentence before, is that figure's indicator.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, lastYearReview } from '../support/names';

describe('a run of figures keeps its subject over a full stop', () => {
  it('names a growth said after the levels it compares (dev: national 1957)', () => {
    const line = '1952年全国职工年平均工资是每人446元，1956年提高到610元。在四年中间，提高了将近37%。这样的工资增长速度，也是旧中国历史上从来没有过的。';
    const [, , growth] = namesOf(line, ['446元', '610元', '37%'], lastYearReview(1957));
    expect(growth).toMatch(/^职工年平均工资/);
  });

  it('names a mean growth closing a run of yearly rates (dev: national 1982)', () => {
    const line = '工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到百分之六点四。两年平均每年递增百分之五点五。整个经济形势一年比一年好。';
    expect(namesOf(line, ['百分之六点四', '百分之五点五'], lastYearReview(1982))).toEqual(['工农业总产值增长速度', '工农业总产值增长速度']);
  });

  it('names a level of a series said with only its year (dev: national 1959)', () => {
    const line = '大家知道，我国的粮食总产量，在解放前产量最高的一九三六年，只有二千七百七十四亿斤。在解放以后经济得到恢复的一九五二年，也还只有三千零八十八亿斤。';
    expect(namesOf(line, ['二千七百七十四亿斤', '三千零八十八亿斤'], lastYearReview(1959))).toEqual(['粮食总产量', '粮食总产量']);
  });

  it('carries nothing into a sentence that opens with a subject of its own (outside: 河北省 2009)', () => {
    const line = '社会消费品零售总额完成4880亿元，增长22%以上。居民消费价格涨幅逐步回落，预计全年涨幅6.5%左右。';
    expect(namesOf(line, ['6.5%'], lastYearReview(2009))[0]).not.toBe('社会消费品零售总额');
  });

  it('names a figure read from the effort made to reach it by the run before it (dev: national 1995, 1959)', () => {
    const line = '去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七，其中食品价格上涨的因素大约有十三个百分点左右。';
    expect(namesOf(line, ['百分之十', '百分之二十一点七'], lastYearReview(1995))).toEqual(['商品零售物价上涨幅度', '商品零售物价上涨幅度']);
    const run = '在解放以后经济得到恢复的一九五二年，也还只有三千零八十八亿斤。经过第一个五年计划期间的努力，一九五七年才达到了三千七百亿斤。';
    expect(namesOf('我国的粮食总产量，在解放前产量最高的一九三六年，只有二千七百七十四亿斤。' + run, ['三千七百亿斤'], lastYearReview(1959))).toEqual(['粮食总产量']);
  });
});
