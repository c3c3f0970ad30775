/**
 * A target of additions is judged by no level a five-year review says was reached (additions.ts), on the sentences of
 * 山西 2026 (outside text, names9): 高新技术企业突破4500家 (the stock at the span's end) is no actual of 新认定高新技术
 * 企业1400家以上 (this year's newly certified ones); a level to reach (河南 2026) still is.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { counterpartFigure } from '../../src/core/indicators/counterpart';

const pairs = (text: string): string[] => analyzeReport(text).references.filter((r) => r.kind === 'indicator').map((r) => `${r.from.text} → ${r.to.text}`);
const review = '——创新驱动成果丰硕。国家级创新平台实现倍增，怀柔实验室山西研究院入轨运行，6家全国重点实验室重组入列，手撕钢、核电钢、煤海蛟龙、T1000碳纤维等新技术新产品实现突破，全球首套极地新能源系统落地南极秦岭站。高新技术企业突破4500家。在晋两院院士突破两位数。';

describe('a target of additions and a five-year review', () => {
  it('newly certified firms are not judged by the stock the span reached (山西 2026: 新认定高新技术企业1400家以上 ↮ 突破4500家)', () => {
    const text = ['2026年山西省政府工作报告', '各位代表：', '一、“十四五”时期工作回顾', review, '三、2026年工作安排', '推动科技创新和产业创新深度融合。用好政府投资基金、科技金融产品，强化多元化接力式资金支持，技术合同成交额突破350亿元。新认定高新技术企业1400家以上。'].join('\n');
    expect(pairs(text)).toEqual([]);
  });

  it('a level to reach still is (河南 2026, outside: 国家高新技术企业达到1.5万家 ↔ the review’s 国家高新技术企业1.28万家)', () => {
    const text = ['2026年河南省政府工作报告', '各位代表：', '一、“十四五”时期和2025年工作回顾', '全球“灯塔工厂”3家，国家卓越级智能工厂16家，专精特新“小巨人”450家，制造业单项冠军59家，国家高新技术企业1.28万家、科技型中小企业3万家。', '三、2026年重点工作安排', '健全优质企业梯度培育体系，国家高新技术企业达到1.5万家、科技型中小企业3.2万家。'].join('\n');
    expect(pairs(text)).toContain('1.5万家 → 1.28万家');
  });

  it('the hover card agrees: it pairs without the paragraph, on the mark the binder set (山西 2026: 新建智能化煤矿60座 ↮ 达到400座)', () => {
    const text = ['2026年山西省政府工作报告', '各位代表：', '一、“十四五”时期工作回顾', '能源保供彰显山西担当，五年生产原煤65亿吨，占全国近三成，以长协价为24个省份保供电煤20亿吨。智能化煤矿达到400座，煤炭先进产能占比提高到84%。', '三、2026年工作安排', '煤炭智能绿色安全开采方面，抓好产能接续，产量稳定在13亿吨左右。新建智能化煤矿60座，推广先进成套技术装备，新增一批绿色开采试点，持续提高单井规模和先进产能占比。'].join('\n');
    const model = analyzeReport(text);
    const target = model.indicators.find((i) => i.text === '60座');
    expect(target?.status).toBe('target');
    expect(target?.addsNew).toBe(true);
    expect(pairs(text).filter((p) => p.startsWith('60座'))).toEqual([]);
    expect(counterpartFigure(model.pairs, target!)).toBeUndefined();
  });
});
