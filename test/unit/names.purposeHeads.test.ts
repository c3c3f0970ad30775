/**
 * A list of uses or pollutants before the last item's measure (投资, 支出, 排放) shares that measure out item by item
 * (purposeTail in names.ts, nameWords.json's purposeHeads). Sentences quoted from outside text — 河北省 2004, 2008 and 2012
 * reports (yver-sun/gaoyang-towel-resilience), 长沙 2010 (a page excerpt, outline12/pages/005) — and a dev report
 * (天津 2026) for what stays.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a list of uses sharing the measure of its last item', () => {
  it('gives each use the investment or spending (河北 2004, 长沙 2010)', () => {
    expect(namesOf('其中高新技术产业、基本建设、更新改造投资分别增长60％、40％和41％。', ['60％', '40％', '41％'])).toEqual(['高新技术产业投资', '基本建设投资', '更新改造投资']);
    expect(namesOf('全面完成实事工程;全市教育、环境保护、农林水支出分别增长21.03%、66.16%、20.73%;', ['21.03%', '66.16%', '20.73%'])).toEqual(['教育支出', '环境保护支出', '农林水支出']);
  });

  it('gives each pollutant its emission (河北 2008)', () => {
    expect(namesOf('单位生产总值能耗下降4%左右,二氧化硫、化学需氧量排放分别削减3.5%和3%,城镇登记失业率控制在预期目标以内', ['3.5%', '3%'])).toEqual(['二氧化硫排放', '化学需氧量排放']);
  });

  it('gives a pollutant whose name ends in 量 its emission too (河北 2012)', () => {
    expect(namesOf('单位生产总值能耗下降3.66%，化学需氧量、二氧化硫和氨氮、氮氧化物排放量分别削减2.2%、3.2%、3.1%和1.5%。', ['2.2%', '3.2%', '3.1%', '1.5%'])).toEqual(['化学需氧量排放量', '二氧化硫排放量', '氨氮排放量', '氮氧化物排放量']);
  });

  it('leaves a list whose last item is the measure alone (dev 天津 2026)', () => {
    expect(namesOf('稳步推进国家级经开区改革，完善“管委会＋公司”运营模式，建立健全招商引资、要素保障等机制，利用外资、投资分别增长45%、20%。', ['45%', '20%'])).toEqual(['利用外资', '投资']);
  });
});
