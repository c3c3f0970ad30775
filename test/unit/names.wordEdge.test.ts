/**
 * A name's left edge falls on a word's edge: a verb or an action cut off a name's start must not take half a word with
 * it (新开|设公交线路, 退役|军人培训参训率). Where jieba's dictionary reads the characters as one word — 新|开设 (the verb
 * outranks 新开), 退役军人 (people named by what they did) — the cut moves to that word's edge or is not made.
 * Lines of free src32 texts (outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, lastYearReview, nameOf, namesOf, thisYearWork } from '../support/names';
import { opensWithVerbPeople, verbAfterNew } from '../../src/core/lexicon/verbs';

describe('an action 新X whose X opens a verb with the next character', () => {
  it('runs the action to the verb’s end (保定市-2011, 保定市-2025)', () => {
    // Before: 设公交线路, 设绿波道路.
    const buses = '市区新改扩建主干道16条、支路42条，道路总里程达到245公里；新增公交车440台，新开设公交线路21条，达到56条。';
    expect(namesOf(buses, ['440台', '21条'], lastYearReview(2011))).toEqual(['公交车', '公交线路']);
    expect(nameOf('打通断头路14条，改造易堵路口29个，新建设绿波道路45条，道路拥堵指数下降5.1%。', '45条', lastYearReview(2025))).toBe('绿波道路');
  });

  it('keeps the action whole where jieba reads it whole (高唐县-2023: 新建|交通, not 新|建交)', () => {
    expect(nameOf('实施城区交通优化提升工程，新建交通信号灯4处，更换交通护栏8000米，施划交通标线11万平方米。', '4处', lastYearReview(2023))).toBe('交通信号灯');
    expect(verbAfterNew('建交通信号灯')).toBe(0);
    expect(verbAfterNew('开设公交线路')).toBe(2);
    expect(verbAfterNew('建设绿波道路')).toBe(2);
  });
});

describe('people named by a verb are one word', () => {
  it('keeps 退役 of 退役军人 (涞源县-2021, 阜平县-2021)', () => {
    // Before: 军人接续补缴养老医疗保险, 军人培训参训率.
    expect(nameOf('为864名退役军人接续补缴养老医疗保险6472万元。', '6472万元', lastYearReview(2021))).toBe('退役军人接续补缴养老医疗保险');
    expect(nameOf('退役军人培训参训率达到90%以上。', '90%', thisYearWork(2021))).toBe('退役军人培训参训率');
    expect(opensWithVerbPeople('下岗职工再就业')).toBe(true);
    expect(opensWithVerbPeople('帮助农民增收')).toBe(false);
  });
});

describe('a time frame before a name ends on a word’s edge', () => {
  it('leaves 中央 whole after 五年 (national 2008, dev)', () => {
    // Before: 央财政支持重点建设投资 — the frame 五年中 took 中央's first character.
    const west = '西部大开发继续推进，五年中央财政支持重点建设投资2800多亿元，基础设施和生态环境建设取得明显进展，重点地区和特色优势产业加快发展。';
    expect(nameOf(west, '2800多亿元', { year: 2008, part: '一、过去五年政府工作回顾' })).toBe('中央财政支持重点建设投资');
  });
});

describe('a stop word that runs out of a word begun before it is no stop', () => {
  it('reads 以上 whole in 地级以上市, not 上市 (guangdong 2026, dev)', () => {
    // Before: 地级以 — 上市, a predicate opener, starts inside 以上.
    const cities = '5个地级市和5个县级城市新获评全国文明城市，19个地级以上市和2个县被命名为“全国双拥模范城（县）”。';
    expect(namesOf(cities, ['5个', '19个'], FIVE_YEAR_REVIEW)).toEqual(['地级市', '地级以上市']);
    const schools = '省职教城（清远）初具规模，本科高校、高职院校、技师学院均实现21个地级以上市全覆盖。';
    expect(nameOf(schools, '21个', FIVE_YEAR_REVIEW)).toBe('地级以上市');
  });
});
