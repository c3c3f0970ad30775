/**
 * A capacity inside a facility's name (大唐700万吨露天矿, 黑羊站水厂3万吨扩建项目) sizes the facility: the owner before
 * it and the facility after it (facilityHeads in nameWords.json) name it together — the owner alone is who, not
 * what. Sentences quoted from outside text (海拉尔 2014, 保定 2025).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a capacity inside a facility name', () => {
  it('names the facility with its owner (outside: 海拉尔 2014)', () => {
    expect(namesOf('大唐700万吨露天矿项目已进入国家核准程序，亘富200万吨褐煤提质一期工程完工，华润雪花啤酒迁建项目开工建设。', ['700万吨'])).toEqual(['大唐露天矿']);
    expect(namesOf('实施黑羊站水厂3万吨扩建项目，缓解中心城区供水紧张的状况。', ['3万吨'])).toEqual(['黑羊站水厂扩建项目']);
  });

  it('names a power project by the place and the project (outside: 保定 2025)', () => {
    expect(namesOf('蠡县10万千瓦风电项目并网发电，填补我省平原风电领域空白。', ['10万千瓦'])).toEqual(['蠡县风电项目']);
  });
});
