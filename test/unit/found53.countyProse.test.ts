import { describe, expect, it } from 'vitest';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

// Figures of county reports read by hand against the recogniser (session 36, found53): src32 texts, outside
// ../shared/corpus (/work/outside/src32/SOURCES.md). Each class was seen in at least two reports; the lines are real.
// Line numbers are 0-based; 蠡县 2020 and 安新县 2024 are one line with escaped breaks.
const figures = (s: string) =>
  recognizeNumbers(foldWidth(s))
    .filter((m) => m.nature !== 'bare')
    .map((m) => [s.slice(m.start, m.end), m.value, m.unit]);

describe('visits counted in 家次, 处次 and 台次', () => {
  it('keeps the 次 of firms inspected and stalls cleared (src32 蠡县-2020 line 0), as 户次 and 辆次 are kept', () => {
    expect(figures('严打毒品违法犯罪，铲除毒品原植物6981株。检查企业621家次，发现并整改隐患749处，')).toEqual([
      ['6981株', 6981, '株'],
      ['621家次', 621, '家次'],
      ['749处', 749, '处'],
    ]);
    expect(figures('新解决房地产遗留问题2个，取缔占道经营1.13万处次，拆除清理广告、塔牌2.44万处。')).toEqual([
      ['2个', 2, '个'],
      ['1.13万处次', 11300, '处次'],
      ['2.44万处', 24400, '处'],
    ]);
  });

  it('keeps the 次 of machines sent out (src32 涞源县-2020 line 19)', () => {
    expect(figures('河湖“清四乱”(2)31个问题全部整改销号，累计出动机械设备1560台次，拆除违章建筑56处，')).toEqual([
      ['31个', 31, '个'],
      ['1560台次', 1560, '台次'],
      ['56处', 56, '处'],
    ]);
  });

  it('leaves a word that opens with 次 to itself (次级河道, 次生灾害): the count stays in 处 or 台', () => {
    // Constructed from the shapes above: 次级 and 次生 are words of their own, no visit counted.
    expect(figures('整治5处次级河道')).toEqual([['5处', 5, '处']]);
    expect(figures('排查隐患点12处次生灾害')).toEqual([['12处', 12, '处']]);
  });
});

describe('villages sorted by what they earn', () => {
  it('drops the bounds of weak and strong villages, keeps the share of them (src32 保定市-2022 line 38, 易县-2022 line 35, 曲阳县-2022 line 46)', () => {
    // The same sentence in the three reports; 河北省-2022 line 94 writes it with 占 (集体收入10万元以上的村占50%以上),
    // which was read so before.
    expect(figures('努力消除村集体收入5万元以下的村，村集体收入10万元以上的村达到50%以上，')).toEqual([['50%', 50, '%']]);
    expect(figures('力争年内全面消除村集体收入5万元以下的村，村集体收入10万元以上的村达到50%以上。')).toEqual([['50%', 50, '%']]);
    expect(figures('集体收入10万元以上的村占50%以上。')).toEqual([['50%', 50, '%']]);
  });

  it('drops the bound a share of villages reaches (src32 安新县-2024 line 0, 阜平县-2022 line 36)', () => {
    expect(figures('确保农业适度规模经营率稳定在75%以上，全县55%以上的村（社区）经营性收入达到10万元以上、65%以上的村（社区）实现分红。')).toEqual([
      ['75%', 75, '%'],
      ['55%', 55, '%'],
      ['65%', 65, '%'],
    ]);
    expect(figures('持续壮大农村集体经济，确保50%以上的村集体收入达到10万元以上。')).toEqual([['50%', 50, '%']]);
  });

  it('keeps a floor every village is to reach, no share of them before it (src32 米易县-2023 line 69)', () => {
    expect(figures('带动薄弱村集体经济发展，确保所有行政村集体经济收入达5万元以上。')).toEqual([['5万元', 50000, '元']]);
  });
});

