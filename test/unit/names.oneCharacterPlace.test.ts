/**
 * A count right after another's noun and a joiner counts the place of one character after it (村, 镇), not its
 * neighbour's noun (listNames.ts nounOfEach). Real lines of src32 reports, outside ../shared/corpus.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, thisYearWork } from '../support/names';

describe('a count of villages or towns after a count of something else', () => {
  it('counts 村, not the 乡镇 before it (src32 唐县-2020 line 17, 清苑区-2013 line 0, 0-based)', () => {
    expect(namesOf('平原乡镇全面铺开，完成6个乡镇、70个村、4万户改造，10多万群众用上了清洁燃气。', ['6个', '70个'], lastYearReview(2020))).toEqual(['乡镇', '村']);
    expect(namesOf('扎实开展城乡环境集中整治行动，完成了6个乡镇、81个村的垃圾一体化处理，进一步健全完善“门前三包”责任制。', ['81个'], lastYearReview(2013))).toEqual(['村']);
  });

  it('counts 村 and 镇 after works and monitoring points (src32 容城县-2020 line 0, 博野县-2024 line 46)', () => {
    expect(namesOf('严格实施散煤管控，完成150台燃气锅炉低氮化改造和31个村、2.5万户“气代煤”改造。', ['31个'], lastYearReview(2020))).toEqual(['村']);
    expect(namesOf('加强对2个省控点、6个镇和开发区监测点指标研判分析，更快消除重污染天气影响。', ['6个'], thisYearWork(2024))).toEqual(['镇']);
  });
});
