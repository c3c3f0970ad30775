/**
 * A bound word before a figure (不低于, 不少于) is its qualifier (以上); read as the measure too, the card showed
 * “不低于 5%以上”. Cases from the dev corpus and from public reports OUTSIDE the labelled corpus
 * (aldohemsn/chinese-political-corpora, government_work_reports.jsonl; johncodes404/china-provincial-gov-reports-2026,
 * output/2026_raw_text).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { isQualifierWord } from '../../src/core/numbers/qualifiers';

function figure(year: number, line: string, written: string): { measure: string | null; qualifier: string | null } {
  const text = `${year}年政府工作报告\n一、${year}年的主要任务\n${line}\n`;
  const hit = analyzeReport(text).indicators.find((i) => i.text === written);
  if (!hit) throw new Error(`${written} not found as a figure`);
  return { measure: hit.measure, qualifier: hit.qualifier };
}

describe('a bound word is the qualifier, not also the measure', () => {
  it('keeps 以上 and no 不低于/不少于 measure (national 2007; 山西 2026, outside the corpus)', () => {
    expect(figure(2007, '城镇新增就业人数不低于900万人，城镇登记失业率控制在4.6%以内。', '900万人')).toEqual({ measure: null, qualifier: '以上' });
    expect(figure(2026, '十一是大型农贸批发市场完成不少于100万批次农产品快检。', '100万批次')).toEqual({ measure: null, qualifier: '以上' });
  });

  it('leaves the figure of the dev corpus’s 一律按不低于5%的幅度压减 a floor with no doubled word (national 2017)', () => {
    const text = readFileSync('test/fixtures/corpus/national/2017.txt', 'utf8');
    const hit = analyzeReport(text).indicators.find((i) => i.range.start.line === 153 && i.text === '5%');
    expect(hit?.qualifier).toBe('以上');
    expect(hit?.measure).not.toBe('不低于');
  });

  it('keeps a measure that is not the qualifier’s own word', () => {
    expect(isQualifierWord('不低于', '以上')).toBe(true);
    expect(isQualifierWord('控制在', '以内')).toBe(false);
    expect(isQualifierWord('不低于', null)).toBe(false);
  });
});

describe('an average annual rate said 年均增速 or 年均增幅', () => {
  // A trial user's card read 经济总量…年均增速5.7% as one year's growth and computed a base of 6万亿元 ÷ 1.057.
  it('is 年均增长, with no one-year base computed from it (national 2011, dev)', () => {
    const model = analyzeReport(readFileSync('test/fixtures/corpus/national/2011.txt', 'utf8'));
    const hit = model.indicators.find((i) => i.range.start.line === 53 && i.text === '23%');
    expect(hit).toMatchObject({ kind: 'growth', measure: '年均增长', qualifier: '超过' });
  });
});

describe('an average annual price rise said 年均上涨', () => {
  // A ninth trial: 居民消费价格年均上涨1.9% in a five-year review showed 上涨 (rise) over 2013-2017, read as one rise of
  // 1.9% in five years, while 年均增长7.1% on the same line kept its 年均.
  it('keeps its 年均 beside the 年均增长 of the same line (national 2018, dev)', () => {
    const model = analyzeReport(readFileSync('test/fixtures/corpus/national/2018.txt', 'utf8'));
    const line = model.indicators.filter((i) => i.range.start.line === 11);
    expect(line.find((i) => i.text === '1.9%')).toMatchObject({ kind: 'growth', measure: '年均上涨', name: '居民消费价格' });
    expect(line.find((i) => i.text === '7.1%')).toMatchObject({ kind: 'growth', measure: '年均增长' });
  });
});
