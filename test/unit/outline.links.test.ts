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
