/**
 * A count followed by an attribute sized by an amount, with its 的, then the noun (names.ts SIZED_BEFORE): the noun is
 * what the count counts, not the attribute's measure (总投资, 年产值 were the names).
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('a count, a sized attribute with 的, then its noun (names37)', () => {
  it('names the noun after the attribute (高阳 2015, 河北 2017 archive, outside)', () => {
    expect(nameOf('着力抓好宏润循环经济、生活垃圾综合处理设施等27个总投资69.5亿元的重点项目建设，形成多元化的循环经济体系。', '27个')).toContain('重点项目');
    expect(nameOf('发展食品工业，实施农产品加工业倍增计划，培育100个年产值超过10亿元的产业化联合体，农业产业化经营率达到68%。', '100个')).toContain('产业化联合体');
  });

  it('keeps the attribute before the noun, as the labels write it (dev 河北 2021)', () => {
    expect(nameOf('开展农产品加工业提升行动，重点培育100家年产值10亿元以上的农产品加工产业集群。', '100家')).toMatch(/^年产值10亿元以上的?农产品加工产业集群$/);
  });
});

describe('a count, a list of short attributes with 的, then its noun (names37)', () => {
  it('names the noun after the attributes, which stay before it without their 的 (dev 河北 2021; 河北 2004 archive, outside)', () => {
    expect(nameOf('实施现代种业提升工程，培育40个高产优质、多抗广适的新品种。', '40个')).toBe('高产优质、多抗广适新品种');
    expect(nameOf('筛选出100家实力强、效益好、潜力大的民营企业重点扶持，规模型、科技型和外向型企业加快发展。', '100家')).toContain('民营企业');
  });

  it('reads no clause with 的 inside as such a list (dev 1955)', () => {
    const text = '以苏联帮助我国设计的一百五十六个单位为中心的、由限额以上的六百九十四个建设单位组成的工业建设。';
    expect(nameOf(text, '一百五十六个')).not.toContain('、');
  });
});
