/**
 * A per-head marker right before a figure (由每人每年420元, 从人均40元) makes it the per-head amount of the quantity
 * its name ends with. Sentences quoted from dev corpus reports (national 2016, 2017; guangdong-2026).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { lastYearReview, nameOf as nameIn } from '../support/names';

const nameOf = (line: string, written: string): string | null => nameIn(line, written, lastYearReview(2017));

describe('a per-head amount names the per-head quantity', () => {
  it('puts 人均 before the subsidy a figure gives per head, for both ends of the from–to pair (national 2017, 2016)', () => {
    const y2017 = '城乡居民医保财政补助由每人每年420元提高到450元，同步提高个人缴费标准，扩大用药保障范围。';
    expect(nameOf(y2017, '420元')).toBe('城乡居民医保人均财政补助');
    expect(nameOf(y2017, '450元')).toBe('城乡居民医保人均财政补助');
    expect(nameOf('基本公共卫生服务经费财政补助从人均40元提高到45元，促进医疗资源向基层和农村流动。', '40元')).toBe('基本公共卫生服务经费人均财政补助');
  });

  it('leaves a standard alone: it is a rate per person already (guangdong-2026)', () => {
    expect(nameOf('困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。', '280元')).toBe('重度残疾人护理补贴标准');
  });
});

describe('a per-head standard shared by a list', () => {
  it('ends every item of the list before it (national 2022; 2025 outside says the same)', () => {
    const text = '2022年政府工作报告\n二、2022年政府工作任务\n居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元，推动基本医保省级统筹。\n';
    const names = analyzeReport(text).indicators.map((i) => i.name);
    expect(names).toEqual(['居民医保人均财政补助标准', '基本公共卫生服务经费人均财政补助标准']);
  });
});
