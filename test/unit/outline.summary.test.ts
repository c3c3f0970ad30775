import { describe, expect, it } from 'vitest';
import { isChromeLine } from '../../src/core/text/chrome';
import { nodeAtLine, outlineNodes } from '../support/outlineNodes';

/**
 * 河北省 2026 政府工作报告 as a newspaper printed it (摘登), scraped from wenwu.hebei.gov.cn (yver-sun/gaoyang-towel-resilience
 * @a1caada, data/government_reports/河北省_2026_report.txt), lines 7–22, 24–26, 28–35 (line 23 and 27 left out): no
 * salutation, page chrome, then the first part's name right over its body paragraph; one paragraph a line, no blank
 * lines. Long lines are cut after a whole sentence.
 */
const HEBEI_2026_SUMMARY = [
  '王正谱在省十四届人大四次会议上的政府工作报告（摘登）',
  '来源：河北日报',
  '日期：2026-01-27 08:42:17',
  '【字号：',
  '大',
  '中',
  '小',
  '】',
  '“十四五”时期经济社会发展回顾',
  '1月26日，省长王正谱在省十四届人大四次会议上作政府工作报告时指出，过去五年，是极不寻常、极不平凡的五年。习近平总书记多次视察河北，发表重要讲话、作出重要指示，为我们提供了强大思想政治引领和科学行动指南，给广大干部群众巨大鼓舞和无穷力量。',
  '这五年，高质量发展扎实推进，经济实力跃上新台阶。全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元、实现万亿级跃升，一般公共预算收入从3826.5亿元增长到4398.6亿元，规上工业增加值年均增长6.5%。',
  '这五年，雄安新区拔节生长，京津冀协同发展成果丰硕。中国星网、中国中化、中国华能总部等标志性疏解项目迁驻运营，“四纵三横”高速公路网全面形成，空天信息和卫星互联网等创新产业集聚成势，京雄科创走廊加快形成。',
  '这五年，创新动能加速释放，转型升级步伐加快。研发费用加计扣除政策直达快享，科技特派团助力企业攻克技术难关，全社会研发投入年均增长超10%。8家全国重点实验室落户河北，燕赵系列实验室陆续投用。',
  '这五年，改革开放纵深推进，动力活力持续增强。成功争取一批国家重大政策改革试点。财税金融、农业农村等领域改革蹄疾步稳，河北港口集团等多家省属国企完成重组整合、核心竞争力显著提升。',
  '这五年，生态环境大幅改善，绿色转型成色更足。所有设区市空气质量全部“退后十”，水环境质量持续向好，土壤污染治理成效明显。统筹山水林田湖草沙系统治理，完成营造林3195万亩。',
  '这五年，民生保障扎实稳固，社会大局和谐稳定。连续实施民生工程，财政民生支出占比保持在80%以上，居民人均可支配收入从27136元增长到36439元。推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接。',
  '“十五五”时期的主要目标任务',
  '王正谱指出，“十五五”时期我省经济社会发展的指导思想是：坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观，全面贯彻习近平新时代中国特色社会主义思想，深入贯彻党的二十大和二十届历次全会精神。',
  '“十五五”时期经济社会发展的主要目标是：高质量发展取得显著成效，科技创新能力大幅提高，进一步全面深化改革取得新突破，社会文明程度明显提升，人民生活品质不断提高，美丽河北建设取得更大进展，平安河北建设达到更高水平。',
  '（一）努力在推进创新驱动发展中闯出新路子。一体推进教育科技人才发展，强化企业创新主体地位，攻克一批行业共性技术和“卡脖子”技术，加快科技成果转化应用，推动创新型河北建设。',
  '（二）努力在推进京津冀协同发展和高标准高质量建设雄安新区中彰显新担当。拓展京津冀协同发展深度广度，加快交通基础设施互联互通，强化协同创新、产业协作，推进“六链五群”建设。',
  '（三）努力在推进全面绿色转型中实现新突破。精准科学依法治污，深入打好蓝天、碧水、净土保卫战，全面改善生态环境质量。统筹推进生态系统保护和修复，强化生态环境分区管控。',
  '（四）努力在推进深化改革开放中培育新优势。坚持有效市场和有为政府相结合，打造市场化、法治化、国际化一流营商环境。坚持和落实“两个毫不动摇”，激发民营经济发展活力。',
  '（五）努力在推进共同富裕中展现新作为。发展社会事业，增加群众收入，改进公共服务。推进宜居宜业和美乡村建设，统筹建立常态化防止返贫致贫机制，促进乡村全面振兴。',
  '2026年主要工作',
  '王正谱指出，今年是“十五五”起步之年，我们要深入贯彻中央经济工作会议精神，认真落实省委部署，坚持稳中求进、提质增效，着力稳就业、稳企业、稳市场、稳预期，统筹做好经济社会发展各项工作，确保“十五五”良好开局。',
  '重点做好六个方面工作：',
].join('\n');

