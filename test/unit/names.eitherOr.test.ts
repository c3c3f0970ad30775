/**
 * 或 and 或者 join alternatives: a list of figures (六十斤、八十斤或者一百斤) and a measure said two ways (达到或者超过,
 * 接近或达到). Neither the conjunction nor the first verb with it names anything (lexicon trailingNoise.json).
 * Sentences quoted from outside text (national 1958, 1960, not in the corpus) and from the dev corpus (1956).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, thisYearWork } from '../support/names';

describe('alternatives joined by 或 / 或者', () => {
  it('names a level said 达到或者超过 by its subject, not by 达到或者 (outside: national 1958)', () => {
    const line = '而广东省的澄海、潮安、揭阳、潮阳、普宁、南澳，福建省的龙溪、海澄、长乐，湖北省的孝感，四川省的郫县等十一个县，粮食的每亩平均产量已经达到或者超过了一千斤。';
    expect(namesOf(line, ['一千斤'], lastYearReview(1958))).toEqual(['粮食每亩平均产量']);
  });

  it('names a count by the noun before 达到或者超过 (dev: national 1956)', () => {
    const line = '１９５６年生产的结果，在本年的４６种主要工业产品中，预计可以有２８种达到或者超过五年计划原定１９５７年的生产水平。';
    expect(namesOf(line, ['２８种'], thisYearWork(1956))).toEqual(['主要工业产品']);
  });

  it('never names the last of a list of alternatives 或者 (outside: national 1960)', () => {
    const line = '总计亩产皮棉六十斤、八十斤或者一百斤以上的，共有二百零四个县，占全国一千零二十七个植棉县的百分之二十。';
    expect(namesOf(line, ['一百斤'], lastYearReview(1960))).toEqual(['亩产皮棉']);
  });
});
