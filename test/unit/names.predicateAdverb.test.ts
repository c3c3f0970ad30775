/**
 * A name read on past its noun into the predicate through an adverb that opens it (财政赤字率|一直控制在3%以内, 3个贫困村|
 * 如期脱贫出列): the name ends before the adverb (predicateAdverb.ts, lexicon/predicateAdverbs.json — one rule over one
 * list, whose adverbs differ in how far they reach). Lines of dev national 2018 and 2022 and of free outside texts (src32,
 * src27, outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, thisYearWork } from '../support/names';
import { withoutEndAdverb, withoutPredicateAdverb } from '../../src/core/indicators/predicateAdverb';
import { nameAfter } from '../../src/core/indicators/names';
import { MANNER_ADVERBS } from '../../src/core/lexicon/nameWords';
import data from '../../src/core/lexicon/predicateAdverbs.json';

describe('predicate adverbs: before nothing or a short predicate', () => {
  it('ends before an adverb of time or limit said before the measure (national 2018, dev; 高唐县 2022, outside)', () => {
    expect(nameOf('调整财政支出结构，盘活沉淀资金，保障基本民生和重点项目。财政赤字率一直控制在3%以内。', '3%', lastYearReview(2018))).toBe('财政赤字率');
    expect(nameOf('取消流量“漫游”费，移动网络流量资费年内至少降低30%，让群众和企业切实受惠。', '30%', thisYearWork(2018))).toBe('移动网络流量资费');
    expect(nameOf('新增城镇就业3万余人，城镇登记失业率始终控制在4%以内。', '4%', lastYearReview(2022))).toBe('城镇登记失业率');
    expect(nameOf('袁隆平第三代杂交水稻米易示范片亩产再度突破1050公斤，四川种业“芯片”再添新成果。', '1050公斤', lastYearReview(2023))).toBe('袁隆平第三代杂交水稻米易示范片亩产');
  });

  it('ends a counted noun before the adverb that opens its predicate (清苑区 2005, 徐水区 2024, 清苑区 2020, outside)', () => {
    expect(nameOf('冀东汽车城、吉达电力等9个项目正在建设。', '9个', lastYearReview(2005))).toBe('项目');
    expect(nameOf('长城、巨力等32家企业踊跃捐款捐物、助工助产。', '32家', lastYearReview(2024))).toBe('企业');
    expect(nameOf('提高开发区承载能力，确保开发区内5个签约项目尽快开工建设。', '5个', thisYearWork(2020))).toBe('签约项目');
  });

  it('ends before a one-character adverb with the verb after it (national 1956, dev; 1955, outside)', () => {
    const beds = '１９５６年全国医院和疗养院病床将增设６万张，总数达到３３．９万张，比上年增长２２％；专科防治所将达到６５０个，比上年增长１２５％。';
    expect(nameOf(beds, '６万张', thisYearWork(1956))).toBe('医院和疗养院病床');
    expect(nameOf('鞍钢设计大楼的造价高达二百四十元（比预算增高百分之六十，共浪费一百三十八万元），但使用面积还不到百分之五十。', '百分之五十', lastYearReview(1955))).toBe('使用面积');
  });

  it('keeps an adverb that modifies a noun or a verb of the name (national 2022, dev; 唐县 2020, outside)', () => {
    expect(nameOf('把更多常见病、慢性病等门诊费用纳入医保报销范围，住院费用跨省直接结算率达到60%。', '60%', thisYearWork(2022))).toBe('住院费用跨省直接结算率');
    expect(nameOf('城镇新增就业3058人，失业人员再就业924人。', '924人', lastYearReview(2020))).toBe('失业人员再就业');
    // An adverb followed by a noun is inside the name; one after a character it forms a word with is a word's inside.
    expect(withoutPredicateAdverb('项目正式签约')).toBe('项目正式签约');
    expect(withoutPredicateAdverb('司法公正')).toBe('司法公正');
  });
});

describe('manner adverbs: after a count, whatever follows', () => {
  it('ends the counted noun before a manner adverb (outside: 涞水县 2020, 宝安区 2025, 深圳 2019)', () => {
    // (The adverb is dropped; since session 39 a count of 贫困村 is named by what was done in them, placeCounts.ts — names76.)
    expect(nameOf('全年建档立卡未脱贫人口减至677人，贫困发生率0.23%;3个贫困村如期脱贫出列。', '3个', lastYearReview(2020))).toBe('脱贫出列贫困村');
    expect(nameOf('瑞吉酒店等3家国际高端品牌酒店顺利开业。', '3家', lastYearReview(2025))).toBe('国际高端品牌酒店');
    expect(nameOf('推动建设好深河人民医院、深汕中心医院等民生项目，精准推进323个相对贫困村稳步脱贫。', '323个', lastYearReview(2019))).toBe('相对贫困村');
  });

  it('reads 全力 and 努力 as manner adverbs (src32 河北省-2017, 清苑区-2021, outside)', () => {
    // Both were named with the adverb: 重点村全力, 碧桂园清苑新城努力投资.
    expect(nameOf('以环境美、产业美、精神美、生态美为标准，在4260个重点村全力推进美丽乡村建设，农村面貌发生积极变化。', '4260个', lastYearReview(2017))).toBe('重点村');
    expect(nameOf('坚持产城融合、产业拓城，投资500亿元的碧桂园清苑新城努力推进，投资10亿元的泽龙国际教育城进展顺利。', '500亿元', lastYearReview(2021))).toBe('碧桂园清苑新城投资');
  });

  it('keeps the predicate that 成功 opens, and a noun whose remainder would be one character (outside: 保定 2023, 南山区 2021)', () => {
    expect(nameOf('加强上市企业培育，力争2家企业成功上市。', '2家', lastYearReview(2023))).toBe('上市企业');
    expect(nameOf('推动妈湾跨海通道、宝鹏通道等13条高快速路的规划建设，全方位融入大湾区交通网。', '13条', lastYearReview(2021))).toBe('高快速路');
  });

  it('keeps 持续 after the prefix 非 and after a one-character noun left by the scope (涞源县 2020, outside)', () => {
    expect(nameAfter('全县非持续稳定脱贫户、非贫困低收入户购买防贫保险。', 0)).toBe('全县非持续稳定脱贫户');
    expect(nameAfter('3个贫困村如期脱贫出列。', 2)).toBe('贫困村');
  });

  it('reads manner adverbs only after a count, and keeps one inside a counted head', () => {
    expect(withoutPredicateAdverb('贫困村如期脱贫出列')).toBe('贫困村如期脱贫出列');
    expect(withoutPredicateAdverb('贫困村如期脱贫出列', true)).toBe('贫困村');
    expect(withoutPredicateAdverb('乡村全面振兴示范区', true)).toBe('乡村全面振兴示范区');
  });
});

describe('end adverbs: at the name’s end only', () => {
  it('takes an adverb of time or certainty off the end, not off a word it ends', () => {
    expect(withoutEndAdverb('水毁修复任务按时')).toBe('水毁修复任务');
    expect(withoutEndAdverb('重点项目相继')).toBe('重点项目');
    expect(withoutEndAdverb('企业成功')).toBe('企业成功');
    // 安全: 全面 after 安 is a word's inside.
    expect(withoutEndAdverb('生产安全面')).toBe('生产安全面');
  });

  it('takes 全 of 全覆盖 off a counted noun the verb bound cut before 覆盖 (曲阳县-2020, 高唐县-2022, outside)', () => {
    // Before: 行政村全, 行业全.
    expect(nameOf('“三级平台、两个代办”[9]实现367个行政村全覆盖。', '367个', lastYearReview(2020))).toBe('行政村');
    expect(nameOf('在全省率先实现“一业一证”57个行业全覆盖、市场准入“四级通办”。', '57个', lastYearReview(2022))).toBe('行业');
    // 安全, 健全: 全 ends a word there.
    expect(withoutEndAdverb('食品安全')).toBe('食品安全');
  });
});

describe('the one list', () => {
  it('lists each adverb once, with its reach and the characters that bind to it from jieba’s dictionary', () => {
    const words = data.adverbs.map((a) => a.word);
    expect(new Set(words).size).toBe(words.length);
    for (const a of data.adverbs) expect(['predicate', 'manner', 'naming', 'end']).toContain(a.reach);
    expect(data.adverbs.find((a) => a.word === '正')?.notAfter).toContain('公');
    expect(data.adverbs.find((a) => a.word === '还')?.notAfter).toContain('偿');
    expect(data.adverbs.find((a) => a.word === '大力')?.notAfter).toContain('加');
    // Adverbs that modify the head inside names stay out (直接结算率, 人口自然增长率, 失业人员再就业).
    for (const inName of ['直接', '自然', '再', '相对']) expect(words).not.toContain(inName);
  });

  it('gives the manner rules elsewhere its manner and naming adverbs', () => {
    expect(MANNER_ADVERBS).toContain('扎实');
    expect(MANNER_ADVERBS).toContain('成功');
    expect(MANNER_ADVERBS).not.toContain('一直');
    expect(MANNER_ADVERBS).not.toContain('相继');
  });
});
