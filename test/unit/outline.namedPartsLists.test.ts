import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/**
 * A report that names its parts without numbers (坪山新区 2016, Jianzi270/zizhengLLM @61a35a3, a free outside text of
 * /work/outside/src27/SOURCES.md; 南山区 2014 is laid out alike: “2013年工作回顾” / “2014年工作安排”, each over its own
 * numbered list): the numbered list after the second name, once its ——X。 leads are said, is that part's sections, not
 * the next parts as after 2002's one named part (outline.published.test.ts). Lines 0–6 and 35–51, long paragraphs cut
 * after a whole sentence.
 */
const PINGSHAN_2016 = [
  '各位代表：',
  '　　现在，我代表坪山新区管委会向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '　　“十二五”时期发展情况及2015年工作回顾',
  '　　“十二五”是坪山新区实施第一个五年计划，搭框架、打基础、谋长远、快发展的重要时期。',
  '　　五年来，我们坚持质量引领、效益优先，综合经济实力持续增强。',
  '　　1.经济保持高位增长。积极应对严峻复杂的国内外经济形势，统筹好投资、出口、消费“三驾马车”，新区经济发展驶入快车道。',
  '　　2.质量效益显著提升。预计2015年新区一般财政预算收入增长35.55%，高于地区生产总值26.05个百分点，比2010年增长299%，税收分成收入占地方公共财政预算收入的比重达92.81%。',
  '　　“十三五”规划的主要思路及2016年工作计划',
  '　　“十三五”时期，世情、国情、市情和区情将继续发生深刻变化。',
  '　　——深圳“东北门户”。就是要全方位加大投入，大干快上，推动坪山在交通、产业、人口、形象、配套等方面实现质的飞跃，打造具有现代化国际化城市功能和特色人文底蕴的门户形象，成为具有强大外溢辐射影响力的深圳城市副中心，发挥坪山在深圳东部的战略支点作用，全面融入深莞惠及河源、汕尾“3+2”经济圈。',
  '　　——智造新城。就是要坚定不移地发展实体经济，落实《中国制造2025》行动计划，出台差异化的产业政策，全力构建以高端制造企业为主体的产业新体系，把坪山建设成为深圳高端制造业的承载地、上市企业和小巨人企业发展壮大的孵化器。',
  '　　——现代田园都市。就是要坚持绿色低碳、生态循环的发展理念，突出坪山青山绿水的特色，运用“海绵城市”、“智慧城市”等新绿色技术，推进生产、生态、生活“三生融合”，打造像斯图加特那样具有“现代田园都市”特征的美丽城区，让大家看到不一样的深圳，感受不一样的特区。',
  '　　2016年是“十三五”开局之年。',
  '　　（一）加强公共安全管理，提升城市安全水平',
  '　　安全是城市工作的基点，要始终把公共安全、安全生产、社会稳定放在事关全局的突出位置，认真吸取光明新区滑坡事故教训，扎扎实实提升城市管理治理水平，重点解决好安全管理体制机制不完善、主体责任不落实、基础设施不健全、管理能力与手段落后等突出问题。',
  '　　（二）推进产业转型升级，建设东部智造中心',
  '　　落实市委、市政府赋予的“东部智造中心”产业新定位，坚持高端引领、政策引领、载体引领、环境引领，深入实施创新驱动发展战略和标准化战略，擦亮国家生物产业基地、国家新能源产业基地和广东深圳出口加工区三块“金字招牌”，全面提升梯次型现代产业体系。',
].join('\n');

describe('a numbered list after a later part name and its leads', () => {
  it('is that part’s sections when an unnumbered part came before it (坪山新区 2016 （一）…)', () => {
    const outline = analyzeReport(PINGSHAN_2016).outline;
    expect(outline.map((n) => `${n.level} ${n.marker}${n.title}`)).toEqual([
      '1 “十二五”时期发展情况及2015年工作回顾',
      '1 “十三五”规划的主要思路及2016年工作计划',
    ]);
    expect(outline[1]?.children.map((c) => `${c.level} ${c.kind} ${c.marker}`)).toEqual([
      '2 lead ——',
      '2 lead ——',
      '2 lead ——',
      '2 section （一）',
      '2 section （二）',
    ]);
  });
});
