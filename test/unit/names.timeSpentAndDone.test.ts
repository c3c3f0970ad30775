/**
 * The years a work takes (利用三年时间) open no name, and 实现 between people and 脱贫 is the measure's verb, not part
 * of what is counted (names.ts: LEADING_NOISE, DONE_INSIDE). Sentences quoted from a dev corpus report (高阳 2019,
 * labelled 雄高片林植树 and 贫困人口脱贫) and from national 1981 (aldohemsn/chinese-political-corpora, outside the corpus).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, thisYearWork, lastYearReview } from '../support/names';

describe('time spent and 实现 inside a name', () => {
  it('drops 利用三年时间 and the 完成 after it (dev 高阳 2019)', () => {
    const line = '以毗邻雄安新区的庞口镇、小王果庄镇、蒲口乡、晋庄镇为重点，主动对接，认真谋划，提高标准，大规模开展植树造林活动，利用三年时间完成植树2.3万亩，增加雄安新区绿色屏障厚度。';
    expect(nameOf(line, '2.3万亩', thisYearWork(2019))).toBe('植树');
  });

  it('drops 用二十年的时间 and the causative 使 after it (national 1981, outside)', () => {
    const line = '我们要在中国共产党的正确领导下，动员和组织全国各族人民，振奋精神，同心协力，艰苦奋斗，勤俭建国，力争用二十年的时间使工农业总产值翻两番，使人民的消费达到小康水平。';
    expect(nameOf(line, '两番', thisYearWork(1981))).toBe('工农业总产值');
  });

  it('reads 贫困人口实现脱贫 as 贫困人口脱贫 (dev 高阳 2019)', () => {
    const line = '严格按照"两不愁三保障"标准要求，强化精准识别精准帮扶，全县贫困人口实现脱贫3403人，顺利通过省、市考核评估。';
    expect(nameOf(line, '3403人', lastYearReview(2019))).toBe('贫困人口脱贫');
  });
});
