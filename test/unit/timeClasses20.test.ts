import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 18's periods round (issue 8, item 3), counted on a random sample of whole sections of
 * unseen text (national years and reports of the sealed kinds not in the corpus), each on a real sentence quoted exactly.
 */

describe('in the part on foreign affairs a time said is its own paragraph\'s', () => {
  // National 1988 (dev): the part opens with a paragraph of the five years reviewed; two paragraphs on, how the world
  // stands now (美苏…核武器) was dated by that review.
  const report1988 = (): Indicator[] =>
    analyzeReport(
      '1988年政府工作报告\n\n各位代表！\n\n过去五年国内工作的基本总结\n\n五年来，国民生产总值平均每年增长11.1%。\n\n今后五年建设和改革的目标、方针和任务\n\n' +
        '国民生产总值平均每年增长7.5%。\n\n关于外交工作\n\n　　在过去五年里，我们坚决执行独立自主的和平外交政策，同时根据国际形势的发展变化和我国社会主义现代化建设的需要，对某些具体政策继续进行了正确的调整，从而在外交工作中取得了重大成就，开创了新的局面。\n\n' +
        '　　五年来，我国主要领导人访问了４６个国家，足迹遍及五大洲。\n\n' +
        '　　中国政府一再声明，并且仍然认为，拥有世界核武器总量９７％以上的美苏两国应该率先停止试验、停止生产和停止部署核武器，并且大幅度裁减它们的核武器。\n',
    ).indicators;

  it('拥有世界核武器总量９７％以上的美苏两国 (national 1988, dev) names no time: null, not the review 1983-1987', () => {
    expect(figure(report1988(), '９７％')).toMatchObject({ status: 'actual', period: null });
  });

  it('五年来，我国主要领导人访问了４６个国家 still speaks for its own paragraph: 1983-1987', () => {
    expect(figure(report1988(), '４６个')).toMatchObject({ status: 'actual', period: '1983-1987' });
  });

  it('一年来，我国领导人出访了许多国家 does not date 拥有占全世界９５％以上核武器的美苏两国 later in the part (national 1984, outside)', () => {
    const f = analyzeReport(
      '1984年政府工作报告\n\n各位代表：\n\n关于国内建设\n\n一九八三年，全国工业总产值增长１０．５％。\n\n关于外交工作\n\n' +
        '一年来，我国领导人出访了许多国家，有二十多位外国元首和政府首脑先后来我国访问。\n\n' +
        '我们主张，拥有占全世界９５％以上核武器的美苏两国应当率先大幅度削减它们的核武器；只有这样，其他有核国家参加核裁军才是有意义的。\n',
    ).indicators;
    expect(figure(f, '二十多位')).toMatchObject({ status: 'actual', period: '1983' });
    expect(figure(f, '９５％')).toMatchObject({ status: 'actual', period: null });
  });
});
