import type { OutlineNode } from '../../src/core';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { isStatement } from '../../src/core/outline/leads';
import { nodeAtLine, outlineNodes } from '../support/outlineNodes';

/**
 * Outline rules found by reading reports outside the corpus (issue 9, session 28): the Shenzhen city and district
 * reports of Jianzi270/zizhengLLM @61a35a3 (data/gov_work_reports_sz_txt_cleaned/), free texts named in
 * /work/outside/src27/SOURCES.md. Each test carries a short real excerpt (long lines cut after a whole sentence).
 */

const at = nodeAtLine;

/** Titles of every node under the node on the line that starts with `start`. */
function titlesUnder(text: string, start: string): string[] {
  const walk = (n: OutlineNode): string[] => n.children.flatMap((c) => [c.title, ...walk(c)]);
  const node = at(text, start);
  if (!node) throw new Error(`no node on ${start}`);
  return walk(node);
}

// 罗湖区 2014, the last section of part 二, the closing and the glossary (lines 64–71, U+3000 indents).
const LUOHU_2014_END = [
  '各位代表：',
  '现在，我代表罗湖区人民政府，向大会报告工作，请予审议。',
  '一、2013年工作回顾',
  '　　一年来，我们坚持稳中求进，经济社会发展保持良好态势。',
  '二、2014年的发展目标和主要任务',
  '　　（六）突出治理，增强“法治罗湖”公信力',
  '　　善用法治“金钥匙”，转变政府职能，提升治理能力，践行群众路线，改进工作作风。',
  '　　让法治成为城区鲜明特质。用法治解决政府职能越位、错位和缺位问题。',
  '　　把权力关进制度笼子。改革政务监督，建立“权力清单”制度。',
  '　　抓作风打造廉洁政府。开展群众路线教育实践活动，严格落实中央八项规定。',
  '　　各位代表，时代有新要求，群众有新期待。',
  '　　《政府工作报告》名词解释',
  '　　1.九大类重点民生支出：指公共财政预算支出中占比重较大的教育、文化体育与传媒、社会保障和就业、医疗卫生等九大类支出。',
  '　　2.十大民生领域项目：指教育领域、文化体育领域、环保及环境工程、住房保障工程、交通改善工程等十大领域的项目。',
].join('\n');

// 盐田区 2021, the end of part “2021年发展形势和总体要求” and the glossary (lines 62–72).
const YANTIAN_2021_END = [
  '各位代表：',
  '现在，我代表盐田区人民政府，向大会报告工作，请予审议。',
  '一、2020年工作回顾',
  '　　一年来，我们统筹推进疫情防控和经济社会发展。',
  '二、2021年工作安排',
  '　　八是坚定不移全面从严治党，持之以恒加强政府自身建设。',
  '　　把政治建设摆在首位。坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，严格落实第一议题制度。',
  '　　全面推进依法行政。自觉接受区人大及其常委会的法律监督、工作监督和区政协的民主监督。',
  '　　各位代表，奋斗创造历史，实干成就未来。',
  '政府工作报告名词、术语注释',
  '　　1.四个口子：中英街、沙头角口岸、盐田国际码头、盐田渔港。',
  '　　2.一核四区：以中英街、沙头角口岸、田心工业区等为核心，联动盐田港片区、海鲜街片区。',
  '　　3.工改保：工业用地改保障性住房项目。',
].join('\n');

describe('a glossary heading that names what it explains, without 附件', () => {
  it('opens a glossary block on “《政府工作报告》名词解释” (罗湖区 2014): its entries are no leads of the last section', () => {
    expect(at(LUOHU_2014_END, '《政府工作报告》名词解释')).toMatchObject({ kind: 'glossary', level: 1, title: '《政府工作报告》名词解释' });
    expect(titlesUnder(LUOHU_2014_END, '二、2014年').filter((t) => /^\d/.test(t))).toEqual([]);
  });

  it('opens a glossary block on “政府工作报告名词、术语注释” (盐田区 2016–2022): its 1. 2. 3. entries are no sections', () => {
    expect(at(YANTIAN_2021_END, '政府工作报告名词、术语注释')).toMatchObject({ kind: 'glossary', level: 1 });
    expect(outlineNodes(YANTIAN_2021_END).filter((n) => n.kind === 'part').map((n) => n.title)).toEqual(['2020年工作回顾', '2021年工作安排']);
    expect(titlesUnder(YANTIAN_2021_END, '二、2021年').filter((t) => t.startsWith('四个口子') || t.startsWith('一核四区'))).toEqual([]);
  });

  it('leaves a numbered annex list that names the glossary to its annex block (福田区 2016 “附件：/1. …名词、术语注释”)', () => {
    const text = [
      '各位代表：',
      '现在，我代表福田区人民政府，向大会报告工作，请予审议。',
      '一、2015年工作回顾',
      '　　一年来，我们坚持稳中求进。',
      '附件：',
      '1. 2016年区政府工作报告名词、术语注释',
      '2. 2015年区政府民生实事完成清单',
    ].join('\n');
    expect(outlineNodes(text).filter((n) => n.kind === 'glossary')).toEqual([]);
  });
});

