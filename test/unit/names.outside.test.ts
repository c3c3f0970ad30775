/**
 * Names on excerpts of public reports OUTSIDE the labelled corpus (the corpus's own sources: the national reports of
 * aldohemsn/chinese-political-corpora, government_work_reports.jsonl; the 2026 provincial reports of
 * johncodes404/china-provincial-gov-reports-2026, output/2026_raw_text). Each case is a class of wrong names counted
 * by reading those reports, not one sentence: the rule that fixes it follows the clause's structure.
 */
import { describe, expect, it } from 'vitest';
import { namesOf as namesIn } from '../support/names';

/** The names of the figures written `figures` in `line`, in last year's review of a 2026 report. */
const namesOf = (line: string, ...figures: string[]): Array<string | null> => namesIn(line, figures);

/** The names of the figures written `figures` in a one-part report made of `line`, in order. */

describe('a time frame written inside a name is when, not what', () => {
  it('drops a span of years after the subject (national 1986)', () => {
    expect(namesOf('我国农业生产长期发展缓慢，粮食产量在一九五三年到一九七八年间平均每年只增长五百多万吨。', '五百多万吨')).toEqual(['粮食产量']);
    expect(namesOf('我国农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五。', '百分之三点五')).toEqual(['农业总产值']);
  });

  it('drops one dated year and an old plan’s period, and the figure after goes on about the subject (national 1986)', () => {
    expect(namesOf('积累率在一九七八年高达百分之三十六点五，“六五”期间五年平均降到百分之三十左右。', '百分之三十六点五', '百分之三十')).toEqual(['积累率', '积累率']);
  });

  it('drops the year a comparison leaves at the end (national 1979)', () => {
    expect(namesOf('工业总产值一九七七年比一九七六年增长百分之十四点三。', '百分之十四点三')).toEqual(['工业总产值']);
  });

  it('drops a deictic span whole (这五年, 五年内, 近5年), never half of it (national 1986; 云南 2026)', () => {
    expect(namesOf('扣除物价上涨因素，这五年农民人均纯收入平均每年增长百分之十三点七。', '百分之十三点七')).toEqual(['农民人均纯收入']);
    expect(namesOf('五年内新增发电装机容量一千九百五十万千瓦。', '一千九百五十万千瓦')).toEqual(['发电装机容量']);
    expect(namesOf('每千人口托位数从0.5个增至4.8个。近5年人均预期寿命增量居全国第1位。', '第1位')).toEqual(['人均预期寿命增量']);
  });

  it('reads 增速 as the noun it is in every report: a streak after it keeps the subject (甘肃 2026)', () => {
    expect(namesOf('经济增速2022年以来连续16个季度高于全国平均水平。', '16个季度')).toEqual(['经济增速']);
  });
});

describe('a verb inside the noun phrase a classifier binds modifies its head noun', () => {
  it('runs on to the head noun (云南, 河南, 甘肃 2026)', () => {
    expect(namesOf('新增7名“两院”院士、9个全国重点实验室、1个国家级技术创新中心，高新技术企业数3年翻一番。', '1个')).toEqual(['国家级技术创新中心']);
    expect(namesOf('实施百亿斤粮食产能提升工程，推进66个粮食产能提升重点县和豫东平原整区域建设。', '66个')).toEqual(['粮食产能提升重点县']);
    expect(namesOf('深入推进各民族交往交流交融“三项计划”，打造1000个民族村寨旅游提升示范村、30个边境旅游示范村。', '1000个', '30个')).toEqual(['民族村寨旅游提升示范村', '边境旅游示范村']);
    expect(namesOf('优化重组全国重点实验室14家。组建13家企业创新联合体。', '13家')).toEqual(['企业创新联合体']);
  });

  it('still ends where the predicate begins: a predicate word on the way (获评, 在), or no head noun at the end', () => {
    // (The noun ends at 获评; 企业 alone is generic, so the title won names the set, countedPredicate.ts.)
    expect(namesOf('全年有50家企业获评国家级绿色工厂。', '50家')).toEqual(['获评国家级绿色工厂企业']);
    expect(namesOf('14项创新经验在全国推广。', '14项')).toEqual(['创新经验']);
    expect(namesOf('推动170家融资平台有序退出。', '170家')).toEqual(['融资平台']);
  });
});

