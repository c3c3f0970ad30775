/**
 * A topic clause that lists examples before the class it names (猪肉、羊肉、蔬菜等副食品，都增长百分之三十以上) names the
 * figure of the clause after it, even when a year opens it (一九六四年供应的…: when, not a figure the clause holds) or
 * the examples make it long (机制纸、铝制品、搪瓷制品、自行车、收音机等主要日用品，增长百分之五十以上); the names were
 * null. Sentences of public reports OUTSIDE the labelled corpus (aldohemsn/chinese-political-corpora,
 * government_work_reports.jsonl; the Hebei archive, yver-sun/gaoyang-towel-resilience).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

function names(year: number, line: string): Array<[string, string | null]> {
  const text = `${year}年政府工作报告\n一、${year - 1}年工作回顾\n${line}\n`;
  return analyzeReport(text).indicators.map((i) => [i.text, i.name]);
}

describe('a listed class before the figure’s clause names it', () => {
  it('reads the classes of national 1964’s supplies (outside)', () => {
    expect(names(1965, '同一九五七年比较，一九六四年供应的猪肉、羊肉、蔬菜等副食品，都增长百分之三十以上；机制纸、铝制品、搪瓷制品、自行车、收音机等主要日用品，增长百分之五十以上。')).toEqual([
      ['百分之三十', '副食品'],
      ['百分之五十', '主要日用品'],
    ]);
  });

  it('reads what the examples are of when 在内 closes them (national 1955, outside)', () => {
    expect(names(1955, '五年内，包括工厂厂房、工人职员宿舍、学校、医院等在内的房屋建筑面积，约有一亿五千万平方公尺。')).toEqual([['一亿五千万平方公尺', '房屋建筑面积']]);
  });

  it('leaves a clause that names its own figure to it (河北 2004, outside)', () => {
    const read = names(2004, '全省实际利用外资15亿元，增长44.1%。');
    expect(read.find(([t]) => t === '44.1%')?.[1]).toBe('实际利用外资');
  });
});
