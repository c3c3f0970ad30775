import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { arabicYears } from '../../src/core/indicators/timeScope';
import { CORPUS } from '../support/expectedOutline';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 35 (period38) on the older national reports: totals over a span, two years counted together,
 * works counted over a plan named by its ordinal, and 目前 inside a review of one year. Each on the real sentence, quoted as
 * written, from the dev corpus or the free outside national reports (Wikisource text, outside ../shared/corpus).
 */
const corpus = (path: string): Indicator[] => analyzeReport(readFileSync(join(CORPUS, path), 'utf8')).indicators;
/** A national report of `year` whose one part reviews the year before it (its title as the 1958 report writes it). */
const review = (year: number, paragraph: string): Indicator[] =>
  analyzeReport('各位代表：\n\n　　我代表国务院向全国人民代表大会提出关于' + String(year) + '年度国民经济计划（草案）的报告，请予审议。\n\n（一）' + String(year - 1) + '年经济战线上的胜利\n\n　　' + paragraph + '\n', { fileName: `${year}.txt` }).indicators;

describe('a total said of a span\'s years is over the span, though its verb reads as a level', () => {
  it('1952年到1956年五年间的实际产量合计，粮食为…，棉花为一亿三千万担 (national 1957, dev): both items 1952-1956', () => {
    const f = corpus('national/1957.txt');
    expect(figure(f, '一万六千五百八十亿斤')).toMatchObject({ period: '1952-1956' });
    expect(figure(f, '一亿三千万担')).toMatchObject({ period: '1952-1956' });
  });

  it('從一九五〇年到一九五三年共有八萬億元 (national 1954, outside) is 1950-1953, not 1953', () => {
    const f = review(1954, '五年來國家財政用於救濟方面的經費，從一九五〇年到一九五三年共有八萬億元，一九五四年有三萬億元，其中絕大部分是用於農村的。');
    expect(figure(f, '八萬億元')).toMatchObject({ status: 'actual', period: '1950-1953' });
    expect(figure(f, '三萬億元')).toMatchObject({ period: '1954' });
  });

  it('a level reached at a span\'s end, with no total word, stays the end year', () => {
    const f = review(2008, '从2003年到2007年，全国财政收入增加到5.1万亿元。');
    expect(figure(f, '5.1万亿元')).toMatchObject({ period: '2007' });
  });
});

describe('two years counted together, 年 said once, are the figure\'s years', () => {
  it('reads a Chinese-numeral year before 和 and before 两年 as Arabic, character for character', () => {
    expect(arabicYears('一九五三和一九五四兩年合計')).toBe('1953和1954兩年合計');
    expect(arabicYears('一九七九和一九八○两年合计')).toBe('1979和1980两年合计');
    // (Not a count that is no year: 一二三四 before 两年 without a year before it.)
    expect(arabicYears('第一二三四两年')).toBe('第一二三四两年');
  });

  it('reads both forms in one paragraph: the two years counted together and a year before 年 (national 1986 line 24, outside)', () => {
    // (arabicYears picks its pattern by which forms the text holds: a paragraph with both must get both read.)
    const said = '国家财政出现较大的赤字，一九七九和一九八○两年合计近三百亿元。“六五’期间，通过调整和改革，生产发展，流通扩大，效益提高，收入增加。一九八三年国内财政收入增加';
    expect(arabicYears(said)).toBe('国家财政出现较大的赤字，1979和1980两年合计近三百亿元。“六五’期间，通过调整和改革，生产发展，流通扩大，效益提高，收入增加。1983年国内财政收入增加');
    expect(arabicYears('一九八三年国内财政收入增加')).toBe('1983年国内财政收入增加');
  });

  it('其中在一九五三和一九五四兩年合計就有二百萬億元 (national 1954, outside) is 1953-1954, not the two years before the report', () => {
    const f = review(1954, '五年來國家財政用於經濟建設的經費共達三百二十八萬億元，其中在一九五三和一九五四兩年合計就有二百萬億元。');
    expect(figure(f, '二百萬億元')).toMatchObject({ period: '1953-1954' });
  });

  it('“五五”末期…一九七九和一九八○两年合计近三百亿元 (national 1986, outside) and 1978、1979两年共增产粮食4，900多万吨 (national 1980, dev)', () => {
    const f = review(1986, '“五五”末期，国家财政出现较大的赤字，一九七九和一九八○两年合计近三百亿元。');
    expect(figure(f, '三百亿元')).toMatchObject({ period: '1979-1980' });
    expect(figure(corpus('national/1980.txt'), '4，900多万吨')).toMatchObject({ period: '1978-1979' });
  });
});

