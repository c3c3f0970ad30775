import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { isLeadSentence } from '../../src/core/outline/leads';
import type { OutlineNode } from '../../src/core/types';

/**
 * 第三产业 (the service sector, beside 第一/第二产业) opens a lead as a word, not as the ordinal 第三: the leads of a
 * series that named the sector were each the one left out. Real lines of two free 保定 county texts (src32, outside
 * ../shared/corpus; the xlsx column H of yver-sun/gaoyang-towel-resilience @a1caada, breaks written out as \r\n
 * escapes), bodies cut after a sentence or two.
 */
const ESCAPED = '\\r\\n';

/** src32 徐水区-2012, pieces 5 and 7–14: part 一's review, one lead per paragraph. */
const XUSHUI_2012 = [
  '一、过去五年工作回顾',
  '2007年以来，在上级党委、政府和县委的正确领导下，在人大的依法监督、政协的民主监督和大力支持下，本届政府认真贯彻落实科学发展观，紧紧围绕经济建设这个中心，真抓实干，奋力拼搏，圆满完成了十四届人民代表大会历次会议确定的任务目标，实现了经济社会又好又快发展，实现了“十二五”良好开局。',
  '国民经济持续增长，综合实力显著增强。2011年完成地方生产总值126.4亿元，同比增长13%，是2006年的2.2倍。',
  '园区建设取得重大突破，项目建设卓有成效。县城工业园区基础设施建设累计投入6.8亿元，基本实现“五通一平”。',
  '农业结构调整步伐加快，农村经济稳步发展。全面落实各项惠农政策，五年来，累计发放粮食直补和综合直补资金2.3亿元，极大地调动了农民种粮积极性。',
  '工业经济提质增效，主导产业发展壮大。2011年，完成工业总产值236.7亿元，是2006年的2.6倍。',
  '第三产业加快发展，服务业整体水平不断提升。充分发挥交通区位优势，加快专业市场建设。废钢市场得到进一步规范，新建占地700余亩的工程车租赁和二手车交易市场。',
  '基础设施建设硕果累累，城乡面貌明显改善。投资70多亿元的京昆高速、荣乌高速、京石高铁、津保城际、南水北调等一批国家重点工程建设进展顺利，形成了“四高三铁一国道一省道”的大交通格局。',
  '各项改革继续深化，发展活力逐步彰显。合力攻坚，顺利完成了22家国有集体企业改制，为职工缴纳养老保险、发放安置费、落实相关补偿8500多万元，妥善安置职工2600多人，切实保障了国家、集体和职工的合法权益。',
].join(ESCAPED);

/** src32 容城县-2012, pieces 47–54: section （一） of part 三 and its four leads. */
const RONGCHENG_2012 = [
  '重点推进七方面工作：',
  '（一）优化产业兴县，建设实力容城',
  '把调结构作为发展的首要任务，在调整中促进发展，在发展中优化结构，全力构筑“多业并举、互为支撑”的经济发展格局。',
  '支柱产业抓提升。深入推进服装产业转型升级，弘扬企业文化，引导企业争创知名品牌；强化产业集群建设，鼓励企业在产品、资金、品牌等方面实施联合，做大核心企业。',
  '优势产业促壮大。加大对汽车配件、毛绒玩具、拉链箱包等产业的扶持力度，突出抓好总投资 10亿元的来福汽车灯具组件项目。',
  '现代农业创特色。推进农业综合开发，建设高标准农田 5000亩；在保证粮食生产安全的基础上，积极稳妥扩大设施农业规模。',
  '第三产业求突破。充分利用白沟、白洋淀商贸旅游资源，加快发展餐饮住宿、休闲娱乐等产业，借力推进旅游开发；大力发展现代物流产业和商贸业，积极发展金融、信息、社区等服务业。',
  '（二）强化招商引资，建设开放容城',
].join(ESCAPED);

const tree = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [`${n.level} ${n.title}`, ...tree(n.children)]);

describe('a lead that opens with 第三产业', () => {
  it('is a lead sentence; an ordinal 第三， still opens no lead', () => {
    expect(isLeadSentence('第三产业求突破。充分利用白沟、白洋淀商贸旅游资源，加快发展餐饮住宿、休闲娱乐等产业，借力推进旅游开发。', true)).toBe(7);
    expect(isLeadSentence('第三，加快结构调整。充分利用白沟、白洋淀商贸旅游资源，加快发展餐饮住宿、休闲娱乐等产业。', true)).toBe(-1);
  });

  it('stands in its review series (徐水区 2012)', () => {
    expect(tree(analyzeReport(XUSHUI_2012).outline)).toEqual([
      '1 过去五年工作回顾',
      '2 国民经济持续增长，综合实力显著增强',
      '2 园区建设取得重大突破，项目建设卓有成效',
      '2 农业结构调整步伐加快，农村经济稳步发展',
      '2 工业经济提质增效，主导产业发展壮大',
      '2 第三产业加快发展，服务业整体水平不断提升',
      '2 基础设施建设硕果累累，城乡面貌明显改善',
      '2 各项改革继续深化，发展活力逐步彰显',
    ]);
  });

  it('is the fourth lead of its section (容城县 2012)', () => {
    const section = analyzeReport(RONGCHENG_2012).outline.find((n) => n.marker === '（一）');
    expect(section?.children.map((n) => n.title)).toEqual(['支柱产业抓提升', '优势产业促壮大', '现代农业创特色', '第三产业求突破']);
  });
});
