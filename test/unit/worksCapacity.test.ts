/**
 * A capacity said of one works is the works' capacity: the works, the rate verb, 能力 (labels README, "A capacity said of
 * the works"; the dev labels of 高阳 2019 lines 26 and 50 name them so). Lines from src32 and national reports, outside
 * ../shared/corpus, and dev 高阳 2019.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const indicator = (s: string, text: string) => analyzeReport(s).indicators.find((i) => i.text === text);

describe('a capacity said of the works (worksCapacity.ts)', () => {
  it('names the works and the rate verb, leaving out what is processed (dev 高阳 2019 line 50)', () => {
    const f = indicator('确保今年年底前出水水质达到准四类水质标准；②日处理污水6万吨的污水处理厂三期工程。', '6万吨');
    expect(f?.name).toBe('污水处理厂三期工程日处理能力');
    expect(f?.kind).toBe('level');
    expect(f?.measure).toBe('日处理');
  });
  it('reads the works after the figure without 的 (dev 高阳 2019 line 26)', () => {
    expect(indicator('中信环境科技有限公司实施的日生产4万吨再生水项目投入生产，', '4万吨')?.name).toBe('再生水项目日生产能力');
  });
  it('keeps what 炼 makes with it (national 1992, outside) and reads 年产能力 (src32 徐水区-2012)', () => {
    const s = '其中包括年炼铁和炼钢各３００万吨的宝钢二期工程、年产各３０万吨的扬子和齐鲁乙烯工程。';
    expect(indicator(s, '３００万吨')?.name).toBe('宝钢二期工程年炼铁和炼钢能力');
    expect(indicator(s, '３０万吨')?.name).toBe('扬子和齐鲁乙烯工程年产能力');
    expect(indicator('巨力集团收购刘伶醉酿酒有限公司后，建设年产能力5万吨的生产基地，', '5万吨')?.name).toBe('生产基地年产能力');
  });
});
