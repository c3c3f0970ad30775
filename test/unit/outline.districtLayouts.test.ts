import { describe, expect, it } from 'vitest';
import { isStatement } from '../../src/core/outline/leads';
import { nodeAtLine } from '../support/outlineNodes';

/**
 * District work-conference layouts (issue 9, session 30): the Shenzhen district reports of Jianzi270/zizhengLLM
 * @61a35a3, free texts named in /work/outside/src27/SOURCES.md. Short real excerpts (long lines cut after a whole
 * sentence).
 */

// 罗湖区 2018 part 二 （一）–（三）: leads under （一） and （二） (lines 30–39, cut), then （三）'s opening statement and its leads (lines 43–46).
const LUOHU_2018_SPACE = [
  '各位代表：',
  '　　现在，我代表罗湖区人民政府，向大会作政府工作报告，请予审议。并请各位政协委员和其他列席人员提出意见。',
  '一、2017年工作回顾',
  '　　（一）着力稳增长、转动能，经济发展质量实现新跃升',
  '　　经济发展量质齐升。主要指标实现“三个突破”，预计（下同）本区生产总值突破2000亿大关，达到2150亿元、增长8.7%左右，总量位居全省各区（市、县）前十；固定资产投资突破200亿元，达到229亿元、增长24.2%，规模创历史新高；财政总收入突破300亿元，达到389亿元[1]，其中一般公共预算收入完成97.6亿元，同口径增长15.8%，连续三年实现两位数增长。',
  '二、2018年工作安排',
  '　　（一）打赢动能转换攻坚战，增强经济发展内生动力',
  '　　打造创新核心引擎。大思路规划创新空间、大手笔引入创新资源，推动大梧桐新兴产业带提档增速。',
  '　　（二）打响营商环境攻坚战，提振城区综合竞争实力',
  '　　打造高效便捷的企业发展环境。聚焦问题导向和需求导向，为企业倾心服务、精细服务。',
  '　　（三）打稳空间拓展攻坚战，深挖全面振兴发展潜力',
  '　　空间资源是罗湖振兴发展的命脉所系和希望所在。要坚持终极更新理念，树立“立体城市”思维，突出“四个联动”[8]、产城融合，控制节奏、精准供地，实施“拓展空间保障发展”十大专项行动，打造空间拓展“升级版”。',
  '　　高起点编制规划。探索“多规融合”，统筹推进各类规划的底图叠合、数据融合、政策整合，提高规划的前瞻性、协调性和操作性。',
  '　　高质量实施更新。更好发挥政府引导作用，有快有慢、有保有压，加快城市更新由“求量”向“重质”转变。',
].join('\n');

describe('a copula statement opening a section is no lead', () => {
  it('reads X是…的Y with a pair of nouns after 的 as a statement (罗湖区 2018, 宝安区 2024)', () => {
    expect(isStatement('空间资源是罗湖振兴发展的命脉所系和希望所在')).toBe(true);
    expect(isStatement('建设服务型政府是罗湖振兴发展的必然要求和重要保障')).toBe(true);
    expect(isStatement('前海总规落地是宝安最大的优势和最大的发展机遇')).toBe(true);
    // Leads of the same report stay titles.
    expect(isStatement('高起点编制规划')).toBe(false);
    expect(isStatement('争当法治政府先锋')).toBe(false);
  });

  it('lists the section’s leads but not its opening statement (罗湖区 2018 （三）)', () => {
    expect(nodeAtLine(LUOHU_2018_SPACE, '空间资源是')).toBeUndefined();
    expect(nodeAtLine(LUOHU_2018_SPACE, '高起点编制规划')).toMatchObject({ kind: 'lead', level: 3, title: '高起点编制规划' });
    expect(nodeAtLine(LUOHU_2018_SPACE, '高质量实施更新')).toMatchObject({ kind: 'lead', level: 3 });
  });
});
