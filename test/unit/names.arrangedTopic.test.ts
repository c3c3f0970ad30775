/**
 * An allocation said alone after the clause naming the programme it is for takes the programme's name (arrangedTopic.ts).
 * Sentences quoted from reports outside the corpus (national 2014, 广西 2026).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';
import { ARRANGED_HEADS, CARRY_OUT_LEADS, CARRY_OUT_TAILS } from '../../src/core/lexicon/arrangedTopic';

const thisYear = (year: number) => ({ year, part: '二、今年的工作' });

describe('an allocation alone after the programme it is for (names32: a random audit of unseen text)', () => {
  it('names the programme a verb of carrying out opens (outside: national 2014)', () => {
    expect(nameOf('推进生态保护与建设。继续实施退耕还林还草，今年拟安排500万亩。', '500万亩', thisYear(2014))).toBe('退耕还林还草');
  });

  it('names the money of the programme a verb of carrying out closes (outside: 广西 2026)', () => {
    expect(nameOf('——人民生活持续改善。“暖心民政”三年行动启动实施，每年安排140亿元以上，系统性解决群众急难愁盼问题。', '140亿元', lastYearReview(2026))).toBe('暖心民政三年行动资金');
  });

  it('leaves a named figure, and a clause that is no programme, as they were', () => {
    expect(nameOf('坚持民生为大，安排资金136亿元。', '136亿元', lastYearReview(2026))).not.toBe('坚持民生为大资金');
  });

  it('lists each word once', () => {
    for (const list of [ARRANGED_HEADS, CARRY_OUT_LEADS, CARRY_OUT_TAILS]) expect(new Set(list).size).toBe(list.length);
  });
});
