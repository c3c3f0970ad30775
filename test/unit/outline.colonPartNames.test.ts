import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { buildDocument } from '../../src/core/text/document';
import { buildParagraphs } from '../../src/core/text/paragraphs';
import { colonNameTail, findColonPartNames, tailNamesPart } from '../../src/core/outline/colonPartNames';
import data from '../../src/core/outline/colonPartTails.json';
import { nodeAtLine as at } from '../support/outlineNodes';

/**
 * Parts named with a slogan and a colon (src32 阜平县-2013.txt, yver-sun/gaoyang-towel-resilience @a1caada, outside
 * ../shared/corpus). The file is one line whose breaks are literal \r\n escapes; the pieces quoted here are 4–10, 16–18,
 * 22–30 and 57–61 of it (0-based), one a line: “站在新起点：2012年工作回顾” (6), “开启新征程：确保五年稳定脱贫八年全面建成
 * 小康强势开局” (17), “塑造新形象：全面加强政府自身建设” (58), two with the page's trailing space. The colon kept each from
 * being a name line, so no part was found, （一）…（六） stood at level 1 and their leads at 2 (outline44's blind reading:
 * 38 of 46 headings found, 5 at the right level).
 */
const FUPING_2013 = [
  "各位代表：",
  "现在，我代表阜平县人民政府向大会作工作报告，请予审议，并请各位政协委员和列席会议的同志提出意见。",
  "站在新起点：2012年工作回顾 ",
  "2012年注定是永载阜平史册的一年。2012年12月29日-30日，习近平总书记来阜考察慰问，对加快我县脱贫致富步伐、全面建成小康社会作出重要指示，令全县人民倍感温暖和振奋，引领阜平站在了一个崭新的历史起点。",
  "2012年是本届政府工作的第一年，也是阜平发展卓有成效的一年。在市委、市政府和县委的坚强领导下，在县人大、县政协的监督支持下，全县上下积极作为、奋力赶超，较好完成了县十六届人大一次会议确定的目标任务，经济和社会事业取得长足进步。",
  "经济发展稳中有进，综合实力跨上新台阶。全年共谋划实施重点项目79项，总投资173.8亿元；河北名舍、乐天凤凰、煤炭物流园等5个市重点项目完成投资7.8亿元，完成年计划投资的300.5%；分别与国华能源投资有限公司、中电投河北易县新能源发电有限公司签署总计64.2亿元的新能源开发项目。全县生产总值完成27.6亿元，同比增长7.5%；全部财政收入完成20001万元，首次突破两亿元大关，其中地方公共财政预算收入完成16238万元，同比增长27.9%；规模以上工业增加值完成2.13亿元，同比增长25.8%；固定资产投资完成32.25亿元，同比增长32.4%；社会消费品零售总额完成12.3亿元，居民储蓄存款余额达44.45亿元，农民人均纯收入完成3262元。",
  "特色产业提质增效，优势竞争力实现新提升。旅游业，晋察冀边区革命纪念馆、天生桥国家地质（森林）公园两个4A级景区完成升级改造，全年接待游客39.5万人次，旅游综合收入2.1亿元。林果业，第二个十万亩大枣基地、核桃基地示范县、千亩板栗基地等建设项目稳步推进，新建果品基地2.7万亩，果品产量达9.86万吨，林业总产值达5亿元；成功争取到全国高效节水灌溉试点县项目；博夏醋厂、丰旭食品等果品加工企业不断壮大。畜牧水产业，甲鱼养殖达2600亩，奶牛、肉鸡、水貂等养殖稳步发展，畜牧水产业产值达3.9亿元。现代工业，炭灰铺煤矿实现与冀中能源整合重组；现代工业园区升级为市级产业园区，入驻项目20个；煤炭物流园正式运营，规模化、集约化水平明显提升。",
  "成绩值得肯定，但问题不容忽视。主要是总体发展基础差，传统产业比重大、工业发展实力弱、旅游服务业规模小，调优结构、转型发展任务艰巨。贫困人口基数大、贫困程度深、欠账多，群众生产生活条件差、公共服务水平低，扶贫攻坚任重而道远。干群思想不够解放，开放、进取、攻坚意识不强；利于招商引资、推动经济发展的人才、土地、资金等“瓶颈”制约突出。所有这些，我们一定深入研究分析，采取过硬措施，逐一加以解决。 ",
  "开启新征程：确保五年稳定脱贫八年全面建成小康强势开局 ",
  "今年是全面贯彻落实党的十八大和习总书记来阜考察重要指示精神的开局之年，是实施“十二五”规划承前启后的关键一年，更是阜平实现“五年稳定脱贫、八年全面建成小康”的起步之年，做好今年政府工作关系全局、意义重大。",
  "根据县委十二届三次全会部署，今年政府工作的总体要求是：以邓小平理论、“三个代表”重要思想和科学发展观为指导，深入贯彻落实党的十八大和习总书记考察慰问重要指示精神，以扶贫攻坚统领经济社会发展全局，突出“增加农民收入、改善生产生活条件、提高公共服务水平”三大重点，抢抓机遇、奋力赶超，全力稳增长、调结构、抓城建、优环境、惠民生、促和谐，确保五年稳定脱贫、八年全面建成小康强势开局。",
  "经济社会发展的主要预期目标是：全县生产总值增长10%；全部财政收入增长16.3%，公共财政预算收入增长7.7%；规模以上工业增加值同比增长15.5%；固定资产投资同比增长24%；社会消费品零售总额同比增长15%；农民人均纯收入增长13%。",
  "重点做好六个方面的工作：",
  "（一）突出质量和效益抓项目，加速建设“实力阜平”。强化“用项目推动工作、用项目促进发展”的意识，牢牢抓住项目建设这个“牛鼻子”，推动经济社会整体快速发展。",
  "趁热打铁谋项目。立足比较优势，用足发展机遇，围绕扶贫开发、基础设施建设、产业发展、民生社保等领域，吃透政策、认真谋划、反复争跑，争取更多项目挤进国家省市盘子。深入开展对接，加快推进待开工项目的论证可研、手续办理、要素配置等前期工作，力争早日开工建设。",
  "雷厉风行抓推进。严格落实项目分包责任制，实施一个项目、一个领导、一套班子、一个方案、一抓到底。严格落实项目推进管理机制，对开工项目，倒排工期、挂图作战，做到时间、进度同步，确保完成年度投资任务；对未开工项目，专门进行调度，力争早日开工，当前突出抓好光伏发电、风力发电等重点项目筹备工作。积极破解项目用地难题，以国土资源部将我县定为“扶贫工作联系点”为契机，积极争取并用足用好各种土地政策，加速破解用地难题，保障项目顺利落地。",
  "招商引资蓄后劲。积极参加香港投洽会、廊坊经洽会、厦门投洽会等专题招商活动，引进一批经济效益好、产业关联度高、辐射带动作用强的好项目。做好与中粮集团、国华能源集团、河北旅游投资集团等知名央企的对接，找准结合点、引入大投资，变对接帮扶为合作共赢。落实优惠政策、强化跟踪服务，着力打造发展环境优、建设成本低、投资回报高的投资“洼地”，吸引资金人才，激活发展潜力。",
  "（二）突出特色和规模抓产业，加速建设“活力阜平”。加速生态优势向发展优势转化，培育最具发展潜力和竞争力的特色优势产业。",
  "大力发展林果业。抓住河北省打造“太行山优质果品示范带”的契机，围绕宜林山场大开发，加快生态林、经济林建设，实现林果产业质的提升和量的扩张。迅速扩大核桃种植。按照“六统一”推进方法（统一规划、标准、施工、苗木采购、栽植、管理），今年新发展优种核桃基地15万亩（其中春季发展5万亩，秋季发展10万亩），重点抓好3个万亩以上示范片区，以点带面快速形成规模。稳步发展大枣种植。继续推进第二个十万亩大枣基地建设，新发展1万亩，无公害管理5万亩；聘请大专院校高层次专家，专门研究并推广大枣防病防灾技术，稳定大枣产量和质量。有效做活林下经济。充分利用空间资源，大力发展中药材、苜蓿、小杂粮种植及柴鸡、蜜蜂养殖等林下经济；重点加强与以岭药业合作，发展金银花、柴胡等经济药材种植。推进生态林建设。结合太行山绿化、封山育林、义务植树，年内完成人工造林10万亩，封山育林新封10万亩。",
  "继续做好人口计生工作，切实稳定低生育水平。积极推进民兵预备役和统计、粮食、气象、保险、物价、邮政、烟草、法制、人防、住房公积金、民族宗教等各项事业协调发展。",
  "塑造新形象：全面加强政府自身建设",
  "做好今年工作，任务重、压力大。我们将牢记总书记嘱托，时刻保持高昂的精神状态、良好的工作作风，自觉肩负起历史赋予的光荣使命。",
  "坚持解放思想，实事求是。思想解放天地宽，我们将持续加强学习，解放思想、勇于创新，以先行者和探路人的姿态抛下包袱、攻坚克难，想之前不敢想的事，做之前没能做的事，争当扶贫攻坚排头兵。“只要有信心，黄土变成金”，我们将树立雄心壮志，坚定信心、自力更生，用自己的双手创造美好生活。实事求是出实效，我们将坚持一切从阜平实际出发、从发展需要出发，立足当前、着眼长远，脚踏实地、尽力而为，一步一个脚印扎实前行。",
  "坚持苦干实干，拔高标准。牢记总书记“空谈误国、实干兴邦”的谆谆告诫，切实以阜平发展为己任，宁在苦中干、不在苦中熬、不在苦中等，大干、苦干、实干，挑起担子、扑下身子、干出样子！切实倍加珍惜当前全县上下精诚团结的大好局面，凝聚力量、尽职尽责，全力以赴打好扶贫开发攻坚战。干，就干到最好。一定坚决克服“自我满足、自我封闭、自我放松、自我糊弄”等不良倾向，每项重点工作、重点项目、重点工程，都要高起点规划、高质量建设、高标准推进，真正干出经得起历史和群众检验的实绩！",
].join('\n');

