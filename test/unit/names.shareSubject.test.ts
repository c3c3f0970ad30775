/**
 * A share keeps its subject, and is never its whole: the part of 占…比重 said a clause back (after a level or a growth
 * of it), the parts of a list of shares taken in turn, and the lexicon never reading the whole after 占 as the
 * indicator (占全省生产总值 is no GDP). A trial (trial17) on the Hebei archive found the 2011 and 2013 shares named
 * 占全省生产总值比重 alone, the two of 2011 one indicator, and 2013's card “Related indicator: GDP”. Sentences quoted from
 * the Hebei archive (outside the corpus) and from dev reports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { lookupIndicator } from '../../src/core/lexicon';
import { lastYearReview, namesOf, thisYearWork } from '../support/names';

describe('a share keeps its subject', () => {
  it('takes the part from the level or growth said right before its 占 (outside: 河北省 2011, 2020)', () => {
    const private11 = '力争2015年民营经济增加值实现翻番、年均增长15%左右，占全省生产总值的比重达到70%以上、上缴税金占全部财政收入的比重达到70%以上。';
    expect(namesOf(private11, ['70%'], thisYearWork(2011))[0]).toBe('民营经济增加值占全省生产总值比重');
    const culture11 = '“十二五”末文化产业增加值完成1500亿元以上、占全省生产总值的比重达到5%。';
    expect(namesOf(culture11, ['5%'], thisYearWork(2011))[0]).toBe('文化产业增加值占全省生产总值比重');
    const services20 = '——产业结构持续优化。服务业增加值增长10%左右，占生产总值比重超过50%。';
    expect(namesOf(services20, ['50%'], lastYearReview(2020))[0]).toBe('服务业增加值占生产总值比重');
  });

  it('takes the part from a growth whose subject and measure stand apart in its clause (src32 河北省 2012, 2006)', () => {
    // (src32 河北省-2012.txt line 24, 河北省-2006.txt line 51, outside ../shared/corpus: the growth's name, 民营经济增加值, is
    // read from 民营经济 … 增加值, never written whole; the share after it was 占全省生产总值比重 alone.)
    const private12 = '民营经济快速发展，完成增加值15000亿元，增长12.5%，占全省生产总值的比重达到63.5%。';
    expect(namesOf(private12, ['63.5%'], lastYearReview(2012))[0]).toBe('民营经济增加值占全省生产总值比重');
    const private06 = '民营经济快速发展，增加值年均增长13.1%，占全省生产总值的比重达到48%，对经济增长的贡献率达到47.2%。';
    expect(namesOf(private06, ['48%'], lastYearReview(2006))[0]).toBe('民营经济增加值占全省生产总值比重');
  });

  it('takes as its part a sum of two things named with 和, 及 or 、, not a clause kept whole (src32 保定市 2021, 清苑区 2003, 2020)', () => {
    // (Outside ../shared/corpus: src32 保定市-2021.txt line 20, 清苑区-2003.txt line 0, 清苑区-2020.txt line 15.)
    const spent = '全市民生和社会事业累计支出2806亿元，占公共财政预算支出的85%。';
    expect(namesOf(spent, ['85%'], lastYearReview(2021))[0]).toBe('民生和社会事业累计支出占公共财政预算支出比重');
    const land = '瓜菜果、花卉苗木面积达到33.9万亩，占全县总耕地面积的40%。';
    expect(namesOf(land, ['40%'], lastYearReview(2003))[0]).toBe('瓜菜果、花卉苗木面积占全县总耕地面积比重');
    const output = '高新技术产业和现代服务业完成产值35.4亿元，占生产总值的26.8%。';
    expect(namesOf(output, ['26.8%'], lastYearReview(2020))[0]).toBe('高新技术产业和现代服务业产值占生产总值比重');
    // (src32 河北省-2002.txt line 108: a name that opens with an adverb and verbs is a clause, no part to copy.)
    const approvals = '各级政府积极推进行政审批制度改革，先后向社会公布取消、下放行政审批事项5581项，占全部审批事项的40％以上。';
    expect(namesOf(approvals, ['40％'], lastYearReview(2002))[0]).toBe('占全部审批事项比重');
  });

  it('gives the shares of a list of wholes the parts before them in turn (outside: 河北省 2013)', () => {
    const line = '民营经济快速发展，2012年增加值达到17232.8亿元、实现上缴税金2342.5亿元，占全省生产总值、全部财政收入的比重达到64.8%和67.3%，比2007年分别提高9.4个和8.1个百分点。';
    const [gdp, revenue, up1, up2] = namesOf(line, ['64.8%', '67.3%', '9.4个', '8.1个百分点'], lastYearReview(2013));
    // Never the whole alone (占全省生产总值), never the second whole with the share word only (全部财政收入比重).
    expect(gdp).toMatch(/增加值占全省生产总值比重$/);
    expect(revenue).toMatch(/上缴税金占全部财政收入比重$/);
    expect([up1, up2]).toEqual([gdp, revenue]);
  });

  it('names dev shares by their part as the labels do (dev: national 2018, 广东 2026)', () => {
    const named = (file: string, needle: string, figure: string): string | null => {
      const text = readFileSync(`test/fixtures/corpus/${file}`, 'utf8');
      const at = text.split('\n').findIndex((l) => l.includes(needle));
      return analyzeReport(text).indicators.find((f) => f.range.start.line === at && f.text === figure)?.name ?? null;
    };
    expect(named('national/2018.txt', '占世界经济比重从11.4%提高到15%', '15%')).toBe('国内生产总值占世界经济比重');
    expect(named('local/guangdong-2026.txt', '无人机', '9成')).toBe('无人机产量占全国比重');
  });

  it('never reads the whole after 占 as the indicator (占全省生产总值 is no GDP), while a part before 占 still counts', () => {
    expect(lookupIndicator('占全省生产总值')).toBeUndefined();
    expect(lookupIndicator('占地区生产总值比重')).toBeUndefined();
    expect(lookupIndicator('全省研发经费投入占地区生产总值比重')?.id).toBe('rd_intensity');
    expect(lookupIndicator('全省地区生产总值')?.name).toBe('地区生产总值');
  });
});

describe('a count said with a negated predicate after it', () => {
  it('counts the things that did not do it, never names the count 没有 (outside: 保定市 2009, 2018)', () => {
    const items = '2008年《政府工作报告》共分解为486项具体事项，完成了462项，根据情况变化取消14项，由于主客观原因有10项没有完成。';
    expect(namesOf(items, ['10项'], lastYearReview(2009))[0]).toBe('没有完成的具体事项');
    const promises = '向社会承诺的58件民生实事，因为一些主客观原因有8项没有完成或终止实施。';
    expect(namesOf(promises, ['8项'], lastYearReview(2018))[0]).toBe('没有完成或终止实施的民生实事');
  });

  it('leaves a count unnamed when no predicate follows its negation — a line being typed names no 没有 (review24)', () => {
    // The end of 保定 2009's sentence as it is typed: the card named it 没有, a row and a chart of their own.
    expect(namesOf('由于主客观原因有10项没有', ['10项'], lastYearReview(2009))).toEqual([null]);
    // The negations are nameWords.json's, which hold 没 beside 没有: 没|有 is no negation and its predicate (review26).
    expect(namesOf('由于主客观原因有10项没有。', ['10项'], lastYearReview(2009))).toEqual([null]);
  });

  it('takes its things only from a larger count, never from a sibling (review24)', () => {
    // 保定 2006 (Hebei archive, outside): the 4项 before are the items dropped, a sibling of the 4项 not done, not their set.
    const dropped = '《政府工作报告2006年工作落实方案》中，争创双拥模范城"六连冠"等4项因上级推迟评比核定时间取消考核，地区生产总值、固定资产投资和启动建设文体、会展中心4项没有完成。';
    const fours = analyzeReport(`2007年政府工作报告\n一、2006年工作回顾\n${dropped}\n`).indicators.filter((f) => f.text === '4项');
    expect(fours.map((f) => f.name)).toEqual([fours[0]?.name, '没有完成']);
    expect(fours[0]?.name).not.toMatch(/没有/);
  });

  it('names each of a run of negated parts alike, never one after the other (review24)', () => {
    // A run of negated parts: each name was built on the one before (没有完成的没有完成的没有完成 …), growing with the run.
    const run = Array.from({ length: 12 }, (_, k) => `有${k + 1}项没有完成`).join('，') + '。';
    const names = namesOf(run, Array.from({ length: 12 }, (_, k) => `${k + 1}项`), lastYearReview(2018));
    expect(new Set(names)).toEqual(new Set(['没有完成']));
  });
});
