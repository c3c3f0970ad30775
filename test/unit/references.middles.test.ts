/**
 * A name said again with a word of its middle left out or put in (两河圣山旅游文化景区 … 两河圣山景区) is the same name
 * (middles.ts); an opening of two characters the report says elsewhere too (a place: 燕赵) or a middle naming a part
 * (中线) is another thing.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const entityLinks = (text: string): string[] =>
  analyzeReport(text)
    .references.filter((r) => r.kind === 'entity')
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('a name said again with a middle word left out or put in', () => {
  it('links the name said without its middle to the full name (海拉尔 2018, outside the corpus)', () => {
    const text = [
      '积极申报完成呼伦贝尔国际草原音乐那达慕、草原音乐之城等19件商标，世界反法西斯战争海拉尔纪念园、两河圣山旅游文化景区基础设施建设工程进展顺利。',
      '坚持以实现全域旅游为目标，以贯通四季旅游为重点，大力推进两河圣山景区、海拉尔河湿地公园、西山国家森林公园、反法西斯战争海拉尔纪念园景区整合升级。',
    ].join('\n');
    expect(entityLinks(text)).toContain('两河圣山景区 → 两河圣山旅游文化景区');
  });

  it('links the name said later with a middle put in to the name said first (内蒙古 2026, outside the corpus)', () => {
    const text = [
      '乳业技术创新中心、稀土功能材料创新中心、巴彦淖尔农高区等一批国家级创新平台获批落地，累计培育创新型企业1714家。',
      '打造自治区牛羊、玉米、马铃薯、大豆技术创新中心，高质量建设巴彦淖尔国家农高区和兴安盟现代畜牧业试验区，支持赤峰建设蒙东作物种质资源库。',
    ].join('\n');
    expect(entityLinks(text)).toEqual(['巴彦淖尔国家农高区 → 巴彦淖尔农高区']);
  });

  it('leaves a place’s other laboratory apart (河北 2025, outside the corpus: 燕赵钢铁实验室 … 燕赵实验室)', () => {
    const text = [
      '首家省实验室——燕赵钢铁实验室挂牌成立。',
      '我省体育健儿在巴黎奥运会、残奥会上勇夺4金、13金，展现了燕赵儿女昂扬向上的精神风貌。',
      '跟进落实研发费用加计扣除等政策，实施产业基础能力提升、未来产业创新等科技专项，支持全国重点实验室、燕赵实验室建设，全社会研发经费投入增长8%左右。',
    ].join('\n');
    expect(entityLinks(text)).toEqual([]);
  });

  it('takes a two-character opening the report says only in the two names (national 1992, outside the corpus)', () => {
    const text = [
      '巴黎和平协定的签署，为政治解决柬埔寨问题提供了保障。',
      '我们希望，在以西哈努克亲王为主席的全国最高委员会领导下，柬埔寨四方发扬民族和解精神，克服困难，团结建国。中国支持巴黎协定的实施，并将参与柬埔寨的重建工作。',
    ].join('\n');
    expect(entityLinks(text)).toEqual(['巴黎协定 → 巴黎和平协定']);
  });

  it('links 东盟班列 to 东盟货运班列 (湖南 2026)', () => {
    const text = [
      '内外贸一体化发展稳步推进，贸易网络覆盖全球，“新三样”出口增长88%，长沙获批中欧班列国家集结中心，怀化国际陆港开行东盟货运班列突破1200列。',
      '拓展开放通道，完善“五大国际贸易通道”体系，高标准建设中欧班列长沙集结中心，提升岳阳城陵矶港江海联运功能，加快怀化国际陆港建设，推动中欧班列、东盟班列、湘粤非铁海联运扩量增效。',
    ].join('\n');
    expect(entityLinks(text)).toContain('东盟班列 → 东盟货运班列');
  });

  it('leaves a part apart from the whole (河北 2007, outside the corpus: 南水北调中线工程 … 南水北调工程)', () => {
    const text = ['南水北调中线工程京石段全线铺开，完成15座大中型水库除险加固。', '加快南水北调工程建设。'].join('\n');
    expect(entityLinks(text)).toEqual([]);
  });
});
