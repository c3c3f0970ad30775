/**
 * A programme's measures counted after the programme (稳经济30项举措, 科技金融20条政策措施) are named by both, as the dev
 * labels write them (稳经济举措, 科技金融政策措施): the programme alone said whose, not what (countedAfter.ts,
 * programmeMeasures). Sentences from dev reports (安徽, 辽宁, 江苏, 天津 2026); the unseen witness is 南山区 2022
 * (“第一时间出台助企纾困18条举措”, then named 第一时间出台助企纾困). The sentences were chosen because each figure is only a
 * count of measures: no period, status or link rule reads them differently.
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('a count of a programme’s measures', () => {
  it('names the programme and its measures together (dev: 安徽, 辽宁, 江苏 2026)', () => {
    expect(nameOf('统筹安排省级财政资金350亿元以上，实施稳经济30项举措。', '30项')).toBe('稳经济举措');
    expect(nameOf('出台科技金融20条政策措施。', '20条')).toBe('科技金融政策措施');
    expect(nameOf('推出长江经济带高质量发展84项政策措施，长三角生态绿色一体化发展示范区制度创新成果增至154项。', '84项')).toBe('长江经济带高质量发展政策措施');
  });

  it('keeps a verb that modifies the measures (提升举措, 升级举措 — dev: 安徽, 天津 2026)', () => {
    expect(nameOf('实施法治化营商环境100项提升举措，提档升级合肥法务区，组建涉外法律服务联盟。', '100项')).toBe('法治化营商环境提升举措');
    expect(nameOf('提请市人大常委会审议通过民营经济促进条例，实施优化营商环境21条升级举措。', '21条')).toBe('优化营商环境升级举措');
  });

  it('starts the programme after the verb that issued the measures (outside: 南山区 2022)', () => {
    // (第一时间 is when they were issued, 出台 that they were: neither says whose.)
    expect(nameOf('在“稳增长”期间，第一时间出台助企纾困18条举措，安排资金10亿元。', '18条')).toBe('助企纾困举措');
  });

  it('starts after the last of two verbs joined by 和 (outside: 青海 2025, seen by review30 named 和落实促进…措施)', () => {
    expect(nameOf('出台和落实促进民营经济高质量发展33条措施，民营经济增加值增长5%。', '33条')).toBe('促进民营经济高质量发展措施');
  });

  it('reads past the 等 that closes a list of programmes (dev: 辽宁 2026)', () => {
    const line = '落实中央存量政策和一揽子增量政策，制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措，全力帮助企业稳定经营。';
    expect(nameOf(line, '12条')).toBe('金融支持民营经济发展政策举措');
  });
});