describe('a report printed as a newspaper summary (摘登): no salutation', () => {
  it('reads the first part, named right after the page chrome over a body paragraph, and the leads under it', () => {
    const part = nodeAtLine(HEBEI_2026_SUMMARY, '“十四五”时期经济社会发展回顾');
    expect(part?.level).toBe(1);
    expect(part?.kind).toBe('part');
    expect(part?.children.map((c) => c.title)).toEqual([
      '这五年，高质量发展扎实推进，经济实力跃上新台阶',
      '这五年，雄安新区拔节生长，京津冀协同发展成果丰硕',
      '这五年，创新动能加速释放，转型升级步伐加快',
      '这五年，改革开放纵深推进，动力活力持续增强',
      '这五年，生态环境大幅改善，绿色转型成色更足',
      '这五年，民生保障扎实稳固，社会大局和谐稳定',
    ]);
    expect(nodeAtLine(HEBEI_2026_SUMMARY, '“十五五”时期的主要目标任务')?.level).toBe(1);
  });

  it('takes no line of the title block for a part: the report title, the source, the date', () => {
    const top = outlineNodes(HEBEI_2026_SUMMARY).filter((n) => n.level === 1);
    expect(top.map((n) => n.title)).toEqual(['“十四五”时期经济社会发展回顾', '“十五五”时期的主要目标任务', '2026年主要工作']);
  });

  it('does not take the title or the speaker’s line for a part when a body paragraph follows it', () => {
    // The same page's lines set apart by blank lines, under a title block of two lines and no salutation.
    const lines = HEBEI_2026_SUMMARY.split('\n');
    const text = ['2026年河北省政府工作报告', '', '河北省人民政府省长 王正谱', '', ...lines.slice(9).flatMap((l) => [l, ''])].join('\n');
    const top = outlineNodes(text).filter((n) => n.level === 1);
    expect(top[0]?.title).toBe('“十五五”时期的主要目标任务');
  });
});

/**
 * 保定市 2015 政府工作报告 as a portal summed it up (yver-sun/gaoyang-towel-resilience @a1caada,
 * data/government_reports/保定市_2015_report.txt), lines 0–30, long lines cut after a whole sentence: the scraper's
 * fields, then the parts labelled with their names and a colon, “2014年工作回顾：” and “2015年工作安排：”.
 */