describe('works begun or built during a plan named with 期间 are counted over the plan', () => {
  it('在第一个五年计划期间开始施工的是一百四十五个单位 (national 1955, corpus): 1953-1957, as the 十一个 after it', () => {
    const f = corpus('national/1955.txt');
    expect(figure(f, '一百四十五个')).toMatchObject({ period: '1953-1957' });
    expect(figure(f, '十一个')).toMatchObject({ period: '1953-1957' });
  });

  it('我國在第一個五年計劃期間新建和改建的重大工業建設項目約有六百個 (national 1954, outside): 1953-1957', () => {
    const text = '各位代表：\n\n　　我們第一屆全國人民代表大會第一次會議，在聽了報告以後，將要討論和通過我國的第一部憲法。\n\n一、關於國家的工業化\n\n　　我國在第一個五年計劃期間新建和改建的重大工業建設項目約有六百個，大家所知道的蘇聯協助我國建設的一百四十一個項目就是其中的骨幹。\n';
    const f = analyzeReport(text, { fileName: '1954.txt' }).indicators;
    expect(figure(f, '六百個')).toMatchObject({ period: '1953-1957' });
  });

  it('a level to reach by a plan\'s end, said after 期间, stays the end year', () => {
    const text = '各位代表：\n\n一、“十四五”时期主要目标\n\n　　“十四五”期间，森林覆盖率达到25%。\n';
    const f = analyzeReport(text, { fileName: '2021.txt' }).indicators;
    expect(figure(f, '25%')).toMatchObject({ status: 'target', period: '2025' });
  });
});

describe('目前 inside a review of one year is the report\'s own present', () => {
  it('目前全国每天有近一亿劳动力参加农田水利的建设 (national 1958, outside, reviewing 1957) is 1958', () => {
    const f = review(1958, '全国农业发展纲要修正草案的公布，进一步地鼓舞了农民群众的生产积极性，在全国范围内，掀起了一个新的农业生产高潮。目前全国每天有近一亿劳动力参加农田水利的建设。');
    expect(figure(f, '一亿')).toMatchObject({ status: 'actual', period: '1958' });
  });

  it('目前全市与京津合作项目436项、引资1800亿元 (保定市 2018, src32) is 2018; the year reviewed around it stays 2017', () => {
    const text = '各位代表：\n　　现在，我代表市人民政府向大会报告工作，请予审议。\n　　一、2017年工作回顾\n　　深度推进与京津全方位对接合作，中电科涞水产业园等一批重大项目签约落地，目前全市与京津合作项目436项、引资1800亿元。全年引进京津项目120个。\n　　二、2018年工作安排\n　　今年要继续努力。\n';
    const f = analyzeReport(text, { fileName: '保定市-2018.txt' }).indicators;
    expect(figure(f, '436项')).toMatchObject({ status: 'actual', period: '2018' });
    expect(figure(f, '1800亿元')).toMatchObject({ status: 'actual', period: '2018' });
    expect(figure(f, '120个')).toMatchObject({ status: 'actual', period: '2017' });
  });
});

