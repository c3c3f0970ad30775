/**
 * 组织 closes a counted noun phrase as the other counted heads do (nameWords.json countedHeads): a verb inside the
 * phrase before it (服务, 合作) modifies it, so the count names the organisations, not half the phrase. Lines of free
 * outside texts (src32, outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, thisYearWork } from '../support/names';

describe('a count of organisations', () => {
  it('runs to 组织 (src32 唐县-2020, 保定市-2011)', () => {
    const tang = '培育家庭农场、农民合作社等新型经营主体和农业产业化联合体，打造3-5个有一定规模的农业生产性服务组织。';
    expect(nameOf(tang, '3-5个', thisYearWork(2020))).toMatch(/农业生产性服务组织$/);
    expect(nameOf('发展200家农民专业合作组织和一批农产品配送中心。', '200家', thisYearWork(2011))).toMatch(/农民专业合作组织$/);
  });
});
