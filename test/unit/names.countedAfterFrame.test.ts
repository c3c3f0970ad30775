/**
 * The noun a count counts stands after its classifier when the words before it are no subject: a verb with its result
 * (培育做大37个…), a unit said with 内 (县内30个…), a list of owners (新建英利、国电、立中3家"院士工作站"), 有 before a
 * bare magnitude of people (每天有近一亿劳动力). Sentences from the random audit of outside text (session 17, names25).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview, thisYearWork } from '../support/names';

describe('the counted noun after a frame that is no subject', () => {
  it('reads past a verb with its result, and stops the noun before one (outside: 保定 2024, 2021; 河北 2004)', () => {
    expect(nameOf('开展县域科技创新能力跃升行动。培育做大37个县域特色产业集群，推进产业数字化、产品高端化、品牌知名化。', '37个', thisYearWork(2024))).toBe('县域特色产业集群');
    expect(nameOf('推动4个国家级外贸基地做大做强，提升6个省级外贸基地建设水平，培育2个重点出口聚集区。', '4个', thisYearWork(2021))).toBe('国家级外贸基地');
    expect(nameOf('推动4个国家级外贸基地做大做强，提升6个省级外贸基地建设水平，培育2个重点出口聚集区。', '2个', thisYearWork(2021))).toBe('重点出口聚集区');
    expect(nameOf('拓宽民营企业融资渠道。继续重点支持100家民营企业做大做强。', '100家', thisYearWork(2004))).toBe('民营企业');
  });

  it('takes a unit said with 内 as where, and drops the manner adverb before the predicate (outside: 高阳 2019)', () => {
    const gaoyang = '龙化乡托管移交工作会议后，县内30个工作专班迅速与安新县对接，已按时间节点要求移交到位。';
    expect(nameOf(gaoyang, '30个', lastYearReview(2019))).toBe('工作专班');
  });

  it('reads a counted name in straight quotes (outside: 保定 2011)', () => {
    const baoding = '科技创新能力明显提高，新建英利、国电、立中3家"院士工作站"，2个国家重点实验室落户我市。';
    expect(nameOf(baoding, '3家', lastYearReview(2011))).toBe('院士工作站');
  });

  it('counts the people after 有 and a bare magnitude (outside: national 1958, 1954)', () => {
    expect(nameOf('目前全国每天有近一亿劳动力参加农田水利的建设。', '一亿', thisYearWork(1958))).toBe('劳动力');
    expect(nameOf('中国在国外约有一千二百万侨民。他们同侨居国的人民多年以来友好相处。', '一千二百万', lastYearReview(1954))).toBe('侨民');
  });
});
