/**
 * A count of the set a thing is one of (成为河北省120所项目学校之一) counts the set's things: 之一 ends no name
 * (trailingNoise.json, guarded so that a fraction keeps it: 千分之一). Lines of free outside texts (src32, outside
 * ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview } from '../support/names';
import { withoutTrailingNoise } from '../../src/core/indicators/trailingNoise';

describe('a count of the set a thing is one of', () => {
  it('names the set’s things without 之一 (src32 唐县-2020, 清苑区-2005)', () => {
    const tang = '全面对接朝阳区职业教育，唐县职教中心成为河北省120所项目学校之一。';
    expect(nameOf(tang, '120所', lastYearReview(2020))).toBe('项目学校');
    const qingyuan = '列为全省首批产地编码基地；李庄草莓基地成为全省首批30家出口创汇基地之一。';
    expect(nameOf(qingyuan, '30家', lastYearReview(2005))).toBe('出口创汇基地');
  });

  it('keeps 之一 in a fraction (进入ESI前千分之一学科, a dev label’s name)', () => {
    expect(withoutTrailingNoise('进入ESI前千分之一')).toBe('进入ESI前千分之一');
    expect(withoutTrailingNoise('项目学校之一')).toBe('项目学校');
  });
});