describe('a ratio of parts, then 到 and the next date', () => {
  it('ends the first ratio at its last part: 到2019年 opens the date of the second, no range (src32 涞源县-2020 line 18)', () => {
    expect(figures('全县三次产业结构由2016年的6.2:61.2:32.6到2019年底的8.8:27.8:63.4，第三产业对经济增长的贡献率达')).toEqual([
      ['6.2', 6.2, null],
      ['61.2', 61.2, null],
      ['32.6', 32.6, null],
      ['8.8', 8.8, null],
      ['27.8', 27.8, null],
      ['63.4', 63.4, null],
    ]);
  });

  it('reads the full-width colon the same (src32 涞源县-2021 line 18)', () => {
    expect(figures('三次产业比由2015年的6：61：33到2020年底的12：27：61，产业结构变轻变优')).toEqual([
      ['6', 6, null],
      ['61', 61, null],
      ['33', 33, null],
      ['12', 12, null],
      ['27', 27, null],
      ['61', 61, null],
    ]);
  });
});

describe('a package of measures another body issued, carried out', () => {
  it('reads no figure in its count written in Chinese numerals (src32 涞源县-2025 line 21, 米易县-2023 line 82)', () => {
    expect(figures('基本医疗保险全民参保率97.71%。严格落实国务院安委会十五条硬措施，全县未发生较大安全事故')).toEqual([['97.71%', 97.71, '%']]);
    expect(figures('坚决守牢安全底线。深入落实国务院安委会安全生产十五条硬措施及省市实施意见，')).toEqual([]);
  });

  it('keeps the measures a body draws up itself (national 1981 line 204, outside ../shared/corpus): no package of another body carried out', () => {
    expect(figures('他们千方百计发动群众挖掘潜力，制订了减产不减收的三十条措施，取得了成效。')).toEqual([['三十条', 30, '条']]);
  });
});

describe('a top band before 的 and the things in it', () => {
  it('is a class, no rank (src32 河北省-2011 line 47; 曲阳县-2022 line 73, a glossary note)', () => {
    expect(figures('力争“十二五”末省内规模前10位的钢铁企业占全省总产能的比重达到75%以上，')).toEqual([['75%', 75, '%']]);
    expect(figures('对我县12345政务服务便民热线办理工作中综合排名前三名的部门和乡镇授予红旗、综合排名后五名的部门和乡镇授予绿旗')).toEqual([]);
  });

  it('keeps a top place held (src32 曲阳县-2020 line 21: 稳居团体前三名, no 的 after it)', () => {
    expect(figures('在市中学生运动会上连续六年稳居团体前三名，成功举办')).toEqual([
      ['六年', 6, '年'],
      ['前三名', 3, '位次'],
    ]);
  });
});

describe('production lines counted, and money spent on one', () => {
  it('counts lines in their own measure word, 条 (src32 涞源县-2021 line 16, 阜平县-2021 line 108, a glossary note)', () => {
    expect(figures('宝迪养猪项目1.5万头能繁母猪基地5条生产线全部投用，86栋放养小区全部投放，')).toEqual([
      ['1.5万头', 15000, '头'],
      ['5条', 5, '条'],
      ['86栋', 86, '栋'],
    ]);
    expect(figures('建设2条肉鸡WD168屠宰生产线、1条大肉食鸡屠宰线、4条饲料生产线，建成后')).toEqual([
      ['2条', 2, '条'],
      ['1条', 1, '条'],
      ['4条', 4, '条'],
    ]);
  });

  it('reads the money a line takes (src32 徐水区人民-2013 line 0)', () => {
    expect(figures('白酒业专项治理进一步加强，投资6.5亿元的刘伶醉白酒生产线整体搬迁项目竣工投产，')).toEqual([['6.5亿元', 650000000, '元']]);
  });

  it('still reads a line named by what it makes as no figure (dev hailar-2019 line 23: 3000台牧业机械生产线)', () => {
    expect(figures('蒙拓农机3000台牧业机械生产线智能化升级改造项目')).toEqual([]);
  });
});

describe('a range written with two hyphens', () => {
  const ranges = (s: string) =>
    recognizeNumbers(foldWidth(s))
      .filter((m) => m.nature !== 'bare')
      .map((m) => [s.slice(m.start, m.end), m.value, m.valueMax ?? null, m.unit]);

  it('reads 1--2家 as one to two firms (src32 徐水区-2012 line 0, 徐水区-2019 line 0)', () => {
    expect(ranges('韦氏等龙头企业发展的基础上，新上农业产业化企业1--2家。四是加强农业')).toEqual([['1--2家', 1, 2, '家']]);
    expect(ranges('年内新增规上工业企业5家以上，力争1--2家企业挂牌上市。')).toEqual([
      ['5家', 5, null, '家'],
      ['1--2家', 1, 2, '家'],
    ]);
  });
});
