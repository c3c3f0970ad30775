/**
 * A capacity inside a facility's name (大唐700万吨露天矿, 黑羊站水厂3万吨扩建项目, 蠡县10万千瓦风电项目) sizes the
 * facility. Names round 996a5f7 read these as figures named by the owner and the facility together; since recog8 a
 * capacity with its product or plant right before 项目/期工程 names the project and is no figure at all — as the dev
 * labels leave project sizes out (榆能百万吨煤制芳烃等项目 in 陕西 2026, 千万千瓦级清洁能源基地 in 辽宁 2026, the plants of
 * national 1959) and projectSizes.ts already read 青海广泰10万吨再生铝等项目. Sentences quoted from outside text (海拉尔
 * 2014, 保定 2025).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { nameOf } from '../support/names';

const figuresIn = (line: string) => analyzeReport(`2026年政府工作报告\n一、2025年工作回顾\n${line}\n`).indicators.map((i) => i.text);

describe('a capacity inside a facility name', () => {
  it('is no figure where it names the project with its product or plant (海拉尔 2014)', () => {
    expect(figuresIn('大唐700万吨露天矿项目已进入国家核准程序，亘富200万吨褐煤提质一期工程完工，华润雪花啤酒迁建项目开工建设。')).toEqual([]);
    expect(figuresIn('实施黑羊站水厂3万吨扩建项目，缓解中心城区供水紧张的状况。')).toEqual([]);
  });

  it('is no figure in a power project named by the place and its size (保定 2025)', () => {
    expect(figuresIn('蠡县10万千瓦风电项目并网发电，填补我省平原风电领域空白。')).toEqual([]);
  });

  it('names a wind or solar plant by its owner and the plant, when the size is a figure (海拉尔 2013, names28)', () => {
    const line = '加快推进大唐哈克5万千瓦风电、麦多利10万吨大麦芽二期、东电2×35万千瓦热电联产等重点项目前期工作。';
    expect(nameOf(line, '5万千瓦')).toBe('大唐哈克风电');
  });
});
