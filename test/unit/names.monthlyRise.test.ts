/**
 * A monthly rise said in one word (月增, 人均月增) is the figure's measure, not the end of its name (measures.ts).
 * Sentences quoted from outside text: 河北省 2005 and 2014 reports (yver-sun/gaoyang-towel-resilience), not in the corpus.
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('a monthly rise', () => {
  it('leaves 月 out of the name (河北 2005)', () => {
    expect(nameOf('企业退休人员基本养老金标准每月人均提高39.5元、生活补贴月增20元。', '20元')).toBe('生活补贴');
  });

  it('leaves 人均月 out of the name (河北 2014)', () => {
    const line = '社会保障水平稳步提高，企业退休人员养老金待遇人均月增177元，城乡居民社会养老保险参保率达到97.1%，新农合和城镇居民医疗保险财政补助标准年人均提高到280元。';
    expect(nameOf(line, '177元')).toBe('企业退休人员养老金待遇');
  });
});
