import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { isChromeLine } from '../../src/core/text/chrome';
import { nodeAtLine, outlineNodes } from '../support/outlineNodes';

/**
 * 河北省 2024 政府工作报告 as scraped from hebei.gov.cn (yver-sun/gaoyang-towel-resilience @a1caada,
 * data/government_reports/河北省_2024_report.txt), lines 7–8 and 10–26 as published (the photo caption, line 9, left
 * out; long lines cut after a whole sentence): the page links words of its text (“重要讲话”, “全国第一”), and the scrape
 * broke the paragraph around each link, leaving the word on a line of its own between two halves of its sentence.
 */
const HEBEI_2024_LINKS = [
  '——2024年1月21日在河北省第十四届人民代表大会第二次会议上',
  '河北省人民政府省长 王正谱',
  '各位代表：',
  '现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。',
  '一、2023年工作回顾',
  '过去的一年，极不平凡、极其难忘。习近平总书记两次亲临河北，视察指导工作，慰问灾区群众，光辉足迹印刻燕赵大地，亲切关怀情暖百姓心田，谆谆教导指引前进方向，带给全省人民无限温暖、无上荣光、无穷力量。',
  '一年来，面对严峻复杂的外部环境，面对艰巨繁重的改革发展任务，面对史所罕见的洪涝灾害，我们坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平总书记视察河北',
  '重要讲话',
  '和党的二十大精神，在省委领导下，完整、准确、全面贯彻新发展理念，牢牢把握高质量发展这个首要任务和构建新发展格局这个战略任务，抓创新、优结构，扩内需、促协同，战洪水、保民生，统筹灾后恢复重建和经济社会发展，较好地完成了省十四届人大一次会议确定的目标任务。',
  '（一）经济运行回升向好。坚持投资、消费、出口协同发力，高质量发展扎实推进。千方百计增投资。',
  '（二）救灾重建有力有效。去年我省遭遇特大暴雨洪灾。习近平总书记极为牵挂，多次作出重要指示。',
  '惊涛骇浪从容渡，风雨之后见彩虹。',
  '（三）重大战略成效显著。坚决贯彻习近平总书记在深入推进京津冀协同发展、高标准高质量推进雄安新区建设座谈会上的',
  '重要讲话',
  '精神，聚焦承接北京非首都功能疏解，市场机制和政府引导相结合，项目和政策两手抓，加快把战略机遇转化为发展优势。',
  '雄安新区建设取得新进展。坚持高标准高质量，推动雄安现代化城市雏形全面显现。承接疏解加力提速。认真落实中央一揽子支持政策，新区住房公积金、养老、医保等政策基本实现与北京标准相衔接。',
  '京津冀协同发展呈现新气象。与京津签署新一轮战略合作协议，形成更加紧密的协同推进格局。重点领域合作走深走实。石家庄直达沧州高铁开通，京雄高速全线贯通，津兴城际、邢和铁路建成通车。京津水源上游流域生态补偿实现全覆盖。',
  '（四）转型升级步伐坚实。推动创新链和产业链精准对接，提升产业基础高级化、产业链现代化水平。科技支撑更加有力。享受研发费用加计扣除政策的企业户数和金额持续增长，省国资委监管企业研发投入强度位居',
  '全国第一',
].join('\n');

