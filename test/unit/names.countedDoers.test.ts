/**
 * A count whose things did something to an object of their own is named action first, the counted things last
 * (countedDoers.ts), as the dev labels written blind name them (session 39, names75: of the blind first versions of the dev
 * labels, every count of this form puts the action first). Real lines: dev corpus reports and src32 texts (outside
 * ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, thisYearWork } from '../support/names';
import { countedDoerName } from '../../src/core/indicators/countedDoers';

describe('a count of things followed by what they did to an object of their own', () => {
  it('puts the action and its object before the things (dev baoding 2022 line 43, gaoyang 2017 line 54)', () => {
    expect(nameOf('在主城区50个小区建设分布式换电站，方便电动车充电用电。', '50个', thisYearWork(2022))).toBe('建设分布式换电站小区');
    expect(nameOf('植树造林4.7万亩，完成50多个机关事业单位、4000余户居民煤改天然气，淘汰分散取暖燃煤锅炉106台；', '4000余户', lastYearReview(2017))).toBe('煤改天然气居民');
  });

  it('reads a verb and its object said as one phrase (dev guangdong 2026 line 165, src32 高阳县-2018 line 50)', () => {
    expect(nameOf('支持超10所县域公办普通高中补短板，改善校舍床位、就餐场所、厕所等基础设施。', '10所', thisYearWork(2026))).toBe('补短板县域公办普通高中');
    expect(nameOf('五是181所农村中小学校（幼儿园）和8所乡镇卫生院煤改气、煤改电攻坚战。', '8所', thisYearWork(2018))).toBe('煤改气乡镇卫生院');
  });

  it('reads the action found after a longer noun (dev national 2008 line 78)', () => {
    expect(nameOf('国家安排专项资金支持2.2万多所农村中小学改造危房、建设 7000多所寄宿制学校，远程教育已覆盖36万所农村中小学。', '2.2万多所', lastYearReview(2008))).toBe('改造危房农村中小学');
  });

  it('leaves works on the noun in the text’s order (src32 顺平县-2020 line 36, 满城区-2020 line 20)', () => {
    // 气代煤改造: 煤改 inside 气代煤 is no verb; a bare work word names works on the households.
    expect(nameOf('完成4.5万户气代煤改造，实现平原地区无煤化。', '4.5万户', lastYearReview(2020))).toBe('气代煤改造');
    expect(nameOf('完成3249户“气代煤”改造，推广洁净型煤7.5万吨。', '3249户', lastYearReview(2020))).toBe('气代煤改造');
  });

  it('leaves a verb compound, a task and a place the phrase qualifies', () => {
    // １１７个重大建设单位 — dev national 1956 line 96: 建设单位 is one noun.
    expect(countedDoerName('重大建设单位', '重大建设单位，包括鞍钢的九号炼铁炉')).toBeNull();
    // 36个“省级美丽乡村建设重点村” — src32 容城县-2017 (one escaped line): the places counted are the 重点村.
    expect(countedDoerName('省级美丽乡村建设重点村', '“省级美丽乡村建设重点村”完成民居改造')).toBeNull();
    // 实施12个老旧小区改造项目 — src32 易县-2021: the renovation's projects are counted.
    expect(countedDoerName('老旧小区改造项目', '老旧小区改造项目。推动国')).toBeNull();
    // A name not read right after the count is left to the rules that made it.
    expect(countedDoerName('小区建设分布式换电站', '个小区建设分布式换电站')).toBeNull();
  });
});
