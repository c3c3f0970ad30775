/**
 * A sum that is its clause alone (投资N元，) funds the work the next clause opens with an action on (实施, 启动实施,
 * 对…进行); a next clause that counts (实施项目169个) is a figure of its own and names nothing. Sentences quoted
 * from outside text (海拉尔 2015, 2017; 保定 2021).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a sum alone before the clause of the work it funds', () => {
  it('names the work of 对…进行 (outside: 海拉尔 2015)', () => {
    const line = '关停单烧供热锅炉61个，并入集中供热面积175万平方米。投资4360万元，对城区雨水管网进行全面改造。';
    expect(namesOf(line, ['4360万元'])).toEqual(['城区雨水管网全面改造投资']);
  });

  it('names the work of 实施 after a comma (outside: 海拉尔 2017)', () => {
    const line = '投资6.6亿元,实施两河圣山文化旅游景区的基础设施建设,推进哈萨尔行宫、中华天竺苑等工程建设,制定景区规划,力争入选国家4A级景区创建名录,实现年底开园。';
    expect(namesOf(line, ['6.6亿元'])).toEqual(['两河圣山文化旅游景区基础设施建设投资']);
  });

  it('keeps the work named before when the next clause counts (outside: 保定 2021)', () => {
    expect(namesOf('持续推进白洋淀上游流域综合治理，投资187亿元，实施项目169个。', ['187亿元'])).toEqual(['白洋淀上游流域综合治理投资']);
  });
});

describe('a sum alone before a clause that opens with the count of the works it funds', () => {
  it('names the works after the count (outside: 海拉尔 2014)', () => {
    const line = '投资3700万元，集中改造的11条背街巷道全部完工;投资1168万元，完成21个老旧小区供热管网改造，使8000户居民家庭的供热质量得到显著提高。';
    expect(namesOf(line, ['1168万元'])).toEqual(['老旧小区供热管网改造投资']);
  });
});
