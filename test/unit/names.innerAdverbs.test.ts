/**
 * An adverb of time or certainty between a subject and its verb (已, 已经, 就) says when or how surely, never what a
 * figure measures; words that open with one (就业) and an 已经 that ends the text before a figure stay as they were.
 * Sentences quoted from outside text (national 1954, 2007, 2010, not in the corpus) and from the dev corpus (1956).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('an adverb between the subject and its verb', () => {
  it('drops 已 before the verb (outside: national 2010)', () => {
    const line = '　　我们加快推进汶川地震灾后恢复重建，重灾区已完成投资6545亿元，占规划总投资的65.5%。';
    expect(namesOf(line, ['6545亿元'], lastYearReview(2010))).toEqual(['重灾区完成投资']);
  });

  it('drops 已 in a review of several years (outside: national 2007)', () => {
    const line = '2004年我们提出用三年时间基本解决建设领域历史上拖欠工程款和农民工工资的问题，这项工作基本完成，各地已偿还拖欠工程款1834亿元，占历史拖欠的98.6%，其中清付农民工工资330亿元。';
    expect(namesOf(line, ['1834亿元'], lastYearReview(2007))[0]).toBe('各地偿还拖欠工程款');
  });

  // 单是 singles the subject out (leadingWords) and names nothing, as the dev label writes it.
  it('drops 就 after a subject singled out by 单是, and 单是 too (dev: national 1956)', () => {
    const line = '根据对３，２８０个较大的建设单位的统计，节约的资金约达１０亿余元，比原投资计划减少了１６．１％。单是铁道部门的基本建设就节减了预算支出２．４５亿元。';
    expect(namesOf(line, ['２．４５亿元'], lastYearReview(1956))[0]).toBe('铁道部门基本建设节减预算支出');
  });

  it('drops 为此 between the payer and its spending (dev: national 2005)', () => {
    const line = '今年中央财政为此新增支出140亿元，用于这方面的支出总额将达到664亿元。';
    expect(namesOf(line, ['140亿元'], lastYearReview(2005))[0]).toBe('中央财政新增支出');
  });

  it('keeps 就业, a word that opens with 就 (outside: national 2010)', () => {
    const line = '　　国内生产总值达到33.5万亿元，比上年增长8.7%；财政收入6.85万亿元，增长11.7%；粮食产量5.31亿吨，再创历史新高，实现连续6年增产；城镇新增就业1102万人；城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。';
    expect(namesOf(line, ['1102万人'], lastYearReview(2010))).toEqual(['城镇新增就业']);
  });

  // A review of session 16: 就诊 and 就餐 lost their 就 (基层医疗卫生机构诊人次). No report in the corpus or the outside
  // text has these words before a figure: the sentences are made up in a report's wording.
  it('keeps a dictionary verb (就诊) and a listed noun (就餐, 已婚) that open with an adverb’s character (made-up sentences)', () => {
    expect(namesOf('全年基层医疗卫生机构就诊人次达到1200万人次。', ['1200万人次'], lastYearReview(2024))[0]).toBe('基层医疗卫生机构就诊人次');
    expect(namesOf('社区老年食堂就餐人数达到3万人。', ['3万人'], lastYearReview(2024))[0]).toBe('社区老年食堂就餐人数');
    expect(namesOf('全市已婚育龄妇女达到120万人。', ['120万人'], lastYearReview(2024))[0]).toContain('已婚育龄妇女');
  });

  it('leaves an 已经 that ends the text before the figure whole, never a stray 经 (outside: national 1954, traditional characters)', () => {
    const line = '各少數民族的高級和中級的衞生幹部已經有二千七百餘人。';
    expect(namesOf(line, ['二千七百餘人'], lastYearReview(1954))[0]).toBe('各少数民族的高级和中级的卫生干部');
  });
});
