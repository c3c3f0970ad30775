/**
 * A verb with a head noun right after it inside a counted noun (审批事项, 停车项目) modifies the head; the counted noun
 * runs on to its head (names.ts nameAfter, headRightAfterVerb). Lines of outside district reports (深圳 free texts).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, thisYearWork } from '../support/names';

describe('a counted noun with a verb modifying its head', () => {
  it('runs on past the verb to the head (outside: 宝安区 2015, 罗湖区 2023)', () => {
    expect(nameOf('682项行政审批事项实现网上办理，入网率全市第一，审批业务提前办结率超过99%。', '682项', lastYearReview(2015))).toBe('行政审批事项');
    expect(nameOf('开展无人驾驶公交线路试点，推进6处立体停车项目建设，完成整治改造未移交道路134条。', '6处', lastYearReview(2023))).toBe('立体停车项目');
  });

  it('ends with its last head, before the predicate (outside: 宝安区 2019)', () => {
    expect(nameOf('加快推进区属医院高等院校合作共建，推动8家区属公立医院三级水平全覆盖，打造10个高水平品牌专科。', '8家', thisYearWork(2019))).toBe('区属公立医院');
  });
});
