/**
 * The words that end a name without naming anything are data (src/core/lexicon/trailingNoise.json): each word is
 * listed once, in one place, and the pattern built from them strips what the lists say and keeps what their guards
 * keep — on real sentences' names.
 */
import { describe, expect, it } from 'vitest';
import data from '../../src/core/lexicon/trailingNoise.json';
import { withoutTrailingNoise } from '../../src/core/indicators/trailingNoise';

const ALL = [...data.words, ...data.comparisonBases, ...data.guarded.flatMap((g) => g.words)];

describe('trailing noise word lists (trailingNoise.json)', () => {
  it('lists each word once across words and the guarded groups, Han characters (or 、) of one to six', () => {
    const plain = [...data.words, ...data.guarded.flatMap((g) => g.words)];
    expect(new Set(plain).size, 'a word in two places').toBe(plain.length);
    expect(new Set(data.comparisonBases).size).toBe(data.comparisonBases.length);
    for (const w of ALL) expect(w).toMatch(/^(?:[\u4e00-\u9fff]{1,6}|、)$/);
  });

  it('gives every guard a condition and only Han characters to keep after', () => {
    for (const g of data.guarded) {
      const { minBefore, notAfter, after } = g as { minBefore?: number; notAfter?: string; after?: string };
      expect(minBefore !== undefined || notAfter !== undefined || after !== undefined, g.words.join()).toBe(true);
      if (notAfter !== undefined) expect(notAfter).toMatch(/^[\u4e00-\u9fff]+$/);
      if (after !== undefined) expect(after).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });
});

describe('withoutTrailingNoise', () => {
  it('strips a run of words, a comparison base and a plan completed from a name’s end', () => {
    // 全省生产总值比上年增长… (hebei 2009): the comparison base goes.
    expect(withoutTrailingNoise('全省生产总值比上年')).toBe('全省生产总值');
    // 城乡居民人均可支配收入分别增长… : 分别 goes.
    expect(withoutTrailingNoise('城乡居民人均可支配收入分别')).toBe('城乡居民人均可支配收入');
    // 农业和农副业总产值只完成年度计划的百分之九十八点七 (national 1958): how far the plan was done goes.
    expect(withoutTrailingNoise('农业和农副业总产值只完成年度计划的')).toBe('农业和农副业总产值');
    // 工业总产值第一季度下降０．２％ (national 1981): the quarter goes.
    expect(withoutTrailingNoise('工业总产值第一季度')).toBe('工业总产值');
    // 全国排名有望上升3位 (内蒙古 2025, names42's unseen audit): the modal goes, as 将 and 力争 do.
    expect(withoutTrailingNoise('全国排名有望')).toBe('全国排名');
  });

  it('keeps the 比 of 占比 (a share’s word), not a comparison’s', () => {
    // 民间投资占比达65.2% (湖南 2026): the share keeps its word; 全省生产总值比上年 loses its base.
    expect(withoutTrailingNoise('民间投资占比')).toBe('民间投资占比');
    expect(withoutTrailingNoise('粮食产量比')).toBe('粮食产量');
  });

  it('keeps a word its guard protects', () => {
    // 人均 keeps its 均; 签约 and 合约 keep 约; 创新 keeps 新.
    expect(withoutTrailingNoise('城镇居民人均')).toBe('城镇居民人均');
    expect(withoutTrailingNoise('招商引资签约')).toBe('招商引资签约');
    expect(withoutTrailingNoise('科技创新')).toBe('科技创新');
    // 以旧换新, the trade-in of 2024–2026 reports, keeps its 新 (汽车以旧换新超40万辆 — 河南 2025, outside — was named
    // 汽车以旧换, which no target's name met); a 新 that opens the next word still goes.
    expect(withoutTrailingNoise('汽车以旧换新')).toBe('汽车以旧换新');
    expect(withoutTrailingNoise('高新技术企业数量再创新')).toBe('高新技术企业数量再创新');
    expect(withoutTrailingNoise('新兴产业增加值迈上新')).toBe('新兴产业增加值迈上');
    // 均 after anything else goes (制造业贷款余额、科技贷款余额均增长11.7% — 广东 2026).
    expect(withoutTrailingNoise('制造业贷款余额、科技贷款余额均')).toBe('制造业贷款余额、科技贷款余额');
    // 涉及, 普及 keep their 及 (但价格改革涉及千家万户 — national 1987, outside: a noise 及 once cut 涉及 to 涉).
    expect(withoutTrailingNoise('价格改革涉及')).toBe('价格改革涉及');
    expect(withoutTrailingNoise('基本普及')).toBe('基本普及');
    // 以及 goes whole, never leaving 以.
    expect(withoutTrailingNoise('中外合作产业园区以及')).toBe('中外合作产业园区');
  });
});

describe('the last-character pre-test (NOISE_LAST_CHARS, perf40)', () => {
  // Each ending the hand-written patterns can take must pass the pre-test, or the name would keep its noise.
  // (perf40 also compared it with the whole-name replace at every end of every line of 40 free src32 texts: 1.36M strings.)
  it.each([
    ['粮食产量比2020年底', '粮食产量'],
    ['城镇居民人均可支配收入比“十三五”时期', '城镇居民人均可支配收入'],
    ['工业总产值相当于1952年的', '工业总产值'],
    ['工业总产值超额完成全年', '工业总产值'],
    ['基本建设投资完成了原定的', '基本建设投资'],
    ['工业总产值在今年第一季度', '工业总产值'],
    ['社会商品零售额上半年', '社会商品零售额'],
    ['试点范围扩大到全国', '试点'],
    ['合作医疗将推广至', '合作医疗'],
  ])('still strips %s', (name, expected) => {
    expect(withoutTrailingNoise(name)).toBe(expected);
  });

  it('leaves a name ending on no noise word untouched, as the pattern does', () => {
    expect(withoutTrailingNoise('高标准农田')).toBe('高标准农田');
  });
});
