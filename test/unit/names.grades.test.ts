/**
 * A size grade alone after a count (千亿级, 百亿级) takes the noun after the list of graded counts (gradeNames.ts).
 * Sentence quoted from outside text (保定 2023, not in the corpus).
 */
import { describe, expect, it } from 'vitest';
import { namesOf, thisYearWork } from '../support/names';

describe('a grade alone after a count', () => {
  it('gives each graded count the noun after the list (outside: 保定 2023)', () => {
    const line = '持续实施“开发区实力倍增计划”，力争打造5个千亿级、12个百亿级开发区，全市开发区营业收入同比增长15%以上。';
    expect(namesOf(line, ['5个', '12个'], thisYearWork(2023))).toEqual(['千亿级开发区', '百亿级开发区']);
  });
});
