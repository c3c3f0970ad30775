import { describe, expect, it } from 'vitest';
import { isTopicComment } from '../../src/core/outline/topicStatements';
import { nodeAtLine as at } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

describe('a comment on a topic among action leads is no lead (topicStatements.ts)', () => {
  it('reads “服务业就业容量大，发展前景广。” after the action lead “推动产业结构迈向中高端。” as a comment (national 2015 part 四)', () => {
    const text = readCorpus('national/2015.txt');
    expect(at(text, '服务业就业容量大，发展前景广。')).toBeUndefined();
    // The leads around it stay: the one it comments under and the next, after it.
    expect(at(text, '推动产业结构迈向中高端。')).toMatchObject({ kind: 'lead', level: 2 });
    expect(at(text, '以体制创新推动科技创新。')).toMatchObject({ kind: 'lead', level: 2 });
  });

  it('reads “新农村建设要惠及广大农民。” after “加快推进农业现代化。” as a comment, but not “X要Y” after a lead with 要 (2015)', () => {
    const text = readCorpus('national/2015.txt');
    expect(at(text, '新农村建设要惠及广大农民。')).toBeUndefined();
    expect(at(text, '加快推进农业现代化。')).toMatchObject({ kind: 'lead', level: 2 });
    // Part 三's leads are cast “X要Y” themselves: the second stays a lead.
    expect(at(text, '稳健的货币政策要松紧适度。')).toMatchObject({ kind: 'lead' });
    expect(isTopicComment('稳健的货币政策要松紧适度', '积极的财政政策要加力增效')).toBe(false);
    // 主要/重要 are no modal 要.
    expect(isTopicComment('今年工作的重要任务', '加快推进农业现代化')).toBe(false);
  });

  it('wants nouns with adjectives of extent after an action lead, not verbs of growth, nor leads cast as outcomes', () => {
    expect(isTopicComment('服务业就业容量大，发展前景广', '推动产业结构迈向中高端')).toBe(true);
    // After a lead that names no action (an outcome of the review), the same shape may be the series' own.
    expect(isTopicComment('服务业就业容量大，发展前景广', '国民经济继续保持平稳较快增长')).toBe(false);
    // 加大 and 提高 are verbs, not a noun's adjective (海拉尔 2012 “（五）城市建设力度加大，宜居水平显著提高”).
    expect(isTopicComment('城市建设力度加大，宜居水平显著提高', '推动产业结构迈向中高端')).toBe(false);
    // A lead of its own opens with what is done.
    expect(isTopicComment('坚持自立自强，加快推进科技创新', '推动产业结构迈向中高端')).toBe(false);
  });
});
