/**
 * A status word written into a name: 调控目标, 预期目标, 目标 say that a figure is a target (its status), not what it
 * measures. Left in the name, a target finds no last-year actual and no series. Cases from the dev corpus and from
 * public reports OUTSIDE the labelled corpus (aldohemsn/chinese-political-corpora, government_work_reports.jsonl;
 * johncodes404/china-provincial-gov-reports-2026, output/2026_raw_text), each named by its source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { cleanName } from '../../src/core/indicators/names';

function figure(text: string, written: string): { name: string | null; status: string } {
  const hit = analyzeReport(text).indicators.find((i) => i.text === written);
  if (!hit) throw new Error(`${written} not found as a figure`);
  return { name: hit.name, status: hit.status };
}

const report = (year: number, line: string): string => `${year}年政府工作报告\n一、${year}年的主要任务\n${line}\n`;

describe('a status word is not part of an indicator name', () => {
  it('names the indicator a growth target is of, and keeps it a target (dev corpus, national 1997)', () => {
    const text = readFileSync('test/fixtures/corpus/national/1997.txt', 'utf8');
    const hit = analyzeReport(text).indicators.find((i) => i.range.start.line === 40 && i.text === '８％');
    expect(hit?.name).not.toMatch(/目标/);
    expect(hit?.status).toBe('target');
  });

  it('drops 宏观调控目标 and 预期目标 after the noun (national 1995, 2001, outside the corpus)', () => {
    const y1995 = figure(report(1995, '综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。'), '百分之八至九');
    expect(y1995.name).not.toMatch(/目标/);
    expect(y1995.status).toBe('target');
    const y2001 = figure(report(2001, '综合考虑各方面因素，“十五”期间年均经济增长速度预期目标为7％左右。'), '7％');
    expect(y2001.name).toBe('年均经济增长速度');
  });

  it('keeps a clause’s purpose (以…为目标), a growth target word the kind reads, and 目标 alone', () => {
    expect(cleanName('全体人民住有所居为目标')).toMatch(/目标$/);
    expect(cleanName('广义货币M2增长目标')).toBe('广义货币M2增长目标');
    expect(cleanName('新建体育公园目标完成率')).toBe('新建体育公园目标完成率');
    expect(cleanName('经济增长速度调控目标')).toBe('经济增长速度');
  });
});

describe('a verb’s course (在执行中) is when, not what', () => {
  it('names the plan’s output, not 执行中 (dev corpus, national 1982)', () => {
    const text = readFileSync('test/fixtures/corpus/national/1982.txt', 'utf8');
    const hit = analyzeReport(text).indicators.find((i) => i.range.start.line === 22 && i.text === '百分之五');
    expect(hit?.name).toMatch(/总产值$/);
    expect(cleanName('在执行中')).toBe('');
    expect(cleanName('实施中')).toBe('');
    expect(cleanName('项目中')).toBe('项目中');
  });
});