describe('a count of places names the places by what they did or the title they hold', () => {
  it('opens a clause of its own after a comma, even when the figure before counted the same unit (云南 2026)', () => {
    expect(namesOf('新增学前普惠学位16万个，11个县（市、区）通过国家义务教育优质均衡县评估认定。', '16万个', '11个')).toEqual(['学前普惠学位', '通过国家义务教育优质均衡县评估认定县(市、区)']);
  });

  it('names places by the title they were given, with their note in brackets of either width (山西, 河南 2026)', () => {
    expect(namesOf('水土保持率提高到66.26%。13个县被命名为国家生态文明建设示范区，9个县（区）获评“两山”实践创新基地。', '13个', '9个')).toEqual(['国家生态文明建设示范区', '两山实践创新基地县(区)']);
    expect(namesOf('免费学前教育逐步推行，11个县被认定为国家义务教育优质均衡发展县。', '11个')).toEqual(['国家义务教育优质均衡发展县']);
  });

  it('still reads counts joined by a comma as one list when no noun follows the second (广西 2026, its 、 made a comma)', () => {
    expect(namesOf('城市公园、“口袋公园”保有量分别达到1436个，883个。', '1436个', '883个')).toEqual(['城市公园保有量', '口袋公园保有量']);
  });
});

describe('the clause around a figure, read by its structure', () => {
  it('reads 上 before a magnitude with no numeral as part of the figure (广西 2026; national 2024 and 1980, dev)', () => {
    expect(namesOf('“A超”联赛吸引国内外参赛队伍上万支。', '万支')).toEqual(['A超联赛吸引国内外参赛队伍']);
    expect(namesOf('加强城镇老旧小区改造和保障性住房供给，惠及上千万家庭。', '千万')[0]).not.toMatch(/上$/);
    expect(namesOf('工业部门试制成功上千种重要的新产品。', '千种')[0]).not.toMatch(/上$/);
  });

  it('keeps the 比 of a ratio’s name, whatever form the ratio takes (云南 2026)', () => {
    expect(namesOf('居民人均可支配收入超3.1万元、年均增长6.1%，城乡居民收入比由2.9∶1缩小至2.52∶1。', '2.9', '2.52')).toEqual(['城乡居民收入比', '城乡居民收入比']);
    expect(namesOf('农产品加工产值与农业总产值之比从1.68∶1提升至2.5∶1。', '1.68')).toEqual(['农产品加工产值与农业总产值之比']);
  });

  it('gives a bare head noun its sibling’s modifier (收入 → 支出) (云南 2026)', () => {
    expect(namesOf('地方一般公共预算收入增长2.3%、支出首次超过7000亿元。', '7000亿元')).toEqual(['地方一般公共预算支出']);
  });

  it('names a streak that keeps a rank by the subject of the clause before it (黑龙江, 新疆 2026)', () => {
    expect(namesOf('粮食总产再创历史新高，连续16年位居全国首位，增量39.7亿斤。', '16年', '首位', '39.7亿斤')).toEqual(['粮食总产', '粮食总产', '粮食总产']);
    expect(namesOf('油气当量3.25亿吨、连续5年稳居全国第一。', '5年')).toEqual(['油气当量']);
  });

  it('drops a rank’s scope after the name (全球, 世界) and an Arabic list marker before it (云南, 内蒙古 2026)', () => {
    expect(namesOf('锡铟锗产量全球第一。', '第一')).toEqual(['锡铟锗产量']);
    expect(namesOf('7.实施公路安全生命防护工程1500公里。', '1500公里')).toEqual(['公路安全生命防护工程']);
  });

  it('makes per-capita names of people only, and takes 全年人均 as a time frame whole (甘肃 2026; national 2012)', () => {
    expect(namesOf('每个脱贫县发展起1个以上特色主导产业。', '1个')[0]).not.toMatch(/人均/);
    expect(namesOf('连续第7年提高企业退休人员基本养老金，全年人均增加1680元。', '1680元')).toEqual(['企业退休人员基本养老金']);
  });
});

describe('a share followed by what its part does', () => {
  it('is the share of the subject that does it (云南 2026; 福建 and 安徽 2026, dev)', () => {
    expect(namesOf('一般公共预算支出3.4万亿元，74%以上用于民生。', '74%')).toEqual(['一般公共预算支出用于民生']);
    expect(namesOf('完善绿色电力交易体系，尽快实现制造业企业100%使用清洁和绿色电力。', '100%')).toEqual(['制造业企业使用清洁和绿色电力']);
    expect(namesOf('坚持政府过紧日子、努力让老百姓过好日子，八成以上财政资金用于民生。', '八成')).toEqual(['财政资金用于民生']);
  });

  it('is the share of the clause after it when that clause has a subject of its own (广西 2026)', () => {
    expect(namesOf('脱贫人口务工规模293.2万人，超80%监测对象稳定消除返贫风险。', '80%')).toEqual(['监测对象稳定消除返贫风险']);
  });

  it('never takes a measure or a frame’s verb for what the part does (national 2021, 2025; zhejiang 2026, dev)', () => {
    expect(namesOf('今年赤字率拟按3.2%左右安排、比去年有所下调。', '3.2%')).toEqual(['赤字率']);
    expect(namesOf('出口规模突破4万亿元，占全国份额从14%提升到15.5%。', '14%')[0]).not.toMatch(/提升/);
  });
});

