import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { blankTitleDigits } from '../../src/core/indicators/documentTitles';
import { figureByText as figure } from '../support/figures';

/**
 * Status and period classes of session 37 (status39), read by hand on county reports of the second outside source: a
 * stretch since a year named, a plan word inside a quotation, the years of a document's title, the count of a plan's
 * goals, a whole people in a clause that names a plan. Each on the real sentence, quoted as written (src32 <file>,
 * outside ../shared/corpus), inside a county report of the same shape: a review of the year before, then this year's work.
 */
const county = (year: number, review: string, work = '今年要继续推进各项工作。', lead = `一、${year - 1}年工作回顾`): Indicator[] =>
  analyzeReport(`${year}年政府工作报告\n各位代表：\n${lead}\n${review}\n二、${year}年工作安排\n${work}\n`, { fileName: `county-${year}.txt` }).indicators;

describe('a stretch since a year named runs from that year to the last year reported', () => {
  it('2007年新型农村合作医疗开展以来，兑付补偿资金1.35亿元 (src32 徐水 2011) is 2007-2010, not 2007', () => {
    const f = county(2011, '新型农村合作医疗水平稳步提高。2007年新型农村合作医疗开展以来，兑付补偿资金1.35亿元，缓解了农民看病难问题。');
    expect(figure(f, '1.35亿元')).toMatchObject({ status: 'actual', period: '2007-2010' });
  });

  it('国家机关事务管理局自1993年定点帮扶以来，28年如一日，…直接投入资金和物资5700万元 (src32 阜平县 2021) is 1993-2020', () => {
    const f = county(2021, '其中，国家机关事务管理局自1993年定点帮扶以来，28年如一日，先后选派22批57名优秀干部挂职阜平，直接投入资金和物资5700万元，协调社会各界投入资金和物资12亿元。');
    expect(figure(f, '5700万元')).toMatchObject({ status: 'actual', period: '1993-2020' });
    expect(figure(f, '12亿元')).toMatchObject({ period: '1993-2020' });
  });

  it('2003年以来城镇新增就业116万人 (src32 河北省 2006, in its review of 2001-2005) is 2003-2005, not the whole review', () => {
    const f = county(2006, '就业持续扩大，2003年以来城镇新增就业116万人，城镇登记失业率控制在4%以内。', undefined, '一、过去五年工作回顾');
    expect(figure(f, '116万人')).toMatchObject({ status: 'actual', period: '2003-2005' });
  });

  it('大王店产业园区2007年开始规划建设，道路、电力等基础设施累计投入资金2亿元 (src32 徐水 2011) is 2007-2010: a total since the start', () => {
    const f = county(2011, '园区建设取得重大突破，项目建设卓有成效。大王店产业园区2007年开始规划建设，道路、电力等基础设施累计投入资金2亿元。目前，入园企业8家，总投资214亿元。');
    expect(figure(f, '2亿元')).toMatchObject({ status: 'actual', period: '2007-2010' });
    expect(figure(f, '8家')).toMatchObject({ period: '2011' });
  });

  it('a record since a year (创2010年以来新高) is no stretch: the figure keeps the year reviewed', () => {
    const f = county(2021, '全年粮食总产量达到15万吨，创2010年以来新高。空气优良天数达到258天。');
    expect(figure(f, '258天')).toMatchObject({ period: '2020' });
  });
});

describe('a plan word inside a quotation closed before the figure is the quotation\'s, not the clause\'s', () => {
  it('明确作风建设“十要”，…，83件人大代表建议、110件政协委员提案按期办结 (src32 安新县 2024, a review) stay facts of 2023', () => {
    const f = county(2024, '履职上依法依规，明确作风建设“十要”，简化工作程序，倡导简单务实高效的工作作风，健全政府集体学法制度，严格执行重大事项决策程序，83件人大代表建议、110件政协委员提案按期办结。');
    expect(figure(f, '83件')).toMatchObject({ status: 'actual', period: '2023' });
    expect(figure(f, '110件')).toMatchObject({ status: 'actual', period: '2023' });
  });

  it('我们坚持“新官要理旧账，不给历史留坏账”的工作思路，…2089户平稳有序完成房屋分配 (src32 涞源县 2021) is a fact of 2020', () => {
    const f = county(2021, '解决了多年想解决而没有解决的事，我们坚持“新官要理旧账，不给历史留坏账”的工作思路，本着尊重历史、实事求是、敢于负责的工作态度，成功破解了停滞8年之久的721片区遗留问题，涞钢涞铜社区、721D级户等2089户平稳有序完成房屋分配。');
    expect(figure(f, '2089户')).toMatchObject({ status: 'actual', period: '2020' });
  });
});

