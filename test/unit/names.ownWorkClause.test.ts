/**
 * A clause whose own verb governs a work item named by what it acts on (实施 + 棚户区改造, 完成 + 危桥改造) names its
 * figure, even when the figure before in the sentence has the same unit; a clause with no words of its own goes on about
 * the figure before. Sentences quoted from outside text (海拉尔 2014, 河北 2022 archive).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a work item with its own verb after a figure of the same unit', () => {
  it('names its own work, not the figure before (outside: 海拉尔 2014)', () => {
    const line = '非公产业园、幸福家园等棚户区改造项目进展顺利，全年完成房屋征收16.2万平方米，实施棚户区改造19.5万平方米，城市形象显著提升。';
    expect(namesOf(line, ['16.2万平方米', '19.5万平方米'])).toEqual(['房屋征收', '棚户区改造']);
  });

  it('names its own work after an area list (outside: 河北 2022)', () => {
    const line = '压减地下水超采量8.8亿立方米，完成生态补水60.6亿立方米、营造林630万亩，退化草原修复治理42.3万亩。';
    expect(namesOf(line, ['630万亩', '42.3万亩'])[1]).not.toBe('营造林');
  });

  it('still carries the name into a bare measure after it', () => {
    expect(namesOf('全年完成房屋征收16.2万平方米，比上年增长12%。', ['12%'])).toEqual(['房屋征收']);
  });
});
