/**
 * A fraction or percent of a whole said with 超过/不到 (超过全市三分之一, 不到全市1/7) is the part's share of that whole,
 * not a figure named by the comparison's base (comparedShare.ts). Lines of outside free texts (南山区 2016, 2018;
 * 深圳 2012; 福田区 2021; 宝安区 2023) and dev national 2024.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a share said by comparing the part with its whole', () => {
  it('names the part written before the comparison (outside: 南山区 2016, 深圳 2012)', () => {
    expect(nameOf('文化产业增加值超过全市三分之一。', '三分之一', lastYearReview(2016))).toBe('文化产业增加值占全市比重');
    expect(nameOf('深圳黄金珠宝业产值超过全国七成，钟表出口总额占全国55%，服装品牌享誉全国。', '七成', lastYearReview(2012))).toBe('深圳黄金珠宝业产值占全国比重');
  });

  it('takes the part from the figure before when the clause writes none (outside: 南山区 2018)', () => {
    expect(nameOf('深圳市认定的总部企业增至43家，超过全市30%。', '30%', lastYearReview(2018))).toBe('深圳市认定的总部企业占全市比重');
    expect(nameOf('新增上市企业22家，超过全省1/5，累计培育上市企业144家，居全国区（县）第二。', '1/5', lastYearReview(2018))).toMatch(/上市企业占全省比重$/);
  });

  it('names the new capacity the world share is of (dev: national 2024, labelled 可再生能源新增装机占全球比重)', () => {
    expect(nameOf('可再生能源发电装机规模历史性超过火电，全年新增装机超过全球一半。', '一半', lastYearReview(2024))).toMatch(/装机占全球比重$/);
  });

  it('leaves a fraction whose thing follows it, and a per-area level compared with the whole (outside: 福田区 2021, 宝安区 2023)', () => {
    expect(nameOf('福田以不到全市4%的面积，贡献全市近1/4社会消费品零售总额。', '4%', lastYearReview(2021))).not.toMatch(/占全市比重$/);
    expect(nameOf('二是高质量发展还有很大提升空间，地均GDP不到全市3/4，人均GDP约为全市一半。', '3/4', lastYearReview(2023))).not.toMatch(/比重$/);
  });
});
