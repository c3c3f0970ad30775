/**
 * A count said only as a part of the count before it (a grade alone, or 其中/其余 and what the part did) counts that
 * count's things (partCounts.ts). Lines from the dev corpus and free outside texts (src27, names51).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, namesOf } from '../support/names';

describe('a count said only as a part of the count before it', () => {
  it('takes the things at its own grade (广东省 2020)', () => {
    expect(nameOf('深化农业供给侧结构性改革，建设国家级现代农业产业园10家、省级119家。', '119家', lastYearReview(2020))).toBe('省级现代农业产业园');
  });

  it('takes the things with what the part did, and so does the next count of its list (深圳市 2017; dev 安徽 2026)', () => {
    expect(namesOf('新推出制度创新举措106项，其中36项全国领先，23项全省复制推广。', ['36项', '23项'], lastYearReview(2017))).toEqual(['全国领先制度创新举措', '全省复制推广制度创新举措']);
    expect(nameOf('中国（安徽）自贸试验区累计推出259项制度创新成果，其中56项为全国首创。', '56项')).toBe('全国首创制度创新成果');
  });

  it('takes the things for the rest too (深圳市 2016)', () => {
    expect(nameOf('118项民生实事完成116项，其余2项正在抓紧推进。', '2项', lastYearReview(2016))).toBe('民生实事');
  });

  it('leaves a part with a noun of its own the things before do not end in (宝安区 2022, outside)', () => {
    // (The count before is named by the clause, not by 集群: its things are no name for the part's own 集群.)
    const line = '全市20大先进制造业园区4个布局宝安，全市20大战略性新兴产业集群中重点布局我区14个，其中9个集群增加值全市第一，全市战略性新兴产业主阵地、主力军地位凸显。';
    expect(nameOf(line, '9个', lastYearReview(2022))).toMatch(/^集群/);
  });

  it('but takes the things when a verb follows the count (坪山新区 2015, outside)', () => {
    expect(nameOf('新能源汽车基地引进企业18家，其中15家建成投产。', '15家', lastYearReview(2015))).toBe('建成投产新能源汽车基地引进企业');
  });

  it('leaves a part with a noun of its own of the same head (dev 江西 2026)', () => {
    expect(nameOf('并从5方面提出了28个主要指标，其中20个预期性指标、8个约束性指标。', '20个')).toBe('预期性指标');
  });
});
