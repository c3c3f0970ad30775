import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { numberSpacesToDrop } from '../../src/core/text/numberSpaces';

/**
 * Numbers written with stray spaces, as PDF and web extraction leaves them, read through (text/numberSpaces.ts): real
 * lines of two free 保定 county texts (src32 阜平县-2017 and 易县-2017, outside ../shared/corpus) and of the free
 * national 1998 report (Wikisource, outside ../shared/corpus). The figure's text and range stay the document's.
 */
const FUPING_2017 = '政府工作报告\n——2017年1月5日在阜平县第十六届人民代表大会第一次会议上\n一、过去五年工作回顾\n五年来，全县上下攻坚克难。\n2016 年，全县农村居民人均可支配收入完成 6542 元，比 2011 年增长 3838 元。';
const YIXIAN_2017 = [
  '政府工作报告',
  '——2017年1月5日在易县第十七届人民代表大会第一次会议上',
  '一、过去五年工作回顾',
  '2 016 年，全县生产总值完成119.8亿元，是2011年的1.6倍。',
  '农业产业化经营率达到62.3%，比201 1 年提高 9 个百分点。',
  '规模以上工业增加值完成40.8 2 亿元，年均增长1 2.7 %。',
  '农村居民人均可支配收入达到 74 76 元，年均增长 12.56 %。',
].join('\n');

function figure(text: string, written: string) {
  const hit = analyzeReport(text).indicators.find((i) => i.text === written);
  if (!hit) throw new Error(`no figure ${written}: ${analyzeReport(text).indicators.map((i) => i.text).join(' | ')}`);
  return hit;
}

/** The document's text at a range, as an editor's getText(range) gives it. */
function at(text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  return r.start.line === r.end.line ? (lines[r.start.line] ?? '').slice(r.start.character, r.end.character) : '';
}

describe('numbers with stray spaces', () => {
  it('reads a year written 2016 年 as the year of the clause (阜平县 2017)', () => {
    const f = figure(FUPING_2017, '6542 元');
    expect(f.value).toBe(6542);
    expect(f.period).toBe('2016');
    expect(at(FUPING_2017, f.range)).toBe('6542 元');
  });

  it('reads a year with a space inside its digits, 2 016 年 (易县 2017)', () => {
    const f = figure(YIXIAN_2017, '119.8亿元');
    expect(f.period).toBe('2016');
    // 201 1 年 is a base year, no figure of 1 年.
    expect(analyzeReport(YIXIAN_2017).indicators.some((i) => i.text === '1 年')).toBe(false);
  });

  it('reads one number across a space inside it, its text and range the document as written (易县 2017)', () => {
    const f = figure(YIXIAN_2017, '40.8 2 亿元');
    expect(f.value).toBe(4082000000);
    expect(f.unit).toBe('元');
    expect(at(YIXIAN_2017, f.range)).toBe('40.8 2 亿元');
    const rate = figure(YIXIAN_2017, '1 2.7 %');
    expect(rate.value).toBe(12.7);
    const income = figure(YIXIAN_2017, '74 76 元');
    expect(income.value).toBe(7476);
    expect(income.name).toBe('农村居民人均可支配收入');
  });

  it('keeps the space between two numbers: two years, a table row', () => {
    // Two pieces of three digits or more each are two numbers (two years, a table row): their spaces stay.
    const text = '1996 1997 年';
    expect(numberSpacesToDrop(text)).toEqual([]);
    expect(numberSpacesToDrop('产量 123 456 万吨')).toEqual([]);
    // And a year is four digits: 5 10 年 is not 510.
    expect(numberSpacesToDrop('用5 10 年时间')).toEqual([]);
  });

  it('keeps an item marker opening its paragraph (1 加快…)', () => {
    expect(numberSpacesToDrop('1 加快产业转型')).toEqual([]);
    expect(numberSpacesToDrop('完成。2. 加快产业转型')).toEqual([]);
  });

  it('drops the spaces around a number after a CJK character (比 2011 年增长 3838 元, 阜平县 2017)', () => {
    const text = '比 2011 年增长 3838 元';
    expect(numberSpacesToDrop(text)).toEqual([1, 6, 10, 15]);
  });
});