describe('the years of a document\'s title date nothing after it', () => {
  it('blanks the digits inside closed titles only, character for character', () => {
    expect(blankTitleDigits('制定完善《涞源县水污染防治(2018—2020年)三年作战计划》等')).toBe('制定完善《涞源县水污染防治(####—####年)三年作战计划》等');
    expect(blankTitleDigits('2020年完成《规划(2019-2035年)》和《方案》，')).toBe('2020年完成《规划(####-####年)》和《方案》，');
    expect(blankTitleDigits('按照《2021年')).toBe('按照《2021年');
  });

  it('制定完善《涞源县水污染防治(2018—2020年)三年作战计划》等6个方案，…封堵、整改农村生活污水入河排污口132处 (src32 涞源县 2020) are facts of 2019', () => {
    const f = county(2020, '坚决打好白洋淀上游环境综合治理攻坚战。出台《涞源县落实<白洋淀生态环境治理和保护规划(2018—2035年)>实施方案》等文件，制定完善《涞源县水污染防治(2018—2020年)三年作战计划》等6个方案，全力推进唐河、拒马河周边环境综合治理，封堵、整改农村生活污水入河排污口132处。');
    expect(figure(f, '6个')).toMatchObject({ status: 'actual', period: '2019' });
    expect(figure(f, '132处')).toMatchObject({ status: 'actual', period: '2019' });
  });

  it('高质量完成《唐县国土空间规划(2019-2035年)》，…完成13个乡镇… (src32 唐县 2020, this year\'s work) is a target of 2020', () => {
    const f = county(2020, '去年各项工作进展顺利。', '把国土空间规划作为重大战略机遇，深入研究，高质量完成《唐县国土空间规划(2019-2035年)》，同步推进各专项规划编制，完成13个乡镇和部分重点村的村庄规划。');
    expect(figure(f, '13个')).toMatchObject({ status: 'target', period: '2020' });
  });
});

describe('the count of a plan\'s goals, the whole people', () => {
  it('“十四五”时期经济社会发展主要目标设定为23项，其中约束性指标11项 (src32 涞水县 2021, 易县 2021): 23项 counts the document as 11项 does', () => {
    const f = county(2021, '去年各项工作进展顺利。', '统筹考虑贯彻新发展理念和我县经济社会发展需要，“十四五”时期经济社会发展主要目标设定为23项，其中约束性指标11项，预期性指标12项。', '一、“十三五”时期工作回顾');
    expect(figure(f, '23项')).toMatchObject({ status: 'actual', period: '2021-2025' });
    expect(figure(f, '11项')).toMatchObject({ status: 'actual', period: '2021-2025' });
  });

  it('充分体现了曲阳“十四五”期间整体发展的现实需要，充分体现了65万曲阳人民… (src32 曲阳县 2022): the people stay undated', () => {
    const f = county(2022, '去年各项工作进展顺利。', '这些安排部署，充分体现了曲阳“十四五”期间整体发展的现实需要，充分体现了65万曲阳人民对美好生活的向往。');
    expect(figure(f, '65万')).toMatchObject({ status: 'actual', period: null });
  });
});

