/**
 * Counts whose things are named elsewhere in the sentence and whose own clause says only what they did (names74, a hand
 * reading of free provincial text: src32 河北省-2018, 2008, 2014, 高唐县-2022 — outside ../shared/corpus). Labels name such
 * a set by its predicate before its noun (高阳经济开发区入驻企业, 建成投产重大项目 — dev labels and the subsetCounts rule).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';
import { firstVerb } from '../../src/core/indicators/names';
import { partOfNamedSetName } from '../../src/core/indicators/partOfNamedSet';
import { withoutSiblingItem } from '../../src/core/indicators/siblingItem';

describe('a predicate without an object before the next item of the list (countedPredicate.ts NEXT_ITEM)', () => {
  it('20家企业签约、15家入驻 (src32 河北省-2018 line 20)', () => {
    const line = '制定实施冰雪产业发展规划，从美国、法国、芬兰等国家引进一批冰雪运动及装备企业，20家企业签约、15家入驻，越来越多的人参与冰雪运动。';
    expect(namesOf(line, ['20家', '15家'])).toEqual(['签约企业', '入驻企业']);
  });

  it('2家企业上市、10家企业新三板挂牌 (src32 高唐县-2022)', () => {
    expect(namesOf('“2161”挂牌上市计划：指五年内实现2家企业上市、10家企业新三板挂牌。', ['2家'])).toEqual(['上市企业']);
  });

  it('the object ends before the same things\' next predicate: 入选…500强、营业收入超过万亿 (src32 河北省-2018 line 29)', () => {
    expect(namesOf('制定实施促进民营经济高质量发展40条政策，我省24家企业入选全国民营企业500强、营业收入超过万亿。', ['24家'])).toEqual(['入选全国民营企业500强企业']);
  });

  it('a list mark between two modifiers of one object stays inside it (国家领航级、卓越级智能工厂)', () => {
    expect(namesOf('8家企业获评国家领航级、卓越级智能工厂。', ['8家'])).toEqual(['获评国家领航级、卓越级智能工厂企业']);
  });
});

describe('a bare count with a predicate after a set named, not counted, before it (partOfNamedSet.ts)', () => {
  it('"8+3"铁路项目,2条完工,3条在建 (src32 河北省-2008 line 46)', () => {
    const line = '与铁道部协议共建"8+3"铁路项目,2条完工,3条在建,京石高速铁路客运专线开工建设。';
    expect(namesOf(line, ['2条', '3条'])).toEqual(['完工铁路项目', '在建铁路项目']);
  });

  it('a count with its own noun is left to the other rules (20家企业签约 keeps its noun)', () => {
    expect(namesOf('引进一批冰雪运动及装备企业，20家企业签约。', ['20家'])).toEqual(['签约企业']);
  });

  it('a clause before holding its own figure names no set here (今年新建学校3所，2所完工: partDoneName\'s case)', () => {
    const verb = (s: string): boolean => firstVerb(s, 0) === 0;
    const text = '今年新建学校3所，2所完工。';
    const at = text.indexOf('2所');
    expect(partOfNamedSetName(text, at, at + 2, verb)).toBe('');
    const rail = '与铁道部协议共建"8+3"铁路项目,2条完工,3条在建。';
    const two = rail.indexOf('2条');
    expect(partOfNamedSetName(rail, two, two + 2, verb)).toBe('完工铁路项目');
  });
});

describe('allocated and moved into is one stage of housing (workStages.json later: 入住)', () => {
  it('竣工22.4万套、分配入住18.1万套 (src32 河北省-2014 line 36)', () => {
    const line = '全省开工建设保障性住房22.5万套、竣工22.4万套、分配入住18.1万套。';
    expect(namesOf(line, ['22.4万套', '18.1万套'])).toEqual(['竣工保障性住房', '分配入住保障性住房']);
  });
});

describe('a count opening its own item after a 、 names its own things, not the item before (siblingItem.ts)', () => {
  it('确保所有贫困县摘帽出列、33万贫困人口脱贫 (src32 河北省-2018 line 87)', () => {
    const line = '重点解决“两不愁、三保障”面临的突出问题，确保所有贫困县摘帽出列、33万贫困人口脱贫，解决区域性整体贫困。';
    expect(namesOf(line, ['33万'])).toEqual(['贫困人口']);
  });

  it('as 落实十大重点任务、55项具体行动 (保定市-2022) and 老旧供水管网改造、63个住宅小区… (涞源县-2025) already were', () => {
    expect(namesOf('围绕目标，落实十大重点任务、55项具体行动。', ['55项'])).toEqual(['具体行动']);
    expect(namesOf('加快推进城区老旧供水管网改造、63个住宅小区天然气瓶改管工程。', ['63个'])).toEqual(['住宅小区天然气瓶改管工程']);
  });

  it('a figure after a list of figures keeps the list\'s name (增长8%、9%: no noun after it)', () => {
    expect(withoutSiblingItem('城乡居民收入分别增长8%、', '城乡居民收入分别增长8%、9%。', 13, 15)).toBe('城乡居民收入分别增长8%、');
    expect(withoutSiblingItem('引进一批装备企业，新建智能工厂、', '引进一批装备企业，新建智能工厂、5家。', 16, 18)).toBe('引进一批装备企业，新建智能工厂、');
  });
});
