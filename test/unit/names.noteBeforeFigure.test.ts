/**
 * A bracketed note between a measure and its figure (同比增长（下同）13%) hides no measure (noteBeforeFigure.ts). Lines of
 * outside district reports (坪山新区 2014, 2015, 深圳 free texts).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('a note in brackets before a figure', () => {
  it('leaves the growth to the figure before (outside: 坪山新区 2014, 2015)', () => {
    expect(namesOf('初步预计，全年新区实现地区生产总值372亿元，同比增长（下同）13%；固定资产投资突破200亿元，增长16.6%。', ['13%'], lastYearReview(2014))).toEqual(['地区生产总值']);
    expect(namesOf('能源资源消耗实现“三下降”，预计全年万元GDP水耗为15立方米，同比下降（下同）6.8%；万元GDP能耗为0.39吨标准煤。', ['6.8%'], lastYearReview(2014))).toEqual(['万元GDP水耗']);
    expect(namesOf('初步预计，全年新区实现地区生产总值423.99亿元，同比增长（下同）10.0%；固定资产投资214.19亿元。', ['10.0%'], lastYearReview(2015))).toEqual(['地区生产总值']);
  });
});
