import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { isLeadSentence } from '../../src/core/outline/leads';
import { nodeAtLine } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

/** Leads of a section's series that are longer than a lead standing alone may be, read on corpus text. */

const nodeAt = (file: string, start: string): OutlineNode | undefined => nodeAtLine(readCorpus(file), start);

describe('“特别是” and “尤其是” do not argue', () => {
  it('reads a lead whose second clause singles out a part (…，特别是…) as a title beside its series (2005 （二）)', () => {
    // Between “加快社会保障体系建设。” and “推进收入分配制度改革。”, each a lead of （二）.
    expect(nodeAt('national/2005.txt', '继续增加城乡居民收入，特别是中低收入者收入。')).toMatchObject({ kind: 'lead', level: 3, title: '继续增加城乡居民收入，特别是中低收入者收入' });
  });

  it('still takes a copula for an argument beside leads', () => {
    const body = '要坚持教育优先发展，全面推进素质教育，加快教育结构调整，提高教育质量和效益。';
    expect(isLeadSentence(`继续增加城乡居民收入，特别是中低收入者收入。${body}`, true)).toBeGreaterThan(0);
    expect(isLeadSentence(`继续增加城乡居民收入，尤其是中低收入者收入。${body}`, true)).toBeGreaterThan(0);
    expect(isLeadSentence(`发展教育事业是社会主义现代化建设的根本大计。${body}`, true)).toBe(-1);
  });
});

describe('a long block in a section whose leads stand around it', () => {
  it('takes the longer first sentence of a long paragraph for a lead when a lead of its section follows (1980 第一，)', () => {
    // Two prose paragraphs (由于…, 在重工业方面，…) stand between it and “积累和消费的比例关系有所改善。”.
    expect(nodeAt('national/1980.txt', '农业、轻工业的发展加快了')).toMatchObject({ kind: 'lead', level: 3, title: '农业、轻工业的发展加快了，农轻重的比例关系有所改善' });
    expect(nodeAt('national/1980.txt', '积累和消费的比例关系有所改善。')).toMatchObject({ kind: 'lead', level: 3 });
    // The paragraphs between are prose.
    expect(nodeAt('national/1980.txt', '由于采取了在原料')).toBeUndefined();
  });

  it('leaves the short pieces a page splits a paragraph into to their lead (2009 （六）)', () => {
    expect(nodeAt('national/2009.txt', '加强社会管理，维护社会和谐安定。')).toMatchObject({ kind: 'lead', level: 3 });
    expect(nodeAt('national/2009.txt', '健全社会矛盾纠纷调处化解机制')).toBeUndefined();
    expect(nodeAt('national/2009.txt', '深入开展平安创建活动')).toBeUndefined();
  });

  it('leaves a lone programmatic opener with no lead of its section around it as prose (2018 （九）)', () => {
    expect(nodeAt('national/2018.txt', '贯彻落实党中央全面从严治党部署')).toBeUndefined();
  });
});

describe('a lead after a zero-width line that stands where a paragraph break was', () => {
  const n2017 = (): string => readCorpus('national/2017.txt');

  it('is the sibling of the lead whose paragraph the page ran it into (2017 （五）: “…现代农业发展。” / U+200B / “深化农村改革。”)', () => {
    const text = n2017();
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('深化农村改革。'));
    // The page joins it to the lead paragraph above: a zero-width line right after that paragraph's last sentence.
    expect(lines[at - 1]).toBe('\u200b');
    expect(lines[at - 2]?.endsWith('。')).toBe(true);
    const lead = nodeAtLine(text, '深化农村改革。');
    expect(lead).toMatchObject({ kind: 'lead', level: 3, title: '深化农村改革' });
    expect(lead?.selectionRange.start).toEqual({ line: at, character: 0 });
    // The lead it was run into keeps its own title and line, and both are leads of （五）.
    expect(nodeAtLine(text, '加强现代农业建设。')).toMatchObject({ kind: 'lead', level: 3, title: '加强现代农业建设' });
    expect(nodeAtLine(text, '加强农村公共设施建设。')).toMatchObject({ kind: 'lead', level: 3 });
  });

  it('leaves a list of measures after such a line to the paragraph it goes on (2017 （六）: “支持市场采购贸易、外贸综合服务企业发展。”)', () => {
    const text = n2017();
    expect(nodeAtLine(text, '促进外贸继续回稳向好。')).toMatchObject({ kind: 'lead', level: 3 });
    expect(nodeAtLine(text, '支持市场采购贸易、外贸综合服务企业发展。')).toBeUndefined();
  });
});

