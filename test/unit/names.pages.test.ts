/**
 * Names on the openings of city and county reports OUTSIDE the corpus, as stored web pages print them (session 14,
 * names17: 43 excerpts of 1990s–2020s reports of many provinces, some in traditional script or half garbled by a
 * site's conversion, kept as they are — real input an analyst may paste). Each case is a class seen in several of
 * those reports, quoted exactly.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { foldWidth } from '../../src/core/text/normalize';
import { namesOf as namesIn } from '../support/names';

/** The names of the figures written `figures` in `line`, in last year's review of a 2026 report. */
const namesOf = (line: string, ...figures: string[]): Array<string | null> => namesIn(line, figures);

describe('a pinyin reading a site prints after a character is no part of the words', () => {
  it('names the figures as the words without the readings (珠海 2014, 广东 2025 — traditional script)', () => {
    expect(namesOf('城鎮(zhèn)居民 人均可支配收入 36375元,增長 10.3%; 農(nóng)村居民人均純收入 15140元,增長 13%', '36375元', '13%')).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均纯收入',
    ]);
    expect(namesOf('規(guī)模以上工業(yè)增加值增長4.2%,規(guī)模以上工業(yè)企業(yè)約7.4萬家。', '4.2%', '7.4萬家')).toEqual(['规模以上工业增加值', '规模以上工业企业']);
  });

  it('keeps every offset, and a Latin abbreviation in parentheses (GDP) as it is', () => {
    const line = '地區(qū)生產(chǎn)總值(GDP)增長13%';
    expect(foldWidth(line)).toHaveLength(line.length);
    expect(foldWidth(line)).toBe('地区    生产      总值(GDP)增长13%');
    const figure = analyzeReport(`2026年政府工作报告\n一、2025年工作回顾\n${line}。\n`).indicators.find((i) => i.text === '13%');
    expect(figure?.range.start.character).toBe(line.indexOf('13%'));
  });
});

describe('a pinyin reading inside a verb or a magnitude splits neither (names18)', () => {
  it('reads 達(dá)到 as the verb before the figure, not as part of the name (广东 2008, 德州 2017 — traditional script)', () => {
    expect(namesOf('社會消費品零售總額達(dá)到一萬零五百多億元,年均增長百分之十四點五', '一萬零五百多億元', '百分之十四點五')).toEqual([
      '社会消费品零售总额',
      '社会消费品零售总额',
    ]);
    expect(namesOf('規(guī)模以上工業(yè)企業(yè)達(dá)到3022家,高新技術(shù)企業(yè)達(dá)到856家,', '3022家', '856家')).toEqual(['规模以上工业企业', '高新技术企业']);
  });

  it('reads 萬(wàn)億元 as one magnitude (山东 2018)', () => {
    const line = '地區(qū)生產(chǎn)總值邁上兩個(gè)萬(wàn)億元臺(tái)階,2017 年達(dá)到7.27 萬(wàn)億元';
    const figure = analyzeReport(`2018年政府工作报告\n一、过去五年工作回顾\n${line}。\n`).indicators.find((i) => i.text.startsWith('7.27'));
    expect(figure?.value).toBe(7.27e12);
    expect(figure?.name).toBe('地区生产总值');
  });

  it('reads a unit or the people counted after a 萬(wàn) (陕西 2021, periods10 page 026 — news bullets in traditional script)', () => {
    const lines = ['人均突破1萬(wàn)美元', '18.34萬(wàn)剩余貧困人口全部脫貧', '288萬(wàn)農(nóng)村貧困人口實(shí)現(xiàn)脫貧'];
    const got = analyzeReport(`2021年政府工作报告\n一、“十三五”时期工作回顾\n${lines.join('\n')}\n`).indicators;
    const at = (line: number) => got.find((i) => i.range.start.line === line + 2);
    expect(at(0)).toMatchObject({ text: '1萬(wàn)美元', value: 10000, unit: '美元' });
    expect(at(1)).toMatchObject({ value: 183400, unit: '人' });
    expect(at(2)).toMatchObject({ value: 2880000, unit: '人' });
  });
});

