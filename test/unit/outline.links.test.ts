import { describe, expect, it } from 'vitest';
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