/**
 * 海拉尔区 2018 政府工作报告 (derek-s/Python-GovWorkReportAnalyze @8dc65fe, reportData/2018.txt, GBK read as UTF-8),
 * lines 6–34, long paragraphs cut after a whole sentence: six parallel leads of four clauses after their opener.
 */
const HAILAR_2018 = [
  '各位代表：',
  '',
  '现在，我代表海拉尔区人民政府向大会报告工作，请予审议，并请区政协各位委员和列席会议的同志提出意见。',
  '',
  '一、2017年工作回顾',
  '',
  '过去的一年，在市委、市政府和区委的坚强领导下,在区人大、政协的监督支持下，我们深入学习宣传贯彻党的十九大精神，牢牢把握稳中求进工作总基调，自觉践行新发展理念，以打造国际化的草原音乐名城、冰雪运动名城、生态旅游名城为目标，精准发力，迎难而进,推动经济社会各项事业取得了新进展。',
  '',
  '过去的一年，面对经济下行压力，我们综合施策，打好组合拳，发展质效持续提高。牢牢掌握发展主动权，千方百计稳增长，有效化解宏观经济下行和内生动力不足双重难题，坚持去除落后产能与培育新动能双向发力，发展的基础更为扎实，发展的质量持续向好。投资拉动稳步推进，投资质量稳步提升。',
  '',
  '过去的一年，面对城乡发展短板，我们多措并举，奏响协奏曲，人居环境明显改善。坚持城乡统筹、建管并重，城市品质、城市环境、城市竞争力大幅提升。继续举全区之力推进棚户区改造工程。全年投资90.07亿元，完成1.8万户、189万平方米棚改任务，结束了海拉尔区集中连片棚户区的历史。',
  '',
  '过去的一年，面对发展活力不足，我们沉着应对，下准先手棋，改革开放步伐加快。深化重要领域和关键环节改革，为加快发展释放活力、增添动力，全年完成43项改革任务。扎实推进简政放权、放管结合、优化服务改革。',
  '',
  '过去的一年，面对污染防治艰巨任务，我们守住底线，打响攻坚战，生态建设成效明显。牢固树立绿水青山就是金山银山发展理念，坚持专项整治和长效管控相结合，海拉尔的天更蓝、水更清、城市更美。切实抓好反馈意见的整改落实。',
  '',
  '过去的一年，面对群众热切期盼，我们尽力而为，织密保障网，群众幸福指数显著提升。坚持以人民为中心的发展思想，在财政运行困难的情况下，保障民生投入只增不减。全年民生支出占一般公共预算支出的73.6%，一批群众关心的热点难点问题得到解决。脱贫攻坚扎实推进。设立产业扶贫基金、贫困生救助基金、医疗救助基金，实现政策保障兜底。',
  '',
  '过去的一年，面对“四风”反弹问题，我们身体力行，筑牢防火墙，政府服务能力更加凸显。认真学习宣传贯彻党的十九大精神，常态化开展“两学一做”学习教育，狠抓政风建设，政府的公信力和执行力不断提升。按照“纠正‘四风’不能止步，作风建设永远在路上”的重要部署，着力整治“四风”隐形变异问题，持之以恒正风肃纪。',
  '',
  '各位代表，2017年，在经济下行压力加大、矛盾风险凸显、困难挑战增多的形势下，我们主动践行新发展理念，悉心破解资金短缺难题，全力以赴整治环境突出问题，积极回应人民群众关切，推动了经济社会的持续健康发展。',
  '',
  '各位代表，2017年是海拉尔区发展历程中很不平凡、令人难忘的一年，大事多、喜事多、难事多。我们以高度的政治意识和责任意识为党的十九大胜利召开营造了和谐稳定社会环境，政府党组按照区委统一的安排部署迅速学习宣传贯彻党的十九大精神，坚持用党的十九大精神武装头脑、指导实践。',
  '',
  '这些成绩的取得，是市委、市政府和区委总揽全局、正确领导的结果，是区人大和区政协有力监督、大力支持的结果，是全区各族干部群众守望相助、共同奋斗的结果。在此，我代表区政府，向全区各族干部群众，向所有关心支持海拉尔建设与发展的同志们、朋友们，表示衷心的感谢并致以崇高的敬意！',
  '',
  '在肯定成绩的同时，我们也清醒认识到，我区发展不平衡、不充分的问题依然存在：财政收支不平衡，收入增长乏力，刚性支出固化，政府债务偿还压力巨大。实体经济发展不充分，传统产业转型发展能力不足，新兴产业项目少，招商引资力度不够，社会资本投资活力不足。',
  '',
  '二、2018年工作安排',
].join('\n');

