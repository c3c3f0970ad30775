import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/**
 * A glossary line “有关名词解释” (南山区 2021, 2022, 2024, 罗湖区 2020–2023; free outside texts, Jianzi270/zizhengLLM
 * @61a35a3, see /work/outside/src27/SOURCES.md) keeps its whole text as its title, as any heading without a marker does.
 * 罗湖区 2020 lines 0–3 and 37–39, the body's paragraphs cut after two sentences.
 */
const LUOHU_2020 = [
  '各位代表：',
  '　　现在，我代表罗湖区人民政府向大会作政府工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '　　一、2019年工作回顾',
  '　　刚刚过去的2019年，是罗湖区抢抓机遇谋未来、积极作为破难题的一年。',
  '　　有关名词解释',
  '　　1.过境土地：根据1997年7月1日公布的国务院令第221号，深圳河治理后，以新河中心线作为深港两地的区域界线。',
  '　　2.居民健康素养水平：是《“健康中国2030”规划纲要》和《健康中国行动(2019－2030年)》的重要指标，监测内容以《中国公民健康素养--基本知识与技能》为依据，包括基本健康知识和理念、健康生活方式与行为、基本技能三个方面。',
].join('\n');

describe('a glossary named 有关名词解释', () => {
  it('is titled as written', () => {
    const nodes = analyzeReport(LUOHU_2020).outline.map((n) => `${n.level} ${n.kind} ${n.marker}${n.title}`);
    expect(nodes).toEqual(['1 part 一、2019年工作回顾', '1 glossary 有关名词解释']);
  });
});
