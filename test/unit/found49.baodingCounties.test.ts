import { describe, expect, it } from 'vitest';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';
import { analyzeReport } from '../../src/core';

// Figures of 河北/保定 county and provincial prose (outside free texts of the second source: /work/outside/src32/SOURCES.md)
// that the recogniser missed or read wrongly (session 32, found49). Each class was seen in at least two reports; the
// lines are real.
const figures = (s: string) =>
  recognizeNumbers(foldWidth(s))
    .filter((m) => m.nature !== 'bare')
    .map((m) => [s.slice(m.start, m.end), m.value, m.unit, m.qualifier]);

describe('lamps counted in 盏', () => {
  it('reads street lamps installed (曲阳县 2022, 涞水县 2022)', () => {
    expect(figures('在正阳街、复兴街等街道安装（更换）路灯800余盏，')).toEqual([['800余盏', 800, '盏', '超过']]);
    expect(figures('新装太阳能路灯1539盏；')).toEqual([['1539盏', 1539, '盏', null]]);
  });

  it('reads no figure in 一盏 (深圳 2024)', () => {
    expect(figures('疏导服务和危机干预，点亮一盏心灯、温暖一方人心。')).toEqual([]);
  });
});

describe('mushroom bags and sticks counted in 万包, 万棒', () => {
  it('reads the unit after the magnitude (涞源县 2020, 2021; 阜平县 2022)', () => {
    expect(figures('计划年产菌棒4000万包，')).toEqual([['4000万包', 40000000, '包', null]]);
    expect(figures('菌包核心工厂形成2000万棒生产能力。')).toEqual([['2000万棒', 20000000, '棒', null]]);
    expect(figures('食用菌栽植达到8500万棒以上，')).toEqual([['8500万棒', 85000000, '棒', '以上']]);
  });

  it('reads no count in 三包, 一包一 or 第一棒 (高阳县 2015, 涞源县 2020, 盐田 2021)', () => {
    expect(figures('落实"门前三包"；推进正阳')).toEqual([]);
    expect(figures('“五包一”“三包一”“一包一”单位鼎力')).toEqual([]);
    expect(figures('跑好第一棒至关重要')).toEqual([]);
  });
});

describe('a radius before 圈 names a zone, as a travel time does', () => {
  it('reads no figure in N公里…圈 or N米“…圈” (唐县 2021, 罗湖 2025)', () => {
    expect(figures('9处新能源汽车充电站投入使用，初步建成城区2公里充电服务圈。')).toEqual([['9处', 9, '处', null]]);
    expect(figures('建成超充一体站10座，基本建成500米“超充圈”。')).toEqual([['10座', 10, '座', null]]);
  });

  it('still reads a length that ends its clause before a zone (唐县 2023)', () => {
    expect(figures('建成绿道28.3公里，打造“15分钟健身圈”。')).toEqual([['28.3公里', 28.3, '公里', null]]);
  });
});

describe('过 before a magnitude bounds the figure, as 超 does', () => {
  it('reads 过千个, 过百亿元 as 超过 (南山 2023, 盐田 2016)', () => {
    expect(figures('为当地创造就业岗位过千个。')).toEqual([['千个', 1000, '个', '超过']]);
    expect(figures('力争实现固定资产投资过百亿元。')).toEqual([['百亿元', 10000000000, '元', '超过']]);
    expect(figures('奖配套奖励，发放资金过亿元，奖励人才3671名')).toEqual([['亿元', 100000000, '元', '超过'], ['3671名', 3671, '人', null]]);
  });

  it('reads 跨过 as 突破 is read (陕西 2026, dev labels: 超过; 宝安 2024)', () => {
    expect(figures('地区生产总值跨过3万亿元、')).toEqual([['3万亿元', 3000000000000, '元', '超过']]);
    expect(figures('GDP一跃跨过5000亿元大关，')).toEqual([['5000亿元', 500000000000, '元', '超过']]);
  });

  it('drops the bound that sorts a counted class (唐县 2021; 福田 2019, 2014)', () => {
    expect(figures('签约投资过亿元重点招商项目10个以上。')).toEqual([['10个', 10, '个', '以上']]);
    expect(figures('税收过亿元楼宇达86栋，')).toEqual([['86栋', 86, '栋', null]]);
    expect(figures('纳税超亿元楼宇预计新增5栋，达到73栋。')).toEqual([['5栋', 5, '栋', null], ['73栋', 73, '栋', null]]);
  });
});

describe('the people of a place greeted by their number, a praising 的 phrase between', () => {
  const units = (line: string) =>
    analyzeReport(`各位代表：\n\u3000\u3000${line}\n`).indicators.map((i) => [i.text, i.value, i.unit]);

  it('reads 人 (保定市 2014, 满城区 2020)', () => {
    expect(units('勇于开拓，敢于担当，和1100万英雄智慧的保定人民携起手来，')).toEqual([['1100万', 11000000, '人']]);
    expect(units('在此，我代表区人民政府，向40万可爱的满城人民，向可敬的')).toEqual([['40万', 400000, '人']]);
  });
});