const BAODING_2015_SUMMARY = [
  '标题：政府工作报告——2015年1月24日在保定市第十四届人民代表大会第四次会议上',
  '发文单位：保定市人民政府',
  '发文时间：2015-01-24',
  '来源URL：http://bd.mzfzw.net/',
  '',
  '正文：',
  '',
  '2014年工作回顾：',
  '',
  '2014年，在省委、省政府和市委的坚强领导下，全市上下坚持稳中求进工作总基调，全面深化改革，积极应对经济下行压力，经济社会发展保持平稳运行。',
  '',
  '全市生产总值完成2780亿元，增长7.0%。一般公共预算收入完成200.2亿元，增长8.5%。',
  '',
  '协同发展开局良好。京津冀协同发展上升为国家战略，保定迎来重大历史机遇。与京津签约合作项目280余项、总投资1200亿元。',
  '',
  '产业转型升级步伐加快。装备制造业增加值增长8.2%，高新技术产业增加值增长12.5%。',
  '',
  '生态环境治理扎实推进。全市PM2.5平均浓度下降12.3%。完成造林55万亩。',
  '',
  '2015年工作安排：',
  '',
  '2015年经济社会发展的主要预期目标是：生产总值增长7.5%左右，一般公共预算收入增长10%左右，固定资产投资增长15%左右。',
  '',
  '重点工作：',
  '（一）抢抓京津冀协同发展机遇。',
  '（二）推动产业转型升级。',
  '（三）实施创新驱动发展。',
  '（四）加强生态环境保护。',
  '（五）深化重点领域改革。',
  '（六）推进新型城镇化建设。',
  '（七）保障和改善民生。'
].join('\n');

/**
 * 高阳县 2022 政府工作报告, the same source (data/government_reports/高阳县_2022_report.txt), lines 0–13: a headline
 * without a stop between the scraper's fields and the first part's label.
 */
const GAOYANG_2022_SUMMARY = [
  '标题：高阳县2022年政府工作报告',
  '发文单位：高阳县人民政府',
  '发文时间：2022-01-27',
  '报告人：高阳县人民政府县长 蒋东方',
  '来源URL：http://www.gaoyang.gov.cn/info_show.asp?infoid=9117',
  '',
  '正文：',
  '',
  '2021年高阳成绩单、2022年高阳这样干',
  '',
  '2021年工作回顾：',
  '',
  '2021年，是高阳发展进程中极不平凡的一年。面对复杂严峻的国内外形势和艰巨繁重的改革发展稳定任务，在市委、市政府和县委的坚强领导下，我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平总书记视察河北重要讲话精神，统筹推进疫情防控和经济社会发展，圆满完成了县十七届人大七次会议确定的目标任务，实现了"十四五"良好开局。',
  ''
].join('\n');

describe('a summary whose parts are labelled with their names and a colon', () => {
  it('reads “2014年工作回顾：” and “2015年工作安排：” as its parts, the leads and （一）…（七） under them (保定 2015)', () => {
    const review = nodeAtLine(BAODING_2015_SUMMARY, '2014年工作回顾：');
    expect(review?.title).toBe('2014年工作回顾');
    expect(review?.level).toBe(1);
    expect(review?.children.map((c) => c.title)).toEqual(['协同发展开局良好', '产业转型升级步伐加快', '生态环境治理扎实推进']);
    const plan = nodeAtLine(BAODING_2015_SUMMARY, '2015年工作安排：');
    expect(plan?.level).toBe(1);
    expect(plan?.children.map((c) => c.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）']);
  });

  it('takes no other line that ends in a colon for a part (重点工作：, …预期目标是：)', () => {
    const titles = outlineNodes(BAODING_2015_SUMMARY).filter((n) => n.level === 1).map((n) => n.title);
    expect(titles).toEqual(['2014年工作回顾', '2015年工作安排']);
  });

  it('reads the first label after a headline without a stop (高阳 2022 “2021年高阳成绩单、2022年高阳这样干”)', () => {
    expect(nodeAtLine(GAOYANG_2022_SUMMARY, '2021年工作回顾：')?.level).toBe(1);
  });

  it('keeps the scraper’s note (备注：…) out as page chrome, so the label below it opens the body (高阳 2016, line 3)', () => {
    expect(isChromeLine('备注：高阳县2016年政府工作报告独立文件在高阳县政府网站未找到完整版本，以下内容基于2017年政府工作报告中2016年数据回顾整理')).toBe(true);
  });
});
