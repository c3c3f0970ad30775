/**
 * A list's shared head reaches every item when the head holds more than the measure (names54, issue 8): an industry
 * noun before the measure (人工智能、机器人、低空与空天产业集群增加值 — 产业集群, not 产业) and a share of a whole after it
 * (…文化产业增加值占GDP的比重; 现代服务业和新兴产业增加值占GDP比重). Before, industryTail and industriesTail read only
 * 行业/产业 + measure at the item's very end, so every figure but the last was named by its bare item (人工智能 for a
 * growth rate: no indicator). Lines are outside free texts (/work/outside/src27/short: 深圳市-2025, 深圳市-2006,
 * 宝安区-2016).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('an industry head with more than the measure reaches every item', () => {
  it('产业集群增加值 after items of unequal length, the last joined by 与 (深圳 2025)', () => {
    const line = '人工智能、机器人、低空与空天产业集群增加值分别增长12.7%、15.9%、26.4%。';
    expect(namesOf(line, ['12.7%', '15.9%', '26.4%'])).toEqual([
      '人工智能产业集群增加值',
      '机器人产业集群增加值',
      '低空与空天产业集群增加值',
    ]);
  });

  it('产业增加值 and a share of GDP after it (深圳 2006)', () => {
    const line = '——高新技术、金融、物流、文化产业增加值占GDP的比重分别达到35%、15%、12%和10%以上。';
    const names = namesOf(line, ['35%', '15%', '12%', '10%']);
    expect(names[0]).toBe('高新技术产业增加值占GDP比重');
    expect(names[2]).toBe('物流产业增加值占GDP比重');
  });

  it('industries named whole, a share of GDP after the measure (宝安 2016)', () => {
    const line = '现代服务业和新兴产业增加值占GDP比重分别达31.5%和40%。';
    expect(namesOf(line, ['31.5%', '40%'])).toEqual(['现代服务业增加值占GDP比重', '新兴产业增加值占GDP比重']);
  });
});
