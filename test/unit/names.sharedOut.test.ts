/**
 * 分别 shares its list out over the figures before it, one by one. When those were said with different measures
 * (达到…，创汇…; 达…，其中…), they are still the list it goes on about: as many of the last figures as its own list
 * holds. Sentences quoted from a dev report (national 1988) and outside text (national 2001, not in the corpus).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('分别 over figures said with different measures', () => {
  it('gives each multiple the figure it multiplies (dev: national 1988)', () => {
    const line = '１９８７年来华旅游入境总人数达到２６９０万人次，创汇１８．４亿美元，分别为１９８２年的３．４倍和２．２倍，增进了国际社会对中国的了解和中国人民同各国人民的友谊。';
    expect(namesOf(line, ['３．４倍', '２．２倍'], lastYearReview(1988))).toEqual(['旅游入境总人数', '创汇']);
  });

  it('gives the growth of a whole and of its part each its own name (outside: national 2001)', () => {
    const line = '2000年进出口总额达4743亿美元，其中出口2492亿美元，分别比1995年增长69％和67％。';
    expect(namesOf(line, ['69％', '67％'], lastYearReview(2001))).toEqual(['进出口总额', '出口']);
  });
});
