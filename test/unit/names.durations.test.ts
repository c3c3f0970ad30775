/**
 * Figures named from the verb around them (src/core/indicators/durationNames.ts), on whole DEV corpus reports: an
 * extension's term, a streak's years named by the object of the verb after it, a number of times by the action; and
 * a clause with no subject that measures the topic its sentence opened with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { extensionName, occasionName, streakObject, withoutPredicate } from '../../src/core/indicators/durationNames';
import { lastYearReview, namesOf } from '../support/names';

/** The name of the figure written `figure` on the first line of a corpus report holding `needle`. */
function nameIn(file: string, needle: string, figure: string): string | null {
  const text = readFileSync(`test/fixtures/corpus/${file}`, 'utf8');
  const at = text.split('\n').findIndex((l) => l.includes(needle));
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  const hit = analyzeReport(text).indicators.find((f) => f.range.start.line === at && f.text === figure);
  if (!hit) throw new Error(`${figure} not a figure on the line of ${needle}`);
  return hit.name;
}

describe('duration names', () => {
  it('names an extension by what is extended, whatever verb governs it (落实, 开展好, 稳步推进)', () => {
    expect(nameIn('national/2018.txt', '再延长30年', '30年')).toBe('第二轮土地承包到期后延长期限');
    expect(nameIn('national/2022.txt', '再延长30年', '30年')).toBe('第二轮土地承包到期后延长期限');
    expect(nameIn('national/2024.txt', '再延长30年', '30年')).toBe('第二轮土地承包到期后延长期限');
  });

  it('names a streak with no subject by the object of the verb after it', () => {
    // 连续7年提高企业退休人员基本养老金水平
    expect(nameIn('national/2011.txt', '连续7年提高企业退休人员', '7年')).toBe('企业退休人员基本养老金');
    // 再连续三年进一步提高企业退休人员基本养老金水平: an adverb between the streak and its verb.
    expect(nameIn('national/2008.txt', '再连续三年进一步提高', '三年')).toBe('企业退休人员基本养老金');
    expect(nameIn('local/guangdong-2026.txt', '连续3年大规模开展', '3年')).toBe('水塘河道清淤行动');
  });

  it('names nothing when the verb has no object, or there is no extension', () => {
    // (连续6年获得丰收 names its harvest now: the streak counts the years of the harvest won — see below.)
    expect(streakObject('保持丰收。')).toBeNull();
    expect(streakObject('优秀，')).toBeNull();
    expect(extensionName('整省试点')).toBeNull();
    expect(withoutPredicate('进一步提高企业退休人员基本养老金')).toEqual({ rest: '企业退休人员基本养老金', verb: '提高' });
  });
});

describe('numbers of times', () => {
  it('names a number of times by the action after it, verb and object', () => {
    expect(nameIn('national/2024.txt', '两次降低存款准备金率', '两次')).toBe('降低存款准备金率');
    // 四次提高重点优抚对象的抚恤补助标准 (the scorer reads 的 as structural).
    expect(nameIn('national/2008.txt', '四次提高重点优抚对象', '四次')?.replace('的', '')).toBe('提高重点优抚对象抚恤补助标准');
    expect(occasionName('获得丰收。')).toBeNull();
  });
});

describe('a clause with no subject of its own', () => {
  it('measures the noun phrase its sentence opened with, even dated (一九五九年基本建设投资总额，…，拟定为…)', () => {
    expect(nameIn('national/1959.txt', '一九五九年基本建设投资总额，通过国家预算的部分', '二百七十亿元')).toBe('基本建设投资总额');
    expect(nameIn('national/1959.txt', '一九五九年基本建设投资总额，通过国家预算的部分', '百分之二十六')).toBe('基本建设投资总额');
  });

  it('skips a clause that says why or how (由于…原因, 按可比部分计算) for the topic before it', () => {
    expect(nameIn('national/1956.txt', '全国社会商品零售总额，由于', '９４％')).toBe('社会商品零售总额');
    expect(nameIn('national/1956.txt', '各部门基本建设的投资额，按可比部分计算', '９％')).toBe('各部门基本建设投资额');
  });
});

describe('a span right before a count of times, and an honour counted (保定 2025, outside)', () => {
  it('names both by the honour, not by the clause before', () => {
    const line = '打造北京医疗资源疏解“微中心”系列做法，入选国务院高质量发展综合督查典型经验，4年10次获国务院督查通报表扬。';
    expect(namesOf(line, ['4年', '10次'], lastYearReview(2025))).toEqual(['获国务院督查通报表扬', '获国务院督查通报表扬']);
  });
});

describe('a streak of harvests with no subject of its own', () => {
  it('counts the years of the harvest won (dev: national 1993, 河北 2010)', () => {
    expect(namesOf('农业总产值平均每年增长百分之四点九，粮食生产摆脱了一度徘徊局面，连续四年获得丰收。', ['四年'], lastYearReview(1993))).toEqual(['丰收']);
    expect(namesOf('遭受自然灾害的情况下，粮食总产量达到2910万吨，连续6年获得丰收。', ['6年'], lastYearReview(2010))).toEqual(['丰收']);
    expect(streakObject('获得丰收。')).toBe('丰收');
  });
});
