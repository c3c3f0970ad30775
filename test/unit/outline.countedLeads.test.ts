import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { OutlineNode } from '../../src/core';

/**
 * Beside leads, a lead sentence that counts what it is about (推进20个战略性产业集群建设。 / 提速9所大型医院建设。 /
 * 全力做好第26届世界大学生运动会各项筹备工作。 / 实施十大民生工程，办好50件民生实事。) is one of its section's series: a
 * number before a classifier is a word of the title, not a measured figure (亿元, %, 增长 stay figures). Free outside texts
 * (Jianzi270/zizhengLLM @61a35a3, see /work/outside/src27/SOURCES.md): 广东省 2022 lines 0, 2, 3, 19, 23, 24, 30, 35–38;
 * 龙华区 2021-2 lines 0–2, 43, 46, 48, 51, 55, 59, 65, 70, 74, 79–84 (each paragraph cut after two sentences); 深圳市 2008
 * and 南山区 2014 have the same.
 */
const GUANGDONG_2022 = [
  '各位代表：',
  '　　现在，我代表省人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '　　一、2021年工作回顾',
  '　　二、2022年工作安排',
  '　　我们将重点做好以下十个方面工作：',
  '　　（一）纵深推进“双区”建设和深圳综合改革试点，全面推进横琴、前海两个合作区建设，推动国家重大发展战略落地落实',
  '　　（二）坚持把科技自立自强作为发展的战略支撑，深化科技体制改革，构建全过程创新生态链，加快建设更高水平的科技创新强省',
  '　　（三）提升制造业核心竞争力，加快推进制造强省建设，切实提高产业链供应链现代化水平',
  '　　推进20个战略性产业集群建设。扎实抓好制造业“六大工程”，健全“链长制”，打造世界级先进制造业集群。',
  '　　打造高水平产业发展平台。加快建设珠海、汕头、佛山、中山、江门、湛江、肇庆等大型产业集聚区，引进大项目、培育大产业，优先布局电子信息、新能源、先进材料、生物医药与健康、高端装备制造等产业。',
  '　　加快制造业数字化转型。大力发展数字经济，推动大数据、人工智能、区块链、物联网等产业发展和应用，推进国家数字经济创新发展试验区和广州、深圳国家人工智能创新应用先导区建设。',
].join('\n');
const LONGHUA_2021 = [
  '各位代表：',
  '　　现在，我代表龙华区人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '　　一、2020年工作回顾和“十三五”发展成绩',
  '　　三、2021年主要工作',
  '　　（一）着力防输入防反弹，科学精准、慎终如始、严而又严、实而又实、细而又细地持续抓好疫情防控',
  '　　（二）着力强实体促升级，确保经济实现量的持续增长和质的稳步提升',
  '　　（三）着力聚资源提能级，加快培育全链条创新创业生态',
  '　　（四）着力优供给扩需求，推动供需两侧有效对接双向发力',
  '　　（五）着力破藩篱添动力，以重点领域改革激发经济社会发展新潜能',
  '　　（六）着力强功能提品质，打造粤港澳大湾区新增长极',
  '　　（七）着力精管理优环境，打造人与自然和谐共生美丽龙华',
  '　　（八）着力挖存量扩增量，强力推进国土空间提质增效',
  '　　（九）着力补短板强弱项，加大民生建设和保障力度',
  '　　持续加大财政投入力度，落实民生实事项目人大代表票决、政协委员协商制，扎实办好168项民生实事和800项民生微实事。',
  '　　新增公办学位2万个。全面贯彻党的教育方针，坚持立德树人，加强师德师风建设，促进学生全面发展。',
  '　　提速9所大型医院建设。坚持预防为主的方针，深入实施健康龙华行动，强力推进医院建设、就医环境改善、健康促进政策优化，织牢公共卫生防护网，为群众提供全方位全周期健康服务。',
  '　　塑造文化惠民品牌。深化文明素养提升行动，探索文明行为正向激励机制，丰富“闪亮龙华人”等品牌内涵。',
  '　　实施民生兜底工程。强化就业优先政策，努力为辖区企业提供充沛优质人力资源，千方百计保障重点人群就业，确保零就业家庭动态清零。',
].join('\n');

const leadsOfLast = (text: string): string[] => {
  const part = analyzeReport(text).outline[1];
  const section: OutlineNode | undefined = part?.children[part.children.length - 1];
  return (section?.children ?? []).filter((c) => c.kind === 'lead').map((c) => c.title);
};

describe('lead sentences that count what they are about', () => {
  it('open their paragraph beside the section’s other leads (广东省 2022 （三）)', () => {
    expect(leadsOfLast(GUANGDONG_2022)).toEqual(['推进20个战略性产业集群建设', '打造高水平产业发展平台', '加快制造业数字化转型']);
  });

  it('but a measured figure stays a figure (龙华区 2021 （九）: 提速9所大型医院建设, not 新增公办学位2万个)', () => {
    expect(leadsOfLast(LONGHUA_2021)).toEqual(['提速9所大型医院建设', '塑造文化惠民品牌', '实施民生兜底工程']);
  });
});
