import { describe, expect, it } from 'vitest';
import { nodeAtLine, outlineNodes } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

/**
 * Outline rules found by reading reports outside the corpus (issue 9, third round): the national reports of
 * aldohemsn/chinese-political-corpora @99bc4b0 (government_work_reports.jsonl) and the provincial 2026 reports of
 * johncodes404/china-provincial-gov-reports-2026 @ad4c815 (`full_text`) that test/fixtures/corpus does not hold. Each
 * test carries the excerpt it reads (long lines cut after a whole sentence) and checks a corpus report where one has
 * the layout the rule must leave alone.
 */

const at = nodeAtLine;

// 内蒙古自治区 2026, lines 15–26 and 34–35: one paragraph a line.
const NEIMENGGU_2026_EXCERPT = [
  "各位代表：",
  "现在，我代表自治区人民政府向大会报告工作，请予审议，并请各位政协委员和列席同志提出意见。",
  "“十四五”时期发展成就和2025年工作回顾",
  "“十四五”时期内蒙古发展历程极不平凡。2023年6月习近平总书记亲临内蒙古考察并发表重要讲话，勉励我们在中国式现代化建设中闯出新路来，为内蒙古发展注入了强大动力。",
  "——这五年综合经济实力大幅提升。经济总量达到2.67万亿元，人均GDP进入全国前8位。一般公共预算收入增加近1000亿元，稳步达到3000亿元以上。",
  "——这五年服务国家大局能力不断增强。年均煤炭产量保持在12亿吨以上，累计为29个省份保供煤炭超35亿吨、居全国首位。电力总装机规模3.1亿千瓦，新能源装机1.7亿千瓦，电力外送量连续21年居全国首位。",
  "——这五年高质量发展稳步推进。乳业技术创新中心、稀土功能材料创新中心、巴彦淖尔农高区等一批国家级创新平台获批落地，累计培育创新型企业1714家、专精特新企业814家、“小巨人”企业45家，2人当选中国工程院院士，47人入选科技领域国家重点人才计划，区域创新能力升至全国第20位。",
  "——这五年生态安全屏障进一步夯实。全力打好“三北”工程三大标志性战役，累计完成生态建设1.23亿亩、防沙治沙6688万亩，均居全国首位。森林覆盖率达到22%，草原综合植被盖度稳定在45%以上，天然草原草畜平衡指数降至10%以下。",
  "——这五年民生福祉不断增进。城镇新增就业累计106万人，常住人口城镇化率达到71.5%。居民人均可支配收入突破4万元，居全国第9位。学前教育毛入园率、九年义务教育巩固率、高中阶段毛入学率均高于全国平均水平。",
  "——这五年民族团结局面持续巩固。把铸牢中华民族共同体意识作为民族地区各项工作的主线，成功创建65个全国民族团结进步示范典型，全面推广普及国家通用语言文字、全面推行使用国家统编教材，各民族交往交流交融更加紧密，中华民族共同体意识深入人心。",
  "刚刚过去的2025年，面对外部环境复杂变化、市场有效需求不足、大宗商品价格下跌等困难挑战，我们坚决落实党中央、国务院决策部署，统筹做好改革发展稳定工作。",
  "各位代表！五年历程极不寻常，成绩来之不易，根本在于以习近平同志为核心的党中央领航掌舵，在于习近平新时代中国特色社会主义思想科学指引，是自治区党委坚强领导、人大依法监督、政协民主监督、社会各界大力支持的结果。",
  "一、把铸牢中华民族共同体意识作为民族地区各项工作的主线",
  "铸牢中华民族共同体意识是新时代党的民族工作的主线，也是民族地区各项工作的主线。我们一定要聚焦铸牢中华民族共同体意识、推进中华民族共同体建设，促进各民族像石榴籽一样紧紧抱在一起，共同呵护好模范自治区的崇高荣誉。",
].join('\n');

describe('a series of dash leads', () => {
  it('leaves the sentence that introduces ——X。 leads out of their series (内蒙古 2026 part “十四五”时期发展成就…)', () => {
    expect(at(NEIMENGGU_2026_EXCERPT, '“十四五”时期内蒙古发展历程极不平凡。')).toBeUndefined();
    expect(at(NEIMENGGU_2026_EXCERPT, '——这五年综合经济实力大幅提升。')).toMatchObject({ kind: 'lead', level: 2, title: '这五年综合经济实力大幅提升' });
    expect(at(NEIMENGGU_2026_EXCERPT, '——这五年民族团结局面持续巩固。')).toMatchObject({ kind: 'lead', level: 2 });
  });

  it('still reads lead sentences in a row directly under a part as a series (2009 part 一)', () => {
    expect(at(readCorpus('national/2009.txt'), '国民经济继续保持平稳较快增长。')).toMatchObject({ kind: 'lead', level: 2 });
  });
});

