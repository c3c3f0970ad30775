/**
 * A from–to pair with a verb the lists miss (从120个工作日压减至50个工作日): the end value is the start's indicator
 * (extract.ts isFromValue, figureNames.ts toAfterStart), and the verb with its 至/到 leaves a name's end (names.ts
 * TO_VERB). Lines of free texts of the second outside source (src32): 唐县 2020, 涞水县 2021, 保定市 2021 (session 32,
 * names56); 广东 2020 (src27).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a from–to pair with any two-character verb before its 至', () => {
  it('names the end value by the start value (唐县 2020)', () => {
    const line = '推进“拿地即开工”和联合审批模式，社会投资项目审批时限从120个工作日压减至50个工作日。';
    expect(nameOf(line, '50个工作日', lastYearReview(2020))).toBe('社会投资项目审批时限');
    const second = '推进商事制度改革，全面推行证照合办、“证照分离”“减证便民”，企业开办时间从8个工作日压减至3个工作日，群众办事创业更加便捷。';
    expect(nameOf(second, '3个工作日', lastYearReview(2020))).toBe('企业开办时间');
  });

  it('reads an adverb before the verb as part of the change (广东 2020, src27)', () => {
    const line = '大力推进“放管服”和强市放权改革，省级权责清单事项从3018项大幅压减至986项。';
    expect(nameOf(line, '986项', lastYearReview(2020))).toBe('省级权责清单事项');
  });

  it('drops 提速到 and 压减至 from a name’s end (保定市 2021, 涞水县 2021)', () => {
    const baoding = '审批事项网上可办率达到99%，492项审批事项实现“最多跑一次”，企业开办时间提速到1个工作日。';
    expect(nameOf(baoding, '1个工作日', lastYearReview(2021))).toBe('企业开办时间');
    const laishui = '建立“一枚印章管审批”服务新机制，企业开办和项目审批时间压减至8小时和50个工作日，各类行政审批、公共服务事项办结率100%。';
    expect(nameOf(laishui, '50个工作日', lastYearReview(2021))).toBe('项目审批时间');
  });
});
