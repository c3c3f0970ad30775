/**
 * Two ways district reports put a figure at a rank: 名列 (ranked among) and 蝉联 (held the rank again). The name stopped
 * on them: 政府履行教育职责评价名 (the 名 of 名列 left when 列 was read as the rank verb), 法治政府考核蝉联. 名列 is a rank
 * verb (lexicon nameWords.json rankVerbs); 蝉联 only where a rank's context closes the name (rankContextEnd.ts), not at
 * a clause's start, where it opens a streak (蝉联市生态文明建设考核“八连冠”). Lines of outside free texts.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('rank verbs of district reports', () => {
  it('reads 名列 as one rank verb (outside: 坪山区 2022, 深圳 2008)', () => {
    expect(nameOf('政府履行教育职责评价名列珠三角地区第五。', '第五', lastYearReview(2022))).toBe('政府履行教育职责评价');
    expect(nameOf('提高了审批效率，行政审批效能测评名列全省第一。', '第一', lastYearReview(2008))).toBe('行政审批效能测评');
  });

  it('reads 蝉联 before a rank as its context (outside: 罗湖区 2018, 龙华区 2023, 盐田区 2015)', () => {
    expect(nameOf('区政府网站绩效评估蝉联全国第一，成为深圳唯一入选全国基层政务公开标准化规范化的试点城区。', '第一', lastYearReview(2018))).toBe('区政府网站绩效评估');
    expect(nameOf('政府投资工程廉洁合规数字治理新模式获评深圳“十大法治事件”，法治政府考核蝉联全市第一。', '第一', lastYearReview(2023))).toBe('法治政府考核');
    expect(nameOf('餐厨废弃物循环利用示范教育基地基本建成，市容环境综合考核蝉联全市第一。', '第一', lastYearReview(2015))).toBe('市容环境综合考核');
  });

  it('leaves 蝉联 opening a streak to the streak reader (outside: 盐田区 2020)', () => {
    expect(nameOf('获评全市河湖长制考核和治水提质考核第一名，蝉联市生态文明建设考核“八连冠”、治污保洁工程考核“八连冠”。', '八连冠', lastYearReview(2020))).toMatch(/生态文明建设考核/);
  });
});