const top = (text: string): string[] => analyzeReport(text).outline.map((n) => `${n.level} ${n.kind} ${n.title}`);

describe('parts named with a slogan and a colon (站在新起点：2012年工作回顾)', () => {
  it('are the report’s parts, with the sections and leads of each under it', () => {
    expect(top(FUPING_2013)).toEqual(['1 part 站在新起点：2012年工作回顾', '1 part 开启新征程：确保五年稳定脱贫八年全面建成小康强势开局', '1 part 塑造新形象：全面加强政府自身建设']);
    expect(at(FUPING_2013, '经济发展稳中有进')).toMatchObject({ kind: 'lead', level: 2, title: '经济发展稳中有进，综合实力跨上新台阶' });
    expect(at(FUPING_2013, '（一）突出质量和效益抓项目')).toMatchObject({ kind: 'section', level: 2 });
    expect(at(FUPING_2013, '（二）突出特色和规模抓产业')).toMatchObject({ kind: 'section', level: 2 });
    expect(at(FUPING_2013, '雷厉风行抓推进')).toMatchObject({ kind: 'lead', level: 3 });
    expect(at(FUPING_2013, '坚持解放思想，实事求是')).toMatchObject({ kind: 'lead', level: 2 });
  });

  it('reads the form with an ASCII colon too', () => {
    const ascii = FUPING_2013.replace('站在新起点：', '站在新起点:').replace('塑造新形象：', '塑造新形象:');
    expect(top(ascii)[0]).toBe('1 part 站在新起点:2012年工作回顾');
    expect(top(ascii)).toHaveLength(3);
  });

  it('leaves the colon lines that are sentences or announcements in the body', () => {
    // 22: “…今年政府工作的总体要求是：以邓小平理论、…”; 24: “重点做好六个方面的工作：” (no tail).
    expect(at(FUPING_2013, '根据县委十二届三次全会部署')).toBeUndefined();
    expect(at(FUPING_2013, '重点做好六个方面的工作')).toBeUndefined();
    expect(colonNameTail('重点做好六个方面的工作：')).toBe(-1);
  });

  it('reads no single such line as a layout: one part name needs its siblings', () => {
    const lines = FUPING_2013.split('\n');
    const one = lines.filter((l) => !l.startsWith('开启新征程') && !l.startsWith('塑造新形象')).join('\n');
    expect(top(one).some((t) => t.includes('站在新起点'))).toBe(false);
  });

  it('reads a page’s fields and a speaker’s line, a block of colon lines, as no parts', () => {
    // src32 保定市-2008.txt lines 0–3 (outside ../shared/corpus): the scraper's fields, the speaker's line among them.
    const head = ['标题：政府工作报告——在保定市第十三届人民代表大会第一次会议上', '发文单位：保定市人民政府', '发文时间：2008-03-15', '报告人：保定市人民政府市长 于群'];
    expect(colonNameTail(head[3] as string)).toBeGreaterThan(0);
    expect(tailNamesPart('保定市人民政府市长 于群')).toBe(false);
    // Even where the fields' tails named parts, lines side by side are a block, not parts with their text between them.
    const block = buildParagraphs(buildDocument(['各位代表：', '回顾过去：2012年工作回顾', '展望未来：2013年工作安排', '现在，我代表县人民政府向大会作工作报告，请予审议。'].join('\n')));
    expect(findColonPartNames(block, 1, block.length).size).toBe(0);
  });

  it('reads the lead labels of a summary (经济发展：…，…。) as no slogan names', () => {
    // src32 高阳县-2016.txt lines 14 and 18 (outside ../shared/corpus): a topic, its colon, and a sentence.
    expect(colonNameTail('经济发展：全县生产总值保持增长，固定资产投资、一般公共预算收入、社会消费品零售总额等指标保持稳定增长。')).toBe(-1);
    expect(colonNameTail('脱贫攻坚：扎实推进精准脱贫工作，落实各项扶贫政策措施。')).toBe(-1);
  });
});

describe('colonPartTails.json', () => {
  it('lists words that end part names, none of them a title’s or a field’s', () => {
    const tails: string[] = data.tails;
    expect(new Set(tails).size).toBe(tails.length);
    for (const name of ['2012年工作回顾', '全面加强政府自身建设', '2024年工作安排', '2025年主要目标任务', '过去五年工作总结']) expect(tailNamesPart(name)).toBe(true);
    for (const other of ['保定市2008年政府工作报告', '保定市人民政府', '确保五年稳定脱贫八年全面建成小康强势开局']) expect(tailNamesPart(other)).toBe(false);
  });
});
