/**
 * A modal 可 before the verb (可达, 可达到, 预计可控制在) says the figure is expected, not what it measures: it is
 * no part of the name. 许可 and 认可 keep their 可. Sentences quoted from outside text (not in the corpus).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';
import { withoutTrailingNoise } from '../../src/core/indicators/trailingNoise';

describe('a modal 可 before the verb', () => {
  it('names the subject of 可达 without 可 (outside: 烟台 1997)', () => {
    const line = '全市国内生产总值可达681亿元,比上年增长12.2%,人均国内生产总值突破万元大关;';
    expect(namesOf(line, ['681亿元', '12.2%'])).toEqual(['国内生产总值', '国内生产总值']);
  });

  it('drops 预计可 before 控制在 (outside: 河北 2004)', () => {
    const line = '全方位加强就业再就业工作，国家下达的4项就业再就业指标全部完成，城镇登记失业率预计可控制在4．2％。';
    expect(namesOf(line, ['4．2％'])).toEqual(['城镇登记失业率']);
  });

  it('keeps 许可 and 认可 whole', () => {
    expect(withoutTrailingNoise('取水许可')).toBe('取水许可');
    expect(withoutTrailingNoise('国际认可')).toBe('国际认可');
  });
});
