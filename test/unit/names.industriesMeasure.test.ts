/**
 * Industries named whole (each with its 业) before the last one's measure share it (industriesTail in names.ts): the
 * first of 新能源产业、装备制造业增加值分别增长… was named 新能源产业, an industry without its measure. 山西 2026
 * (/work/outside/names9/rep) and 河北 2015 (yver-sun/gaoyang-towel-resilience) are outside text; 陕西 2026 is dev,
 * labelled 战略性新兴产业增加值.
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, namesOf } from '../support/names';

describe('industries sharing the last one\'s measure', () => {
  it('新能源产业、装备制造业增加值 (山西 2026)', () => {
    const line = '新能源产业、装备制造业增加值分别增长25.3%、7.9%，工业机器人、光伏电池产量成倍增长。';
    expect(namesOf(line, ['25.3%', '7.9%'])).toEqual(['新能源产业增加值', '装备制造业增加值']);
  });

  it('高新技术产业、装备制造业增加值 (河北 2015)', () => {
    const line = '全省高新技术产业、装备制造业增加值分别增长12%和10%，高于规模以上工业增速7个和5个百分点。';
    expect(namesOf(line, ['12%', '10%'])).toEqual(['高新技术产业增加值', '装备制造业增加值']);
  });

  it('joined by 和 (陕西 2026, dev)', () => {
    const line = '战略性新兴产业和高技术制造业增加值年均增长8％、7.2％，汽车产量增长1.1倍。';
    expect(namesOf(line, ['8％', '7.2％'], FIVE_YEAR_REVIEW)).toEqual(['战略性新兴产业增加值', '高技术制造业增加值']);
  });

  it('not when an item is no industry (新材料、生物医药健康产业增速 stays as it was)', () => {
    const [first] = namesOf('新材料、生物医药健康产业增加值分别增长33.1%、20%。', ['33.1%', '20%']);
    expect(first).not.toBe('新材料增加值');
  });
});