describe('a page that breaks its paragraphs around linked words', () => {
  it('takes no linked word left on its own line for a heading', () => {
    const titles = outlineNodes(HEBEI_2024_LINKS).map((n) => n.title);
    expect(titles).not.toContain('重要讲话');
    expect(titles).not.toContain('全国第一');
  });

  it('keeps the leads of a section whose opening paragraph was broken at its level, under the section', () => {
    const section = nodeAtLine(HEBEI_2024_LINKS, '（三）重大战略成效显著');
    expect(section?.level).toBe(2);
    expect(section?.children.map((c) => [c.level, c.title])).toEqual([
      [3, '雄安新区建设取得新进展'],
      [3, '京津冀协同发展呈现新气象'],
    ]);
  });

  it('still reads a heading line that ends without a stop over a topic line (1964 as published)', () => {
    // National 1964 (aldohemsn/chinese-political-corpora, government_work_reports.jsonl), lines 11, 130, 133, 135 and
    // 181–188, long lines cut after a whole sentence: the bold topic line “进一步巩固…社会主义事业” has no stop, and the
    // next bold line is a topic of its own, no rest of a sentence.
    const text = [
      '　　周恩来总理在报告中首先指出，从第二届全国人民代表大会第一次会议以来，我国各族人民，在中国共产党的英明领导下，高举毛泽东思想的光辉旗帜，坚持鼓足干劲、力争上游、多快好省地建设社会主义的总路线，在全国范围内展开了阶级斗争、生产斗争、科学实验三大革命运动，在国际上同帝国主义、各国反动派和现代修正主义进行了针锋相对的斗争，取得了一个又一个的伟大胜利。',
      '',
      '社会主义革命和人民民主统一战线',
      '',
      '　　周恩来总理报告的第二部分是关于社会主义革命和人民民主统一战线。',
      '',
      '　　周总理说，我国社会主义建设的巨大成就，是在坚持社会主义革命的情况下取得的。从一九五九年到现在的五年的事实进一步证明，社会主义革命是推动我国社会前进的伟大动力。',
      '',
      '进一步巩固和发展人民民主统一战线，胜利地推进社会主义事业',
      '',
      '　　我国民族资产阶级仍然具有两面性；改造资产阶级分子，是长期的、复杂的、反复的阶级斗争的过程',
      '',
      '　　周恩来总理接着谈到巩固和发展人民民主统一战线的问题。他说，我国的人民民主统一战线，是无产阶级通过它的先锋队中国共产党领导的，以工农联盟为基础的，包括民族资产阶级、各民主党派、各人民团体、各民族爱国人士、爱国华侨和其他一切爱国民主人士的统一战线。进一步巩固和发展人民民主统一战线，对于胜利地推进社会主义事业具有重大的意义。',
      '',
      '　　周总理说，在我国的具体条件下，党和国家对民族资产阶级是采取和平的方法，逐步地进行社会主义改造的。这就是把工人阶级同民族资产阶级这两个阶级之间的对抗性的矛盾，当作人民内部矛盾来处理。在社会主义革命的历史阶段，我国的民族资产阶级仍然具有两面性，这就是说，既有被迫接受社会主义改造的可能性，又有强烈要求发展资本主义的反动性。',
    ].join('\n');
    expect(nodeAtLine(text, '进一步巩固和发展人民民主统一战线')?.level).toBe(2);
    expect(nodeAtLine(text, '我国民族资产阶级仍然具有两面性')?.level).toBe(2);
  });
});

/**
 * 河北省 2011 政府工作报告 as scraped from hebei.gov.cn (yver-sun/gaoyang-towel-resilience @a1caada,
 * data/government_reports/河北省_2011_report.txt), lines 24–31, long lines cut after a whole sentence: the page writes
 * its dash leads with U+2015 (――), not U+2014.
 */
const HEBEI_2011_DASHES = [
  '各位代表：',
  '从今年(2011年)开始，河北省将实施第十二个五年规划。',
  '一、“十一五”时期经济社会发展取得重大成就',
  '2010年是“十一五”规划的最后一年。',
  '――综合经济实力跨上新台阶。积极应对国际金融危机冲击，保持了经济平稳较快发展的良好态势。预计2010年，全省生产总值达到2万亿元、年均增长11.7%，人均生产总值由2005年的1.47万元提高到2.8万元;',
  '――经济结构调整取得新进展。',
  '――农业农村工作得到新加强。认真落实强农惠农政策，全面取消农业税，农业综合生产能力明显提高，粮食生产连续七年丰收、去年总产接近600亿斤;蔬菜、畜牧、果品产业快速发展，农业产业化经营率达到58%;',
  '――城镇面貌呈现新变化。',
].join('\n');

describe('dash leads written with U+2015 (――)', () => {
  it('reads them as dash leads of the part', () => {
    const part = nodeAtLine(HEBEI_2011_DASHES, '一、“十一五”时期经济社会发展取得重大成就');
    expect(part?.children.map((c) => [c.level, c.marker, c.title])).toEqual([
      [2, '――', '综合经济实力跨上新台阶'],
      [2, '――', '经济结构调整取得新进展'],
      [2, '――', '农业农村工作得到新加强'],
      [2, '――', '城镇面貌呈现新变化'],
    ]);
  });
});