// 南山区 2022, lines 0–9, 11–17, 37–38, 41–47 (lines between left out; long lines cut after a whole sentence).
const NANSHAN_2022 = [
  '各位代表：',
  '　　现在，我代表南山区人民政府，向大会报告政府工作，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '2021年以来工作回顾',
  '　　艰难方显勇毅，磨砺始得玉成！今年以来，特别是“0309疫情”，深圳面临2020年以来最严峻、最复杂的考验，在市委、市政府和区委的坚强领导下，在全区上下的共同努力下，我们统筹推进疫情防控和经济社会发展，打赢了这场大仗、硬仗。',
  '　　我们妥善处理“小”与“大”的关系，努力以最小代价实现最大防控效果。因时因势优化防控策略，精准有力处置多起境外输入关联本土疫情。',
  '　　我们妥善处理“内”与“外”的关系，努力筑牢疫情防控的铜墙铁壁。坚持内防反弹不松懈，高峰期布点超1000个，确保“一天一轮”全员核酸检测到位。',
  '　　我们妥善处理“严”与“爱”的关系，努力在特殊时期展现城市温度。从速从严从实科学划定“三区”，严格做到“围住、封死、捞净”。',
  '　　各位代表！一周的慢生活，防疫的快行动，南山提前实现了社会面动态清零。',
  '　　一、经济发展取得新成效',
  '　　竞争力稳步增强。量在持续增长。实现本地生产总值7630.59亿元，增长9.1%，增量超过1100亿元，为历年最高。',
  '　　创新力稳步增强。搭建一批创新平台。西丽湖国际科教城建设扎实推进，鹏城云脑Ⅱ性能达到世界领先水平，成立科研仪器共享联盟。',
  '　　抗风险能力稳步增强。内需在扩大。深圳湾超级总部基地C塔及周边地块项目、华星光电先进半导体显示产业总部开建，招商银行全球总部加快推进。',
  '　　二、改革开放迈出新步伐',
  '　　深化改革迈出新步伐。以改革提升经济发展效率。大力建设“总部研发+高端制造”10公里产业带，启动红花岭工业南区升级改造。',
  '　　扩大开放迈出新步伐。更好引进来。推动中国电子、京东方等大型企业落户，引进小鹏、箭牌等龙头民企，落地重大项目120个。',
  '2022年主要工作',
  '　　今年区政府工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，坚持稳字当头、稳中求进工作总基调，加快建成世界级创新型滨海中心城区。',
  '　　一、因地制宜，推动经济稳中求进',
  '　　落实好扩大内需战略。积极扩大有效投资。发挥财政资金的撬动作用，加大学校、文体、社康、公园、水务、市政道路、产业用房等方面的建设力度，全年安排项目380个以上。',
  '　　加大对实体经济的支持。促进先进制造业与现代服务业融合发展。举办数字化赋能企业系列活动，建设腾讯（南山）工业互联网基地。',
  '　　二、精准施策，激发市场主体活力',
  '　　让政府更有为。拓展产业发展空间。深入推进“总部研发+高端制造”10 公里产业带建设，升级改造百旺信工业园、红花岭工业南区。',
  '　　让市场更有效。打造公平公正的竞争环境。探索实施多部门联合执法，避免多头执法、重复检查。',
].join('\n');

describe('parts named without numbers, each numbering its sections from 一、', () => {
  it('keeps 一、二、 under the named part whose leads come first when a later name line restarts 一、 (南山区 2022)', () => {
    const parts = analyzeReport(NANSHAN_2022).outline;
    expect(parts.map((n) => `${n.level} ${n.title}`)).toEqual(['1 2021年以来工作回顾', '1 2022年主要工作']);
    expect(parts[0]?.children.map((c) => `${c.level} ${c.kind} ${c.marker}${c.title}`)).toEqual([
      '2 lead 我们妥善处理“小”与“大”的关系，努力以最小代价实现最大防控效果',
      '2 lead 我们妥善处理“内”与“外”的关系，努力筑牢疫情防控的铜墙铁壁',
      '2 lead 我们妥善处理“严”与“爱”的关系，努力在特殊时期展现城市温度',
      '2 section 一、经济发展取得新成效',
      '2 section 二、改革开放迈出新步伐',
    ]);
    expect(at(NANSHAN_2022, '竞争力稳步增强')).toMatchObject({ level: 3, kind: 'lead' });
    expect(at(NANSHAN_2022, '一、因地制宜')).toMatchObject({ level: 2, kind: 'section' });
  });
});

