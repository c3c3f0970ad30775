/**
 * Counts of places that did something (placeCounts.ts) and names that point back (anaphora.ts), on sentences of dev
 * corpus reports. Counts of places: the place after the classifier heads the name of what it did; a place that
 * opens a compound (乡镇卫生院, 城市更新) does not.
 */
import { describe, expect, it } from 'vitest';
import { placeCountName } from '../../src/core/indicators/placeCounts';
import { resolvePointer } from '../../src/core/indicators/anaphora';
import { readFileSync } from 'node:fs';
import { analyzeReport } from '../../src/core';

function nameOn(file: string, needle: string, figure: string): string | null | undefined {
  const text = readFileSync(`test/fixtures/corpus/${file}`, 'utf8');
  const at = text.split('\n').findIndex((l) => l.includes(needle));
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  return analyzeReport(text).indicators.find((f) => f.range.start.line === at && f.text === figure)?.name;
}

describe('counts of places', () => {
  it('name the places by what they did, the place as head noun', () => {
    expect(placeCountName('县区义务教育优质均衡发展完成评估验收，增加')).toBe('义务教育优质均衡发展完成评估验收县区');
    expect(placeCountName('省份实现了农民工随迁子女在流入地参加高考。')).toBe('农民工随迁子女在流入地参加高考省份');
    expect(nameOn('local/陕西省-2026.txt', '完成15个县区农用地重金属', '15个')).toBe('农用地重金属污染溯源整治县区');
  });
  it('stop where another figure begins, but read a span of years (近3年) as a time frame, not a figure', () => {
    expect(placeCountName('行政村生活污水和199个农村黑臭水体治理，')).toBe('生活污水行政村');
    expect(placeCountName('县（市）生产总值近3年年均增速快于全省，')).toMatch(/^生产总值年均增速快于全省县/);
  });
  it('leave a place that opens a compound to the usual rules (乡镇卫生院, 城市更新项目)', () => {
    expect(placeCountName('乡镇卫生院配备医疗设备，')).toBe('');
    expect(placeCountName('城市更新项目，')).toBe('');
    expect(placeCountName('城市启动城镇居民基本医疗保险试点；')).toBe('城镇居民基本医疗保险试点城市');
  });
});

describe('shares of places', () => {
  it('are shares of the places that did what follows (已有百分之七十六的县普及了小学教育, ５０％的县（市、区）基本普及…)', () => {
    expect(nameOn('national/1993.txt', '的县普及了小', '百分之七十六')).toBe('普及小学教育县');
    expect(nameOn('national/1997.txt', '的县（市、区）基本普及', '５０％')).toMatch(/^普及九年义务教育县/);
  });
});

describe('names that point back', () => {
  it('这个比重 is the share the sentence before named, without the verb that raised it', () => {
    const name = nameOn('national/1980.txt', '这个比重，1978年为17.4％', '17.4％');
    expect(name).toBe('职工住宅、科学文教卫生和城市建设投资比重');
    expect(resolvePointer('提高了职工住宅等方面的投资比重。这个比重，', 25, '这个比重')).toBe('职工住宅投资比重');
  });
  it('a pointer with nothing before it to point at stays as it is', () => {
    expect(resolvePointer('这个比重，1978年为17.4％', 0, '这个比重')).toBe('这个比重');
    expect(resolvePointer('', 0, null)).toBeNull();
  });
});
