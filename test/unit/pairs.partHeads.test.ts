/**
 * A part of an indicator named by a head word before the whole's name (京津|技术合同成交额, 电商|进出口额) is never judged
 * by the whole nor judges it (references/partHeads.ts); two names of the same part stay a pair. Lines quoted from src32
 * 河北省-2023 and 河北省-2022 (outside ../shared/corpus, free texts of the second outside source) and 辽宁 2026 (dev).
 */
import { describe, expect, it } from 'vitest';
import { PART_HEADS, partBesideWhole } from '../../src/core/references/partHeads';
import { analyzeReport } from '../../src/core';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('a part named by a head word beside the whole', () => {
  it('its heads: unique; a name with a head beside one without is a part beside the whole', () => {
    expect(new Set(PART_HEADS).size).toBe(PART_HEADS.length);
    expect(partBesideWhole('京津技术合同成交额', '技术合同成交总额')).toBe(true);
    expect(partBesideWhole('跨境电商进出口', '跨境电商进出口')).toBe(false);
    expect(partBesideWhole('地方一般公共预算收入', '一般公共预算收入')).toBe(false);
  });

  it('河北省 2023: 技术合同成交总额1500亿元 is not judged by 吸纳京津技术合同成交额增长13%', () => {
    const model = reviewAndPlan(
      2023,
      '新建院士合作重点单位34家，与京津共建4家科技平台示范基地，吸纳京津技术合同成交额增长13%以上。',
      '深入推进京津研发、河北转化，实施重大科技成果产业化示范工程，与京津共建5家科技创新平台示范基地，全年技术合同成交总额1500亿元以上。',
    );
    expect(judgedBy(model, '1500亿元')).toBeUndefined();
    expect(judgedBy(model, '5家')).toBe('4家');
  });

  it('河北省 2022: 电商进出口额突破200亿元 is not judged by 外贸进出口增长21.5%', () => {
    const model = reviewAndPlan(
      2022,
      '全省生产总值突破4万亿元、增长6.5%，一般公共预算收入增长8.9%，居民消费价格上涨1%，外贸进出口增长21.5%，发展质量效益不断提高。',
      '开展跨境电商健康发展三年行动，电商进出口额突破200亿元。外贸进出口增长5%左右。',
    );
    expect(judgedBy(model, '200亿元')).toBeUndefined();
    expect(judgedBy(model, '5%')).toBe('21.5%');
  });

  it('辽宁 2026: 进出口总额增长3.5% is not judged by 跨境电商进出口增长16.3%, 跨境电商进出口增长15% is', () => {
    const model = analyzeReport(
      [
        '2026年政府工作报告',
        '一、2025年工作回顾',
        '着力发展外贸新业态新模式，培育跨境电商产业园14个，建成海外仓123个，跨境电商进出口增长16.3%。',
        '二、2026年工作安排',
        '全力稳外贸稳外资。全面实施跨境电商加快发展行动，推动“跨境电商+产业带”深度融合、扩容升级，跨境电商进出口增长15%以上。',
        '进出口总额增长3.5%左右。',
      ].join('\n'),
    );
    expect(judgedBy(model, '3.5%')).toBeUndefined();
    expect(judgedBy(model, '15%')).toBe('16.3%');
  });
});
