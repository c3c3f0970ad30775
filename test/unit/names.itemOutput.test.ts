/**
 * The later figures of one product's item take the output name its first figure was given (itemOutput.ts): the end
 * value, the growth and the multiple of 原煤 are 原煤产量 like its quantity, not the bare product.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, lastYearReview } from '../support/names';

describe("a product's item keeps one output name", () => {
  it('names the end value and the growth of each product of a from–to list (outside: national 1979)', () => {
    const line = '这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三；原煤由四亿八千三百万吨增加到六亿一千八百万吨，增长百分之二十八；原油由八千七百万吨增加到一亿零四百万吨，增长百分之十九点五。';
    expect(namesOf(line, ['四亿八千三百万吨', '六亿一千八百万吨', '百分之二十八', '八千七百万吨', '一亿零四百万吨', '百分之十九点五'], lastYearReview(1979))).toEqual(['原煤产量', '原煤产量', '原煤产量', '原油产量', '原油产量', '原油产量']);
  });

  it('names the multiple said after a quantity (outside: national 1954)', () => {
    const line = '電力一百零八億度，等於一九四九年的二點五倍；原煤八千一百九十九萬噸，等於一九四九年的二點六倍；生鐵三百零三萬噸，等於一九四九年的十二點四倍。';
    expect(namesOf(line, ['八千一百九十九萬噸', '二點六倍', '三百零三萬噸', '十二點四倍'], lastYearReview(1954))).toEqual(['原煤产量', '原煤产量', '生铁产量', '生铁产量']);
  });

  it('keeps a different product after the semicolon its own name (outside: national 1979)', () => {
    const line = '原油由八千七百万吨增加到一亿零四百万吨，增长百分之十九点五；发电量由二千零三十亿度增加到二千五百六十亿度，增长百分之二十六。';
    expect(namesOf(line, ['百分之十九点五', '二千零三十亿度', '百分之二十六'], lastYearReview(1979))).toEqual(['原油产量', '发电量', '发电量']);
  });
});
