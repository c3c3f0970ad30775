/**
 * A count of thresholds an indicator crossed (N个万亿元台阶) counts steps, not the indicator (stepNames.ts); the
 * figures after it in the sentence still measure the indicator. Sentences from a dev corpus report and outside text.
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, namesOf } from '../support/names';

describe('a count of thresholds crossed', () => {
  it('names the steps, and leaves the level and the rate after it to the indicator (dev: 江苏 2026)', () => {
    const line = '地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%，人均地区生产总值超过16万元。';
    expect(namesOf(line, ['4个', '14.2万亿元', '5.7%'], FIVE_YEAR_REVIEW)).toEqual(['地区生产总值跨越万亿元台阶', '地区生产总值', '地区生产总值']);
  });

  it('names them whatever verb of crossing the text uses (outside: 甘肃 2026)', () => {
    expect(namesOf('金川集团工业总产值连跨两个千亿台阶，在“世界500强”排名由369位上升到235位。', ['两个'])).toEqual(['金川集团工业总产值跨越千亿台阶']);
  });
});
