/** Names of money spent (src/core/references/payers.ts), on names the binder gives real sentences. */
import { describe, expect, it } from 'vitest';
import { paidFor, paysForNothing, samePaid, spentOn } from '../../src/core/references/payers';

describe('names of money spent', () => {
  it('read what the money is spent on (中央财政用于“三农”的支出 → 三农; 中央财政预算再就业补助资金 → 再就业)', () => {
    expect(paidFor('中央财政三农支出')).toEqual({ thing: '三农', money: true });
    expect(spentOn('中央财政预算再就业补助资金')).toBe('再就业');
    expect(spentOn('中央财政社会保障资金')).toBe('社会保障');
  });

  it('know a name that says only who pays (中央财政, 中央财政投入, 中央财政拿出) and not a revenue or a deficit', () => {
    for (const name of ['中央财政', '中央财政投入', '中央财政拿出', '中央财政补助资金', '资金']) expect(paysForNothing(name), name).toBe(true);
    for (const name of ['财政收入', '中央财政赤字', '高标准农田', '中央财政三农投入']) expect(paysForNothing(name), name).toBe(false);
  });

  it('hold 投入 and 支出 of one thing the same, not a revenue and a spending', () => {
    expect(samePaid(paidFor('中央财政三农投入'), paidFor('中央财政三农支出'))).toBe(true);
    expect(samePaid(paidFor('中央财政三农投入'), paidFor('中央财政社会保障资金'))).toBe(false);
    expect(samePaid(paidFor('地方财政收入'), paidFor('财政收入'))).toBe(false);
  });
});
