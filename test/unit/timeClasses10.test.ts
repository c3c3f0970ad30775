import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { CORPUS } from '../support/expectedOutline';

/**
 * Period and status classes counted in session 10 on reports outside the labelled set (national reports of the corpus's
 * public source, government_work_reports.jsonl, and 2026 provincial reports of china-provincial-gov-reports-2026), each
 * checked on the outside text that showed it, quoted with its source named, and on the dev corpus where it has one.
 */
const figure = (figures: readonly Indicator[], text: string, nth = 0): Indicator | undefined => figures.filter((f) => f.text === text)[nth];
/** A provincial report skeleton: a review of last year, then this year's work. */
const report = (year: number, review: string, work: string): Indicator[] =>
  analyzeReport(`各位代表：\n\n现在，我代表省人民政府，向大会报告工作。\n\n一、${year - 1}年工作回顾\n\n${review}\n\n二、${year}年重点工作\n\n${work}\n`).indicators;

describe('a rate of the graduates is no foreseen fact', () => {
  it('应届高校毕业生就业率保持95%以上 in this year\'s work (西藏 2026) is a goal of the year, like 市场就业率70%以上 after it', () => {
    const f = report(2026, '地区生产总值增长7%。', '着力促进就业增收。实施未就业和未稳定就业高校毕业生就业能力提升行动，应届高校毕业生就业率保持95%以上、市场就业率70%以上，城镇新增就业5万人。');
    expect(figure(f, '95%')).toMatchObject({ status: 'target', period: '2026' });
    expect(figure(f, '70%')).toMatchObject({ status: 'target', period: '2026' });
  });

  it('the graduates themselves, foreseen, stay a fact (national 2016, dev: 今年高校毕业生将高达765万人)', () => {
    const text = readFileSync(join(CORPUS, 'national/2016.txt'), 'utf8');
    const f = analyzeReport(text).indicators.find((i) => i.text === '765万人');
    expect(f?.status).toBe('actual');
  });
});

describe('a start value dated by a part of the year is of that year', () => {
  it('年末城镇调查失业率从上半年5.5%降到5.3% (广西 2026\'s review of 2025): both 2025', () => {
    const f = report(2026, '城镇新增就业42.3万人，年末城镇调查失业率从上半年5.5%降到5.3%。', '城镇新增就业40万人以上。');
    expect(figure(f, '5.5%')).toMatchObject({ status: 'actual', period: '2025' });
    expect(figure(f, '5.3%')).toMatchObject({ status: 'actual', period: '2025' });
  });

  it('由年初的400多万人扩大到年末的1120多万人 (national 2002\'s review of 2001)', () => {
    const f = report(2002, '城市居民最低生活保障的覆盖人数，由年初的400多万人扩大到年末的1120多万人。', '今年拟发行1500亿元长期建设国债。');
    expect(figure(f, '400多万人')).toMatchObject({ status: 'actual', period: '2001' });
  });

  it('a start value with no part of the year stays the year before (由77家增至144家 keeps its rule)', () => {
    const f = report(2026, '高新技术企业由1.2万家增至1.5万家。', '城镇新增就业40万人以上。');
    expect(figure(f, '1.2万家')).toMatchObject({ status: 'actual', period: '2024' });
  });
});
