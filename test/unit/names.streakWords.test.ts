/**
 * A streak word (十连增, 七连冠) counts the run, not the thing that ran: its name says so (粮食产量连增次数), so that its
 * card is not read as grain output of 10 and its series never meets the output's (streakNames.ts).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview } from '../support/names';

describe('a streak word names the run', () => {
  it('counts the years of growth of its subject (outside: national 2014; dev: national 2016)', () => {
    expect(nameOf('粮食产量超过1.2万亿斤，实现“十连增”。服务业增加值比重达到46.1%。', '十连增', lastYearReview(2014))).toBe('粮食产量连增次数');
    expect(nameOf('粮食产量实现“十二连增”，居民消费价格涨幅保持较低水平。', '十二连增', lastYearReview(2016))).toBe('粮食产量连增次数');
  });

  it('counts titles won in a row (outside: 保定 2021)', () => {
    expect(nameOf('国防动员和双拥共建深入开展，“全国双拥模范城”实现九连冠。', '九连冠', lastYearReview(2021))).toBe('双拥模范城连冠次数');
  });

  it('leaves the figure before the streak its own name (outside: 河北 2014)', () => {
    expect(nameOf('粮食生产十连增，总产达到673亿斤。', '673亿斤', lastYearReview(2014))).not.toMatch(/连增/);
  });
});
