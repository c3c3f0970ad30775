/**
 * Lists that 分别 shares out after a clause of their own, and word pairs that share a head (names47, issue 8).
 * Sentences are short real lines of 广东省 2018, 2020, 2024 and 深圳市 2012 (outside free texts, not in the corpus), where
 * the start values of 分别从…提高到… after a comma had no name and their end values an empty one (""), or a name read
 * off the list (和880元), and a pair of modifiers (中小板、创业板; 高层次、高技能) left its first item bare.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('a list of start values 分别 shares out after a clause of its subjects', () => {
  it('names each start and end value by its item of the clause (outside: 广东 2018)', () => {
    const line = '城镇、农村低保对象最低生活保障人均补差水平，分别从每月457元、206元提高到503元、228元；困难残疾人生活补贴、重度残疾人护理补贴标准，分别从每人每年1800元、2400元提高到1890元、2520元。';
    expect(namesOf(line, ['457元', '206元', '503元', '228元'], lastYearReview(2018))).toEqual([
      '城镇低保对象最低生活保障人均补差水平',
      '农村低保对象最低生活保障人均补差水平',
      '城镇低保对象最低生活保障人均补差水平',
      '农村低保对象最低生活保障人均补差水平',
    ]);
    expect(namesOf(line, ['1800元', '2400元', '1890元', '2520元'], lastYearReview(2018))).toEqual(['困难残疾人生活补贴标准', '重度残疾人护理补贴标准', '困难残疾人生活补贴标准', '重度残疾人护理补贴标准']);
  });

  it('reads the clause, not the list, when the values are per head (outside: 广东 2020)', () => {
    const line = '孤儿基本生活最低养育标准集中供养和分散供养水平，分别从每人每月1685元和1025元提高到1820元和1110元；困难残疾人生活补贴、重度残疾人护理补贴标准，分别从每人每月165元、220元提高到175元、235元。';
    const names = namesOf(line, ['1685元', '1025元', '1820元', '1110元', '165元', '235元'], lastYearReview(2020));
    expect(names[0]).toBe('孤儿基本生活最低养育标准集中供养水平');
    expect(names[2]).toBe('孤儿基本生活最低养育标准集中供养水平');
    expect(names[1]?.endsWith('分散供养水平')).toBe(true);
    expect(names.slice(4)).toEqual(['困难残疾人生活补贴标准', '重度残疾人护理补贴标准']);
  });
});

describe('two modifiers of one word pair share the noun after the second', () => {
  it('gives both the head, and the share of a whole after it, when they end alike (outside: 深圳 2012)', () => {
    const line = '中小板、创业板新上市企业分别占全国新增总量的1/10和1/8。';
    expect(namesOf(line, ['1/10', '1/8'], lastYearReview(2012))).toEqual(['中小板新上市企业占全国新增总量比重', '创业板新上市企业占全国新增总量比重']);
  });

  it('gives both the head when they open alike (outside: 广东 2024)', () => {
    const line = '全省高层次、高技能人才分别达94万人、690万人，有效持证外国人才达4.5万人。';
    expect(namesOf(line, ['94万人', '690万人'], lastYearReview(2024))).toEqual(['高层次人才', '高技能人才']);
  });
});