describe('a plan named as a document dates nothing past its clause', () => {
  it('新北环、新西环列入省交通厅“十四五”建设规划，完成道路改造99公里 (src32 曲阳县 2020) is a fact of 2019', () => {
    const f = county(2020, '涞曲高速建成通车，京昆高速羊平互通和曲阳东互通出口扩建工程投入使用，雄忻高铁曲阳段开始勘测。新北环、新西环列入省交通厅“十四五”建设规划，完成道路改造99公里。');
    expect(figure(f, '99公里')).toMatchObject({ status: 'actual', period: '2019' });
  });

  it('…抽水蓄能项目列入国家“十四五”规划，国电投300兆瓦光伏制氢…3个新能源项目稳步推进 (src32 涞源县 2025) are facts of 2024', () => {
    const f = county(2025, '新能源产业厚积薄发，总投资83.88亿元的黄花滩1200兆瓦抽水蓄能项目列入国家“十四五”规划，国电投300兆瓦光伏制氢、华能260兆瓦光伏发电、英利100兆瓦光伏发电3个新能源项目稳步推进，9家光伏发电、风电企业年产值达6.8亿元。');
    expect(figure(f, '3个')).toMatchObject({ status: 'actual', period: '2024' });
    expect(figure(f, '6.8亿元')).toMatchObject({ status: 'actual', period: '2024' });
  });

  it('围绕“十四五”规划实施，…全年省市重点项目完成投资8000亿元以上 (src32 河北省 2022, this year\'s work) is a target of 2022', () => {
    const f = county(2022, '去年各项工作进展顺利。', '狠抓重大项目，围绕“十四五”规划实施，聚焦“三件大事”“两新一重”、科技创新、转型升级等十大重点领域，谋划、开工、投产、储备一批大项目好项目，推动项目尽快投产达效，形成更多实物量和增长点，全年省市重点项目完成投资8000亿元以上。');
    expect(figure(f, '8000亿元')).toMatchObject({ status: 'target', period: '2022' });
  });
});

describe('the 要 of 要看到 asks for no plan', () => {
  it('我们也要清醒认识到，…外来人口远远低于历史上4万多人的高光时刻 (src32 涞源县 2025, after its review) is no target', () => {
    const f = county(2025, '在看到成绩的同时，我们也要清醒认识到，受百年变局加速演进影响，城镇化率低于全国平均水平，长期在我县居住的外来人口远远低于历史上4万多人的高光时刻。');
    expect(figure(f, '4万多人')).toMatchObject({ status: 'actual' });
  });
});

describe('the plan a completion rate is measured against plans nothing of the rate', () => {
  it('完成投资14.8亿元，占年计划投资的126.5% (src32 高阳县 2018) and 完成年计划投资的300.5% (src32 阜平县 2013) are facts reviewed', () => {
    const f = county(2018, '加快推进项目园区建设。实施千万元以上重点项目62个，其中14个项目列入省市重点，纺织商贸城升级改造工程即将投入使用，庞口农业机械装备制造交易中心起步区、京阳公司新型线缆等项目正在加快推进，完成投资14.8亿元，占年计划投资的126.5%。');
    expect(figure(f, '126.5%')).toMatchObject({ status: 'actual', period: '2017' });
    const g = county(2013, '全年共谋划实施重点项目79项，总投资173.8亿元；河北名舍、乐天凤凰、煤炭物流园等5个市重点项目完成投资7.8亿元，完成年计划投资的300.5%；分别与国华能源投资有限公司、中电投河北易县新能源发电有限公司签署总计64.2亿元的新能源开发项目协议。');
    expect(figure(g, '300.5%')).toMatchObject({ status: 'actual', period: '2012' });
  });
});

describe('a year\'s goal named right before its figure is a target, even among the facts reviewed', () => {
  it('增长6.5%(年度目标6%以上) (src32 涞源县 2025): the 6% is the goal of 2024, the 6.5% the fact', () => {
    const f = county(2025, '预计全年地区生产总值完成92.4亿元，增长6.5%(年度目标6%以上);规上工业增加值完成24.5亿元，增长9%(年度目标6%以上)。');
    expect(figure(f, '6.5%')).toMatchObject({ status: 'actual', period: '2024' });
    expect(figure(f, '6%')).toMatchObject({ status: 'target', period: '2024' });
    expect(figure(f, '9%')).toMatchObject({ status: 'actual', period: '2024' });
  });

  it('a margin over the goal stays a fact: 登记失业率为3.8%，低于调控目标0.8个百分点 (src32 河北省 2007)', () => {
    const f = county(2007, '城镇新增就业44.3万人，登记失业率为3.8%，低于调控目标0.8个百分点。');
    expect(figure(f, '0.8个百分点')).toMatchObject({ status: 'actual', period: '2006' });
  });
});
