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

  it('reads 快于 as a margin too (outside: 山西 2026)', () => {
    expect(namesOf('民间投资增长2.8%，快于全国9.2个百分点，民营经营主体贷款余额增长6.7%。', ['9.2个百分点'])).toEqual(['民间投资增速快于全国']);
  });

  it('compares a yearly average as one (outside: 河北 2001, its five-year review)', () => {
    expect(namesOf('国内生产总值年均增长11％，高于全国2.7个百分点。', ['2.7个百分点'], FIVE_YEAR_REVIEW)).toEqual(['国内生产总值年均增速高于全国']);
  });
});
