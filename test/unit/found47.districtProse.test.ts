import { describe, expect, it } from 'vitest';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';
import { COUNT_TARGET_VERBS } from '../../src/core/numbers/countTargets';
import { analyzeReport } from '../../src/core';

// Figures of Shenzhen district and city prose (outside free texts, zizhengLLM source: /work/outside/src27/SOURCES.md)
// that the recogniser missed (session 30, found47). Each class was seen in at least two reports; the lines are real.
const figures = (s: string) =>
  recognizeNumbers(foldWidth(s))
    .filter((m) => m.nature !== 'bare')
    .map((m) => [s.slice(m.start, m.end), m.value, m.unit, m.qualifier]);

describe('a count bounded by 以上 after the verb that brings the things about', () => {
  it('reads at least N of the noun after it (宝安 2019, 2020, 2022; 深圳 2025; 龙华 2025)', () => {
    expect(figures('从严整治露天烧烤，推进2套以上岸电设施建设。')).toEqual([['2套', 2, '套', '以上']]);
    expect(figures('实施2000项以上社区民生微实事，')).toEqual([['2000项', 2000, '项', '以上']]);
    expect(figures('针对单项冠军、专精特新“小巨人”等企业推出3宗以上联合用地。')).toEqual([['3宗', 3, '宗', '以上']]);
    expect(figures('全力推进园区转型增效。每个街道遴选3个以上社区股份合作公司工业园区开展综合')).toEqual([['3个', 3, '个', '以上']]);
    expect(figures('高频更新1000项以上城市运行重点指标，')).toEqual([['1000项', 1000, '项', '以上']]);
    expect(figures('有序实施房票安置制度。开工改造4个以上老旧小区，')).toEqual([['4个', 4, '个', '以上']]);
  });

  it('still reads a bound with no such verb before it as a class (通200人以上自然村 — 广东 2020)', () => {
    expect(figures('通200人以上自然村村道路面硬化')).toEqual([]);
  });

  it('keeps its verbs unique', () => {
    expect(new Set(COUNT_TARGET_VERBS).size).toBe(COUNT_TARGET_VERBS.length);
  });
});

describe('issues or sessions counted in 期 after the verb that holds or issues them', () => {
  it('reads N期 before the noun of what is held (宝安 2015, 南山 2023)', () => {
    expect(figures('（3）召开湾区经济论坛。（4）举办至少15期企业主题沙龙。')).toEqual([['15期', 15, '期', null]]);
    expect(figures('发行7期知识产权证券化产品，')).toEqual([['7期', 7, '期', null]]);
  });

  it('still reads N期 before a noun as a phase elsewhere (2020-2022年为1期试点 — 南山 2021)', () => {
    expect(figures('2020-2022年为1期试点，')).toEqual([]);
  });
});

describe('a multiple in one numeral after 超 or the comparative 高出', () => {
  it('reads 增长超一倍 (深圳 2026) and 高出一倍 (南山 2016)', () => {
    expect(figures('现代服务业增加值增长超一倍。')).toEqual([['一倍', 1, '倍', '超过']]);
    expect(figures('金融业增加值增长21%，比三产增速高出一倍。')).toEqual([['21%', 21, '%', null], ['一倍', 1, '倍', null]]);
  });
});

describe('a rate with no unit capped by 控制在 … 以下', () => {
  it('reads the cap (罗湖 2016, 深圳 2025)', () => {
    expect(figures('亿元GDP生产安全事故死亡率控制在0.014以下。')).toEqual([['0.014', 0.014, null, '以下']]);
    expect(figures('新建训力中心电能利用效率控制在1.25以下。')).toEqual([['1.25', 1.25, null, '以下']]);
  });
});

describe('a bound after the next item of a list a verb governs', () => {
  it('reads N以上 after 和 when the list opened with such a verb and a figure (南山 2021, 2024)', () => {
    expect(figures('建设4.8公里风雨连廊和50公里以上自行车道，')).toEqual([['4.8公里', 4.8, '公里', null], ['50公里', 50, '公里', '以上']]);
    expect(figures('完成20处以上交通综治工程和10公里以上非机动车道建设。')).toEqual([['20处', 20, '处', '以上'], ['10公里', 10, '公里', '以上']]);
  });
});

describe('a bare magnitude after a money noun and the verb that crosses a mark', () => {
  // One paragraph of a report: the figures the whole analysis gives, with their units.
  const units = (line: string) =>
    analyzeReport(`各位代表：\n\u3000\u3000${line}\n`).indicators.map((i) => [i.text, i.value, i.unit]);

  it('takes 元 from 产值, 投资 or 经济总量 before 破/连上 (坪山 2022, 龙华 2023, 盐田 2016)', () => {
    expect(units('“智能车、创新药、中国芯”等三大主导产业规上企业产值破千亿。')).toEqual([['千亿', 100000000000, '元']]);
    expect(units('扩大有效投资破千亿。')).toEqual([['千亿', 100000000000, '元']]);
    expect(units('经济总量连上300亿、400亿两个大台阶，')).toEqual([
      ['300亿', 30000000000, '元'],
      ['400亿', 40000000000, '元'],
    ]);
  });
});
