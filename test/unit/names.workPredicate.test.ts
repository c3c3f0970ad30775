/**
 * A work's predicate of two verbs (建成投产, 建成通车, 投入使用 — endPredicates) opening the words before a count's
 * noun: cutting its first verb alone left a name cut inside the predicate (投产重点项目, 通车市政道路, 使用小型消防站),
 * and the next figure carried it (投产重点项目完成投资). Both verbs go; before a generic head (项目, 企业) the predicate
 * names the set and stays whole, as the dev labels write it (计划建成投产大中型项目 — national 1980). Lines quoted from
 * outside free texts (not in the corpus): 河北 2006, 坪山区 2020, 坪山区 2024.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a two-verb work predicate before a count’s noun', () => {
  it('drops 建成通车 whole before a specific noun (outside: 坪山区 2024)', () => {
    const line = '外环三期开工建设，建成通车市政道路32条。完成龙坪路等7条重点道路景观提升。';
    expect(namesOf(line, ['32条'])).toEqual(['市政道路']);
  });

  it('drops 投入使用 whole before a specific noun (outside: 坪山区 2020)', () => {
    const line = '完成大万消防站建设，投入使用小型消防站11座。深入推进扫黑除恶专项斗争。';
    expect(namesOf(line, ['11座'])).toEqual(['小型消防站']);
  });

  it('keeps 建成投产 whole before a generic head, and the investment after carries it whole (outside: 河北 2006)', () => {
    const line = '全社会固定资产投资年均增长14.1%，其中2003年以来年均增长26.2%。建成投产重点项目361项，完成投资2204亿元。';
    const [count, investment] = namesOf(line, ['361项', '2204亿元']);
    expect(count).toBe('建成投产重点项目');
    expect(investment?.startsWith('建成投产重点项目')).toBe(true);
  });
});