describe('frames around a figure that name nothing', () => {
  it('reads a comparison basis (按可比口径) and a part of the year the range reaches (到年末的) as frames (national 2002)', () => {
    expect(namesOf('全国财政收入达到16371亿元，按可比口径增加2400亿元。', '2400亿元')).toEqual(['财政收入']);
    expect(namesOf('城市居民最低生活保障的覆盖人数，由年初的400多万人扩大到年末的1120多万人。', '1120多万人')).toEqual(['城市居民最低生活保障的覆盖人数']);
  });

  it('reads any factor taken out (剔除…因素后, 扣除…因素) as a frame, not the name (海拉尔 2018, national 1987)', () => {
    expect(namesOf('地区生产总值在从严控制政府投资项目的情况下稳中有升；一般公共预算收入剔除虚增空转因素后完成10.4亿元；社会消费品零售总额完成159.5亿元，同比增长6.9%。', '10.4亿元')).toEqual(['一般公共预算收入']);
    expect(namesOf('全国城乡居民平均消费水平由１７５元增加到４５０元，扣除物价上升因素增长８６．９％。', '８６．９％')).toEqual(['城乡居民平均消费水平']);
  });

  it('counts the people after a figure that a clause ending in 的 modifies (national 2021)', () => {
    expect(namesOf('加强易返贫致贫人口监测和帮扶。年初剩余的551万农村贫困人口全部脱贫。', '551万')).toEqual(['农村贫困人口']);
  });

  it('drops the verb that sets a target (目标定在, 目标设定为) (national 2014; 新疆 2026)', () => {
    expect(namesOf('经过认真比较、反复权衡，把增长预期目标定在7.5%左右。', '7.5%')[0]).not.toMatch(/定$/);
    expect(namesOf('建议“十五五”时期地区生产总值增速目标设定为年均增长5.5%—6%。', '5.5%—6%')[0]).toMatch(/地区生产总值增速$/); // (目标 is its status, not part of its name)
  });
});

describe('streaks and head counts, more forms', () => {
  it('names a streak that keeps a regional rank (保持西北第一) by its subject (宁夏 2026)', () => {
    expect(namesOf('新能源利用率达94.5%、连续5年保持西北第一。', '5年')).toEqual(['新能源利用率']);
  });

  // (names29: counted people are named by what became of them, peoplePredicates — 解决欠薪问题农民工, still 农民工.)
  it('counts 农民工 as themselves, not as the farmers of a head count (宁夏 2026)', () => {
    expect(namesOf('为6.2万名农民工解决欠薪问题。', '6.2万名')).toEqual(['解决欠薪问题农民工']);
  });
});

describe('modifiers and modals before a figure', () => {
  it('takes the noun after a count that a clause ending in 的 modifies (national 1979; 宁夏 2026)', () => {
    expect(namesOf('一年多来，我国领导人访问了五大洲的五十多个国家。', '五十多个')).toEqual(['国家']);
    expect(namesOf('着力解决“办证难”，历史遗留的24万多户不动产登记问题得到有效化解。', '24万多户')).toEqual(['不动产登记问题']);
  });

  it('drops the modal 要 before the words it opens, never the 要 of 要素 (national 1979, 2014)', () => {
    expect(namesOf('今年我们要力争使全国人口增长率降到千分之十左右。', '千分之十')).toEqual(['人口增长率']);
    expect(namesOf('深入实施大气污染防治行动计划。今年要淘汰燃煤小锅炉5万台。', '5万台')).toEqual(['燃煤小锅炉']);
  });
});

describe('examples before 等 and work done whole counties at a time', () => {
  it('names a count by the class after 等, not by its examples (甘肃, 宁夏 2026)', () => {
    expect(namesOf('建成水库、淤地坝、小微型调蓄设施等“水盆子”1459个，农村自来水普及率达到95%。', '1459个')).toEqual(['水盆子']);
    expect(namesOf('强化水土协同治理，实施清水河、苦水河、沙湖等综合治理工程150多个。', '150多个')).toEqual(['综合治理工程']);
  });

  it('keeps the examples when 等 only sums them up or an attribute alone follows (内蒙古 2026)', () => {
    expect(namesOf('粮食最高年产840亿斤、居全国第5位，牛奶、牛肉、羊肉、饲草、羊绒等产量稳居全国首位。', '首位')).toEqual(['牛奶、牛肉、羊肉、饲草、羊绒等产量']);
  });

  it('reads 整县 before a verb as how the work is done: the count is of the work (福建 2026, dev)', () => {
    expect(namesOf('支持福州、厦门等地率先建设美丽城市，完成10个整县推进美丽乡村建设，争创更多美丽河湖。', '10个')[0]).toMatch(/^整县推进美丽乡村/);
  });
});
