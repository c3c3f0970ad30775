/**
 * A count of monitored waters ends at its head, not in the water quality said of them (monitoredCounts.ts). Real lines
 * of src32 reports, outside ../shared/corpus; a trial (session 35) saw 74个 named 地表水国考断面Ⅲ类以上水, cut inside 水质.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';
import { monitoredCountName } from '../../src/core/indicators/monitoredCounts';

describe('a count of monitored sections or rivers', () => {
  it('ends at the section, before a class bound (src32 河北省-2020 line 22, 0-based)', () => {
    const line = '——生态环境明显好转。PM2.5平均浓度下降5.8%，大气质量为6年来最好水平。74个地表水国考断面Ⅲ类以上水质比例提高4.1个百分点，单位生产总值能耗下降4%左右。';
    expect(nameOf(line, '74个', lastYearReview(2020))).toBe('地表水国考断面');
    // (The share said of them keeps its whole name.)
    expect(nameOf(line, '4.1个百分点', lastYearReview(2020))).toBe('地表水国考断面Ⅲ类以上水质比例');
  });

  it('ends at the section or river, before 水质 (src32 易县-2025 line 19, 保定市-2025 line 18, 河北省-2018 line 32, broken mid-sentence there)', () => {
    expect(nameOf('持续开展河湖“清四乱”[9]，6条入淀河流水质均达到Ⅲ类及以上。23个地表水国省市考断面水质全部达标。', '23个', lastYearReview(2025))).toBe('地表水国省市考断面');
    expect(nameOf('持续开展河湖“清四乱”[9]，6条入淀河流水质均达到Ⅲ类及以上。23个地表水国省市考断面水质全部达标。', '6条', lastYearReview(2025))).toBe('入淀河流');
    expect(nameOf('8条有水入淀河流水质稳定在Ⅲ类及以上，49个国省考断面水质达标率100%。', '49个', lastYearReview(2025))).toBe('国省考断面');
    expect(nameOf('“散乱污”企业近1.7万家，33条重污染河流断面水质达标，40条城市黑臭水体得到', '33条', lastYearReview(2018))).toBe('重污染河流断面');
  });

  it('leaves works on the water, other units and names that end at their head', () => {
    // 完成唐公沟等5条河流水质提升工程 — src32 高唐县-2021: the works are counted.
    expect(monitoredCountName('河流水质提升工程', '条')).toBeNull();
    expect(monitoredCountName('国考断面', '个')).toBeNull();
    expect(monitoredCountName('地表水国考断面Ⅲ类以上水质比例', '%')).toBeNull();
  });
});
