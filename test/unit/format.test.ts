import { describe, expect, it } from 'vitest';
import {
  decimalString, formatApproximate, formatIndicatorValue, groupDigits, scientific, shiftDecimal,
} from '../../src/core/indicators/format';
import type { FormattableValue } from '../../src/core/indicators/format';

const fig = (text: string, value: number, unit: string | null, valueMax?: number): FormattableValue => ({
  text, value, unit, ...(valueMax !== undefined ? { valueMax } : {}),
});

describe('decimal helpers', () => {
  it('writes numbers in plain decimal notation, never with an exponent', () => {
    expect(decimalString(3480000000000)).toBe('3480000000000');
    expect(decimalString(1e21)).toBe('1000000000000000000000');
    expect(decimalString(1.5e-7)).toBe('0.00000015');
    expect(decimalString(-0)).toBe('0');
    expect(decimalString(-2.5)).toBe('-2.5');
  });

  it('moves the decimal point exactly, where float division would not', () => {
    expect(shiftDecimal('3480000000000', -8)).toBe('34800');
    expect(shiftDecimal('3.48', 12)).toBe('3480000000000');
    expect(shiftDecimal('0.5', -2)).toBe('0.005');
    expect(shiftDecimal('-152800000000', -8)).toBe('-1528');
    expect(shiftDecimal('0', -8)).toBe('0');
    expect(shiftDecimal('70100', -4)).toBe('7.01');
  });

  it('groups thousands from four digits on', () => {
    expect(groupDigits('9772')).toBe('9,772');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('34800.25')).toBe('34,800.25');
    expect(groupDigits('-1234567')).toBe('-1,234,567');
  });

  it('writes scientific notation with superscript exponents', () => {
    expect(scientific('3480000000000')).toBe('3.48×10¹²');
    expect(scientific('152800000000')).toBe('1.528×10¹¹');
    expect(scientific('0.005')).toBe('5×10⁻³');
    expect(scientific('7')).toBe('7');
    expect(scientific('0')).toBe('0');
    expect(scientific('-200000000')).toBe('-2×10⁸');
  });
});

