/**
 * A margin said against a wider whole (…增长7.7%，高于全国1.8个百分点) names the growth it compares, not 全国: the clause of
 * the margin has only the comparison, and the indicator is the growth rate before it (marginNames.ts). Sentences
 * quoted from reports outside the corpus.
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, namesOf } from '../support/names';

describe('a margin against the nation or the province', () => {
  it('names each margin by the growth before it (outside: 内蒙古 2026)', () => {
    const line = '主要经济指标增长保持在合理区间，地区生产总值增长4.7%、低于全国0.3个百分点，规上工业增加值增长6.7%、高于全国0.8个百分点，固定资产投资增长4%、高于全国7.8个百分点，社会消费品零售总额增长4.3%、高于全国0.6个百分点，进出口总值增长6.4%、高于全国2.6个百分点。';
    expect(namesOf(line, ['0.3个百分点', '0.8个百分点', '7.8个百分点', '0.6个百分点', '2.6个百分点'])).toEqual([
      '地区生产总值增速低于全国',
      '规模以上工业增加值增速高于全国',
      '固定资产投资增速高于全国',
      '社会消费品零售总额增速高于全国',
      '进出口总值增速高于全国',
    ]);
  });

  it('names a margin against the economy’s growth by the growth it compares, not a cut 快于经济 (dev: 湖南 2026)', () => {
    const line = '全体居民人均可支配收入达39545元、增长5%，其中农村居民收入增长5.8%、快于经济增速1个百分点，粮食产量突破620亿斤、创历史新高，扛牢了经济大省挑大梁的政治责任。';
    expect(namesOf(line, ['1个百分点'])).toEqual(['农村居民收入增速快于经济增速']);
  });

  it('reads 快于 as a margin too (outside: 山西 2026)', () => {
    expect(namesOf('民间投资增长2.8%，快于全国9.2个百分点，民营经营主体贷款余额增长6.7%。', ['9.2个百分点'])).toEqual(['民间投资增速快于全国']);
  });

  it('compares a yearly average as one (outside: 河北 2001, its five-year review)', () => {
    expect(namesOf('国内生产总值年均增长11％，高于全国2.7个百分点。', ['2.7个百分点'], FIVE_YEAR_REVIEW)).toEqual(['国内生产总值年均增速高于全国']);
  });

  it('reads the comparison from the clause when the name kept only its whole (outside: 保定 2009, 河北 2006)', () => {
    expect(namesOf('全市生产总值完成1581亿元，增长11.7%，高于全省平均水平1.6个百分点。', ['1.6个百分点'])).toEqual(['生产总值增速高于全省平均水平']);
    expect(namesOf('全省生产总值增长13.4%，高于全国平均水平3.5个百分点。', ['3.5个百分点'])).toEqual(['生产总值增速高于全国平均水平']);
  });

  it('writes 高出 as 高于 and reads 逆势 as how the growth went (dev: 江西 2026)', () => {
    const line = '“十百千万”工程项目完成投资1.22万亿元，民间投资逆势增长2.7%，高出全国平均水平9.1个百分点，越来越多的企业看好江西、投资江西。';
    expect(namesOf(line, ['2.7%', '9.1个百分点'])).toEqual(['民间投资', '民间投资增速高于全国平均水平']);
  });

  it('shares a list of margins out over the wholes or the growths before it (outside: 西宁 2016)', () => {
    expect(namesOf('地区生产总值年均增长13.7%,分别高于全国全省5.9和2.9个百分点,是2010年的1.8倍。', ['5.9', '2.9个百分点', '1.8倍'], FIVE_YEAR_REVIEW)).toEqual([
      '地区生产总值年均增速高于全国',
      '地区生产总值年均增速高于全省',
      '地区生产总值',
    ]);
    expect(namesOf('城乡居民人均收入年均分别增长10.8%和14.9%,高于全国0.1和2.2个百分点。', ['0.1', '2.2个百分点'], FIVE_YEAR_REVIEW)).toEqual([
      '城镇居民人均收入年均增速高于全国',
      '农村居民人均收入年均增速高于全国',
    ]);
  });
});

// A ninth trial: 辽宁 2026's margin over the last plan carried the growth's name (地区生产总值), and the card listed
// 1.2个百分点 among the GDP's actuals.
describe('a margin against an earlier plan period', () => {
  it('names the margin by the average growth it compares and the plan it is compared with (dev: 辽宁 2026)', () => {
    const line = '全省上下深入落实省第十三次党代会部署要求，大力实施全面振兴新突破三年行动，攻坚克难、埋头苦干，地区生产总值年均增长4.5%，高于“十三五”时期1.2个百分点，中国式现代化辽宁实践不断向前、稳步推进。';
    expect(namesOf(line, ['4.5%', '1.2个百分点'], FIVE_YEAR_REVIEW)).toEqual(['地区生产总值', '地区生产总值年均增速高于“十三五”时期']);
  });

  it('reads the plan without 时期 too (outside: 河北 2006)', () => {
    const line = '工业主导产业支撑作用增强，占规模以上工业增加值比重由74.8%提高到78.4%；高新技术产业增加值年均增长17.4%，高于“九五”3.5个百分点。';
    expect(namesOf(line, ['3.5个百分点'], FIVE_YEAR_REVIEW)[0]).toBe('高新技术产业增加值年均增速高于“九五”');
  });
});
