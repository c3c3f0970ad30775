/**
 * Type words said as verbs or adverbs (verbalTypeWords.ts): 规定 after 所 or after the document that lays something
 * down, 计划 after 有. On the sentences of the national reports of 1986 and 1987 (outside text, aldohemsn) where the
 * names read so linked from sentence to sentence. And readings that open with an adverb of doing and a verb
 * (adverbsOfDoing.ts): a clause said twice, never a name's start.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { verbalTypeWord } from '../../src/core/references/verbalTypeWords';

const report = (...paragraphs: string[]): string => ['政府工作报告', '各位代表：', ...paragraphs].join('\n');
const entityTexts = (text: string): string[] => analyzeReport(text).references.filter((r) => r.kind === 'entity').map((r) => `${r.from.text} → ${r.to.text}`);

describe('type words said as verbs or adverbs', () => {
  it('a plan that lays down figures is no programme “…计划草案规定” (national 1986, outside)', () => {
    const text = report(
      '综合考虑这些任务的要求，“七五”计划草案规定，在不断提高经济效益的前提下，五年内全国工农业总产值增长百分之三十八，国民生产总值增长百分之四十四。',
      '　　根据社会不断增长的需要和综合各种生产条件的可能，“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七。',
      '　　“七五”计划草案规定的经济增长率是积极的，也是留有余地的，在执行中有可能超过。',
    );
    expect(entityTexts(text).filter((l) => l.includes('规定'))).toEqual([]);
  });

  it('what the constitution lays down, and a planned way of doing things (national 1987, outside)', () => {
    const text = report(
      '对学术理论和文化艺术上的不同意见，在遵守宪法规定的原则下，继续用正常的自由讨论、批评和反批评的方法去解决。',
      '在文艺创作和学术研究领域中，要在遵守宪法规定的原则下，继续实行创作自由、学术自由、讨论自由以及批评和反批评的自由，提倡勇于实践，大胆探索。',
      '我们还要认真总结经验，研究制定既有利于联合统一对外又有利于调动各方面积极性的外贸体制全面改革方案，并有计划有步骤地付诸实施，为进一步发展对外经济贸易创造良好条件。',
      '各级政府都要重视图书馆、文化馆、文化站、博物馆、展览馆、影院剧场等群众性文化事业的建设，把它们纳入经济和社会发展的总体规划，并有计划、有步骤地加以实施。',
    );
    expect(entityTexts(text)).toEqual([]);
  });

  it('rules and plans that are named stay names (中央八项规定, 第一个五年计划)', () => {
    const rule = '锲而不舍贯彻中央八项规定';
    expect(verbalTypeWord(rule, rule.indexOf('规定'), '规定')).toBe(false);
    const plan = '超过第一个五年计划所规定的一九五七年水平';
    expect(verbalTypeWord(plan, plan.indexOf('计划'), '计划')).toBe(false);
    expect(verbalTypeWord(plan, plan.indexOf('规定'), '规定')).toBe(true);
  });

  it('a clause that opens with an adverb and a verb, said twice, is no name (national 1986, outside: 适当缩小指令性计划)', () => {
    const text = report(
      '继续从外部和内部两个方面采取切实有效的措施，包括适当缩小指令性计划，减免调节税，提高折旧率，完善厂长（经理）负责制，实行各种不同形式的经济责任制，改革企业的工资奖励制度和劳动制度等，以进一步扩大企业的生产经营自主权，使企业真正具有自我积累、自我改造、自我发展的能力。',
      '要进一步改革计划体制，适当缩小指令性计划的比重，扩大指导性计划和市场调节的范围，把计划工作的重点逐步转到主要运用经济政策和价格、税收、信贷、利率、汇率、工资等经济杠杆，对宏观经济进行全面管理与调节的轨道上来。',
    );
    expect(entityTexts(text).filter((l) => l.includes('适当'))).toEqual([]);
  });
});