/**
 * 河北省 2018 政府工作报告 (the report on 2018 given in 2019) as scraped from hebei.gov.cn (yver-sun/gaoyang-towel-resilience
 * @a1caada, data/government_reports/河北省_2018_report.txt), lines 10–25; long lines shortened by whole sentences, line
 * 20 to its first sentence and its last ones, its end kept as published: the page broke （二）'s paragraph around the
 * linked “全国第一” and “整治”.
 */
const HEBEI_2018_LINKS = [
  '各位代表：',
  '现在，我代表河北省人民政府向大会作政府工作报告，请予审议，并请各位省政协委员和列席人员提出意见。',
  '一、2018年工作回顾',
  '过去的一年，是全面贯彻党的十九大精神开局之年。',
  '——经济发展稳中有进。预计全省生产总值增长6.6%左右，固定资产投资增长6%左右，社会消费品零售总额增长9%以上，居民消费价格上涨2.4%。规模以上工业增加值增长5%左右。地方一般公共预算收入增长8.7%，规模以上工业利润增长15%左右，质量效益不断提高。',
  '——产业结构更趋优化。三次产业结构由9.2∶46.6∶44.2调整为9∶45∶46，服务业对经济增长的贡献率达到60%以上。预计高新技术产业投资增长28%左右，战略性新兴产业增加值增长10%左右，新旧动能转换呈现新气象。',
  '——生态环境明显好转。单位生产总值能耗下降4%左右，化学需氧量、二氧化硫、氨氮、氮氧化物排放量完成国家下达的目标任务。全省地表水达到或优于三类水质断面的比例提高6.3个百分点，森林覆盖率达到34%。全省PM2.5平均浓度下降14%，蓝天白云越来越多。',
  '——人民生活持续改善。20项民心工程全部完成。64.8万贫困人口稳定脱贫。城镇新增就业87万人，登记失业率3.3%，城乡居民人均可支配收入预计分别增长7.5%左右、8.5%左右，均高于经济增速。',
  '一年来，面对错综复杂的国内外形势，面对去产能、调结构、治污染的艰巨任务，我们凝心聚力、积极应对，战胜各种困难挑战，奋力推进创新发展、绿色发展、高质量发展，朝着全面建成小康社会目标迈出坚实步伐。',
  '（一）“三件大事”扎实有效推进。坚持把京津冀协同发展、雄安新区规划建设、冬奥会筹办作为重大政治任务，以高度的政治自觉和强烈的使命担当，举全省之力推动落地见效。深入推进京津冀协同发展。与北京、天津签署实施新一轮战略合作协议。主动服务北京城市副中心建设，廊坊北三县与通州区统一规划、统一政策、统一标准、统一管控。',
  '（二）供给侧结构性改革迈出新步伐。省市成功举办旅游产业发展大会，全年旅游业总收入7636.4亿元、增长24.4%。实施乡村振兴战略。制定了五年规划和实施意见，调整优化农业产业结构，粮食总产量达到740.2亿斤，乳制品产量保持',
  '全国第一',
  '。农村承包地确权登记颁证基本完成，集体产权资产清查核实实现全覆盖。开展农村人居环境',
  '整治',
  '三年行动，农村面貌发生新变化。',
  '（三）创新驱动发展成效显著。坚持把创新作为引领高质量发展的第一动力，深入实施科技创新三年行动计划，落实配套政策，狠抓创新能力、创新主体、创新环境、创新人才建设，打造综合创新生态体系，预计全省研发经费支出占生产总值比重达到1.43%。15项科研成果获2018年度国家科学技术奖，其中',
].join('\n');

describe('the rest of a sentence broken around a linked word', () => {
  it('opens no lead', () => {
    const section = nodeAtLine(HEBEI_2018_LINKS, '（二）供给侧结构性改革迈出新步伐');
    expect(section?.level).toBe(2);
    expect(section?.children).toEqual([]);
    expect(outlineNodes(HEBEI_2018_LINKS).map((n) => n.title)).not.toContain('全国第一');
  });
});

