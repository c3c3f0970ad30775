/**
 * A total investment said before the works it is of (抓好总投资2万亿元的389个省重点项目) names those works, after 的 and
 * past their count, not the verb or scope before the amount (investmentNames.ts).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, namesOf, thisYearWork } from '../support/names';

describe('a total investment before its works', () => {
  it('names the projects after 的 and their count (dev: 湖南 2026; outside: 保定 2024)', () => {
    const hunan = '大抓项目稳投资，统筹“硬投资”与“软建设”，抓好总投资2万亿元的389个省重点项目，推进能源“源网荷储”一体工程、算力“四网融合”工程等“十大基础设施项目”建设。';
    expect(nameOf(hunan, '2万亿元', thisYearWork(2026))).toBe('省重点项目总投资');
    expect(nameOf('全力抓好总投资657.5亿元的229个水利项目。', '657.5亿元', thisYearWork(2024))).toBe('水利项目总投资');
  });

  it('names one project after 的 (outside: 海拉尔 2017)', () => {
    expect(nameOf('抓好战略性新兴产业的培育和发展。推进总投资10亿元的国网信通大数据项目开工建设;', '10亿元', thisYearWork(2017))).toBe('国网信通大数据项目总投资');
  });

  it('reads past a 基地 or 工程 that only modifies the project named after it (src32 清苑区-2008, 博野县-2024, 涞源县-2021)', () => {
    const qingyuan = '力促康帝复混肥生产线尽早投产，做好投资3亿元的农牧基地饲料储备项目的洽谈引进工作。';
    expect(nameOf(qingyuan, '3亿元', thisYearWork(2008))).toBe('农牧基地饲料储备项目投资');
    const boye = '者科技、非夕机器人成功落地，投资1.6亿元的自动驾驶生产基地项目即将建成投产。';
    expect(nameOf(boye, '1.6亿元', lastYearReview(2024))).toBe('自动驾驶生产基地项目投资');
    const laiyuan = '加快投资4亿元的国家跳台滑雪训练科研基地二期项目建设。';
    expect(nameOf(laiyuan, '4亿元', thisYearWork(2021))).toBe('国家跳台滑雪训练科研基地二期项目投资');
  });

  it('does not guess when what follows is not read whole as works (outside: 保定 2021)', () => {
    const name = nameOf('推进能源动脉建设，确保总投资9.5亿元的永清――保定天然气管线年底建成运营。', '9.5亿元', thisYearWork(2021));
    expect(name).not.toMatch(/^永清/);
  });
});

describe('an investment before each project of a list', () => {
  // 保定 2010 (outside): every project of the list has its money before it; each was named 英利多晶硅太阳能电池、投资投资.
  const baoding = '突出抓好"四个一批"：加快推进投资60亿元的英利多晶硅太阳能电池、投资28.1亿元的南郊电厂、投资9.3亿元的河北长安汽车扩能、投资4.6亿元的保定华劲服饰等一批在建项目；力促投资43.9亿元的六九硅业二期、投资2.3亿元的保定欣达公司迁扩建等一批项目开工建设；';

  it('names each project by the run after 的 up to the list mark, verbs and all', () => {
    expect(nameOf(baoding, '60亿元', thisYearWork(2010))).toBe('英利多晶硅太阳能电池投资');
    expect(nameOf(baoding, '28.1亿元', thisYearWork(2010))).toBe('南郊电厂投资');
    expect(nameOf(baoding, '9.3亿元', thisYearWork(2010))).toBe('河北长安汽车扩能投资');
    expect(nameOf(baoding, '4.6亿元', thisYearWork(2010))).toBe('保定华劲服饰投资');
    expect(nameOf(baoding, '43.9亿元', thisYearWork(2010))).toBe('六九硅业二期投资');
    expect(nameOf(baoding, '2.3亿元', thisYearWork(2010))).toBe('保定欣达公司迁扩建投资');
  });

  it('reads works to their head, past a list mark inside the name, not into the predicate (outside: 保定 2009, 海拉尔 2014, 甘肃 2026)', () => {
    expect(nameOf('广大市民期盼已久、投资近8亿元的火车站改扩建工程正抓紧设计。', '8亿元', thisYearWork(2009))).toBe('火车站改扩建工程投资');
    expect(nameOf('保护好海拉尔河湿地、西山湿地和黑羊站水源地，启动投资1.3亿元的海拉尔河、伊敏河堤防工程。', '1.3亿元', thisYearWork(2014))).toBe('海拉尔河、伊敏河堤防工程投资');
    expect(nameOf('签约省外项目到位资金年均增长26.4%，总投资410亿元的巨化硅氟新材料项目刷新我省单体工业项目投资纪录。', '410亿元', thisYearWork(2026))).toBe('巨化硅氟新材料项目总投资');
  });
});

describe('a total investment before works named with their size', () => {
  // src32 顺平县-2023 (outside ../shared/corpus, line 0 of an escaped-break text): the size past 的 stood where a count
  // would, so the verb before the amount named the money (蓄好水, 跑办总投资, 谋划总投资, 重点布局总投资).
  const shunping =
    '一是蓄好水。加快推进总投资60.7亿元的100万千瓦神南镇抽水蓄能电站项目，力争年内核准开工。积极跑办总投资41亿元的60万千瓦龙潭湖抽水蓄能电站项目，争取纳入国家规划。二是聚好光。加快推进贵顺新能源、台顺新能源光伏发电项目建设，积极谋划一批总投资15亿元的35万千瓦集中式和分布式光伏发电项目，真正把资源优势转化为发展优势。三是用好风。依托山区风能资源，谋划总投资18亿元的30万千瓦风力发电项目，力争早日实现风电项目零突破。四是谋划氢储生物质[12]项目。加强对接跑办，重点布局总投资40亿元的50万千瓦氢能、储能及其它生物质新能源项目，推动关联产业协同发展。';

  it('names the works past their size (src32 顺平县-2023)', () => {
    expect(nameOf(shunping, '60.7亿元', thisYearWork(2023))).toBe('神南镇抽水蓄能电站项目总投资');
    expect(nameOf(shunping, '41亿元', thisYearWork(2023))).toBe('龙潭湖抽水蓄能电站项目总投资');
    expect(nameOf(shunping, '15亿元', thisYearWork(2023))).toBe('集中式和分布式光伏发电项目总投资');
    expect(nameOf(shunping, '18亿元', thisYearWork(2023))).toBe('风力发电项目总投资');
    expect(nameOf(shunping, '40亿元', thisYearWork(2023))).toBe('氢能、储能及其它生物质新能源项目总投资');
  });

  it('leaves a size inside the works name out of it (src32 涞源县-2025)', () => {
    const laiyuan = '新能源产业厚积薄发，总投资83.88亿元的黄花滩1200兆瓦抽水蓄能项目列入国家“十四五”规划，国电投300兆瓦光伏制氢、华能260兆瓦光伏发电、英利100兆瓦光伏发电3个新能源项目稳步推进。';
    expect(nameOf(laiyuan, '83.88亿元', thisYearWork(2025))).toBe('黄花滩抽水蓄能项目总投资');
  });
});

describe('an area said before a site with 的', () => {
  it('names the site that ends in 园 or 园区 (src32 博野县-2024, 阜平县-2021)', () => {
    const boye = '前三季度，开发区主营业务收入完成263.7亿元，亩均产值、税收分别增长19.7%和12.9%。占地65亩的智能制造产业园加快实施,打造企业“拎包入住”新体验。';
    expect(nameOf(boye, '65亩', lastYearReview(2024))).toBe('智能制造产业园占地面积');
    const fuping = '〔8〕智能制造产业园：占地252亩的智能制造产业园，由中国水利水电第一工程局有限公司建设，中关村e谷运营，总投资10.63亿元，建筑面积257010平米。';
    expect(namesOf(fuping, ['252亩', '10.63亿元'], lastYearReview(2021))).toEqual(['智能制造产业园占地面积', '智能制造产业园总投资']);
  });

  it('leaves the area out of the total investment said after it (src32 阜平县-2021)', () => {
    const fuping = '〔7〕装配式建筑产业园：项目占地1669亩，总投资3.57亿元，计划2021年7月全面达到企业入驻条件。';
    expect(nameOf(fuping, '3.57亿元', lastYearReview(2021))).toBe('项目总投资');
  });
});