/**
 * 保定市 2021 政府工作报告 (yver-sun/gaoyang-towel-resilience @a1caada, data/government_reports/保定市_2021_report.txt),
 * lines 8–9 and 11–21, long paragraphs cut after a whole sentence: “五年来，我们…” ×8, one of them with four clauses.
 */
const BAODING_2021 = [
  '保定市人民政府市长 郭建英',
  '各位代表：',
  '一、“十三五”时期经济社会发展回顾',
  '“十三五”时期是保定发展史上具有里程碑意义的五年。面对错综复杂的国际形势，面对艰巨繁重的发展任务，面对千载难逢的重大机遇，我们认真学习贯彻习近平新时代中国特色社会主义思想，全面落实党中央国务院、省委省政府和市委决策部署，不忘初心、牢记使命，攻坚克难、拼搏竞进，实现了“三个圆满收官”[1]，经济社会发展取得了历史性新成就。',
  '五年来，我们在稳运行、保增长中推进高质量发展，“十三五”发展目标和小康社会指标圆满实现。主要指标保持中高速增长，生产总值年均增长6.3%，规模以上工业增加值年均增长4.5%，固定资产投资年均增长4.6%，社会消费品零售总额年均增长7.4%。',
  '五年来，我们深入落实京津冀协同发展重大国家战略，迎来雄安新区规划建设这一千年大计、国家大事，保定城市地位显著提升。把交通、产业、创新率先突破作为推动协同发展的切入点。津保铁路投入运行，雄忻高铁、石雄城际、京雄保城际保定段等轨道交通项目加快推进；荣乌、太行山、曲港、津石高速建成通车，容易线、安大线和京白线等雄安配套骨干道路加快建设，保定正在成为区域性综合交通枢纽，京津雄保石一小时交通圈越织越密。',
  '五年来，我们举全市之力向贫困宣战，脱贫攻坚取得决定性胜利，彻底摘掉了区域性绝对贫困的“穷帽子”。牢记习近平总书记殷切嘱托，围绕“六个精准”“五个一批”[3]，着力解决“两不愁三保障”[4]突出问题。五年投入财政扶贫资金74.9亿元，实施各类扶贫项目1.8万个。北京市投入帮扶资金16.4亿元，实施项目782个。',
  '五年来，我们不断加强生态文明建设，“壮士断腕”重拳治污，彻底甩掉了空气质量全国垫底的“黑帽子”。持续开展散煤、扬尘、油品等7个“专项行动”[5]，“双代”工程[6]平原农村全覆盖，淘汰黄标车老旧车20万辆，清理散乱污企业1.4万家。2020年空气质量优良天数242天，比2015年增加115天，空气质量综合指数、PM2.5浓度分别比2015年下降45.6%、51.7%。',
  '五年来，我们全面贯彻新发展理念，加快推进供给侧结构性改革、壮大现代产业体系，制造业质量竞争力指数连续保持全省第一。汽车及零部件产业领跑工业增长，新能源及智能电网、新材料、生物医药健康产业增速分别达到15.6%、33.1%、12.9%，SUV汽车、新能源汽车、太阳能电池产量分别达到371.2万辆、10.1万辆、931.7万千瓦。粮食产量保持在400万吨以上。',
  '五年来，我们全面释放区划调整的积极效应，下大力拉大城市框架，坚定不移补短板、理秩序，城乡面貌发生新的改观。国土空间规划体系[7]初步形成。改造提升主城区道路16条，总长100公里，完成“四网”改造1027公里。我市首条高架路乐凯大街南延高架桥建成通车。坚持“房住不炒”，实行“双限双竞”[8]，创新担当，有效解决了一大批房地产历史遗留问题。',
  '五年来，我们坚定不移推进改革开放，锲而不舍优化政务环境，经济发展活力持续增强。大力推进“放管服”改革[11]，全省一流的市民服务中心投入使用，审批事项网上可办率达到99%，492项审批事项实现“最多跑一次”，企业开办时间提速到1个工作日。国有企业“三供一业”改革[12]全部完成，市属国有企业集中统一监管有序推进。石保廊国家全面创新改革试验区72项任务全部完成。',
  '五年来，我们倾心尽力办实事、惠民生，社会事业发展水平和社会治理能力不断提升。全市民生和社会事业累计支出2806亿元，占公共财政预算支出的85%。城镇新增就业50.2万人，城镇登记失业率控制在4.5%以内。医保参保率达95%以上，基本养老金逐年提高，城乡低保标准分别增长48%、65%。新改扩建学校和幼儿园325所，新增学位39.3万个，提前两年完成国家义务教育基本均衡发展评估验收。',
  '各位代表！刚刚过去的2020年是极不平凡的一年。我们在市委的坚强领导下，准确判断形势，积极应战备考，果断采取行动，付出艰苦努力，在危机中育先机、于变局中开新局，经济社会发展呈现崭新态势。',
].join('\n');

