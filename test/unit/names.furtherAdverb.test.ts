/**
 * 进一步 (further) says how a change goes on, never what changes: it opens no name (leadingWords), ends none (trailing
 * noise, with the modal 可能 before it), and after a year it is still a time-led clause that goes on about the series'
 * topic (TIME_LED). Dev national 1980 had three names made of it (进一步, 积累率可能进一步, 进一步停建…).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, namesOf, lastYearReview } from '../support/names';

describe('进一步 in the text before a figure', () => {
  it('goes on about the series a year-led clause continues (dev: national 1980)', () => {
    const line = '每百元工业固定资产净值提供的税收利润，1977年为31.5元，1978年为35.5元，1979年进一步提高到36.3元。';
    expect(namesOf(line, ['35.5元', '36.3元'], lastYearReview(1980))).toEqual(['每百元工业固定资产净值提供的税收利润', '每百元工业固定资产净值提供的税收利润']);
  });

  it('is dropped from a name’s end with the modal before it, and from its start (dev: national 1980)', () => {
    expect(nameOf('积累率1978年为36.5％，1979年降为33.6％。根据1980年计划，积累率可能进一步降到30％左右。', '30％', lastYearReview(1980))).toBe('积累率');
    expect(nameOf('1980年计划基本建设投资总额控制在500亿元，进一步停建、缓建大中型项目238个。', '238个', lastYearReview(1980))).toBe('停建、缓建大中型项目');
  });
});
