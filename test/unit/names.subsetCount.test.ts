/**
 * A count after 有 drawn from a set named just before it (在…中有, …中有) counts the set's noun, not the verb that
 * follows it. Sentences quoted from a dev report (national 1956, on 1955) and outside text (河北 2013, not in the corpus).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';
import { subsetSetName } from '../../src/core/indicators/subsetCounts';

describe('a count of a subset after its set', () => {
  it('names the products counted, not what they did (dev: national 1956)', () => {
    const line = '１９５５年全国工业总产值完成了原定计划的１０１％，比１９５４年增长８％。在本年的４５种主要工业产品中，有３７种完成了或者超额地完成了计划。';
    expect(namesOf(line, ['３７种'], lastYearReview(1956))).toEqual(['主要工业产品']);
  });

  it('names the signed projects, not 进入 (outside: 河北 2013)', () => {
    const [name] = namesOf('百家院所校进河北签约项目中有187项进入实施阶段。', ['187项'], lastYearReview(2013));
    expect(name).toMatch(/签约项目$/u);
  });

  it('reads no set in a process (在执行中有) nor in 其中有', () => {
    const a = '在执行中有';
    expect(subsetSetName(a, a.length)).toBe('');
    const b = '全市共有企业100家，其中有';
    expect(subsetSetName(b, b.length)).toBe('');
  });
});
