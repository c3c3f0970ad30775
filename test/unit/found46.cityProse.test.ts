import { describe, expect, it } from 'vitest';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

// Figures of Shenzhen city and district prose (outside free texts, zizhengLLM source: /work/outside/src27/SOURCES.md)
// that the recogniser missed (session 29, found46). Each class was seen in at least two reports; the lines are real.
const figures = (s: string) =>
  recognizeNumbers(foldWidth(s))
    .filter((m) => m.nature !== 'bare')
    .map((m) => [s.slice(m.start, m.end), m.value, m.unit]);

describe('streaks of times in a row written in words (连续三次)', () => {
  it('reads 连续N次 as the streak 连续N次 in digits is (福建 2026, dev: 连续3次获评优秀, unit 次)', () => {
    // 深圳 2004 and 2010.
    expect(figures('基层组织、社区建设得到加强。连续三次被评为“全国双拥模范城”。')).toEqual([['三次', 3, '次']]);
    expect(figures('我市连续两次被评为“全国文明城市”，')).toEqual([['两次', 2, '次']]);
  });

  it('leaves 连续第四次 (the fourth time, an ordinal: 连续第4次 in digits is no figure either)', () => {
    // 深圳 2010.
    expect(figures('双拥和军民共建工作扎实推进，连续第四次荣获“全国双拥模范城”称号。')).toEqual([]);
  });
});

describe('an amount glued to the abbreviation GDP', () => {
  it('reads the money after GDP (南山 2014, 2015; 罗湖 2014), not a code after other Latin letters', () => {
    expect(figures('全年实现GDP3464.09亿元，增长9%')).toEqual([['3464.09亿元', 346409000000, '元'], ['9%', 9, '%']]);
    expect(figures('质量效益：人均GDP28.85万元，每平方公里产出GDP17.33亿元')).toEqual([
      ['28.85万元', 288500, '元'],
      ['17.33亿元', 1733000000, '元'],
    ]);
    expect(figures('每平方公里土地产出GDP19亿元，是全市平均水平的')).toEqual([['19亿元', 1900000000, '元']]);
    // Money per area after GDP as well (福田 2021, outside: the per-unit unit 元/平方公里 had lost it). 2026-12-07, review34.
    expect(figures('超过韩国等发达经济体水平；地均GDP61亿元/平方公里，比2015年增长40%')).toContainEqual(['61亿元/平方公里', 6100000000, '元/平方公里']);
    expect(figures('支持中兴通讯、国人通信等抢占5G移动通信产业发展制高点')).toEqual([]);
  });
});

describe('poles counted in 根', () => {
  it('reads N根 after or before its noun (坪山 2023, 福田 2022), not 根据', () => {
    expect(figures('新建多功能智能杆520根、5G基站540个。')).toEqual([['520根', 520, '根'], ['540个', 540, '个']]);
    expect(figures('建成5700个5G基站、3400根多功能智能杆')).toEqual([['5700个', 5700, '个'], ['3400根', 3400, '根']]);
    expect(figures('增长5%，根据规划')).toEqual([['5%', 5, '%']]);
  });
});

describe('an amount a plan provides or frees, bounded by 以上', () => {
  it('reads it after 提供 or 释放 (宝安 2016, 南山 2017, 坪山 2017, 盐田 2018)', () => {
    expect(figures('为符合条件的中小微企业提供3亿元以上无抵押、无质押')).toEqual([['3亿元', 300000000, '元']]);
    expect(figures('未来3年提供200万平方米以上保障性产业用房')).toEqual([['200万平方米', 2000000, '平方米']]);
    expect(figures('五年内释放10平方公里以上产业用地空间。')).toEqual([['10平方公里', 10, '平方公里']]);
    expect(figures('整合释放6公顷以上空间资源。')).toEqual([['6公顷', 6, '公顷']]);
  });

  it('still reads a bound after another verb as a class (流域面积10平方公里以上一级支流 — 坪山 2020)', () => {
    expect(figures('实现辖区流域面积10平方公里以上一级支流消除黑臭')).toEqual([]);
  });
});

describe('trains stopping counted in 列次', () => {
  it('keeps the 次 of trips (坪山 2019, 2020), as 架次 and 辆次 are kept', () => {
    expect(figures('停靠车次增加至99列次；')).toEqual([['99列次', 99, '列次']]);
    expect(figures('坪山站日停靠列次大幅增至146列次，站前广场提升工程')).toEqual([['146列次', 146, '列次']]);
    expect(figures('中欧班列实现每周9列常态化运行')).toEqual([['9列', 9, '列']]);
  });
});

describe('editions held in a row, counted in words (连续举办七届)', () => {
  it('reads the count before a quoted name or the clause end (南山 2015, 2018), not an ordinal without 连续', () => {
    expect(figures('连续举办七届“创业之星”大赛，区域创新')).toEqual([['七届', 7, '届']]);
    expect(figures('“创业之星”大赛连续举办十届，成为大众创业')).toEqual([['十届', 10, '届']]);
    expect(figures('成功举办十四届全运会、中美旅游高层对话。')).toEqual([]);
  });
});
