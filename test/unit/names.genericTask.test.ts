/**
 * A task named by nothing but when or what kind of work it is (年度任务, 改造任务) is the quota of what the sentence
 * already counted, or of the work the clause before acted on (figureNames.ts taskOf). Unseen witness (广东 2025,
 * outside): 城镇新增就业超143万人、超额完成国家下达的110万人年度任务 named the quota 年度任务.
 */
import { describe, expect, it } from 'vitest';
import { nameOf, namesOf, lastYearReview } from '../support/names';

describe('a generic task', () => {
  it('is the quota of the work the clause before acted on (dev: 海拉尔 2019)', () => {
    expect(nameOf('抓好“城市双修”工程、城区环境提升改造等项目，继续推进棚户区改造，完成800户的改造任务。', '800户', lastYearReview(2019))).toBe('棚户区改造');
  });

  it('is the quota of the figure before it in the same unit', () => {
    expect(namesOf('城镇新增就业超143万人、超额完成国家下达的110万人年度任务。', ['143万人', '110万人'], lastYearReview(2025))).toEqual(['城镇新增就业', '城镇新增就业']);
  });

  it('leaves a task with a kind of its own alone (dev: 苏州 seed)', () => {
    expect(nameOf('完成城乡932条黑臭水体治理任务，全市基本消除黑臭水体。', '932条', lastYearReview(2021))).toBe('黑臭水体治理任务');
  });
});
