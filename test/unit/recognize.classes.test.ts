import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

/** A dev corpus line holding `needle`, width-folded as the recogniser sees paragraphs. */
const line = (file: string, needle: string): string => {
  const found = readFileSync(join('test/fixtures/corpus', file), 'utf8').split('\n').find((l) => l.includes(needle));
  if (!found) throw new Error(`${needle} not in ${file}`);
  return foldWidth(found);
};
/** The figures recognised in `text` that are written exactly `written` (bare numbers left out, as extraction does). */
const found = (text: string, written: string) => recognizeNumbers(text).filter((m) => m.nature !== 'bare' && text.slice(m.start, m.end) === written);
const figure = (text: string, written: string) => {
  const m = found(text, written)[0];
  if (!m) throw new Error(`${written} not recognised`);
  return m;
};
/** Whether the figure written `written` inside `context` (its first occurrence there) is recognised. */
const recognisedIn = (text: string, context: string, written: string): boolean => {
  const at = text.indexOf(context) + context.indexOf(written);
  return recognizeNumbers(text).some((m) => m.nature !== 'bare' && m.start === at && text.slice(m.start, m.end) === written);
};
const indicatorOn = (file: string, needle: string, text: string) => {
  const lines = readFileSync(join('test/fixtures/corpus', file), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(needle));
  return analyzeReport(lines.join('\n')).indicators.find((i) => i.range.start.line === at && i.text === text);
};

describe('bounds that sort things into a class are not figures; the count of the class is', () => {
  it('a money bound on an attribute, the class counted in the same clause', () => {
    const clusters = line('local/hebei-2021.txt', '新增营业收入超50亿元、超100亿元产业集群6个和4个');
    expect(found(clusters, '50亿元')).toHaveLength(0);
    expect(found(clusters, '100亿元')).toHaveLength(0);
    expect(figure(clusters, '6个')).toMatchObject({ value: 6, unit: '个' });
    const villages = line('local/zhejiang-2026.txt', '经营性收入50万元以上的行政村占比达68%');
    expect(found(villages, '50万元')).toHaveLength(0);
    expect(figure(villages, '68%')).toMatchObject({ value: 68 });
    // A later bound of a list shares the first one's attribute (…超百亿元的30家企业、超十亿元的247家企业).
    const firms = line('local/hebei-2010.txt', '超十亿元的247家企业');
    expect(found(firms, '十亿元')).toHaveLength(0);
    expect(figure(firms, '247家')).toMatchObject({ value: 247, unit: '家' });
    const counties = line('local/陕西省-2026.txt', '新增经济总量超200亿元县2个');
    expect(recognisedIn(counties, '超200亿元县2个', '200亿元')).toBe(false);
    expect(recognisedIn(counties, '产值超过200亿元', '200亿元')).toBe(true);
  });

  it('a rate named as such bounding a class (空置率50%以上的“空心村”), and a plant’s yearly capacity (年产…的)', () => {
    expect(found(line('local/hebei-2021.txt', '空置率50%以上的“空心村”'), '50%')).toHaveLength(0);
    expect(found(line('local/hebei-2021.txt', '农宅空置率30%—50%的“空心村”'), '30%—50%')).toHaveLength(0);
    const plants = line('national/1959.txt', '年产一百五十万吨钢的钢铁联合企业');
    expect(found(plants, '一百五十万吨')).toHaveLength(0);
    expect(found(plants, '二百四十万吨')).toHaveLength(0);
  });

  it('keeps amounts that only look alike: a fund set up, a total reached, a share of a group', () => {
    expect(figure(line('local/guangdong-2026.txt', '设立超500亿元区域基金'), '500亿元')).toMatchObject({ value: 5e10, qualifier: '超过' });
    expect(figure(line('national/2016.txt', '经济总量超过60万亿元的高基数'), '60万亿元')).toMatchObject({ value: 6e13 });
    expect(figure(line('national/1957.txt', '75％以上的农户'), '75%')).toMatchObject({ value: 75, qualifier: '以上' });
    expect(figure(line('local/湖南省-2026.txt', '超50%的行政村'), '50%')).toMatchObject({ value: 50 });
  });

  it('“N以上 + noun” with a count unit counts the noun; a seat bound (8座以下小汽车) stays a class', () => {
    expect(figure(line('local/jiangxi-2026.txt', '50家以上省级产业链核心支撑企业'), '50家')).toMatchObject({ value: 50, unit: '家', qualifier: '以上' });
    expect(figure(line('local/zhejiang-2026.txt', '争取100个以上项目纳入'), '100个')).toMatchObject({ value: 100, qualifier: '以上' });
    expect(figure(line('local/hebei-2021.txt', '抓好20个以上数字产业化重大项目'), '20个')).toMatchObject({ value: 20 });
    expect(found(line('local/hailar-2019.txt', '8座以下小汽车'), '8座')).toHaveLength(0);
  });
});

describe('head counts written in Chinese numerals without a unit', () => {
  it('before the people they count, a bound, 的 and a few words of the group between', () => {
    expect(figure(line('national/1988.txt', '十亿以上人口'), '十亿')).toMatchObject({ value: 1e9, qualifier: '以上' });
    expect(figure(line('national/1959.txt', '三千六百万的少数民族人口'), '三千六百万')).toMatchObject({ value: 3.6e7 });
    expect(figure(line('national/1959.txt', '一百万以上的干部'), '一百万')).toMatchObject({ value: 1e6, qualifier: '以上' });
    expect(figure(line('national/1957.txt', '一万多失业人员'), '一万多')).toMatchObject({ value: 1e4, qualifier: '约' });
  });

  it('closing a clause after a people noun or a verb that reaches it (共有人口一百二十万，增加到二千四百万)', () => {
    expect(figure(line('national/1959.txt', '共有人口一百二十万'), '一百二十万')).toMatchObject({ value: 1.2e6 });
    expect(figure(line('national/1957.txt', '增加到二千四百万'), '二千四百万')).toMatchObject({ value: 2.4e7 });
    // Not an idiom or a magnitude in a name: 十万火急, 千家万户.
    expect(recognizeNumbers('十万火急，千家万户').filter((m) => m.nature !== 'bare')).toHaveLength(0);
  });

  it('households counted by magnitude are a count (惠及近千万家庭)', () => {
    expect(indicatorOn('national/2022.txt', '惠及近千万家庭', '千万')).toMatchObject({ unit: '户', kind: 'count' });
  });
});