/**
 * 河北省 2004 政府工作报告 as scraped from hebei.gov.cn (yver-sun/gaoyang-towel-resilience @a1caada,
 * data/government_reports/河北省_2004_report.txt), lines 46–47 and 113–144, paragraphs that end on a stop cut after a
 * whole sentence (the pieces the page broke around its links kept whole): （四） opens “城镇是” / “经济和社会发” / “展的主要
 * 载体。…”, a sentence broken around the linked “经济和社会发展”.
 */
const HEBEI_2004_LINKS = [
  '各位代表：',
  '现在，我代表河北省人民政府向大会作工作报告，请予审议。请省政协各位委员和列席会议的同志提出意见。',
  '2004年主要工作及措施',
  '今年是实现\'十五\'计划的关键一年，也是全面落实十六大和十六届三中全会精神，深化改革、扩大开放、促进发展的重要一年。在',
  '全面建设小康社会',
  '新的起点上，我们要再接再厉，乘势而上，努力把全省改革发展推向一个新的高度。',
  '（一）突出加快发展这个主题，保持经济社会稳健运行',
  '今年政府工作的总体要求是，以邓小平理论和\'三个代表\'重要思想为指导，全面贯彻党的十六大、十六届三中全会和省委六届三次、四',
  '次全会',
  '精神，牢牢扭住经济建设这个中心不动摇，继续高扬\'树正气、讲团结、求发展\'主旋律，坚持以人为本，树立全面、协调、可持续的科学发展观和全心全意为人民谋利益的政绩观，把握发展机遇、突出结构调整，深化各项改革、扩大对外开放，解决重点问题、促进协调发展，推进依法行政、维护社会稳定，努力建设社会主义物质文明、政治文明和精神文明，实现国民经济持续快速协调健康发展和社会全面进步。',
  '贯彻中央精神，结合我省实际，今年的工作要重点把握好以下原则：第一，保持政策措施的连续性和稳定性。继续坚持扩大内需的方针，保护、发挥和引导好各方面加快发展的积极性，在去年的基础上把各项工作往深里做、往实里做。',
  '考虑到总量增长、结构优化和经济社会全面发展的要求，今年全省宏观调节的主要预期目标为：国内生产总值增长9％以上，全部财政收入增长10％以上，外贸进出口增长10％以上，城镇居民人均可支配收入增长7％左右，农民人均纯收入增长5％左右，城镇新增就业25万人以上，城镇登记失业率控制在4．7％左右，人口自然增长率控制在6．8‰以内。这些目标是积极可行的，也是留有余地的，在实际工作中，力求做得更好一些。',
  '（二）全面落实农村政策，大力发展农村经济',
  '全面建设小康社会',
  '，难点在\'三农\'，重点在\'三农\'，关键在\'三农\'。必须真正把\'三农\'问题摆在重中之重的位置，更多地关注农村，关心农民，支持农业。采取更直接、更有力、更明确的措施，努力增加农民收入，保证粮食安全。',
  '保护和提高粮食综合生产能力，调整农业农村经济结构。实行最严格的耕地保护制度，严禁占用基本农田搞非农建设，严禁违法违规征地。坚持农村基本经营制度，依法保障农民对土地承包经营的各项权利。',
  '坚持\'多予、少取、放活\'方针，努力增加农民收入。完善农业支持保护政策，增加财政支农资金和农业基本建设投资，加强县际和农村公路、农村小水电、节水灌溉、草场围栏、农村沼气、人畜饮水等\'六小\'工程建设，改善农民生产生活条件。',
  '积极培育竞争优势，加快发展县域经济。按照工业兴县的思路，以农产品加工业和特色产业为重点，以发展民营经济为主攻方向，挖掘比较优势，培育特色优势，形成竞争优势。优化区域经济布局，科学规划建设一批农副产品生产、加工基地。',
  '（三）深入推进四项重点工作，促进经济结构战略性调整',
  '结构调整是经济工作的主线，必须把四项重点工作渗透到结构调整之中。',
  '优化投资结构，推动产业结构调整和升级。围绕十大主导产业，加大项目谋划和建设力度，精心组织第二个项目年，确保全社会固定资产投资增长16％以上。组织实施好唐山钢铁基地、保定汽车工业园等200个重点项目，促开工、抓在建、保投产。',
  '强力推进国有企业改革，推动国有经济布局调整和国有企业战略性重组。继续以\'两增、两减、两分\'为主线，以完善现代产权制度为切入点，进一步加大国有企业改革力度。积极推进、规范运作，下大力解决国有股\'一股独大\'问题。',
  '加大支持和引导力度，使民营经济成为推动结构调整的重要力量。继续加快发展民营经济，使之成为推动消费结构升级，促进产业结构、城乡结构、区域结构调整的直接动力。鼓励民营企业参与国有企业改组改制，参与欠发达地区的开发。',
  '提高对外开放水平，拓展经济结构调整空间。抓住新一轮全球生产要素优化重组和产业转移的重大机遇，充分发挥外资、外贸和外经在促进结构优化中的作用。',
  '（四）统筹城乡经济社会发展，加快城镇化进程',
  '城镇是',
  '经济和社会发',
  '展的主要载体。实施城镇化战略，是实现工业化和现代化的必然选择，是改变城乡二元经济结构、促进经济社会协调发展的根本途径。今年要继续加大力度，迈出更大步伐。',
  '充分发挥规划的指导和调控作用。落实和深化省域城镇体系规划，搞好环京津和环省会城市圈、沿海城镇带、重点城镇群的规划调整。按照省会城市、其他设区市、县级市、县城和重点建制镇五个层次，分类指导，梯次推进。发挥省会在城镇化中的示范带动作用。按照规模做大、实力做强、功能做优、环境',
  '做美',
  '的原则，加快发展其他10个区域中心城市。筛选一批基础好、实力强、发展潜力大的县级市予以重点扶持，促其发展成为中等城市。重视和加快县城发展，择优建成高标准的小城市。选择一批重点建制镇，集中力量进行支持。进一步完善规划的决策体制和监督机制。',
  '加强城市建设和管理。加快城镇供水供热、园林绿化及污水垃圾处理等基础设施建设步伐，完善城市功能。加大\'城中村\'改造力度，增加经济适用住房供应，促进住宅建设健康发展，搞活住房二级市场。搞好医疗、教育、休闲、娱乐等设施建设，完善社区服务功能。',
  '推动产业和人口向城镇聚集。坚持以业兴市、兴镇，推动城镇化与经济发展和生产力布局的结合。积极稳妥地推进行政区划调整。从各地实际出发，谋划发展具有带动性、导向性和地方特色的支柱产业。资源工矿城市要大力发展接续产业。',
  '（五）实施\'民心工程\'，努力解决群众生产生活的突出问题',
].join('\n');

