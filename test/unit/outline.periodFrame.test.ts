import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { seriesOpenersOf } from '../../src/core/outline/leadSeries';

/**
 * Leads cast in the frame 这是X的一年 / 之年, saying what the year under review was, in paragraphs one after another
 * without a dash: 盐田区 2021 (src27, /work/outside/src27/SOURCES.md) part 2020年工作回顾 lines 0–9 (three, before the
 * part's （一）), 易县 2025 (src32) lines 14–16 (six in the text). Their third characters differ (牢/众/迎, 发/产/城…), so the
 * frame of first three and last two characters (西藏 2026 这五年是…的五年) did not join them. Paragraphs cut after two sentences.
 */
const YANTIAN_2021 = [
  '各位代表:',
  '现在，我代表盐田区人民政府，向大会报告政府工作，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '2020年工作回顾',
  '过去一年是极不平凡的一年，我们在市委、市政府和区委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神，深入学习贯彻习近平总书记出席深圳经济特区建立40周年庆祝大会和视察广东、深圳重要讲话、重要指示精神，按照区委五届十三次全会、区五届五次党代会的工作部署，抢抓建设粤港澳大湾区、深圳先行示范区和实施综合改革试点重大历史机遇，大力实施产业兴盐、创新驱动，圆满完成区五届人大六次会议确定的全年各项工作任务，实现“十三五”顺利收官。',
  '这是牢记嘱托、砥砺前行的奋进之年。习近平总书记亲自出席深圳经济特区建立40周年庆祝大会并发表重要讲话，在参观40周年展览时深情回忆起当年来到中英街的情景，让我们无比感恩、无比自豪、信心满怀。',
  '这是众志成城、共同战“疫”的特殊之年。面对突如其来的新冠肺炎疫情，我们在区委的坚强领导下，统筹推进疫情防控和经济社会发展工作，牢牢守住“四个口子”，打赢了社区小区防控、进口冻品监管、入境人员闭环管理等多场硬仗。',
  '这是迎难而上、强势攻坚的关键之年。我们用硬作风、硬举措坚决完成硬任务，全力确保轨道交通8号线一期如期通车，群众热盼多年的地铁时代正式到来。',
  '一年来，我们主要做了以下工作：',
  '（一）产业兴盐成效显著。坚持发展第一要务，成功应对中美贸易摩擦、新冠肺炎疫情等重大考验。',
  '（二）营商环境持续改善。全面重构招商安商稳商工作体系，全力服务企业发展。',
].join('\n');

describe('这是X的一年 / 之年 in paragraphs one after another is a series of leads', () => {
  it('lists 盐田区 2021’s three 这是…之年 leads before the part’s sections', () => {
    const part = analyzeReport(YANTIAN_2021).outline.find((n) => n.title === '2020年工作回顾');
    expect(part?.children.filter((n) => n.kind === 'lead').map((n) => `${n.level} ${n.kind} ${n.title}`)).toEqual([
      '2 lead 这是牢记嘱托、砥砺前行的奋进之年',
      '2 lead 这是众志成城、共同战“疫”的特殊之年',
      '2 lead 这是迎难而上、强势攻坚的关键之年',
    ]);
  });

  it('gives 易县 2025’s 这是…的一年 paragraphs one frame, and the part’s introduction none', () => {
    const frame = (text: string): string[] => (seriesOpenersOf(text) ?? '').split('|');
    expect(frame('这是发展活力充分迸发的一年。项目建设有力有序，争取增发国债项目38个、资金20.43亿元，提前完成省市建设进度要求，完工率达到92.1%，防灾减灾能力进一步提升。')).toContain('这是…一年');
    expect(frame('这是产业转型明显提速的一年。坚持构建多元发展、多极支撑的现代产业体系。')).toContain('这是…一年');
    expect(frame('过去的一年，是易县发展历程中极其重要、极不平凡的一年，也是我们坚定信心、砥砺奋进的一年。')).not.toContain('这是…一年');
  });
});
