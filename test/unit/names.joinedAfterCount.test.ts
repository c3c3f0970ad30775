/**
 * A noun after 和 right after a count is the next item's (nameAfter, names.ts): outside district and city reports
 * (/work/outside/src27: 南山 2016, 宝安 2025, 坪山 2019 — not in the corpus). Session 28, names46.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a count is not named by the next item after 和', () => {
  it('人大代表建议202件和政协委员提案155件 (南山 2016)', () => {
    const [first, second] = namesOf('办理市、区两级人大代表建议202件和政协委员提案155件。', ['202件', '155件']);
    expect(first).toContain('人大代表建议');
    expect(second).toBe('政协委员提案');
  });

  it('改造优饮小区80个和二供小区40个以上 (宝安 2025)', () => {
    expect(namesOf('新增完成改造优饮小区80个和二供小区40个以上。', ['80个', '40个'])).toEqual(['改造优饮小区', '二供小区']);
  });

  it('千人学位数、床位数分别达123个和5.7张 (坪山 2019): each its own measure, not 和5.7张', () => {
    expect(namesOf('新增可供应床位1000张，千人学位数、床位数分别达123个和5.7张。', ['123个', '5.7张'])).toEqual(['千人学位数', '千人床位数']);
  });
});