describe('formatIndicatorValue', () => {
  it('shows 万亿 amounts as written, in 亿 and in scientific notation of the base unit', () => {
    expect(formatIndicatorValue(fig('3.48万亿元', 3480000000000, '元'))).toBe('3.48万亿元 = 34,800 亿元 = 3.48×10¹² 元');
    expect(formatIndicatorValue(fig('3.48万亿元', 3480000000000, '元'), 'en')).toBe('3.48万亿元 = 34,800 亿元 = 3.48×10¹² yuan');
  });

  it('does not repeat a 亿 amount that only lacks separators', () => {
    expect(formatIndicatorValue(fig('1528亿元', 152800000000, '元'))).toBe('1,528 亿元 = 1.528×10¹¹ 元');
  });

  it('keeps percentages as written, also their trailing zeros', () => {
    expect(formatIndicatorValue(fig('6.1%', 6.1, '%'))).toBe('6.1%');
    expect(formatIndicatorValue(fig('8.0%', 8, '%'))).toBe('8.0%');
    expect(formatIndicatorValue(fig('６．１％', 6.1, '%'))).toBe('6.1%'); // full-width folded
    expect(formatIndicatorValue(fig('百分之六', 6, '%'))).toBe('百分之六 = 6%');
  });

  it('writes ranges with an en dash and the unit on both ends', () => {
    expect(formatIndicatorValue(fig('5%-6%', 5, '%', 6))).toBe('5%–6%');
    expect(formatIndicatorValue(fig('5-6%', 5, '%', 6))).toBe('5%–6%');
    expect(formatIndicatorValue(fig('1000亿-1200亿元', 100000000000, '元', 120000000000))).toBe(
      '1000亿-1200亿元 = 1,000–1,200 亿元 = 1×10¹¹–1.2×10¹¹ 元',
    );
    expect(formatIndicatorValue(fig('3-5个百分点', 3, '个百分点', 5))).toBe('3–5 个百分点');
  });

  it('says that percentage points are not percent, in English', () => {
    expect(formatIndicatorValue(fig('17.5个百分点', 17.5, '个百分点'))).toBe('17.5 个百分点');
    expect(formatIndicatorValue(fig('17.5个百分点', 17.5, '个百分点'), 'en')).toBe('17.5 个百分点 (percentage points)');
    expect(formatIndicatorValue(fig('两个百分点', 2, '个百分点'), 'en')).toBe('两个百分点 = 2 个百分点 (percentage points)');
    // Per-mille points (出生率下降５个千分点) likewise.
    expect(formatIndicatorValue(fig('５个千分点', 5, '个千分点'))).toBe('5 个千分点');
    expect(formatIndicatorValue(fig('5个千分点', 5, '个千分点'), 'en')).toBe('5 个千分点 (per-mille points)');
  });

  it('groups counts and expands 万', () => {
    expect(formatIndicatorValue(fig('9772家', 9772, '家'))).toBe('9,772 家');
    expect(formatIndicatorValue(fig('1.06万家', 10600, '家'))).toBe('1.06万家 = 10,600 家');
    expect(formatIndicatorValue(fig('7.1万元', 71000, '元'))).toBe('7.1万元 = 71,000 元');
    expect(formatIndicatorValue(fig('291人', 291, '人'))).toBe('291 人');
  });

  it('keeps approximate and Chinese-numeral spellings next to the number', () => {
    expect(formatIndicatorValue(fig('1600多亿元', 160000000000, '元'))).toBe('1600多亿元 = 1,600 亿元 = 1.6×10¹¹ 元');
    expect(formatIndicatorValue(fig('两千亿元', 200000000000, '元'))).toBe('两千亿元 = 2,000 亿元 = 2×10¹¹ 元');
  });

  it('handles zero, negative and very large values', () => {
    expect(formatIndicatorValue(fig('0元', 0, '元'))).toBe('0 元');
    expect(formatIndicatorValue(fig('-3.2%', -3.2, '%'))).toBe('-3.2%');
    expect(formatIndicatorValue(fig('-1528亿元', -152800000000, '元'))).toBe('-1,528 亿元 = -1.528×10¹¹ 元');
    expect(formatIndicatorValue(fig('1000万亿元', 1e15, '元'))).toBe('1000万亿元 = 10,000,000 亿元 = 1×10¹⁵ 元');
    expect(formatIndicatorValue(fig('1.2亿人', 120000000, '人'), 'en')).toBe('1.2 亿人 = 1.2×10⁸ 人');
  });

  it('shows ranks as written and as a position', () => {
    expect(formatIndicatorValue(fig('第四', 4, '位次'))).toBe('第四 = 第 4 位');
    expect(formatIndicatorValue(fig('前三', 3, '位次'), 'en')).toBe('前三 = top 3');
    expect(formatIndicatorValue(fig('第9位', 9, '位次'))).toBe('第 9 位');
  });

  // A trial (session 22): 云南 2026's “区域创新能力全国排名提升4位” showed “4位 = No. 4”, a move read as a position
  // (the Hebei archive's “比上年前移6位” is the same class).
  it('shows a move in a ranking as places moved, never as a position', () => {
    expect(formatIndicatorValue({ ...fig('4位', 4, '位次'), kind: 'change' }, 'en')).toBe('4位 = 4 places');
    expect(formatIndicatorValue({ ...fig('6位', 6, '位次'), kind: 'change' })).not.toContain('第');
    expect(formatIndicatorValue({ ...fig('第四', 4, '位次'), kind: 'rank' }, 'en')).toBe('第四 = No. 4');
    // One place is one place (排名前移1位), in English as in Chinese.
    expect(formatIndicatorValue({ ...fig('1位', 1, '位次'), kind: 'change' }, 'en')).toBe('1位 = 1 place');
    expect(formatIndicatorValue({ ...fig('1位', 1, '位次'), kind: 'change' })).toBe('1 位');
  });

  it('leaves figures without a unit (ratio parts) as written', () => {
    expect(formatIndicatorValue(fig('4.2∶41.1∶54.7', 4.2, null))).toBe('4.2∶41.1∶54.7');
    expect(formatIndicatorValue(fig('', 12345, null))).toBe('12,345');
  });
});

describe('formatApproximate', () => {
  it('rounds to the significant digits of the figure it derives from, in its magnitude', () => {
    const level = fig('1528亿元', 152800000000, '元');
    expect(formatApproximate(152800000000 / 1.274, '元', level)).toBe('≈ 1,199 亿元');
    expect(formatApproximate(3480000000000 / 1.04, '元', fig('3.48万亿元', 3480000000000, '元'))).toBe('≈ 3.35 万亿元');
    expect(formatApproximate(9772 / 1.2, '家', fig('9772家', 9772, '家'))).toBe('≈ 8,143 家');
    expect(formatApproximate(2e12 / 1.061, '元', fig('2万亿元', 2e12, '元'))).toBe('≈ 1.89 万亿元');
  });
});
