/**
 * A part of a set counted by what it did (subsetCounts.ts didPartName): the set in the clause before, the predicate
 * ending in 的有 right before the count. Sentences of national 1954 and 1958 (outside the corpus), where this is how a
 * year's works are counted; the labels write such a part 施工的限额以上工矿建设单位 (dev 1959).
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('a part of a set counted by what it did (…的有N个; names37)', () => {
  it('names the part by its predicate and the set’s noun (national 1958, outside)', () => {
    const text = '这些建设项目，在今年内可以建设完工的有十四个，例如大冶钢厂，安徽铜官山矿务局。';
    expect(nameOf(text, '十四个')).toBe('建设完工的建设项目');
    const industry = '燃料工业的建设项目，在今年内可以建设完工的有五十二个，新增加的采煤能力为一千四百万吨。';
    expect(nameOf(industry, '五十二个')).toBe('建设完工的建设项目');
  });

  it('takes the head noun of a set drawn from with 中 (national 1954, outside)', () => {
    const text = '在苏联协助我国建设的一百四十一个项目中，已全部或者部分完工并投入生产的有十七项，包括鞍山钢铁公司的大型轧钢厂。';
    expect(nameOf(text, '十七项')).toBe('全部或者部分完工并投入生产的项目');
  });

  it('leaves a count whose noun follows it to that noun (dev 1957)', () => {
    const text = '在第一个五年计划期间内，我们开工建设的有八百多个限额以上工业企业。';
    expect(nameOf(text, '八百多个')).not.toContain('的');
  });
});
