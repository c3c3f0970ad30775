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
import { nameOf, namesOf } from '../support/names';

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

describe('a project sized with a kind of plant of two or three parts', () => {
  // src32 顺平县-2023 (outside ../shared/corpus): the size with a kind of plant longer than ten characters, or joined by 、,
  // before 项目 sizes the project as 蠡县10万千瓦风电项目 does; it was listed (named 集中式, 氢能).
  it('is no figure (src32 顺平县-2023, 高唐县-2025)', () => {
    expect(figuresIn('二是聚好光。积极谋划一批总投资15亿元的35万千瓦集中式和分布式光伏发电项目，真正把资源优势转化为发展优势。')).toEqual(['15亿元']);
    expect(figuresIn('加强对接跑办，重点布局总投资40亿元的50万千瓦氢能、储能及其它生物质新能源项目，推动关联产业协同发展。')).toEqual(['40亿元']);
    expect(figuresIn('通威20万千瓦生态立体开发田园综合体项目正式并网发电。')).toEqual([]);
  });

  it('is a figure when 等 closes a list of sized plants (src32 阜平县-2013)', () => {
    const line = '重点推进中电投平阳20兆瓦光伏发电、国华龙泉关49.5兆瓦风电场、保定天威英利20兆瓦光伏发电、国华平阳30兆瓦太阳能光伏发电等新能源项目，探索走一条新型工业化道路。';
    expect(figuresIn(line)).toEqual(['20兆瓦', '49.5兆瓦', '20兆瓦', '30兆瓦']);
  });
});

describe('a sized plant past a list mark', () => {
  // Before, the words before the size ran back over the list mark into the item before (光伏发电、国华龙泉关, 光伏制氢、华能).
  it('is named by its owner and its kind of plant (src32 阜平县-2013, 涞源县-2025)', () => {
    const fuping = '重点推进中电投平阳20兆瓦光伏发电、国华龙泉关49.5兆瓦风电场、保定天威英利20兆瓦光伏发电、国华平阳30兆瓦太阳能光伏发电等新能源项目，探索走一条新型工业化道路。';
    expect(namesOf(fuping, ['49.5兆瓦', '30兆瓦'])).toEqual(['国华龙泉关风电场', '国华平阳太阳能光伏发电']);
    const laiyuan = '新能源产业厚积薄发，总投资83.88亿元的黄花滩1200兆瓦抽水蓄能项目列入国家“十四五”规划，国电投300兆瓦光伏制氢、华能260兆瓦光伏发电、英利100兆瓦光伏发电3个新能源项目稳步推进。';
    expect(namesOf(laiyuan, ['260兆瓦', '100兆瓦'])).toEqual(['华能光伏发电', '英利光伏发电']);
  });
});
