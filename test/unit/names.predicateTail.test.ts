/**
 * A name read on past its noun into the predicate through an adverb that opens it (财政赤字率|一直控制在3%以内): the name
 * ends before the adverb (predicateTail.ts, lexicon/predicateAdverbs.json). Lines of dev national 2018 and 2022 and of
 * free outside texts (src32, outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, thisYearWork } from '../support/names';
import { withoutPredicateTail } from '../../src/core/indicators/predicateTail';
import { nameAfter } from '../../src/core/indicators/names';
import data from '../../src/core/lexicon/predicateAdverbs.json';

describe('a name that ran on into its predicate through an adverb', () => {
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
    expect(withoutPredicateTail('项目正式签约')).toBe('项目正式签约');
    expect(withoutPredicateTail('司法公正')).toBe('司法公正');
  });

  it('lists each adverb once, with the characters that bind to it from jieba’s dictionary', () => {
    const words = data.adverbs.map((a) => a.word);
    expect(new Set(words).size).toBe(words.length);
    expect(data.adverbs.find((a) => a.word === '正')?.notAfter).toContain('公');
    expect(data.adverbs.find((a) => a.word === '还')?.notAfter).toContain('偿');
    // Adverbs that modify the head inside names stay out (直接结算率, 人口自然增长率, 失业人员再就业).
    for (const inName of ['直接', '自然', '再', '相对']) expect(words).not.toContain(inName);
  });
});

describe('a manner adverb is cut only at a word’s edge (names62’s rule)', () => {
  it('keeps 持续 after the prefix 非 and after a one-character noun left by the scope (涞源县 2020, outside)', () => {
    expect(nameAfter('全县非持续稳定脱贫户、非贫困低收入户购买防贫保险。', 0)).toBe('全县非持续稳定脱贫户');
    expect(nameAfter('3个贫困村如期脱贫出列。', 2)).toBe('贫困村');
  });
});