// 云南省 2026, lines 15–17, 19–24, 27–30 and 33–34: one paragraph a line, each sub-heading a line of its own over its body.
const YUNNAN_2026_EXCERPT = [
  "各位代表：",
  "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。",
  "一、“十四五”时期和2025年工作回顾",
  "这五年，我们完整准确全面贯彻新发展理念，全力推动高质量发展，经济实力迈上新台阶。",
  "地区生产总值突破3万亿元、年均增长4.7%，人均地区生产总值超1万美元。省委、省政府16次调度推进重大产业项目，开工项目超1万个、完成投资近1万亿元，产业投资占全部投资比重从26.7%提高到52.1%，产业民间投资占民间投资比重从39.8%提高到65.1%。",
  "这五年，我们有形有感有效铸牢中华民族共同体意识，民族团结进步示范区建设结出新硕果。",
  "广泛开展“党的光辉照边疆、边疆人民心向党”等主题实践活动，建成“铸牢”教育示范学校304所、教育实践基地20个。接续实施“十百千万”示范引领工程，民族自治地方年均经济增速高于全省平均水平，6个自治州通高铁或动车，78个民族自治地方县（市）全部通高等级公路，374个沿边行政村全部建成边境幸福村，磨憨—磨丁经济合作区、祥云县、弥勒市列入全国共同现代化试点。",
  "这五年，我们坚定不移走生态优先绿色发展之路，生态文明建设排头兵展现新面貌。",
  "构建“四级三类”国土空间规划体系，形成“三屏两带六廊多点”生态安全格局。以过硬立场、品质、能力、意志抓生态环境保护，全力打好蓝天、碧水、净土保卫战。",
  "这五年，我们深入践行以人民为中心的发展思想，民生福祉得到新改善。",
  "一般公共预算支出3.4万亿元，74%以上用于民生。居民人均可支配收入超3.1万元、年均增长6.1%，城乡居民收入比由2.9∶1缩小至2.52∶1。",
  "这五年，我们统筹发展和安全，全力防范化解各类风险隐患，安全发展水平实现新提升。",
  "坚守耕地和永久基本农田保护红线，优化耕地、林地、园地布局，补充耕地39.08万亩，累计建成高标准农田4128万亩，粮食播种面积稳定在6200万亩以上、年度产量首次突破2000万吨。",
  "（一）经济运行顶住压力、稳中有进。",
  "强化经济运行分析研究，出台稳增长政策32项，接续实施一季度良好开局、夏季攻势、百日攻坚等行动，经济向好态势持续巩固。“两重”项目全部开工，向民间资本推介项目325个、总投资近2400亿元，能源、旅游投资分别增长9.4%、5%，农业投资规模居全国前列。",
].join('\n');

describe('standalone sub-heading lines alternating with their bodies', () => {
  it('reads long “这五年，我们…，X。” lines over their bodies as a series of leads (云南 2026 part 一)', () => {
    expect(at(YUNNAN_2026_EXCERPT, '这五年，我们完整准确全面贯彻新发展理念')).toMatchObject({ kind: 'lead', level: 2, title: '这五年，我们完整准确全面贯彻新发展理念，全力推动高质量发展，经济实力迈上新台阶' });
    // Shorter lines of the same series share its opener “这五年”, not just their first two characters.
    expect(at(YUNNAN_2026_EXCERPT, '这五年，我们深入践行以人民为中心的发展思想')).toMatchObject({ kind: 'lead', level: 2 });
    expect(at(YUNNAN_2026_EXCERPT, '这五年，我们统筹发展和安全')).toMatchObject({ kind: 'lead', level: 2 });
    expect(at(YUNNAN_2026_EXCERPT, '地区生产总值突破3万亿元')).toBeUndefined();
    expect(at(YUNNAN_2026_EXCERPT, '（一）经济运行顶住压力')).toMatchObject({ kind: 'section', level: 2 });
  });

  it('still reads short lines without a comma opener by their first words (广东 2026 “这是…的五年。”)', () => {
    expect(at(readCorpus('local/guangdong-2026.txt'), '这是经济实力持续提升的五年。')).toMatchObject({ kind: 'lead', level: 2 });
  });
});

