/**
 * Two words after or before an amount that named it wrongly (names49, free outside texts of src27): 人民币 after an
 * amount is the currency it is in, not 人民 counted as the population (the amount was named 人口); an ordinal batch
 * alone before a figure (首批) says which batch, and the noun after the figure names what came in it.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('人民币 after an amount', () => {
  it('is the currency, not the people (深圳 2022, 2023)', () => {
    const line = '发行全国首单清洁能源、保障性租赁住房等不动产投资信托基金和50亿元离岸人民币地方政府债券。';
    // (Named by the item before 和 still, 不动产投资信托基金: a list of a noun and an amount, left; never the population.)
    expect(nameOf(line, '50亿元', lastYearReview(2023))).not.toBe('人口');
    expect(nameOf('发行50亿元离岸人民币地方政府债券。', '50亿元', lastYearReview(2023))).toBe('离岸人民币地方政府债券');
  });

  it('leaves a head count of the people the population (national prose)', () => {
    expect(nameOf('我们有六亿人民。', '六亿', lastYearReview(1956))).toBe('人口');
  });
});

describe('an ordinal batch alone before a figure', () => {
  it('takes the noun after the figure, and keeps the batch (深圳 2022, 广东 2016)', () => {
    const line = '深圳－新加坡智慧城市合作新签约跨境电子支付等10个项目。首批50亿元离岸人民币地方政府债券在港成功发行。';
    expect(nameOf(line, '50亿元', lastYearReview(2022))).toBe('首批离岸人民币地方政府债券');
    expect(nameOf('在对接国际投资贸易规则体系上先行先试，首批27项改革经验在全国复制推广。', '27项', lastYearReview(2016))).toBe('首批改革经验');
  });
});

describe('an ordinal batch alone before a count with a predicate after its noun', () => {
  // (Review32: the noun was read with the count's predicate put before it, 首批完工整治项目.)
  it('takes the noun alone, not the predicate (outside: 宝安区 2016, 深圳 2024)', () => {
    expect(nameOf('投资13.5亿的“品质社区”三年计划启动，首批116个整治项目完工。', '116个', lastYearReview(2016))).toBe('首批整治项目');
    const line = '铁仔山观海台、塘朗山极目阁等首批20个城市第六立面改造提升试点项目完工并取得良好效果。';
    expect(nameOf(line, '20个', lastYearReview(2024))).toBe('首批城市第六立面改造提升试点项目');
  });
});
