/**
 * A figure with its 以上/以下 before a noun (10亿元以上项目, 注册资本500万元以上企业) bounds a class of things: the bound
 * is part of the name of what the clause measures, as 亿元以上项目 is. Sentences quoted from outside text (河北 2024, 2004).
 */
import { describe, expect, it } from 'vitest';
import { cleanName } from '../../src/core/indicators/names';
import { namesOf } from '../support/names';

describe('a class bound inside a name', () => {
  it('keeps the bound of the projects whose investment grew (outside: 河北 2024)', () => {
    const line = '强化要素保障、政策保障、服务保障，10亿元以上项目投资增长35%，高新技术产业投资增长28.5%，雄安新区成为拉动投资的重要引擎。';
    expect(namesOf(line, ['35%', '28.5%'], { year: 2024, part: '一、2023年工作回顾' })).toEqual(['10亿元以上项目投资', '高新技术产业投资']);
  });

  it('keeps the bound of the firms counted after it (outside: 河北 2004)', () => {
    expect(cleanName('新增注册资本500万元以上企业')).toBe('注册资本500万元以上企业');
  });

  it('keeps what the bound bounds, a one-character noun, and a bound whose noun is elided (outside: 河北 2023, 2004)', () => {
    expect(namesOf('发展家庭农场、农民合作社等新型经营主体，集体经济年收入10万元以上村达60%以上。', ['60%'], { year: 2023, part: '一、过去五年工作回顾' })).toEqual(['年收入10万元以上村']);
    expect(cleanName('其中500万元以上的')).toBe('500万元以上');
  });

});
