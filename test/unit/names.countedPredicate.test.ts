/**
 * A count of a generic noun (企业, 学校, 项目, 农民) with what those did right after it is named by the predicate before
 * the noun (countedPredicate.ts), as dev labels write 上云企业 and 列入中国世界文化遗产预备名单项目.
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview, thisYearWork } from '../support/names';

describe('a generic counted noun named by what the counted did', () => {
  it('names the set by the predicate (dev: 河北 2021; outside: national 2007, 高阳 2018, 保定 2006)', () => {
    expect(nameOf('深化制造业数字化转型，新增1万家企业上云。', '1万家', lastYearReview(2021))).toBe('上云企业');
    expect(nameOf('中央财政连续三年累计投入90亿元，用于农村寄宿制学校建设工程，7651所学校受益。', '7651所', lastYearReview(2007))).toBe('受益学校');
    expect(nameOf('实施千万元以上重点项目62个，其中14个项目列入省市重点，纺织商贸城升级改造工程即将投入使用。', '14个', lastYearReview(2018))).toBe('列入省市重点项目');
    expect(nameOf('启动了农民健康保健工程，125万农民参加新型农村合作医疗，在全国率先设立了81个农民健康"流动医院"。', '125万', lastYearReview(2006))).toBe('参加新型农村合作医疗农民');
  });

  it('reads a listing on a board as what the companies did (outside: 甘肃 2026, names28)', () => {
    const line = '新增国家级单项冠军企业5户、专精特新中小企业1003户，3家企业主板上市，5家企业挂牌“新三板”，10家企业进入“中国隐形独角兽500强”。';
    expect(nameOf(line, '3家')).toBe('主板上市企业');
    expect(nameOf(line, '5家')).toBe('挂牌“新三板”企业');
  });

  it('takes an object that ends with the noun as the set\'s own name (outside: 高阳 2019)', () => {
    expect(nameOf('78件设计产品获国家专利授权；10家企业被认定为高新技术企业，新培育科技型中小企业。', '10家', lastYearReview(2019))).toBe('高新技术企业');
  });

  it('names counted people by what became of them (outside: national 1998, 2004, 2014)', () => {
    expect(nameOf('农村扶贫开发工作取得很大成绩，五年中有3000万贫困人口解决了温饱问题。', '3000万', lastYearReview(1998))).toBe('解决温饱问题贫困人口');
    expect(nameOf('其中用于城市居民最低生活保障的补助资金由上年46亿元增加到92亿元。全国2235万城市居民得到最低生活保障。', '2235万', lastYearReview(2004))).toBe('得到最低生活保障城市居民');
    expect(nameOf('今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇，改造约1亿人居住的城镇棚户区和城中村。', '1亿', lastYearReview(2014))).toBe('落户城镇农业转移人口');
  });

  it('names works by what became of them (outside: 河北 2000, 2002)', () => {
    expect(nameOf('加快在建项目进度，力争全社会固定资产投资增长5％、省重点项目完成投资253.5亿元、京张高速公路等45个项目竣工投产。', '45个', thisYearWork(2002))).toBe('竣工投产项目');
    expect(nameOf('力争三河电厂二号机组、天威大型变压器技改工程、石黄和京沪高速公路河北段等45个项目建成投产。', '45个', thisYearWork(2000))).toBe('建成投产项目');
  });

  it('reads a ranking list the companies made as part of the predicate (outside: 河北省 2024, names34)', () => {
    // 500强 is the list's name, not a figure (labels README: numbers inside names); 全社会研发经费投入 is untouched.
    const line = '方阵，26家企业上榜全国民企研发投入500强，全社会研发经费投入预计增长10%。';
    expect(nameOf(line, '26家', lastYearReview(2024))).toBe('上榜全国民企研发投入500强企业');
  });

  it('names a generic noun with its modifiers by the predicate too (dev: 河北 2021, 陕西 2026; outside: 黑龙江 2026)', () => {
    // (重点项目, 规模以上工业企业 still say only what kind of thing is counted; what the counted did says which set.)
    expect(nameOf('产业项目建设年活动深入实施，1000个省级重点产业项目完成投资1865.7亿元、增长4%，243个重点项目建成投产。', '243个', lastYearReview(2026))).toBe('建成投产重点项目');
    expect(nameOf('以技术改造、工业设计、两化融合为抓手，加快传统产业结构调整，1.3万家规模以上工业企业实现技改全覆盖，连续3届荣获中国优秀工业设计奖金奖。', '1.3万家', lastYearReview(2021))).toBe('实现技改全覆盖规模以上工业企业');
  });

  it('reads winning, passing and reaching as predicates of the counted (dev: 陕西 2026; outside: 河北 2022 archive, names34)', () => {
    expect(nameOf('实施“人工智能+”行动，“九天”大型通用无人机首飞，国家卓越级智能工厂达16个，404家企业通过国家两化融合贯标，光子集成产业入选首批国家级制造业中试平台。', '404家', lastYearReview(2026))).toBe('通过国家两化融合贯标企业');
    expect(nameOf('实行“揭榜挂帅”机制，实施电子信息、新能源、新材料等领域22个专项。17项科研成果获国家科学技术奖。', '17项', lastYearReview(2022))).toBe('获国家科学技术奖科研成果');
  });

  it('names those a thing is done for after 为 by what is done (outside: 河北 2018 archive, 宁夏 2026, 保定 2010 archive)', () => {
    const line = '关心关爱特困人员、残疾人、优抚对象等群体，为5万名贫困残疾人提供基本康复服务，为4万名贫困残疾人适配基本型辅助器具，为1.6万名贫困残疾人提供托养服务补贴。';
    expect(nameOf(line, '5万名', lastYearReview(2018))).toBe('提供基本康复服务贫困残疾人');
    expect(nameOf('为6.2万名农民工解决了拖欠工资问题。', '6.2万名', lastYearReview(2026))).toBe('解决拖欠工资问题农民工');
    expect(nameOf('33.8万城乡低保对象的基本生活得到保障，为7215户低收入住房困难家庭提供了住房保障。', '7215户', lastYearReview(2010))).toBe('提供住房保障低收入住房困难家庭');
  });

  it('reads a light verb with an object of its own as the predicate, not with a bare verb (outside: 河北 2015, 保定 2021 archive)', () => {
    const line = '综合整治重污染行业企业，完成钢铁、水泥、电力、玻璃等重点行业脱硫脱硝除尘改造项目528个，956家重点企业实施污染源在线监控，搬迁主城区重污染企业36家。';
    expect(nameOf(line, '956家', lastYearReview(2015))).toBe('实施污染源在线监控重点企业');
    expect(nameOf('选择100家企业进行数字化改造，促进白沟箱包、高阳纺织、曲阳雕刻、望都辣椒等21个特色产业集群发展。', '100家', lastYearReview(2021))).toBe('进行数字化改造企业');
    // (改造 alone says not which change: the noun alone, as before.)
    expect(nameOf('制造业数字化转型深入开展，1.4万余家企业实施改造。', '1.4万余家', lastYearReview(2026))).toBe('企业');
  });

  it('ends the noun before a manner adverb, and reads what the counted did past it (outside: 保定 2023, 高阳 2015 archive, 山西 2026)', () => {
    expect(nameOf('加强上市企业培育，力争2家企业成功上市。', '2家', thisYearWork(2023))).toBe('上市企业');
    expect(nameOf('深圳招商活动取得积极成效，航证电子商务物流中心等3个项目成功签约；新增外贸出口企业。', '3个', lastYearReview(2015))).toBe('签约项目');
    // (No predicate after it: the noun alone, without the adverb.)
    expect(nameOf('年度36项重点改革任务扎实推进。', '36项', lastYearReview(2026))).toBe('重点改革任务');
  });

  it('reads 为 before a qualifier and a benefit adverb as part of what is done for them (dev: 广东 2026; outside: 广东 2025)', () => {
    // (为超…: the qualifier is the figure's, 为 still says for whom; 免费 goes with the verb, not with the people — 广东 2025's
    // 为超61万名孕妇免费提供… was named 孕妇免费; the kind after 等 names the service, as the dev labels write it.)
    expect(nameOf('结合孕产妇保健、住院分娩和婴幼儿预防接种等优化服务流程，为超300万名婴幼儿发放育儿补贴，减轻育儿负担。', '300万名', lastYearReview(2026))).toBe('发放育儿补贴婴幼儿');
    expect(nameOf('组织相关领域康复专业技术人员规范化培训超1000人次。为超8000名孤独症儿童免费提供个体康复、社会融入等针对性服务，为超1000个孤独症儿童家庭免费提供亲子活动。', '8000名', lastYearReview(2026))).toBe('免费提供针对性服务孤独症儿童');
    // (An object too long to name a set: the people alone, without the adverb.)
    expect(nameOf('为超61万名孕妇免费提供地中海贫血、唐氏综合征、严重致死致残结构畸形的产前筛查。', '61万名', lastYearReview(2025))).toBe('孕妇');
  });

  it('leaves a noun that is not generic, or a predicate with a long clause, alone', () => {
    expect(nameOf('8家重点实验室落户河北。', '8家', lastYearReview(2021))).toBe('重点实验室');
    expect(nameOf('关停3000多家企业，组织近100万人参与。', '3000多家', lastYearReview(2009))).toBe('企业');
  });
});