/**
 * 保定市 2009 政府工作报告 (same repository, 保定市_2009_report.txt), lines 8–30, long paragraphs cut after a whole
 * sentence: after the review's “过去的一年，…” paragraphs, three in a row open with the address “各位代表，”.
 */
const BAODING_2009 = [
  '各位代表：',
  '',
  '现在，我代表保定市人民政府向大会报告工作，请予审议，并请市政协各位委员和列席会议的同志提出意见。',
  '',
  '一、2008年工作回顾',
  '',
  '过去的一年，是极不平凡的一年。面对复杂的经济形势和一系列重大挑战，在省委、省政府和中共保定市委的正确领导下，我们紧紧依靠和团结带领全市人民，全面落实科学发展观，围绕又好又快发展、强市兴县富民这个中心任务，坚持加快发展、安全发展两手抓，力保\'经济不下滑、稳定不出事\'，较好地完成了市十三届人大一次会议确定的各项任务。',
  '',
  '过去的一年，我们与伟大祖国同呼吸、共命运，经受了多方面严峻考验。面对南方罕见的冰雪灾害，我市迅速组织电力职工赶赴灾区支援抢险，捐助的变压器、电缆等物资在第一时间发往灾区。面对震惊世界的汶川特大地震，我们立即组织医疗、抢险、通讯、运输等近千人的队伍前往救援。全市人民情系灾区，踊跃捐款捐物3亿多元，走在全省前列。援建安置房2735套，提前超额完成任务，受到建设部表扬。',
  '',
  '过去的一年，我们面对严峻挑战，全力推动经济平稳较快增长。在国内外经济环境突变、安全稳定压力巨大的情况下，我们始终咬定发展不放松，继续坚持\'打基础、增后劲\'不动摇，千方百计加快发展。狠抓农业生产和农村基础设施建设，粮食连续6年增产，第一产业增加值增长6.5%，高于全省平均增速近2个百分点。',
  '',
  '过去的一年，我们强力推进城镇面貌\'三年大变样\'，拉开了大规模城市建设序幕。把推进\'三年大变样\'作为加快城镇化的主要抓手，作为扩内需、保增长的引擎，作为改善民生、改善环境的重要内容，围绕开通大水系、构建大交通、建设大城市，市级领导分包重点项目，各级干部一线指挥参战，广大市民积极配合，取得了阶段性成果。市区累计拆除违、临、破、旧、陋\'五拆\'建筑近400万平方米、实体围墙239处。',
  '',
  '过去的一年，我们倾力保障和改善民生，推动各项社会事业取得了新进展。高度重视和解决民生问题，投入56亿元，实施了40项惠民工程。新增城镇就业7.29万人，零就业家庭保持动态为零。城镇登记失业率低于省定目标。全年发放养老金、失业保险金32亿元，25万名离退休职工和失业人员的基本生活得到保障。34万人得到城乡最低生活保障。新农合参合率达到82.5％。',
  '',
  '各位代表，过去的一年，我们遇到的困难比估计的大，取得的成绩比预想的好。这是中共保定市委正确领导的结果，是市人大、市政协监督支持的结果，是全市1100万人民共同奋斗的结果。我代表保定市人民政府，向为保定发展做出无私奉献、付出辛勤劳动的全市人民，致以亲切问候！',
  '',
  '各位代表，需要特别报告的是，为兑现对人民代表的庄严承诺，市政府从2006年起每年都把《政府工作报告》的\'话\'落实到\'事\'上，把\'事\'落实到人上，实行\'建账、查账、算账、报账\'制度，分解立项，跟踪督办，推动落实。2008年《政府工作报告》共分解为486项具体事项，完成了462项，根据情况变化取消14项，由于主客观原因有10项没有完成。具体情况近日将通过媒体向社会公布。',
  '',
  '各位代表，我们也清楚地认识到，全市经济社会发展和政府工作中还存在很多问题，还有许多事情应该做好没有做好、应该做到没有做到。从发展的深层次矛盾方面讲，工业化、城镇化发展水平低，经济总量小、人均水平低，发展方式转变不快、产业层次低，中心城市小、县域经济弱的问题依然突出。企业创新能力弱，市场发育水平低，推进改革开放的任务很重。环保压力大，节能减排、生态建设的任务还很艰巨。',
  '',
  '二、2009年工作总体安排',
].join('\n');

