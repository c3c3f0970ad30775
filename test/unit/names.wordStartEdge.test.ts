/**
 * Names never begin or end inside a word. A word whose first character is also a one-character preposition or adverb
 * (对接, 对口, 即时) is never cut after that character (nameWords.json wordStarts), and a word that ends in 均 (户均, as
 * 人均 and 年均) keeps its 均 where the measure reader drops a sprinkled one (measures.ts): cut there, the names began
 * inside the words (接企业, 口支援协作项目, 时零售规模, 户增收); nor does a counted noun end inside 改扩建 (乡镇卫生院改).
 * Lines of dev 江苏 and 福建 2026 and of free outside texts
 * (src32 清苑区 2013, 2020, 2025, 涞源县 2021, 2025, 阜平县 2017, 2021, outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a name that opens with a word beginning like a preposition', () => {
  it('keeps 对接 whole (清苑区 2025, 涞源县 2025, outside)', () => {
    expect(nameOf('保定南站站房工程如期开工，石雄高铁、南三环前期工作进展顺利。全年对接企业231家、签约项目34个，京津', '231家', lastYearReview(2025))).toBe('对接企业');
    expect(nameOf('深入推进“五职招商”(3)，县领导带头外出招商90批次，对接企业314家，成功招引河北智算中心、远景智慧储能装备绿电产业园等强基础、利长远的项目。', '314家', lastYearReview(2025))).toBe('对接企业');
  });

  it('keeps 对口 and 即时 whole (江苏 2026, 福建 2026, dev)', () => {
    expect(nameOf('苏皖鲁豫省际交界地区深化协同发展。实施对口支援协作项目8000多个。', '8000多个', lastYearReview(2026))).toBe('对口支援协作项目');
    expect(nameOf('惠及消费者750多万人次。即时零售规模稳居全国第一梯队，农村网络零售额居全国第三。', '第一梯队', lastYearReview(2026))).toBe('即时零售规模');
  });
});

describe('a word that ends in 均 before a measure', () => {
  it('keeps 户均 whole, as 人均 and 年均 are (涞源县 2021, 阜平县 2017, src32, outside)', () => {
    expect(nameOf('扶贫产业实现了对全县所有贫困户三重以上产业覆盖，户均增收6000元以上。', '6000元', lastYearReview(2021))).toBe('户均增收');
    expect(nameOf('产值达 1.13 亿元，带动近 4000 农户，户均增收 2 万元以上。', '2 万元', lastYearReview(2017))).toBe('户均增收');
  });
});

describe('a counted noun before a compound work verb', () => {
  it('ends before the whole of 改扩建, never after its 改 (阜平县 2021, 清苑区 2013, 2020, src32, outside)', () => {
    expect(nameOf('新建中医院、妇幼保健院和疾控中心，完成13所乡镇卫生院改扩建，规范提升209个村卫生室。', '13所', lastYearReview(2021))).toBe('乡镇卫生院');
    expect(nameOf('④完成20所幼儿园改扩建和6所中小学扩建工程。', '20所', lastYearReview(2013))).toBe('幼儿园');
    expect(nameOf('城区学校建设三年攻坚行动3所学校新改扩建进展顺利，', '3所', lastYearReview(2020))).toBe('学校');
  });
});
