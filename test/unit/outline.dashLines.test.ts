import { describe, expect, it } from 'vitest';
import { nodeAtLine } from '../support/outlineNodes';
import { readCorpus } from '../support/corpus';

// National 2007 (government_work_reports.jsonl, from wikisource), lines 0–16: the opening of part 一, whose dash leads
// stand on lines of their own with their body on the next line (no blank line between), as the page set them.
const NATIONAL_2007_EXCERPT = [
  '各位代表：',
  '现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。',
  '',
  '一、2006年工作回顾',
  '',
  '2006年，是我国实施“十一五”规划并实现良好开局的一年，国民经济和社会发展取得重大成就。',
  '',
  '——经济平稳快速增长。',
  '国内生产总值20.94万亿元，比上年增长10.7%；居民消费价格总水平上涨1.5%。经济增长连续四年达到或略高于10%，没有出现明显通货膨胀。',
  '',
  '——经济效益稳步提高。',
  '全国财政收入3.93万亿元，比上年增加7694亿元；规模以上工业企业实现利润增长31%，增加4442亿元。',
].join('\n');

describe('a dash lead on a line of its own over its body', () => {
  it('takes the dash as its marker, not as part of its title (national 2007 part 一)', () => {
    expect(nodeAtLine(NATIONAL_2007_EXCERPT, '——经济平稳快速增长。')).toMatchObject({ kind: 'lead', level: 2, marker: '——', title: '经济平稳快速增长' });
    expect(nodeAtLine(NATIONAL_2007_EXCERPT, '——经济效益稳步提高。')).toMatchObject({ kind: 'lead', level: 2, marker: '——', title: '经济效益稳步提高' });
    // The body line under it is no heading.
    expect(nodeAtLine(NATIONAL_2007_EXCERPT, '国内生产总值20.94万亿元')).toBeUndefined();
  });

  it('reads dash leads fused with their paragraph as before (dev national 2008 part 一)', () => {
    expect(nodeAtLine(readCorpus('national/2008.txt'), '——经济跨上新台阶。')).toMatchObject({ kind: 'lead', level: 2, marker: '——', title: '经济跨上新台阶' });
  });
});
