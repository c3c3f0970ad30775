/**
 * Time said relative to the report inside or before a name (本世纪末, 利用三年时间, 在今年八月, 目前一年大约) is when or
 * how long, never what is measured (nameTime.ts, names.ts). Sentences from the random audit of outside text (names25).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview, thisYearWork } from '../support/names';

describe('relative time in a name', () => {
  it('drops the century end and a length of time before the subject (outside: national 1984, 1981; 高阳 2019)', () => {
    expect(nameOf('对实现本世纪末全国工农业年总产值翻两番的宏伟目标和社会主义事业的光辉前景更加充满信心。', '两番', lastYearReview(1984))).toBe('工农业年总产值');
    expect(nameOf('力争用二十年的时间使工农业总产值翻两番，使人民的消费达到小康水平。', '两番', thisYearWork(1981))).toBe('工农业总产值');
    expect(nameOf('大规模开展植树造林活动，利用三年时间完成植树2.3万亩，增加雄安新区绿色屏障厚度。', '2.3万亩', thisYearWork(2019))).toBe('植树');
  });

  it('drops this year and its month, and a present estimate, after the subject (outside: national 1954, 1979)', () => {
    expect(nameOf('农业生产合作社在今年八月已经发展到十万个，预计明年春耕时将达五十万个以上。', '十万个', lastYearReview(1954))).toBe('农业生产合作社');
    expect(nameOf('据有关部门初步估算，工业交通企业目前一年大约多耗电二、三百亿度，多耗煤几千万吨。', '二、三百亿度', thisYearWork(1979))).toBe('工业交通企业多耗电');
  });
});
