import { describe, expect, it } from 'vitest';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

// Figures of provincial, county and district prose (outside free texts: src32 and src27, /work/outside/*/SOURCES.md)
// that the recogniser missed or valued wrong (session 34, found51). Each class was seen in at least two reports; the
// lines are real.
const figures = (s: string) =>
  recognizeNumbers(foldWidth(s))
    .filter((m) => m.nature !== 'bare')
    .map((m) => [s.slice(m.start, m.end), m.value, m.unit]);

describe('a list whose magnitude is written once, after its last number', () => {
  it('scales every number of the list by it (宝安 2018, 福田 2019)', () => {
    expect(figures('其中教育、医疗卫生、公共安全分别支出68.6、29.2、34.2亿元，')).toEqual([
      ['68.6', 6860000000, '元'],
      ['29.2', 2920000000, '元'],
      ['34.2亿元', 3420000000, '元'],
    ]);
    expect(figures('地均GDP和税收分别达51.1和21.5亿元/平方公里，再创历')).toEqual([
      ['51.1', 5110000000, '元/平方公里'],
      ['21.5亿元/平方公里', 2150000000, '元/平方公里'],
    ]);
  });

  it('leaves a list with no magnitude as it was (分别达到14和25平方米 — 河北 2001)', () => {
    expect(figures('城乡居民人均居住面积分别达到14和25平方米。')).toEqual([
      ['14', 14, '平方米'],
      ['25平方米', 25, '平方米'],
    ]);
  });
});

describe('months gained, in Chinese numerals', () => {
  it('reads 提前N个月 as time gained, as 提前两年 is (易县 2023, 龙华 2020, 龙华 2021)', () => {
    expect(figures('安宁河一桥提前三个月建成通车，')).toEqual([['三个月', 3, '个月']]);
    expect(figures('拆迁补偿，提前四个月完成樟坑径机场土')).toEqual([['四个月', 4, '个月']]);
    expect(figures('增长3倍；提前两个月建成6千多个5G')).toEqual([
      ['3倍', 3, '倍'],
      ['两个月', 2, '个月'],
      ['6千多个', 6000, '个'],
    ]);
  });

  it('still reads months an event lasts or a frame as no figure (持续三个月的 — 大鹏 2015; 在过去五个月中 — 1956)', () => {
    expect(figures('持续三个月的第二届国际户外嘉年华')).toEqual([]);
    expect(figures('建设单位的计划在过去五个月中没有完成，')).toEqual([]);
  });
});

describe('places counted in a pair with no classifier', () => {
  it('reads N省M县 and N市M县 as two counts of places (深圳 2019, 2025; 阜平 2021)', () => {
    expect(figures('全年实施对口帮扶6省34县项目225个，')).toEqual([
      ['6省', 6, '个'],
      ['34县', 34, '个'],
      ['225个', 225, '个'],
    ]);
    expect(figures('扎实推进9省106县（市、区）对口帮扶协作')).toEqual([
      ['9省', 9, '个'],
      ['106县', 106, '个'],
    ]);
    expect(figures('涵盖北京和河北、山西、内蒙6市35县，包含70余家')).toEqual([
      ['6市', 6, '个'],
      ['35县', 35, '个'],
      ['70余家', 70, '家'],
    ]);
  });

  it('does not read one bare place count alone (在6区和16个… — 深圳 2008)', () => {
    expect(figures('在6区和16个政府直属单位开展绩效评估')).toEqual([['16个', 16, '个']]);
  });
});

describe('medal tallies set apart by 、, in Chinese numerals, or quoted', () => {
  it('reads each part as medals (涞源县 2020, 曲阳县 2020, 南山 2018, 坪山 2020, 深圳 2017)', () => {
    expect(figures('我县体育健儿取得2金、4银、8铜的历史最好成绩')).toEqual([
      ['2金', 2, '枚'],
      ['4银', 4, '枚'],
      ['8铜', 8, '枚'],
    ]);
    expect(figures('石雕石刻大赛中，获得三金、十二银、五铜的优异成绩')).toEqual([
      ['三金', 3, '枚'],
      ['十二银', 12, '枚'],
      ['五铜', 5, '枚'],
    ]);
    expect(figures('获“3金、4银、4铜”好成绩。')).toEqual([
      ['3金', 3, '枚'],
      ['4银', 4, '枚'],
      ['4铜', 4, '枚'],
    ]);
    expect(figures('秤砣”评选中收获“两金一银”，获奖数')).toEqual([
      ['两金', 2, '枚'],
      ['一银', 1, '枚'],
    ]);
    expect(figures('奥运会上取得“一金两银”的优异成')).toEqual([
      ['一金', 1, '枚'],
      ['两银', 2, '枚'],
    ]);
  });

  it('does not read 五险一金 (深圳, outside) as a tally', () => {
    expect(figures('抓好“营改增”、“五险一金”调整等')).toEqual([]);
  });
});

describe('a numbered item whose marker runs into the count that opens it', () => {
  it('reads the marker as the item number, not as the count’s decimals (宝安 2017, 唐县 2023, 罗湖 2020, 龙华 2021)', () => {
    expect(figures('　　46.2所新校、8所改扩建学校投入使用，新增中小学学位8890个')).toEqual([
      ['2所', 2, '所'],
      ['8所', 8, '所'],
      ['8890个', 8890, '个'],
    ]);
    // (A glossary term's count names the term: no figure, as 14.2025年10件民生实事： is none.)
    expect(figures('8.8个“在全省率先”：在全省率先实现企业变更登记')).toEqual([]);
    expect(figures('　　18.8所1中心：龙华区看守所、龙华区拘留所')).toEqual([]);
    expect(figures('　　4.7个100%：所有建设工程工地100%落实、施工围挡')).toEqual([['100%', 100, '%']]);
  });

  it('still reads a decimal count that a line break leaves at a paragraph’s start (千人医生数达2.5个以上 — 坪山 2019)', () => {
    expect(figures('2.5个以上。')).toEqual([['2.5个', 2.5, '个']]);
    expect(figures('以上，千人医生数达2.5个以上。')).toEqual([['2.5个', 2.5, '个']]);
  });
});

describe('an index’s value said right after its name', () => {
  it('is a figure with no unit (保定 2023, 保定 2025, 涞源县 2020, 大鹏 2015)', () => {
    expect(figures('空气质量综合指数4.81，优良天数243天')).toEqual([
      ['4.81', 4.81, null],
      ['243天', 243, '天'],
    ]);
    expect(figures('空气质量综合指数4.463、下降5.96%，在168个重点城市空气')).toEqual([
      ['4.463', 4.463, null],
      ['5.96%', 5.96, '%'],
      ['168个', 168, '个'],
    ]);
    expect(figures('2019年，空气综合指数5.67，同比下降2.24%，')).toEqual([
      ['5.67', 5.67, null],
      ['2.24%', 2.24, '%'],
    ]);
    expect(figures('空气质量综合指数为3.15，接近国际一流')).toEqual([['3.15', 3.15, null]]);
  });

  it('keeps an index in percent as it was (工业经济效益综合指数189.8% — 深圳 2008)', () => {
    expect(figures('工业经济效益综合指数189.8%，提高3个百分点；')).toEqual([
      ['189.8%', 189.8, '%'],
      ['3个百分点', 3, '个百分点'],
    ]);
  });
});