// 西藏自治区 2026, lines 14–16 and 30–36: one paragraph a line.
const XIZANG_2026_EXCERPT = [
  "各位代表：",
  "现在，我代表自治区人民政府，向大会报告政府工作，请予审议，并请各位政协委员和列席人员提出意见。",
  "一、2025年和“十四五”时期工作回顾",
  "各位代表！2025年主要目标的完成，标志着“十四五”圆满收官。回首过去五年，我们汇聚牢记嘱托、感恩奋进的强大合力，西藏经济社会发展取得历史性成就、民族团结进步事业发生历史性变化、人民生活水平实现历史性跃升，社会主义现代化新西藏建设迈出坚实步伐。",
  "这五年是新时代党的治藏方略全面落地开花结果的五年。习近平总书记在“十四五”开局之年亲临西藏庆祝和平解放70周年，在收官之年亲率中央代表团出席自治区成立60周年庆祝活动，这在党和国家历史上都是第一次。",
  "这五年是中华民族共同体意识更加深入人心的五年。我们把铸牢中华民族共同体意识作为主线，推进中华民族共同体建设，有形有感有效开展全国民族团结进步模范区创建工作，所有地（市）创建为全国民族团结进步示范市，所有县（区、市）创建为自治区民族团结进步模范县。",
  "这五年是西藏发展最好变化最大的五年。我们把高质量发展作为新时代的硬道理，完整准确全面贯彻新发展理念，加快建设高原经济高质量发展先行区，经济规模、效益与活力显著增强，地区生产总值年均增长6.3%，五年跨越两个千亿元台阶，全区地方财政收入、支出分别突破300亿元和3000亿元。",
  "这五年是安全屏障更加牢固的五年。我们把保护好青藏高原生态作为重大政治责任，坚持生态优先、保护第一，实行最严格的生态环境保护制度，七地（市）全部创建为国家生态文明示范区，生态文明高地建设取得重大成效。",
  "这五年是各族群众得实惠最多的五年。我们把改善民生、凝聚人心作为经济社会发展的出发点和落脚点，5次调高城乡居民基础养老金标准，4次调高城乡低保、教育“三包”标准，落实“五个针对”要求，大骨节病无新发病例，包虫病实现动态清零，基本公共卫生服务人均补助标准全国最高，城镇调查失业率处于全国最低水平，海拔5000米以上乡镇、农牧区供暖实现全覆盖。",
  "各位代表！过去五年，按照党中央和自治区党委的部署，我们始终坚持政治引领，把加强党的建设作为推动事业的根本保证，扎实开展党内集中学习教育。带头过紧日子，自治区本级一般性支出连续5年压减比例超5%。",
].join('\n');

describe('a series of leads cast in one frame', () => {
  it('reads first sentences cast in one frame (“这五年是…的五年。” ×5) as a series of leads (西藏 2026 part 一)', () => {
    expect(at(XIZANG_2026_EXCERPT, '这五年是新时代党的治藏方略')).toMatchObject({ kind: 'lead', level: 2, title: '这五年是新时代党的治藏方略全面落地开花结果的五年' });
    expect(at(XIZANG_2026_EXCERPT, '这五年是各族群众得实惠最多的五年。')).toMatchObject({ kind: 'lead', level: 2 });
    expect(at(XIZANG_2026_EXCERPT, '各位代表！过去五年')).toBeUndefined();
  });

  it('needs three paragraphs in a row in the frame: two are prose', () => {
    const lines = XIZANG_2026_EXCERPT.split('\n');
    const two = [...lines.slice(0, 6), ...lines.slice(9)].join('\n');
    expect(at(two, '这五年是新时代党的治藏方略')).toBeUndefined();
    expect(at(two, '这五年是中华民族共同体意识')).toBeUndefined();
  });
});

// 1986, lines 0–2, 12–14, 169–171, 240–242 and 250–262 as published online: each ordinal was bold, left alone on its line below an
// indent-only line, its paragraph on the next line.
const NATIONAL_1986_EXCERPT = [
  "各位代表：",
  "",
  "\u3000\u3000现在，我代表国务院，向大会作关于我国国民经济和社会发展第七个五年计划的报告，请审议。",
  "一、“六五”计划执行情况的回顾",
  "",
  "",
  "三、“七五”时期的经济体制改革",
  "",
  "",
  "四、坚持独立自主的和平外交政策",
  "",
  "",
  "",
  "\u3000\u3000我国对外工作的进展，是同国内安定团结的政治局面、卓有成效的体制改革和全面稳定发展的经济形势分不开的，也是同我们根据国际局势的客观变化及时对外交政策进行调整、充实和完善分不开的。",
  "",
  "\u3000\u3000",
  "第一、",
  "中国从本国人民和世界人民的长远利益和根本利益出发，把反对霸权主义、维护世界和平、发展各国友好合作和促进共同经济繁荣，作为自己对外工作的根本目标。",
  "",
  "\u3000\u3000",
  "第二、",
  "中国主张世界上所有国家不论大小、富贫、强弱一律平等，坚决反对以大欺小，以富压贫，以强凌弱。各国的事应由各国人民自己去管，世界上的事应由各国协商解决，而不能由一两个超级大国说了算。",
  "",
  "\u3000\u3000",
  "第三、",
].join('\n');

describe('bold ordinals alone on their lines', () => {
  it('reads 第一、…第三、 alone over their paragraphs directly under a part as its sections (1986 part 四)', () => {
    expect(at(NATIONAL_1986_EXCERPT, '四、坚持独立自主的和平外交政策')).toMatchObject({ kind: 'part', level: 1 });
    expect(at(NATIONAL_1986_EXCERPT, '第一、')).toMatchObject({ kind: 'section', level: 2, marker: '第一、' });
    expect(at(NATIONAL_1986_EXCERPT, '第二、')).toMatchObject({ kind: 'section', level: 2, title: '中国主张世界上所有国家不论大小、富贫、强弱一律平等，坚决反对以大欺小，以富压贫，以强凌弱' });
    expect(at(NATIONAL_1986_EXCERPT, '第三、')).toMatchObject({ kind: 'section', level: 2 });
  });

  it('still reads them as items of an enumeration under a section (1955 （五） 第一，…第五，)', () => {
    expect(outlineNodes(readCorpus('national/1955.txt')).some((n) => n.title.startsWith('支援工业建设和国防建设'))).toBe(false);
  });
});