// 罗湖区 2020, lines 0–2, 13–19, 21–23, 27–28, 30–31 (lines between left out; long lines cut after a whole sentence).
const LUOHU_2020 = [
  '各位代表：',
  '　　现在，我代表罗湖区人民政府向大会作政府工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。',
  '　　一、2019年工作回顾',
  '　　（五）从严加强自身建设，守初心担使命，进一步激励干部新作为。我们把开展“不忘初心、牢记使命”主题教育作为重大政治任务抓紧抓实抓好，政府系统全体党员干部经历了一次宝贵的思想淬炼、政治历练、实践锻炼，政府自身建设得到新的提升。',
  '　　此外，信访、统计、计生、民族、宗教、双拥、三防、国防动员等各项工作均取得新进展。',
  '　　各位代表，过去一年成绩来之不易，是习近平新时代中国特色社会主义思想科学指引的结果，是市委市政府和区委坚强领导、科学决策的结果，是全区干部群众凝心聚力、攻坚克难、开拓进取的结果。',
  '　　在肯定成绩的同时，我们也要清醒地看到，工作中还存在一些问题和不足：一是产业空间释放相对滞后，全年产业用地供应占比全市最低，增量企业落地难，优质企业外迁多，安商稳商难度较大。',
  '　　二、站在新起点，把握新机遇，科学主动谋划未来、全面推进罗湖振兴发展',
  '　　今年是深圳经济特区建立40周年。特区的建设发展从罗湖起步，特区的改革开放从罗湖启动。',
  '　　在新的历史起点，我们面临的外部挑战日益增多，我们面临的区域竞争更趋激烈。发展如逆水行舟，不进则退。',
  '　　——小城区，可以有大作为。一个城区，物理空间的大小是固定的，但发展空间的大小是相对的。',
  '　　——老城区，可以焕发新活力。城市是一个吐故纳新、不断迭代的生命体。',
  '　　——先行区，可以再次崛起。事物的发展，总是波浪式前进、螺旋式上升的。',
  '　　三、2020年主要工作',
  '　　今年政府工作总体要求是：以习近平新时代中国特色社会主义思想为指导，坚持稳中求进工作总基调，以优异成绩庆祝深圳经济特区建立40周年。',
  '　　为实现上述工作任务和目标，我们将重点在以下五个方面抓好工作落实：',
  '　　（一）加快构建现代化经济体系，推动经济高质量发展。全面贯彻新发展理念，坚持以大片区开发为引领，促进产业集聚，提高发展质量，不断提升罗湖经济的竞争力。',
].join('\n');

describe('a part name line of several clauses', () => {
  it('reads “二、站在新起点，把握新机遇，…” alone on its line, between 一、 and 三、, as part 二 (罗湖区 2020; 罗湖区 2021, 宝安区 2021)', () => {
    const parts = analyzeReport(LUOHU_2020).outline;
    expect(parts.map((n) => n.marker)).toEqual(['一、', '二、', '三、']);
    expect(parts[1]).toMatchObject({ level: 1, kind: 'part', title: '站在新起点，把握新机遇，科学主动谋划未来、全面推进罗湖振兴发展' });
    expect(parts[1]?.children.map((c) => c.title)).toEqual(['小城区，可以有大作为', '老城区，可以焕发新活力', '先行区，可以再次崛起']);
  });
});

// 盐田区 2010, lines 0–2, 26, 46–53 (long lines cut after a whole sentence).
const YANTIAN_2010 = [
  '各位代表：',
  '　　现在，我代表区人民政府向大会作政府工作报告，请予审议，并请区政协各位委员和其他列席人员提出意见。',
  '　　一、2009年工作回顾',
  '　　二、2010年主要工作任务',
  '　　为实现上述目标，今年要重点做好以下八项工作：',
  '　　（一）着力转变经济发展方式，不断提高经济发展质量和效益。',
  '　　优先发展总部经济。加快推进周大福总部大厦、大百汇总部二期、鹏能控股总部基地等总部项目建设，积极争取更多的大型企业总部落户我区。',
  '　　发展壮大低碳经济。在大力发展循环经济的基础上，要利用我区产业基础和生态环境较好的有利条件，抓住深圳成为广东低碳经济试点城市的契机，尽快出台扶持发展低碳经济的相关政策。',
  '　　（二）着力推动产业转型升级，继续保持经济平稳较快发展。',
  '　　逐步构建具有生态人文特色的“大旅游”格局。以东部华侨城为龙头，充分利用山海资源优势，整合辖区旅游资源，推动旅游要素集聚发展，进一步提高辖区旅游的文化内涵和品牌影响力。',
  '　　加快现代港口物流业发展。继续坚持以港兴区、以区促港，服从服务于盐田港区发展大局，充分发挥政府在物流业发展的主导作用。',
  '　　培育特色高新技术产业。以华大基因研究院为龙头，完善基因产业的扶持政策，进一步推动基因技术成果的产业化。',
].join('\n');

describe('a title that builds something “具有…” (构建具有X的Y)', () => {
  it('is no possession statement (盐田区 2010 （二）, 宝安区 2024 （一）): it titles its paragraph as its siblings do', () => {
    expect(isStatement('逐步构建具有生态人文特色的“大旅游”格局')).toBe(false);
    expect(isStatement('构建具有国际竞争力的优势产业集群')).toBe(false);
    expect(at(YANTIAN_2010, '（二）着力推动')?.children.map((c) => c.title)).toEqual(['逐步构建具有生态人文特色的“大旅游”格局', '加快现代港口物流业发展', '培育特色高新技术产业']);
  });
});
