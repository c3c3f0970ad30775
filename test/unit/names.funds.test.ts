/**
 * Money a verb puts into a fund named right after the figure is that fund (src/core/indicators/fundNames.ts).
 * Sentences quoted from dev corpus reports (national 2005, 2022) and national 2007, outside the corpus
 * (aldohemsn/chinese-political-corpora).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, thisYearWork, nameOf as nameIn } from '../support/names';

const nameOf = (line: string, written: string): string | null => nameIn(line, written, thisYearWork(2022));

describe('a fund named after the amount put into it', () => {
  it('names the fund, not the verb or who decided (national 2022, 2005)', () => {
    expect(nameOf('使用1000亿元失业保险基金支持稳岗和培训，加快培养制造业高质量发展的急需人才。', '1000亿元')).toBe('失业保险基金');
    expect(nameOf('国务院决定今年安排30亿元建设资金，支持国有煤矿安全技术改造，地方和企业也要增加安全生产投入。', '30亿元')).toBe('建设资金');
  });

  it('keeps the public purse that pays it, not what the fund is used for (national 2007, outside)', () => {
    expect(nameOf('启动了农村卫生服务体系建设，中央财政安排27亿元国债资金用于县、乡、村三级医疗卫生基础设施建设。', '27亿元')).toBe('中央财政国债资金');
  });

  it('leaves a fund named by its kind alone to the purpose said after it (national 2005)', () => {
    expect(nameOf('今年中央财政安排109亿元资金支持再就业，比上年增加26亿元。', '109亿元')).not.toBe('中央财政资金');
  });
});

describe('a payer alone before an amount whose purpose follows (fundForPurpose)', () => {
  it('names the money by what it is for (outside: national 2010, 2007)', () => {
    expect(namesOf('中央财政安排429亿元，解决关闭破产国有企业退休人员医疗保险问题。', ['429亿元'], lastYearReview(2010))).toEqual(['中央财政关闭破产国有企业退休人员医疗保险资金']);
    expect(namesOf('城乡医疗救助工作有所加强。中央财政安排51亿元，用于支持地方加强公共卫生服务，艾滋病等重大疾病防控取得明显进展。', ['51亿元'], lastYearReview(2007))).toEqual(['中央财政公共卫生服务资金']);
  });

  it('names the payer’s share by the spending the clause before raises (outside: national 2010)', () => {
    const line = '各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元。';
    expect(namesOf(line, ['3185亿元'], thisYearWork(2010))).toEqual(['中央财政社会保障投入']);
  });

  it('names a payer’s bare 投入 by its purpose, with or without a comma before 用于 (dev: national 2011; outside: national 2010)', () => {
    expect(namesOf('今年中央财政拟投入423亿元，用于扶助和促进就业。', ['423亿元'], thisYearWork(2011))).toEqual(['中央财政就业投入']);
    expect(namesOf('要继续实施积极的就业政策。中央财政拟投入433亿元用于促进就业。', ['433亿元'], thisYearWork(2010))).toEqual(['中央财政就业投入']);
  });

  it('keeps a payer’s 资金 as it is: a fund of its own (dev: zhejiang 2026)', () => {
    expect(namesOf('加力实施“8+4”经济政策体系，安排省级财政资金1053.8亿元，支持经济高质量发展。', ['1053.8亿元'])).toEqual(['省级财政资金']);
  });
});
