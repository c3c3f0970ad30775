/**
 * 城乡居民 before two things they hold joined by 和 (养老保险和医疗保险参保率分别达到…): the list is of the two
 * insurances, not of town and country, so each figure is one insurance's coverage of 城乡居民 (names.ts splitSubjects).
 * Lines of free texts of the second outside source (src32 清苑区-2021 line 21, 满城区-2020 line 22, 阜平县-2021 line 82,
 * outside ../shared/corpus; session 38, pairs39): 清苑's target 医疗保险参保率达到96% is judged by last year's 96.9%.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('城乡居民 holding a list of two insurances', () => {
  it('names each insurance, in the order said (清苑区 2021, 满城区 2020)', () => {
    const qingyuan = '新增城镇就业18049人，城镇登记失业率控制在4.5%以内，城乡居民养老保险和医疗保险参保率分别达到100%和96.9%。';
    expect(nameOf(qingyuan, '100%', lastYearReview(2021))).toBe('城乡居民养老保险参保率');
    expect(nameOf(qingyuan, '96.9%', lastYearReview(2021))).toBe('城乡居民医疗保险参保率');
    const mancheng = '城乡居民医疗保险和养老保险参保率分别达到98%、99.8%。';
    expect(nameOf(mancheng, '98%', lastYearReview(2020))).toBe('城乡居民医疗保险参保率');
    expect(nameOf(mancheng, '99.8%', lastYearReview(2020))).toBe('城乡居民养老保险参保率');
  });

  it('keeps each item’s own words (阜平县 2021)', () => {
    const line = '城乡居民基本养老保险和基本医疗保险参保率分别达到98%和96%以上。';
    expect(nameOf(line, '98%', lastYearReview(2021))).toBe('城乡居民基本养老保险参保率');
    expect(nameOf(line, '96%', lastYearReview(2021))).toBe('城乡居民基本医疗保险参保率');
  });

  it('still reads 城乡居民 without 和 as town and country (清苑区 2021)', () => {
    const line = '限额以上社会消费品零售额达到17.4亿元，城乡居民人均可支配收入预计分别达到36841元和20836元。';
    expect(nameOf(line, '36841元', lastYearReview(2021))).toBe('城镇居民人均可支配收入');
    expect(nameOf(line, '20836元', lastYearReview(2021))).toBe('农村居民人均可支配收入');
  });
});
