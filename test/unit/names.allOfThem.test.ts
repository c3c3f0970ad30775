/**
 * What all of them do, said in a short clause right after 100%, is the work the rate measures, with the subject before
 * it (clauseNames.ts partThatDoes, allDo), though the dictionary lists no such verb. Lines of free outside texts (src32,
 * outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { nameOf, lastYearReview, thisYearWork } from '../support/names';

describe('a rate of 100% with the work after it', () => {
  it('names subject and work (the “六个100%” of src32 唐县-2020; 保定市-2023)', () => {
    const tang = '[12]“六个100%”：即施工工地周边100%围挡、物料堆放100%覆盖、出入车辆100%冲洗、施工现场地面100%硬化、拆迁工地100%湿法作业、渣土车辆100%密闭运输。';
    const frame = thisYearWork(2020);
    const found = analyzeReport(`${frame.year}年政府工作报告\n${frame.part}\n${tang}\n`).indicators.filter((i) => i.text === '100%');
    expect(found.map((i) => i.name)).toEqual(['施工工地周边围挡', '物料堆放覆盖', '出入车辆冲洗', '施工现场地面硬化', '拆迁工地湿法作业', '渣土车辆密闭运输']);
    const baoding = '法治保定建设深入推进。行政机关负责人100%出庭应诉，人大代表建议、政协提案办复率、满意率均达100%。';
    expect(nameOf(baoding, '100%', lastYearReview(2023))).toBe('行政机关负责人出庭应诉');
  });

  it('leaves a clause that goes on, and any other rate (唐县-2020)', () => {
    expect(nameOf('改造农村厕所2.76万座，完成下达任务的248%。', '248%', lastYearReview(2020))).not.toMatch(/完成$/);
    // (A rate that only ends in 100: the same 保定市-2023 line with 1100% is no “all of them”.)
    expect(nameOf('法治保定建设深入推进。行政机关负责人1100%出庭应诉，人大代表建议满意率达100%。', '1100%', lastYearReview(2023))).not.toBe('行政机关负责人出庭应诉');
  });
});