describe('the two groups of a people’s income written as a list share its head', () => {
  it('gives 城、乡 the incomes of 城镇 and 农村 residents (涪城 2019, 沅陵 2019)', () => {
    expect(namesOf('城、鄉居民人均可支配收入分別增長8%、9%,城鎮登記失業率控制在4%以內', '8%', '9%')).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
    expect(namesOf('城、乡居民人均可支配收入分别为22694元、9527元,增长8.5%、11%。', '22694元', '11%')).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });

  it('shares a long head, with 常住 or not, after 、 or 和 (咸安 2016, 新巴尔虎左旗 2018, 德州 2017, 南昌 2023)', () => {
    expect(namesOf('城鎮、農村常住居民人均可支配收入分別突破2萬元、1萬元大關,分別達到26130元和13371元', '2萬元', '26130元')).toEqual(['城镇常住居民人均可支配收入', '城镇常住居民人均可支配收入']);
    expect(namesOf('城镇、牧区常住居民人均可支配收入分别达到24683元和19649元,增长7.9%和8.5%。', '24683元', '7.9%')).toEqual(['城镇常住居民人均可支配收入', '城镇常住居民人均可支配收入']);
    expect(namesOf('城鎮和農村居民人均可支配收入年均增長8.9%和9.6%,城鄉收入比由1.93縮小到1.86。', '8.9%', '9.6%')).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
    expect(namesOf('城镇、农村居民人均可支配收入分别增长4.3%、5.7%,主要经济指标增速连续多年位居中部省会城市前列', '4.3%')).toEqual(['城镇居民人均可支配收入']);
  });
});

describe('a bracket note that ends in 下同 opens no clause', () => {
  it('names the figures after the note by the subject before it (泉州 2012)', () => {
    expect(namesOf('五年来,我市生产总值(预计,下同)、财政总收入、一般预算收入、规模以上工业产值、全社会固定资产投资年均分别增长14.1%、22.1%、20.6%、22.4%和26.8%,达4270亿元、500.36亿元、242.09亿元、8240亿元和1573亿元', '14.1%', '4270亿元')).toEqual(['生产总值', '生产总值']);
  });

  it('names a count after the note by its subject (national 1959, dev)', () => {
    expect(namesOf('二年，钢增加了四百万吨，煤增加了六千四百万吨，机床（不包括简易机床，下同）增加了一万四千三百台，粮食增加了一千五百亿斤。', '一万四千三百台')).toEqual(['机床产量']);
    // (机床, not the note; and among weighed products its output, as the dev label has it — outputNames.ts.)
  });
});

describe('完成 or 实现 between a subject and its measure is what was done, not what the figure is', () => {
  it('names the subject’s measure (泰兴 2009, 长沙 2012)', () => {
    expect(namesOf('建築業實現施工產值230億元,增長15%。', '230億元', '15%')).toEqual(['建筑业施工产值', '建筑业施工产值']);
    expect(namesOf('优势产业集群持续开展,工程机械实现产值1800亿元,三一重工跻身世界上市公司500强;', '1800亿元')).toEqual(['工程机械产值']);
  });

  it('names an indicator of its own by itself (泰兴 2009)', () => {
    expect(namesOf('服務業完成社會消費品零售總額98.6億元,增長17.5%。', '98.6億元')).toEqual(['社会消费品零售总额']);
  });
});

describe('the end of a plan a figure starts from or is a multiple of is its base, not part of its name', () => {
  it('drops 由“十二五”末的 and 由“八五”期末的 before a start value (甘肃 2021, 内蒙古 2001)', () => {
    expect(namesOf('全省地區生產總值由“十二五”末的6557億元增加到9017億元,年均增長5.5%。', '6557億元', '5.5%')).toEqual(['地区生产总值', '地区生产总值']);
    expect(namesOf('国内生产总值由“八五”期末的833亿元增加到2000年的1400亿元,年均递增10%,高于全国1.7个百分点', '833亿元', '1400亿元')).toEqual(['国内生产总值', '国内生产总值']);
  });

  it('drops 是“十五”末的 before a multiple (宣城 2011)', () => {
    expect(namesOf('规模工业增加值是“十五”末的6.7倍,年均增长26%。', '6.7倍', '26%')).toEqual(['规模工业增加值', '规模工业增加值']);
  });
});

