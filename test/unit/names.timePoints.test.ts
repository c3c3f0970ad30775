/**
 * A time point a deadline or level is set by (入冬前, 年底前, 在年底, 去年底 — timeEnds and timeEvents in nameWords.json)
 * says when, never what: alone it names nothing and the noun after a count or the clause before does; at a name's
 * end it goes. Sentences quoted from outside text (河北 2024, 保定 2025, national 1958 and 2004).
 */
import { describe, expect, it } from 'vitest';
import { cleanName } from '../../src/core/indicators/names';
import { namesOf, thisYearWork } from '../support/names';

describe('a time point is no name', () => {
  it('names a count after a deadline by the noun after it (outside: 河北 2024)', () => {
    const line = '加强政策支持和技术指导，确保今年入冬前2.16万户灾损农房新建任务全面完成。';
    expect(namesOf(line, ['2.16万户'], thisYearWork(2024))).toEqual(['灾损农房新建任务']);
  });

  it('names a level reached by a deadline by the work before it (outside: 保定 2025)', () => {
    const line = '推进幸福河湖建设，年底前达到45条。';
    expect(namesOf(line, ['45条'], thisYearWork(2025))).toEqual(['幸福河湖建设']);
  });

  it('drops the time point at a name’s end (outside: national 1958, 2004)', () => {
    expect(cleanName('猪的头数在年底')).toBe('猪的头数');
    expect(cleanName('全国普通高校毕业生就业率去年底')).toBe('普通高校毕业生就业率');
  });

  it('keeps 年末 where it opens the name of a stock (年末常住人口)', () => {
    expect(cleanName('年末常住人口')).toBe('年末常住人口');
  });
});
