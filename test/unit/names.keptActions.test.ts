/**
 * keptActions.ts: a length or area of works done keeps its verb, a count of works said by its start keeps the stage
 * (labels README, “Actions kept in a name”, session 38). Lines of dev reports and of src32 texts (outside
 * ../shared/corpus), quoted as written.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, namesOf, thisYearWork } from '../support/names';
import data from '../../src/core/lexicon/keptActions.json';

describe('a size of works keeps its verb', () => {
  it('keeps the verb said before what was built (dev hebei 2021; src32 唐县-2020, 保定市-2022, 涞源县-2025)', () => {
    expect(nameOf('改造完成老旧小区1941个，新改扩建农村公路6500公里、公办幼儿园307所。', '6500公里')).toBe('新改扩建农村公路');
    expect(nameOf('投资5.9亿元新改建农村公路161.7公里。', '161.7公里')).toBe('新改建农村公路');
    expect(nameOf('建设改造农村公路710公里，助力乡村振兴高质量推进。', '710公里')).toBe('建设改造农村公路');
    expect(nameOf('提升改造农村公路79.7公里，创建美丽庭院2900个。', '79.7公里')).toBe('提升改造农村公路');
  });

  it('keeps 新增 too, which alone would leave the stock (dev 天津 2026; src32 涞水县-2020 line 17)', () => {
    expect(nameOf('新梅江公园等13座城市公园和275个口袋公园，新增城市绿道超200公里。', '200公里')).toBe('新增城市绿道');
    expect(nameOf('完成6处景观节点建设，新增城镇绿地面积22公顷。', '22公顷')).toBe('新增城镇绿地面积');
  });

  it('keeps a verb said before a size that comes before its noun (dev national 2022)', () => {
    expect(nameOf('加强中低产田改造，新建1亿亩高标准农田，新建改造一批大中型灌区。', '1亿亩', thisYearWork(2022))).toBe('新建高标准农田');
  });

  it('gives a list item the verb it is said under (dev guangdong 2026, 天津 2026)', () => {
    expect(namesOf('城市建成区绿地率达41.2%，建成碧道7960公里、碧带330公里。', ['7960公里', '330公里'])).toEqual(['建成碧道', '建成碧带']);
    expect(namesOf('城市韧性不断提升，有序改造供热管网1287公里、燃气管网810公里、供水管网105公里。', ['1287公里', '810公里', '105公里'])).toEqual(['改造供热管网', '改造燃气管网', '改造供水管网']);
  });

  it('gives no list item the verb when it has a verb of its own (src32 涞源县-2020 line 51, 河北省-2014 line 36)', () => {
    expect(nameOf('改造二、三次管网50万平米、“串改并”改造1.4万平米、新增供热面积10万平米。', '1.4万平米')).not.toMatch(/^改造串改并/);
    expect(nameOf('全省开工建设保障性住房22.5万套、竣工22.4万套、分配入住18.1万套。', '18.1万套')).not.toMatch(/^竣工/);
  });

  it('keeps 新开工建设 whole (src32 河北省-2017 line 62)', () => {
    expect(nameOf('打通国省干线瓶颈路，新开工建设高速公路300公里、新增铁路运营里程426公里。', '300公里')).toBe('新开工建设高速公路');
  });

  it('leaves a stock to date its noun alone (dev 云南 2026)', () => {
    expect(nameOf('补充耕地39.08万亩，累计建成高标准农田4128万亩。', '4128万亩')).toBe('高标准农田');
  });

  it('leaves a count its things: the action goes to measure (dev 000 report: 建成1.75万个5G基站)', () => {
    expect(nameOf('积极推进新型基础设施建设，建成1.75万个5G基站。', '1.75万个')).toBe('5G基站');
  });
});

describe('a count of works said by its start keeps the stage', () => {
  it('keeps 新开工 and 开工改造 (dev hebei 2010; src32 涞水县-2022; dev 浙江 2026)', () => {
    expect(nameOf('新开工项目24800个，同比增加7646个。', '24800个')).toBe('新开工项目');
    expect(nameOf('组织集中开工4次，新开工项目40个；实施省市重点项目19个。', '40个')).toBe('新开工项目');
    expect(namesOf('开工改造城镇老旧小区196个、城中村6万户。', ['196个', '6万户'])).toEqual(['开工改造城镇老旧小区', '开工改造城中村']);
  });

  it('keeps the stage said before the count, without its adverb (dev national 2016)', () => {
    expect(nameOf('再开工20项重大水利工程，建设水电核电、特高压输电、智能电网、油气管网。', '20项', thisYearWork(2016))).toBe('开工重大水利工程');
  });

  it('leaves a count whose stage comes after its things to workStages.ts (dev hebei 2021)', () => {
    expect(nameOf('年内棚户区改造开工11万套、基本建成13.2万套。', '11万套', lastYearReview(2021))).toBe('棚户区改造开工');
  });
});

describe('keptActions data', () => {
  it('lists each word once, in Chinese characters only', () => {
    for (const list of [data.sizeVerbs, data.joiners, data.startStages, data.stockWords]) {
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list).size).toBe(list.length);
      for (const w of list) expect(w).toMatch(/^[\u4e00-\u9fff、]{1,5}$/);
    }
  });

  it('holds no stage of completion a facility count is named without (建成 counts the facility: 5G基站)', () => {
    expect(data.startStages).not.toContain('建成');
  });
});
