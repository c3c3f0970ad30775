/**
 * An attribute (总量, 总额, 规模) is its own clause's: the growth said after an attribute-led clause is the indicator's,
 * not the total's (attributeCarried.ts). Lines of outside free texts (宝安区 2022, 2024; 龙华区 2023) and dev national 2022.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, namesOf } from '../support/names';

describe('an attribute carried past its clause', () => {
  it('leaves the growth after a ranked total to the indicator (outside: 宝安区 2022, 龙华区 2023)', () => {
    expect(namesOf('全年完成工业投资301亿元、总量全市第一，同比增长34.3%。', ['第一', '34.3%'], lastYearReview(2022))).toEqual(['工业投资总量', '工业投资']);
    expect(nameOf('互联网和相关服务业营业收入突破450亿元，总量全市第二，增长48.6%，增速全市第一。', '48.6%', lastYearReview(2023))).toBe('互联网和相关服务业营业收入');
  });

  it('reads 总额 the same way (outside: 宝安区 2024)', () => {
    expect(nameOf('规上营利性服务业营收2048.98亿元、总额跃居全市第二，增长52.9%、全市第一。', '52.9%', lastYearReview(2024))).toBe('规上营利性服务业营收');
  });

  it('names a growth after a level said by its size (dev: national 2022, labelled 中央对地方转移支付)', () => {
    expect(nameOf('中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元，增长18%、为多年来最大增幅。', '18%', lastYearReview(2022))).toBe('中央对地方转移支付');
  });
});