describe('a piece of a sentence that ends on a word needing what follows', () => {
  it('takes the linked word after it for no heading, so the sections after it are read', () => {
    const top = outlineNodes(HEBEI_2004_LINKS).filter((n) => n.level === 1);
    expect(top.map((n) => n.title)).toEqual(['2004年主要工作及措施']);
    expect(top[0]?.children.map((c) => c.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
    expect(nodeAtLine(HEBEI_2004_LINKS, '加强城市建设和管理。')?.level).toBe(3);
  });
});

/**
 * 河北省 2003 政府工作报告 as scraped from hebei.gov.cn (yver-sun/gaoyang-towel-resilience @a1caada,
 * data/government_reports/河北省_2003_report.txt), lines 76–93 (the opening, long lines cut after a whole sentence) and
 * 612–636 (the page footer the scrape left after the report).
 */
const HEBEI_2003_FOOTER = [
  '河北省代省长 季允石',
  '',
  '（二〇〇三年一月十日）',
  '',
  '各位代表：',
  '',
  '现在，我代表河北省人民政府向大会作工作报告，请予审议。并请省政协各位委员和列席会议的同志提出意见。',
  '',
  '过去五年回顾和2002年工作情况',
  '',
  '省九届人大一次会议以来的五年，是跨世纪发展的重要时期。在邓小平理论和“三个代表”重要思想指引下，在党中央、国务院和中共河北省委的领导下，经过全省人民的共同努力，较好地完成了省九届人大各次会议确定的主要任务。',
  '',
  '一、国民经济持续快速健康发展。贯彻中央扩大内需的一系列方针政策，推动经济快速增长和经济结构不断优化。2002年全省国内生产总值达到6076亿元，五年平均增长9．5％；全部财政收入544亿元，按可比口径年均增长10％。',
  '',
  '农业基础地位进一步巩固。种植结构趋于优化，优质专用品种增加，高效经济作物发展较快。畜牧、蔬菜、果品生产对农业增长的贡献率达84％。农业产业化经营率达41％，提高16．1个百分点。',
  '',
  '工业经济运行质量明显提高。工业结构调整100个重点项目竣工投产，高新技术产业增加值占规模以上工业的比重提高到10．4％。',
  '',
  '冀ICP备06016263号-1',
  '',
  '冀公网安备 13010202002246号',
  '',
  '网站标识码：1300000013',
  '',
  '主办：河北省人民政府办公厅',
  '',
  '版权所有：河北省人民政府',
  '',
  '冀ICP备06016263号-1',
  '',
  '网站标识码：1300000013',
  '',
  '冀公网安备 13010202002246号',
  '',
  '主办：河北省人民政府办公厅',
  '',
  '©',
  '',
  '版权所有：河北省人民政府',
  '',
  '河北省人民政府微信',
  '',
  '河北省人民政府微博',
  '',
  '您访问的链接即将离开“河北省人民政府”门户网站',
  '',
  '是否继续？',
  '',
  '放弃',
].join('\n');

describe('the page footer after the report', () => {
  it('is page chrome, line by line, so that no publishing detail (主办：…) or account (…微信) becomes a heading', () => {
    const lines = HEBEI_2003_FOOTER.split('\n');
    const chrome = new Set(analyzeReport(HEBEI_2003_FOOTER).chromeLines);
    const footer = lines.map((l, i) => [l, i] as const).filter(([l, i]) => l !== '' && i > lines.indexOf('冀ICP备06016263号-1') - 1);
    expect(footer.filter(([, i]) => !chrome.has(i)).map(([l]) => l)).toEqual([]);
    expect(lines.filter((l, i) => l !== '' && chrome.has(i) && lines.indexOf('冀ICP备06016263号-1') > i)).toEqual([]);
    const titles = outlineNodes(HEBEI_2003_FOOTER).map((n) => n.title);
    expect(titles).toContain('工业经济运行质量明显提高');
    expect(titles.filter((t) => /[:：]|微信|微博|离开|继续|放弃/.test(t))).toEqual([]);
  });

  it('keeps a report’s sentence that names who hosts (主办单位, 承办单位) in prose', () => {
    expect(isChromeLine('各承办单位要认真办理代表建议和政协提案，主办单位要负总责。')).toBe(false);
    expect(isChromeLine('放弃')).toBe(true);
    // 高阳县 2020 (gaoyang.gov.cn), the footer's last lines.
    expect(isChromeLine('主办：高阳县人民政府办公室 联系方式 0312-6699604')).toBe(true);
    expect(isChromeLine('公安机关备案号：13062802000047')).toBe(true);
  });

  // 保定市 2026 (outside the corpus), the page's stamp under the title: an eleventh trial saw 47浏览次数 4034次 as a figure.
  it('reads a page’s counters and time stamps as chrome, and no figure of them', () => {
    const stamp = '添加时间 2026/2/12 15:20:47\u00a0\u00a0浏览次数 4034 次';
    expect(isChromeLine(stamp)).toBe(true);
    expect(isChromeLine('发布时间 2023-01-18')).toBe(true);
    const report = ['闫继红在保定市十六届人大七次会议上的政府工作报告（摘登）', stamp, '“十四五”时期经济社会发展回顾', '主城区城中村改造基本完成，17.63万群众安居圆梦。'].join('\n');
    expect(analyzeReport(report).indicators.map((i) => i.text)).toEqual(['17.63万']);
    // A sentence of the report that counts visits stays prose.
    expect(isChromeLine('全年接待游客浏览次数达到1.2亿人次，增长15%。')).toBe(false);
  });
});
