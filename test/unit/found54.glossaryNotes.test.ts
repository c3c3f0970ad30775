import { describe, expect, it } from 'vitest';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

// Figures of county reports read by hand against the recogniser (session 37, found54): src32 texts, outside
// ../shared/corpus (/work/outside/src32/SOURCES.md). Each class was seen in at least two reports; the lines are real.
// Line numbers are 0-based.
const figures = (s: string) =>
  recognizeNumbers(foldWidth(s))
    .filter((m) => m.nature !== 'bare')
    .map((m) => [s.slice(m.start, m.end), m.value, m.unit]);

describe('a glossary term numbered by a note mark', () => {
  it('reads no figure in the term the body counted (src32 阜平县-2022 lines 86 and 89; the body, line 43: 实施6个老旧小区改造提升〔22〕)', () => {
    expect(figures('〔22〕6个老旧小区改造提升：化工厂(南)家属楼、工商行家属楼、建设局家属楼、地税局住宅楼、副食家属楼、汽车队家属楼等六个老旧小区。(见第16页)')).toEqual([]);
    expect(figures('〔25〕3个绿色社区：即世纪城社区世纪城小区、北街社区茗清阁小区、北菜园社区天宇名园小区。(见第16页)')).toEqual([]);
    // The term may be the name of a target the body sets (line 29: 实现“两个翻一番”〔13〕目标): no doubling of its own.
    expect(figures('〔13〕两个翻一番：2025年全县地区生产总值、城乡居民人均可支配收入实现“两个翻一番”。(见第10页)')).toEqual([]);
  });

  it('reads what the definition measures as usual (src32 阜平县-2021 lines 114 and 163)', () => {
    expect(figures('〔24〕13所农村寄宿制学校：包括吴王口学校、台峪学校、夏庄学校、龙泉关学校。(见第5页)')).toEqual([]);
    expect(figures('〔73〕2个立体停车场：四里庄街立体停车场(位于四里庄，占地3946平方米，设计车位约260个)、河沿路立体停车场(位于河沿路与山河街交叉口西北角，占地1766平方米，设计车位280个)。(见第27页)')).toEqual([
      ['3946平方米', 3946, '平方米'],
      ['260个', 260, '个'],
      ['1766平方米', 1766, '平方米'],
      ['280个', 280, '个'],
    ]);
  });

  it('takes square brackets too (src32 易县-2025 line 64, 涞水县-2020 line 82, a package named by its count)', () => {
    expect(figures('[11]15件群众身边实事：整治社会救助“人情保”“关系保”问题;整治殡仪馆乱收费问题;')).toEqual([]);
    expect(figures('[5]6个100%：施工工地100%围挡、物料堆放100%覆盖、出入车辆100%冲洗。')).toEqual([
      ['100%', 100, '%'],
      ['100%', 100, '%'],
      ['100%', 100, '%'],
    ]);
  });

  it('takes a term written in brackets after the number (src32 清苑区-2020 line 84)', () => {
    expect(figures('19.[六个百分之百]指施工现场围挡率、进出道路硬化率、工地物料篷盖率、场地洒水清扫保洁率、出入车辆清洗率和项目全工期做到喷雾除尘机除尘应用率均达到100%。')).toEqual([
      ['100%', 100, '%'],
    ]);
  });

  it('leaves a count that opens a body paragraph after a note mark and goes on without a colon', () => {
    // Constructed from the shape above: no colon closes a short term, so the count is the sentence's own.
    expect(figures('〔3〕6个老旧小区完成改造，惠及居民1200户。')).toEqual([
      ['6个', 6, '个'],
      ['1200户', 1200, '户'],
    ]);
  });
});

describe('a glossary entry that defines a class by bounds', () => {
  it('reads no figure in the bounds of the class (src32 涞水县-2020 line 94, 清苑区-2021 line 87, 博野县-2024 line 75)', () => {
    expect(figures('[17]“独角兽”企业：指成立10年以内、估值超过10亿美元、获得过私募投资且尚未上市的企业。')).toEqual([]);
    expect(figures('15.[“独角兽”企业]指成立10年以内、估值超过10亿美元、获得过私募投资且尚未上市的企业。')).toEqual([]);
    expect(figures('[12]“独角兽”企业：是投资行业的术语，指一个企业成立不足10年，且公司估值超过10亿美元的未上市企业。')).toEqual([]);
  });

  it('keeps the targets a programme spells out after 指 (src32 高唐县-2023 line 111, 徐水区-2024 line 84)', () => {
    // The bounds before 企业 sort firms and are read so already; the counts of each class are the plan's targets.
    expect(figures('22.“1523”领军企业培育计划：指五年时间培育营业收入百亿元以上企业1家，10亿元以上企业5家，5亿元以上企业20家，2亿元以上企业30家。')).toEqual([
      ['1家', 1, '家'],
      ['5家', 5, '家'],
      ['20家', 20, '家'],
      ['30家', 30, '家'],
    ]);
    expect(figures('[10]“双千工程”：指2020年起，连续五年每年招商引资入库1000个以上项目、引进资金1000亿元。')).toEqual([
      ['五年', 5, '年'],
      ['1000个', 1000, '个'],
      ['1000亿元', 100000000000, '元'],
    ]);
  });
});
