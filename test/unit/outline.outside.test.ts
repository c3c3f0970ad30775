import { describe, expect, it } from 'vitest';
import { nodeAtLine } from '../support/outlineNodes';
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
