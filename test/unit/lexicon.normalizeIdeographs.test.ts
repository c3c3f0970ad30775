import { describe, expect, it } from 'vitest';
import { normalizeIndicatorName } from '../../src/core/lexicon';

/**
 * normalizeIndicatorName skips NFKC, the noise, the upper case and the punctuation for a name of Chinese characters
 * only (perf41), on the premise that the basic block U+4E00–U+9FFF is left as it is by all of them: checked here
 * against the runtime's ICU, character by character, so that an ICU that ever maps one fails here, not in a name.
 */
describe('normalizeIndicatorName on names of Chinese characters only', () => {
  it('finds every character of U+4E00–U+9FFF left alone by NFKC, upper-casing and the punctuation classes', () => {
    const changed: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFKC') !== ch || ch.toUpperCase() !== ch || /[\s\p{P}\p{S}]/u.test(ch)) changed.push(ch);
    }
    expect(changed).toEqual([]);
  });

  it('still drops the whole-place prefix and the 的 of a share from such a name', () => {
    // 全市快递业务量突破8.5亿件 (src32 保定市-2021 line 17, outside ../shared/corpus): the prefix rule; 增加值占国内生产总值的比重
    // 比上年提高1.2个百分点 (src32 河北省-2000 line 29): the share's 的. Both run after the skipped steps.
    expect(normalizeIndicatorName('全市快递业务量')).toBe('快递业务量');
    expect(normalizeIndicatorName('增加值占国内生产总值的比重')).toBe('增加值占国内生产总值比重');
  });

  it('normalises a name with any other character as before (full-width letters, a gloss, quotes)', () => {
    expect(normalizeIndicatorName('ＰＭ２．５平均浓度')).toBe('PM2.5平均浓度');
    // (争取新增省级“专精特新”企业5家 — src32 徐水区-2024 line 45, outside ../shared/corpus: quotes in a name.)
    expect(normalizeIndicatorName('“专精特新”企业')).toBe('专精特新企业');
    expect(normalizeIndicatorName('国内生产总值(GDP)')).toBe('国内生产总值');
  });
});
