/**
 * A share whose part is a size word alone (总量占全市三成, 数量占全市近三分之一) is the share of the thing the figure
 * before it measures (sizeShare.ts, lexicon/sizeWords.json). Lines quoted from free outside texts (src27, names49).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';
import { sizeSharePart } from '../../src/core/indicators/sizeShare';
import { SIZE_ALONE } from '../../src/core/lexicon/sizeWords';

describe('a share said by its size alone', () => {
  it('takes the thing of the amount before it (福田区 2018, 罗湖区 2018)', () => {
    expect(nameOf('社会消费品零售总额完成1817.51亿元，增长9.2％，总量占全市三成。', '三成', lastYearReview(2018))).toBe('社会消费品零售总额总量占全市比重');
    expect(nameOf('社会消费品零售总额1256亿元、增长9%，规模占全市五分之一、稳居第二。', '五分之一', lastYearReview(2018))).toBe('社会消费品零售总额规模占全市比重');
  });

  it('takes the things counted before it (龙华区 2025)', () => {
    expect(nameOf('开通低空航线62条，数量占全市近三分之一。', '三分之一', lastYearReview(2025))).toBe('低空航线数量占全市比重');
  });

  it('reads the 总量 of an intensity as the amount itself (南山区 2022)', () => {
    expect(nameOf('全社会研发投入强度达6.7%，总量占全市28.6%。', '28.6%', lastYearReview(2022))).toBe('全社会研发投入总量占全市比重');
  });
});

describe('sizeSharePart', () => {
  it('gives nothing for a part of its own, or after a share or a list', () => {
    expect(sizeSharePart('出口', '进出口总额')).toBeNull();
    expect(sizeSharePart('总量', '服务业增加值占地区生产总值比重')).toBeNull();
    expect(sizeSharePart('总量', '制造业贷款余额、科技贷款余额')).toBeNull();
    expect(sizeSharePart('总量', null)).toBeNull();
  });

  it('holds size words only, no thing', () => {
    expect([...SIZE_ALONE].every((w) => w.length === 2 && /^(?:总|规|数)/.test(w))).toBe(true);
  });
});
