/**
 * Words that join a clause to the one before (由于, 因为, 虽然, 而且, 另外 …) and the 高 of 高达 are never part of a
 * figure's name. Older national reports open many clauses with them (因为劳动效率过低损失二十三亿五千多万元 — national
 * 1954; 单位造价高达一百六十三元 — 1955; 涨幅仍然高达 — 1995), and the names read 因为劳动效率过低损失, 单位造价高.
 * Sentences of public reports OUTSIDE the labelled corpus (aldohemsn/chinese-political-corpora,
 * government_work_reports.jsonl; the Hebei archive, yver-sun/gaoyang-towel-resilience).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

function figure(year: number, line: string, written: string): { name: string | null; measure: string | null } {
  const text = `${year}年政府工作报告\n一、${year - 1}年工作回顾\n${line}\n`;
  const hit = analyzeReport(text).indicators.find((i) => i.text === written);
  if (!hit) throw new Error(`${written} not found as a figure`);
  return { name: hit.name, measure: hit.measure };
}

describe('a clause conjunction opening the name goes', () => {
  it('drops 因为 and 另外 (national 1954, 保定 2006: outside)', () => {
    expect(figure(1954, '这个工程因为盲目采购材料而积压资金一百四十四亿余元，因为劳动效率过低损失二十三亿五千多万元。', '二十三亿五千多万元').name).toBe('劳动效率过低损失');
    expect(figure(2006, '81个具体任务圆满完成453项，另外完成重大事项25项。', '25项').name).toBe('重大事项');
  });

  it('drops 虽然 before the subject (national 1957, outside)', () => {
    expect(figure(1957, '因此，虽然1956年我国生产资料工业的产值增长了41%，生活资料工业的产值增长了。', '41%')).toEqual({ name: '生产资料工业产值', measure: '增长' });
  });
});

describe('高达 is the measure, its 高 no part of the name', () => {
  it('reads 单位造价高达 and 支出就高达 (national 1955; 河北 2004: outside)', () => {
    expect(figure(1955, '例如有一个疗养院的洗衣房，单位造价高达三百四十六元，安装上洗衣机后空隙太小。', '三百四十六元')).toEqual({ name: '单位造价', measure: '达到' });
    expect(figure(2004, '去年，仅用于防治非典的支出就高达13亿元。', '13亿元')).toEqual({ name: '非典的支出', measure: '达到' });
  });
});
