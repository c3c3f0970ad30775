/**
 * A product alone after 、 in a list of capacities is that product's capacity, cut or added as the first item's
 * (src/core/indicators/capacityNames.ts); a word that opens with a verb of growth (增加值) is never cut. Sentences quoted from 河北省 2012 and 2018, outside the corpus
 * (yver-sun/gaoyang-towel-resilience, data/government_reports), and from hebei-2010 (dev).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

function names(line: string): Array<[string, string | null]> {
  const text = `2012年河北省政府工作报告\n一、2011年工作回顾\n${line}\n`;
  return analyzeReport(text).indicators.map((i) => [i.text, i.name]);
}

describe('capacities listed after the first', () => {
  it('name each product’s capacity, not the product (河北 2012, 2018)', () => {
    expect(names('全省淘汰落后炼钢产能1600万吨、炼铁930万吨、水泥2500万吨、平板玻璃1100万重量箱。').slice(1)).toEqual([
      ['930万吨', '炼铁产能'],
      ['2500万吨', '水泥产能'],
      ['1100万重量箱', '平板玻璃产能'],
    ]);
    const cut = names('超额完成六大行业年度去产能任务，压减退出炼钢产能1230万吨、煤炭1401万吨、水泥313万吨、平板玻璃810万重量箱、焦炭517万吨、火电55万千瓦，钢铁“僵尸企业”全部出清。');
    expect(cut.find(([t]) => t === '1401万吨')?.[1]).toBe('压减退出煤炭产能');
    expect(cut.find(([t]) => t === '55万千瓦')?.[1]).toBe('压减退出火电产能');
  });

  it('leave a list that never says 产能 to the names it has (hebei-2010)', () => {
    expect(names('狠抓节能减排，全省淘汰落后炼钢400万吨、炼铁900万吨、水泥1700万吨、平板玻璃710万重量箱。').find(([t]) => t === '900万吨')?.[1]).toBe('炼铁');
  });
});

describe('a word that opens with a verb of growth', () => {
  it('is never cut after the verb (河北 2012: 完成增加值15000亿元 was named 值)', () => {
    const got = names('民营经济快速发展，完成增加值15000亿元，增长12.5%，占全省生产总值的比重达到63.5%。');
    expect(got.find(([t]) => t === '15000亿元')?.[1]).toMatch(/增加值$/);
    expect(got.find(([t]) => t === '12.5%')?.[1]).toMatch(/增加值$/);
  });
});
