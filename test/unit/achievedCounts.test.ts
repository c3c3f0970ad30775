import { describe, expect, it } from 'vitest';
import data from '../../src/core/lexicon/achievedCounts.json';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

const figures = (s: string) =>
  recognizeNumbers(foldWidth(s))
    .filter((m) => m.nature !== 'bare')
    .map((m) => [s.slice(m.start, m.end), m.value, m.unit]);

describe('one-digit counts of things that won, joined or were named to something', () => {
  it('reads the count that opens its clause before such a verb (outside text, no dev report has the form)', () => {
    // 广西 2026: beside a count in digits of the same thing.
    expect(figures('中小学和幼儿园办学条件持续改善。两所高校实现升格，5所高职院校入选国家新一轮“双高建设计划”。')).toEqual([
      ['两所', 2, '所'],
      ['5所', 5, '所'],
    ]);
    // 山西 2026: a figure between the noun and the verb.
    expect(figures('高等教育“百亿工程”取得标志性成果，两所大学3个学科跻身“双一流”。')).toEqual([
      ['两所', 2, '所'],
      ['3个', 3, '个'],
    ]);
    // 高阳 2015 and 保定 2014 (Hebei archive): after 等 closing the list the count totals.
    expect(figures('三利集团、宏润公司等四家企业进入全省"三个一百"领军企业行列。')).toEqual([['四家', 4, '家']]);
    expect(figures('白洋淀、野三坡创建5A精品景区，白石山等五处景区升格5A，加快易水湖等景区建设。')).toEqual([['五处', 5, '处']]);
  });

  it('leaves slogans, articles and counts that do not open their clause alone', () => {
    // national 1981 and 1986 (outside): verbs of doing are not in the list.
    expect(figures('如果不解决这个问题，四个现代化就无法实现。')).toEqual([]);
    expect(figures('当前的首要问题是，两个超级大国应当率先实现大幅度裁减核军备。')).toEqual([]);
    // 一 is an article; a quoted name is a name; a count after a verb is its object, not a subject.
    expect(figures('一个项目入选全国典型案例。')).toEqual([]);
    expect(figures('推动“两个项目”入选。')).toEqual([]);
    expect(figures('。万家企业进入新时代。')).toEqual([]);
    expect(figures('促进两个德国通过直接谈判解决问题。')).toEqual([]);
  });

  it('keeps its word lists unique and each verb free of punctuation', () => {
    expect(new Set(data.verbs).size).toBe(data.verbs.length);
    expect(new Set(data.units).size).toBe(data.units.length);
    for (const v of data.verbs) expect(v).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    for (const u of data.units) expect(u).toMatch(/^[\u4e00-\u9fff]$/);
  });
});