describe('a series of parallel leads', () => {
  it('reads titles of one clause more than a series title may have when the next one is cast alike (海拉尔 2018)', () => {
    const part = nodeAtLine(HAILAR_2018, '一、2017年工作回顾');
    expect(part?.children.map((c) => c.title)).toEqual([
      '过去的一年，面对经济下行压力，我们综合施策，打好组合拳，发展质效持续提高',
      '过去的一年，面对城乡发展短板，我们多措并举，奏响协奏曲，人居环境明显改善',
      '过去的一年，面对发展活力不足，我们沉着应对，下准先手棋，改革开放步伐加快',
      '过去的一年，面对污染防治艰巨任务，我们守住底线，打响攻坚战，生态建设成效明显',
      '过去的一年，面对群众热切期盼，我们尽力而为，织密保障网，群众幸福指数显著提升',
      '过去的一年，面对“四风”反弹问题，我们身体力行，筑牢防火墙，政府服务能力更加凸显',
    ]);
  });

  it('reads a title of one clause more inside a running series, and the series goes on after it (保定 2021)', () => {
    const part = nodeAtLine(BAODING_2021, '一、“十三五”时期经济社会发展回顾');
    expect(part?.children).toHaveLength(8);
    expect(part?.children[5]?.title).toBe('五年来，我们全面释放区划调整的积极效应，下大力拉大城市框架，坚定不移补短板、理秩序，城乡面貌发生新的改观');
    expect(part?.children[7]?.title).toBe('五年来，我们倾心尽力办实事、惠民生，社会事业发展水平和社会治理能力不断提升');
  });

  it('takes no paragraphs opening with an address to the deputies for a series (保定 2009)', () => {
    expect(nodeAtLine(BAODING_2009, '各位代表，过去的一年')).toBeUndefined();
    expect(nodeAtLine(BAODING_2009, '过去的一年，我们倾力保障和改善民生')?.level).toBe(2);
  });
});
