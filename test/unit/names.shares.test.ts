/**
 * Shares named from the clause's structure (src/core/indicators/shareNames.ts), on whole DEV corpus reports: the
 * part and the whole of 占…的a%, 在…中所占的比重, a share whose part is the figure before, and the growth after it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { shareName } from '../../src/core/indicators/shareNames';
import { lastYearReview, namesOf } from '../support/names';

const reports = new Map<string, { lines: string[]; indicators: Indicator[] }>();

/** The name of the nth figure written `figure` on the first line of a corpus report holding `needle`. */
function nameIn(file: string, needle: string, figure: string, nth = 0): string | null {
  let r = reports.get(file);
  if (!r) {
    const text = readFileSync(`test/fixtures/corpus/${file}`, 'utf8');
    r = { lines: text.split('\n'), indicators: analyzeReport(text).indicators };
    reports.set(file, r);
  }
  const at = r.lines.findIndex((l) => l.includes(needle));
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  const hits = r.indicators.filter((f) => f.range.start.line === at && f.text === figure);
  const hit = hits[nth];
  if (!hit) throw new Error(`${figure} (#${nth}) not a figure on the line of ${needle}`);
  return hit.name;
}

describe('share names', () => {
  it('names a share by its part and its whole, whichever way the text orders them', () => {
    // 现代工业在工农业总产值中所占的比重将上升到36.5%
    expect(nameIn('national/1956.txt', '现代工业在工农业总产值中所占的比重', '３６．５％')).toBe('现代工业占工农业总产值比重');
    // 在工农业生产总值中现代工业所占的比重，由…33%上升到34%: the whole opens the sentence.
    expect(nameIn('national/1956.txt', '在工农业生产总值中现代工业所占的比重', '３３％')).toBe('现代工业占工农业生产总值比重');
    // 实缴税金达到全省财政收入的50%左右: a level that is part of a whole.
    expect(nameIn('local/hebei-2010.txt', '实缴税金达到全省财政收入', '50%')).toBe('实缴税金占全省财政收入比重');
  });

  it('lends the whole of a share to the shares after it in the sentence (…的比重将下降为)', () => {
    expect(nameIn('national/1956.txt', '现代工业在工农业总产值中所占的比重', '４８．２％')).toBe('农业和农村副业占工农业总产值比重');
    expect(nameIn('national/1956.txt', '现代工业在工农业总产值中所占的比重', '１５．３％')).toBe('手工业占工农业总产值比重');
    expect(nameIn('national/1956.txt', '在社会商品零售总额中，国营和合作社营商业的比重', '８．９％')).toBe('私营商业占社会商品零售总额比重');
  });

  it('names a share with no part written by the figure right before it, and gives the growth after it to that figure', () => {
    // （一）工业支出为8,544,082,000元，占经济建设费总数的53.22%，比上年实际增长46.02%: the label's 工业支出占经济建设费比重.
    expect(nameIn('national/1956.txt', '占经济建设费总数的５３．２２％', '８，５４４，０８２，０００元')).toBe('工业支出');
    expect(nameIn('national/1956.txt', '占经济建设费总数的５３．２２％', '５３．２２％')).toBe('工业支出占经济建设费比重');
    expect(nameIn('national/1956.txt', '占经济建设费总数的５３．２２％', '４６．０２％')).toBe('工业支出');
  });

  it('takes the part of a share said right after its figure from that figure (outside: 河北省 2015, national 2007)', () => {
    // Not in the corpus: 河北省 2015 (the Hebei archive) and national 2007 (aldohemsn's jsonl).
    expect(namesOf('全省用于民生支出3678.9亿元、占全部财政支出的79.3%，人民群众得到了更多实惠。', ['79.3%'], lastYearReview(2015))[0]).toBe('民生支出占全部财政支出比重');
    const arrears = '2004年我们提出用三年时间基本解决建设领域历史上拖欠工程款和农民工工资的问题，这项工作基本完成，各地已偿还拖欠工程款1834亿元，占历史拖欠的98.6%，其中清付农民工工资330亿元。';
    expect(namesOf(arrears, ['98.6%'], lastYearReview(2007))[0]).toBe('各地偿还拖欠工程款占历史拖欠比重');
  });

  it('keeps the whole alone when the figure before is a list of parts or a share itself (dev: national 1956)', () => {
    // 国家储备支出、城市建设支出和其他经济建设支出共为…元，占经济建设费总数的9.80%: a list of parts is not one part to repeat.
    expect(nameIn('national/1956.txt', '占经济建设费总数的９．８０％', '９．８０％')).toBe('占经济建设费比重');
    // A rate before it is no part: …年均增長百分之十四點五,…占全國比重由…的九分之一 (a page excerpt, names17/pages/024).
    const rate = '二00二年的一萬三千五百多億元人民幣增加到二00七年的三萬零六百多億元,五年年均增長百分之十四點五,二00七年比上年增長百分之十四點五,占全國比重由二00二年的九分之一提高至八分之一。';
    expect(namesOf(rate, ['九分之一'], lastYearReview(2008))[0]).toBe('占全国比重');
    // A share right after a share (…占a%，占b%) is not a share of a share.
    expect(shareName('占全国', false, null, '', '占全国比重')).toBe('占全国比重');
  });

  it('keeps a completion rate, a share word of its own and a word that opens with 占 as they are', () => {
    expect(shareName('决算支出占预算数', true, null, '')).toBe('决算支出占预算数');
    expect(shareName('出口规模占全国份额', false, null, '')).toBe('出口规模占全国份额');
    expect(shareName('耕地占用税', false, null, '')).toBe('耕地占用税');
    // 科技型中小企业加计扣除比例: the 中 inside a word is no whole.
    expect(shareName('科技型中小企业加计扣除比例', false, null, '')).toBe('科技型中小企业加计扣除比例');
  });
  it('reads 占地方… as a share of the local whole (not 占地, land taken), and drops the budget frame and 共 from the part', () => {
    // (经济建设费为…元，占地方预算支出总数的35.84%: the part is the figure right before it.)
    expect(nameIn('national/1956.txt', '占地方预算支出总数的３５．８４％', '３５．８４％')).toBe('经济建设费占地方预算支出比重');
    expect(nameIn('national/1956.txt', '国家预算规定债款支出', '７５９，２２７，０００元')).toBe('债款支出');
    expect(nameIn('national/1956.txt', '地方财政共收入', '７，４４３，４９１，０００元')).toBe('地方财政收入');
  });
  it('reads a fraction of the national total held or reached (稳定在全国1/10以上) as a share of it, part from the figure before', () => {
    expect(nameIn('local/江苏省-2026.txt', '稳定在全国1/10以上', '1/10')).toBe('城镇新增就业占全国比重');
    expect(nameIn('local/陕西省-2026.txt', '猕猴桃产量稳定在全国', '1/3')).toBe('猕猴桃产量占全国比重');
    // 小于1952年所占的比例: with neither part nor whole written, the share named before it.
    expect(nameIn('national/1956.txt', '小于１９５２年所占的比例', '１３．２％')).toBe(nameIn('national/1956.txt', '小于１９５２年所占的比例', '１２％'));
  });
  it('ends a share name at its share word, not at the manner adverb after it (比例持续超过, 占比持续保持在)', () => {
    // 财政性教育经费占国内生产总值比例持续超过4%: not …比例持续比重.
    expect(nameIn('national/2018.txt', '财政性教育经费占国内生产总值比例持续超过', '4%')).toBe('财政性教育经费占国内生产总值比例');
    // 民生支出占比持续保持在70%以上: not 民生支出占比持续.
    expect(nameIn('local/湖南省-2026.txt', '民生支出占比持续保持在', '70%')).toBe('民生支出占比');
  });
});
