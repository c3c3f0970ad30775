/**
 * Words that say how surely or how generally a figure holds (应该, 一般), a connective that opens a conclusion (那么) and
 * a plan's end said as a deadline (到“十二五”末) are no part of what the figure measures. Sentences quoted from outside
 * text (national 1954 and 1960 of aldohemsn's jsonl, 河北省 2011 of the Hebei archive — none in the corpus), where a
 * random audit of unseen text (names34, seed 34) found 粮食总产量应该, 危害损失率一般, 那么今年工农业总产值 and
 * 到新兴产业增加值占全省生产总值比重.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, thisYearWork } from '../support/names';

describe('modal and connective words, and a plan end as a deadline, around a name', () => {
  it('drops 应该 and 一般 after the subject (outside: national 1960)', () => {
    const grain = '但是按照纲要要求的水平计算，全国粮食总产量应该有七千二百亿斤到七千五百亿斤，还要在一九五九年粮食总产量的基础上，再增加一千八百亿斤到二千一百亿斤。';
    expect(namesOf(grain, ['七千二百亿斤到七千五百亿斤'], lastYearReview(1960))[0]).toBe('粮食总产量');
    const pests = '其他如麦类黑穗病、水稻螟虫等等的危害损失率一般已降低到百分之二以下。';
    expect(namesOf(pests, ['百分之二'], lastYearReview(1960))[0]).toBe('危害损失率');
  });

  it('drops 那么 before the subject (outside: national 1954)', () => {
    const line = '一九五四年預計現代工業的總産值將等於一九四九年的四點二倍，如果再加上農業和手工業，那麽今年的工農業總産值將等於一九四九年的二點二倍。';
    expect(namesOf(line, ['二點二倍'], lastYearReview(1954))[0]).toBe('工农业总产值');
  });

  it('drops 到“十二五”末 before the subject (outside: 河北省 2011)', () => {
    const line = '加快战略性新兴产业发展，促进新能源、新材料、生物医药、新一代信息、高端装备制造、节能环保、海洋经济快速增长，到“十二五”末新兴产业增加值占全省生产总值的比重达到10%;强力推进节能减排。';
    expect(namesOf(line, ['10%'], thisYearWork(2011))[0]).toBe('新兴产业增加值占全省生产总值比重');
  });
});
