/**
 * 翻一番 / 翻两番: the verb 翻 stands before the figure, so a name read up to the figure ends in it (研发投入翻, 工农业年
 * 总产值翻) — a verb fragment, not what doubles. And the comparison base of 比2000年翻一番 is not a ratio's 比.
 * Cases from the dev corpus and from public reports OUTSIDE the labelled corpus (aldohemsn/chinese-political-corpora,
 * government_work_reports.jsonl; johncodes404/china-provincial-gov-reports-2026, output/2026_raw_text).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { lastYearReview, nameOf as nameIn } from '../support/names';

/** The name of `written` in `line`, read in last year's review of a report of `year`. */
const nameOf = (year: number, line: string, written: string): string | null => nameIn(line, written, lastYearReview(year));

describe('what doubles, not the verb 翻', () => {
  it('drops 翻 (and 实现 before it) after the noun (甘肃, 新疆 2026; national 1987, outside the corpus)', () => {
    expect(nameOf(2026, '贸易结构趋于优化，力争外贸进出口总值翻一番。', '一番')).toBe('外贸进出口总值');
    expect(nameOf(2026, '累计建成国家级和部级科技创新平台基地160个，研发投入翻一番，高新技术企业数量大幅增加。', '一番')).toBe('研发投入');
    expect(nameOf(1987, '我们已经确定的到本世纪末工农业年总产值翻两番的目标，是以提高经济效益为前提的。', '两番')).not.toMatch(/翻$/);
  });

  it('drops a span before 翻 with it (云南 2026, outside the corpus)', () => {
    expect(nameOf(2026, '新增9个全国重点实验室，高新技术企业数3年翻一番，新增一批科技型企业。', '一番')).toBe('高新技术企业数');
  });

  it('keeps no comparison 比 before a base year, but a ratio’s 比 (national 2001; 云南 2026, outside the corpus)', () => {
    expect(nameOf(2001, '为到2010年国内生产总值比2000年翻一番奠定坚实基础。', '一番')).toBe('国内生产总值');
    expect(nameOf(2026, '城乡居民收入比由2.9∶1缩小至2.52∶1。城镇新增就业261.6万人。', '2.52')).toBe('城乡居民收入比');
  });

  it('names the dev corpus’s 翻两番 goal without the verb (national 1982)', () => {
    const text = readFileSync('test/fixtures/corpus/national/1982.txt', 'utf8');
    const hit = analyzeReport(text).indicators.find((i) => i.range.start.line === 24 && i.text === '两番');
    expect(hit?.name).toMatch(/总产值$/);
  });
});

describe('a goal’s frame before a known indicator', () => {
  it('names the indicator after 实现 (广西 2026, outside the corpus)', () => {
    expect(nameOf(2026, '为确保与全国同步基本实现社会主义现代化、实现2035年人均地区生产总值比2020年翻一番打好基础。', '一番')).toBe('人均地区生产总值');
  });
});
