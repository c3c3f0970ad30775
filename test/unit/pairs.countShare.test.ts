/**
 * A count target is never judged by a share (references/targets.ts countBesideShare): a number of things and a ratio
 * are two quantities, whatever name the binder gave them, unless the share's clause says it is of the plan (完成年计划的
 * 118.2% — 江西 2026, dev, as marked). Read on the outside free texts 深圳 2026 and 深圳 2016 (links38).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { judgedBy, reviewAndPlan as report } from '../support/pairs';
import { readCorpus } from '../support/corpus';

describe('a count target beside a share', () => {
  it('深圳 2016: 新增普惠性幼儿园60所 is not judged by 68.7% (of the school places given to non-residents)', () => {
    // The review of the five years (its sentences quoted exactly, those between left out): the 825所 is the span's.
    const model = report(
      2016,
      '七是全力实施惠民工程，民生福祉持续提升。五年来，我们加大投入力度，系统推进12项重大民生工程。基础教育普惠均衡发展，新增中小学学位13.2万个、幼儿园学位14.8万个，普惠性幼儿园825所，2015年68.7%基础教育学位供给非深户学生。',
      '新改扩建中小学校30所，新增中小学学位3.09万个，新增普惠性幼儿园60所。',
    );
    expect(judgedBy(model, '60所')).not.toBe('68.7%');
  });

  it('深圳 2026: the 310条 rivers of 310条河流优良水体比例保持90%以上 are not judged by last year’s 90.1%', () => {
    const model = report(
      2026,
      '310条河流优良水体比例达90.1%。',
      '统筹水资源、水环境、水生态治理，加快推进宝龙、滨河等5座水质净化厂新改扩建项目，持续提升生活污水集中收集率，310条河流优良水体比例保持90%以上。',
    );
    expect(judgedBy(model, '310条')).not.toBe('90.1%');
    // The share target keeps last year's share.
    expect(judgedBy(model, '90%')).toBe('90.1%');
  });

  it('江西 2026 (dev): a share of the year’s plan still judges the count (城镇新增就业 ↔ 完成年计划的118.2%)', () => {
    const model = analyzeReport(readCorpus('local/jiangxi-2026.txt'));
    const shares = model.pairs.filter((p) => p.actual.text === '118.2%' && p.target.kind === 'count');
    expect(shares.length).toBeGreaterThan(0);
  });
});