describe('a dash, a circled number or a bullet opening a name is where an item stands', () => {
  it('drops it (黔东南 2020, 高阳 2019)', () => {
    expect(namesOf('——貧困發生率下降到1.19% ,即將撕掉絕對貧困標簽。', '1.19%')).toEqual(['贫困发生率']);
    expect(namesOf('其中涉及我们高阳有5项，分别是：①现有20万吨污水处理厂深度治理工程。', '20万吨')).toEqual(['污水处理厂深度治理工程']);
  });
});

describe('a CJK double-prime quote closes a quote as ” does', () => {
  it('names the figures after “十五〞期末 by their subject (浔阳 2011)', () => {
    expect(namesOf('“十一五〞期末,全区完成生产总值249.1亿元,是“十五〞期末的1.9倍,年均增长15%;完成社会消费品零售总额107.5亿元,是“十五〞期末的2.5倍,年均增长20%;', '1.9倍', '2.5倍')).toEqual(['生产总值', '社会消费品零售总额']);
    expect(foldWidth('〝十五〞')).toBe('“十五”');
  });
});

describe('预算内 and 预算外 are words of their own, never a verb before its object', () => {
  it('keeps the budget’s scope in the name (抚远 1992, 拜泉 1991)', () => {
    expect(namesOf('全县工业总产值完成798万元,预算内企业完成产值385.3万元,比上年同期增长10%。', '385.3万元', '10%')).toEqual(['预算内企业产值', '预算内企业产值']);
    expect(namesOf('全县预算内工业企业完成销售收入6618万元。', '6618万元')).toEqual(['预算内工业企业销售收入']);
  });
});

describe('the three industries’ ratio, whatever a report calls it (names18)', () => {
  const sectors = ['第一产业增加值比重', '第二产业增加值比重', '第三产业增加值比重'];

  it('names each part an industry’s share after 比例, 比, 比重 and 一、二、三产业 (德州 2017, 桂阳 2016, 青浦 1998)', () => {
    expect(namesOf('三次產(chǎn)業(yè)比例由11.8:54.3:33.9調(diào)整為10.1:47.8:42.1', '11.8', '54.3', '33.9', '10.1', '47.8', '42.1')).toEqual([...sectors, ...sectors]);
    expect(namesOf('三次产业比由2012年的14.6:53.1:32.3', '14.6', '53.1', '32.3')).toEqual(sectors);
    expect(namesOf('一、二、三产业增加值的比例由1992年的18.2︰58.7︰23.1调整为8.9︰56.8︰34.3', '18.2', '58.7', '23.1')).toEqual(sectors);
  });

  it('reads a ratio written with ︰ (咸安 2016)', () => {
    expect(namesOf('三次產業結構由2010年的16.8︰48︰35.2調整為2015年的14.5:49.6:35.9', '16.8', '48', '35.2')).toEqual(sectors);
  });

  it('keeps the shares after a verb of change, 演进为 (内蒙古 2016, 阿巴嘎旗)', () => {
    expect(namesOf('轉型升級步伐明顯加快。三次產業結構由9.4:54.5:36.1演進為9:51:40', '9', '51', '40')).toEqual(sectors);
    expect(namesOf('完成全社会固定资产投资76.8亿元,三次产业结构演进为15.5:51.8:32.7', '15.5', '51.8', '32.7')).toEqual(sectors);
  });

  it('keeps the shares after 发展为 (伊金霍洛旗 2006)', () => {
    expect(namesOf('三次产业增加值比例由2000年的14:59:27发展为2005年的5:61:34。', '5', '61', '34')).toEqual(sectors);
  });
});

describe('a milestone passed is the predicate, not part of the name (names18)', () => {
  it('names the figures after 迈过千亿大关 by the subject (a 2023 city report — a page excerpt)', () => {
    expect(namesOf('辖内财政收入迈过千亿大关,达1330亿元,增长28.55%', '1330亿元', '28.55%')).toEqual(['辖内财政收入', '辖内财政收入']);
  });
});

describe('a banner’s 全旗 says where, like 全县 (names18)', () => {
  it('names 全旗 figures without it (a 内蒙古 banner 2006, 新巴尔虎左旗 2018 — page excerpts)', () => {
    expect(namesOf('2005年,全旗地区生产总值达到18.21亿元,', '18.21亿元')).toEqual(['地区生产总值']);
    expect(namesOf('发展质量效益有新提升。全旗一般财政公共预算收入完成1.93亿元', '1.93亿元')).toEqual(['一般财政公共预算收入']);
  });
});