describe('a span that opens at a month of its first year runs over all its years', () => {
  it('從一九五〇年七月到一九五三年底，僅由各地勞動部門介紹就業的，就有二百零七萬人 (national 1954, outside): 1950-1953', () => {
    const f = review(1954, '舊中國遺留下來的嚴重失業現象正在逐步消除。從一九五〇年七月到一九五三年底，僅由各地勞動部門介紹就業的，就有二百零七萬人。');
    expect(figure(f, '二百零七萬人')).toMatchObject({ status: 'actual', period: '1950-1953' });
  });

  it('原定一九五七年十月到一九五八年九月底增加灌溉面积九千二百多万亩 (national 1958, outside): 1957-1958, the goal\'s own span', () => {
    const f = review(1958, '目前全国每天有近一亿劳动力参加农田水利的建设。原定一九五七年十月到一九五八年九月底增加灌溉面积九千二百多万亩，但是到一九五八年一月三十一日，已经完成一亿一千七百多万亩。');
    expect(figure(f, '九千二百多万亩')).toMatchObject({ period: '1957-1958' });
    expect(figure(f, '一亿一千七百多万亩')).toMatchObject({ period: '1958' });
  });

  it('a deadline without a month before it (到2025年底) stays its year', () => {
    const text = '各位代表：\n\n一、今年主要任务\n\n　　到2025年底，新建改造农村公路5000公里。\n';
    const f = analyzeReport(text, { fileName: '2023.txt' }).indicators;
    expect(figure(f, '5000公里')?.period).toMatch(/2025$/);
  });
});

describe('a five-year plan\'s own figure, named where a fact is measured against it, is the plan\'s goal', () => {
  it('两年平均每年增长百分之十一点九，超过五年计划规定的平均每年增长百分之八点六的速度 (national 1955, corpus): 8.6% is the plan\'s, 1953-1957', () => {
    const f = corpus('national/1955.txt');
    expect(figure(f, '百分之十一点九')).toMatchObject({ status: 'actual', period: '1953-1954' });
    expect(figure(f, '百分之八点六')).toMatchObject({ status: 'target', period: '1953-1957' });
  });

  it('第一个五年计划期间…投资总额共为四百九十三亿元，超过原定计划四百二十七亿四千万元的百分之十五点三 (national 1959, dev)', () => {
    const f = corpus('national/1959.txt');
    expect(figure(f, '四百二十七亿四千万元')).toMatchObject({ status: 'target', period: '1953-1957' });
    expect(figure(f, '百分之十五点三')).toMatchObject({ status: 'actual', period: '1953-1957' });
  });

  it('the amount a fact exceeds a plan\'s figure by stays the fact\'s (超过第一个五年计划所规定的一九五七年的指标百分之十七点三 — national 1958, outside)', () => {
    const f = review(1958, '一九五七年的工业总产值预计达到六百二十八亿一千万元，比上一年增长百分之六点九，超过第一个五年计划所规定的一九五七年的指标百分之十七点三。');
    expect(figure(f, '百分之十七点三')).toMatchObject({ status: 'actual', period: '1957' });
  });
});

describe('a change over a base year is after it, whatever time the clause said before the base', () => {
  it('为了避免象去年那样在财政上出现赤字的现象，国家预算支出比1956年减少百分之四 (national 1957, dev) is 1957, not 1956', () => {
    const f = corpus('national/1957.txt');
    expect(figure(f, '百分之四')).toMatchObject({ period: '1957' });
    // The sentence's first change, with no 去年 before it, was already 1957.
    expect(figure(f, '百分之二')).toMatchObject({ period: '1957' });
  });

  it('the 是 of 但是 names no base: 但是一九五三年工業總産值仍然比一九五二年增加了百分之三十三 (national 1954, outside) is 1953', () => {
    const f = review(1954, '在建設期間，工業發展的速度當然要低些，但是一九五三年工業總産值仍然比一九五二年增加了百分之三十三。');
    expect(figure(f, '百分之三十三')).toMatchObject({ status: 'actual', period: '1953' });
  });
});
